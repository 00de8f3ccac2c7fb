// case: Int kernels: if/else, else if, guard, &&, ||, ! in functions over Ints
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
func sign(_ x: Int) -> Int {
    if x > 0 { return 1 } else if x == 0 { return 0 } else { return -1 }
}
func clamp(_ x: Int, _ low: Int, _ high: Int) -> Int {
    guard x >= low else { return low }
    guard !(x > high) else { return high }
    return x
}
func inside(_ x: Int) -> Int { x >= 0 && x < 10 || x == 100 ? 1 : 0 }
print(fib(20), sign(-5), sign(0), sign(7), clamp(-3, 0, 9), clamp(12, 0, 9), clamp(4, 0, 9), inside(5), inside(100), inside(11)) // expect: 6765 -1 0 1 0 9 4 1 1 0
// case: Int kernels call ordinary functions, closures and each other, and read Int globals
func triangle(_ n: Int) -> Int {
    var total = 0
    for i in 0...n { total += i }
    return total
}
let twice = { (x: Int) -> Int in x * 2 }
var offset = 10
func mix(_ n: Int) -> Int { n <= 0 ? offset : triangle(n) + twice(n) + mix(n - 1) }
func isEven(_ n: Int) -> Int { n == 0 ? 1 : isOdd(n - 1) }
func isOdd(_ n: Int) -> Int { n == 0 ? 0 : isEven(n - 1) }
func three(_ a: Int, _ b: Int, _ c: Int) -> Int { a == 0 ? b * 100 + c : three(a - 1, c, b) }
print(mix(3), isEven(10), isOdd(7), three(3, 1, 2), three(4, 1, 2)) // expect: 32 1 1 201 102
offset = -1
print(mix(2)) // expect: 9
var total = 0
for i in 0..<50 { total += isEven(i) * mix(1) }
print(total) // expect: 50
// case: an overflow deep in a kernel's recursion is located at the operator, with the calls
func grow(_ n: Int) -> Int {
    if n > 5_000_000_000_000_000_000 { return n * 2 }
    return grow(n * 3)
}
print(grow(1))
// expect error: 37:19: arithmetic overflow in 4052555153018976267 * 3
// expect note: 37:12: in call to 'grow'
// expect note: 37:12: in call to 'grow'
// expect note: 37:12: in call to 'grow'
// expect note: 37:12: in call to 'grow'
// expect note: 37:12: in call to 'grow'
// case: kernels recurse 9000 deep and stop at the call depth limit
func depth(_ n: Int) -> Int { n == 0 ? 0 : depth(n - 1) + 1 }
print(depth(9000)) // expect: 9000
func forever(_ n: Int) -> Int {
    guard n >= 0 else { return 0 }
    return forever(n + 1) - 1
}
print(forever(0))
// expect error: 51:12: maximum call depth of 10000 exceeded (infinite recursion?)
// case: interpolations nest, recurse, grow and give their bytes back after an error
func wrap(_ n: Int) -> String { n == 0 ? "x" : "(\(wrap(n - 1)))" }
print(wrap(3)) // expect: (((x)))
let name = "naïve"
let nested = "a\("b\(1 + 1)c\(name)")d \(2.5) \(true) \([1, 2])"
print(nested, nested.count) // expect: ab2cnaïved 2.5 true [1, 2] 26
var long = ""
for i in 0..<300 { long = "\(long)\(i % 10)" }
print(long.count, "\(long)\(long)".count) // expect: 300 600
func divide(_ a: Int, _ b: Int) -> Int { a / b }
print("before \(divide(1, 0)) after")
// expect error: 64:44: division by zero
// expect note: 65:17: in call to 'divide'
// cell
print("again \(wrap(1)) \(long.count)") // expect: again (x) 300
// case: typed Double arithmetic
let xs: [Double] = [1, 2.5, -4]
print(xs.map { $0 * 2 + 1 }, xs.map { ($0 - 1) / 4 * 3 }) // expect: [3.0, 6.0, -7.0] [0.0, 1.125, -3.75]
let a = 1.5
let b = a * a - a / 4 + 2 * a
var c: Double = 0
for x in xs { c = c * 0.5 + x * x - 1 }
func poly(_ x: Double) -> Double { 3 * x * x - 2 * x + 1 }
print(b, c, poly(0.1), poly(a) / 0) // expect: 4.875 17.625 0.83 inf
// case: kernel programs: constants on either side, / and %, calls nested in arguments, && || ! and guard
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func collatz(_ n: Int) -> Int {
    if n == 1 { return 0 }
    if n % 2 == 0 { return 1 + collatz(n / 2) }
    return 1 + collatz(3 * n + 1)
}
func ack(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ack(m - 1, 1) }
    return ack(m - 1, ack(m, n - 1))
}
func pick(_ x: Int, _ y: Int) -> Int { 10 < x && !(y >= 3) || x == y ? 100 - x : (x > 0 ? x : -1 * x) }
func power(_ b: Int, _ e: Int) -> Int { e == 0 ? 1 : (e % 2 == 0 ? power(b * b, e / 2) : b * power(b, e - 1)) }
func sum3(_ a: Int, _ b: Int, _ c: Int) -> Int { a + b + c }
func nest(_ n: Int) -> Int { sum3(n, sum3(n + 1, n, 1), gcd(n * 6, 4)) }
func within(_ x: Int) -> Int {
    guard 0 <= x, x < 100 || x == 500 else { return -1 }
    return 7 - x % 7 + (2 - 3) * (8 / 3)
}
print(gcd(1071, 462), collatz(27), ack(2, 3), pick(11, 2), pick(5, 5), pick(-7, 9), pick(4, 1), power(3, 13), nest(5)) // expect: 21 111 9 89 95 7 4 1594323 19
print(within(-3), within(50), within(500), within(499)) // expect: -1 4 2 -1
// case: a division by zero at the bottom of a kernel's recursion names every call on the way
func down(_ n: Int, _ d: Int) -> Int { n == 0 ? 10 / d : down(n - 1, d - 1) }
print(down(2, 2))
// expect error: 102:52: division by zero
// expect note: 102:58: in call to 'down'
// expect note: 102:58: in call to 'down'
// expect note: 103:7: in call to 'down'
// case: an overflow in the argument of a kernel's call is located at its operator
func up(_ n: Int) -> Int { n > 0 ? up(n + 1) : 0 }
print(up(9223372036854775806))
// expect error: 109:41: arithmetic overflow in 9223372036854775807 + 1
// expect note: 109:36: in call to 'up'
// expect note: 110:7: in call to 'up'
