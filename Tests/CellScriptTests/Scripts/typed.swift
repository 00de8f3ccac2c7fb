// case: typed Int functions: recursion, ternaries, two arguments, labels
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(20)) // expect: 6765
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func scale(_ x: Int, by k: Int) -> Int { x * k }
print(fib(10) + gcd(48, 18), scale(3, by: 4) - 1) // expect: 61 11
// case: a typed call of a function whose body is not a single expression
func triangle(_ n: Int) -> Int {
    var total = 0
    for i in 0...n { total += i }
    return total
}
func both(_ n: Int) -> Int { triangle(n) + triangle(n - 1) }
print(both(4)) // expect: 16
// case: a typed call of a let-bound closure and of a function taking a Double
let square = { (x: Int) -> Int in x * x }
func half(_ x: Double) -> Int { Int(x / 2) }
print(square(4) + 1, half(7) + 1) // expect: 17 4
// case: typed String.count counts Characters
func length(_ s: String) -> Int { s.count }
print(length("héllo"), length("a\r\nb") + 0, length("tab\tand spaces....") * 1) // expect: 5 3 18
let flags = "🇫🇷🇩🇪"
print(flags.count + 0) // expect: 2
// case: typed interpolation of Ints
let low = Int.min
let n = 7
print("\(low) \(n * 6) \(n - 7) \(-n) \(n * -1000000)") // expect: -9223372036854775808 42 0 -7 -7000000
// case: typed arithmetic traps at the operator, as untyped arithmetic does
func quadruple(_ n: Int) -> Int { n * 4 + (n - 1) }
print(quadruple(2)) // expect: 9
print(quadruple(Int.max / 2))
// expect error: 29:37: arithmetic overflow in 4611686018427387903 * 4
// case: typed division by zero
func ratio(_ a: Int, _ b: Int) -> Int { a / b + 1 }
print(ratio(9, 3)) // expect: 4
print(ratio(1, 0))
// expect error: 34:43: division by zero
// case: typed recursion still stops at the call depth limit
func down(_ n: Int) -> Int { n == 0 ? 0 : down(n + 1) + 1 }
print(down(1))
// expect error: 39:43: maximum call depth of 10000 exceeded (infinite recursion?)
