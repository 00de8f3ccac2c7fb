// case: simple function
func add(_ a: Int, _ b: Int) -> Int { return a + b }
print(add(2, 3)) // expect: 5
// case: labelled parameters
func greet(name: String, times: Int) -> String { String(repeating: name, count: times) }
print(greet(name: "ab", times: 2)) // expect: abab
// case: external and internal names
func move(from start: Int, to end: Int) -> Int { end - start }
print(move(from: 2, to: 9)) // expect: 7
// case: default parameter
func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor }
print(scale(3), scale(3, by: 10)) // expect: 6.0 30.0
// case: skipping a middle default
func box(width: Int = 1, height: Int = 2, depth: Int = 3) -> Int { width * 100 + height * 10 + depth }
print(box(depth: 9), box(width: 5, depth: 0)) // expect: 129 520
// case: implicit return
func square(_ x: Int) -> Int { x * x }
print(square(7)) // expect: 49
// case: void function returns unit
func hello() { print("hi") }
let r = hello() // expect: hi
print(r) // expect: ()
// case: recursion
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
print(fact(10)) // expect: 3628800
// case: mutual recursion hoisted
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(10), isOdd(7)) // expect: true true
// case: call before declaration at top level
print(later(2)) // expect: 4
func later(_ x: Int) -> Int { x * 2 }
// case: nested function captures
func outer() -> Int {
    var count = 0
    func bump() { count += 1 }
    bump()
    bump()
    return count
}
print(outer()) // expect: 2
// case: returning a closure counter
func makeCounter() -> () -> Int {
    var c = 0
    return { c += 1; return c }
}
let counter = makeCounter()
counter()
counter()
print(counter()) // expect: 3
// case: variadic parameter
func total(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(total(1, 2, 3)) // expect: 6
// case: early return from loop
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs { if x < 0 { return x } }
    return nil
}
print(firstNegative([3, -2, -5]) ?? 0, firstNegative([1]) ?? 0) // expect: -2 0
// case: wrong argument label
func pdf(mean: Double, std: Double) -> Double { mean + std }
pdf(mean: 0, sd: 1) // expect error: 14: argument label 'std:' expected, found 'sd:'
// case: missing argument label
func area(width: Int) -> Int { width }
area(3) // expect error: 6: missing argument label 'width:' in call to 'area'
// case: extraneous argument label
func twice(_ x: Int) -> Int { x * 2 }
twice(x: 3) // expect error: 7: extraneous argument label 'x:' in call to 'twice'
// case: missing argument
func pair(_ a: Int, _ b: Int) -> Int { a + b }
pair(1) // expect error: 1: missing argument for parameter 'b' in call to 'pair'
// case: extra argument
func one(_ a: Int) -> Int { a }
one(1, 2) // expect error: 8: extra argument in call to 'one'
// case: parameter type checked
func half(_ x: Int) -> Int { x / 2 }
half(2.5) // expect error: 6: cannot convert value of type 'Double' to expected argument type 'Int'
// case: int argument converts to double parameter
func inv(_ x: Double) -> Double { 1 / x }
print(inv(4)) // expect: 0.25
// case: calling a non function
let notAFunction = 3
notAFunction(1) // expect error: 1: cannot call value of non-function type 'Int'
// case: traceback through functions
func inner(_ xs: [Int]) -> Int { xs[5] }
func middle() -> Int { inner([1, 2]) }
middle()
// expect error: 85:34: index out of range: index 5, but the array has 2 elements
// expect note: 86:24: in call to 'inner'
// expect note: 87:1: in call to 'middle'
// case: function as value
func inc(_ x: Int) -> Int { x + 1 }
let f = inc
print(f(4), [1, 2].map(inc)) // expect: 5 [2, 3]
// case: redeclaration in one cell
let dup = 1
let dup = 2 // expect error: 5: invalid redeclaration of 'dup'
// case: parameters are constants
func change(_ x: Int) { x = 3 } // expect error: 25: cannot assign to value: 'x' is a 'let' constant
// case: unknown type annotation
func g(_ x: Tensr) {} // expect error: 13: cannot find type 'Tensr' in scope
// case: a function called through a value takes no argument labels, as Swift drops them
func hashLength(x: String) -> Int { x.count }
let hashers: [(String) -> Int] = [hashLength]
let renamed = hashLength
func applyHasher(_ h: (String) -> Int) -> Int { h("abcd") }
print(hashers.map { f in f("abc") }, renamed("ab"), applyHasher(hashLength), hashLength(x: "z")) // expect: [3] 2 4 1
