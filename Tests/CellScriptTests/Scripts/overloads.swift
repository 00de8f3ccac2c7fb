// Functions overloaded by argument labels and parameter types (issue 19). Every printed line
// and every error below was recorded from swiftc 6.3.1 on the same program.
// case: the labels choose the declaration
func area(width: Double, height: Double) -> Double { width * height }
func area(radius: Double) -> Double { 3 * radius * radius }
func area(side: Int) -> Int { side * side }
print(area(width: 2, height: 1.5), area(radius: 1), area(side: 3)) // expect: 3.0 3.0 9
// case: among the same labels the argument's type chooses; nil and optionals take the optional
func show(_ v: Int) -> String { "Int \(v)" }
func show(_ v: Double) -> String { "Double \(v)" }
func show(_ v: String) -> String { "String \(v)" }
func show(_ v: Int?) -> String { "Optional \(v ?? -1)" }
let n: Int? = 4
print(show(3), show(3.0), show("x"), show(n), show(nil)) // expect: Int 3 Double 3.0 String x Optional 4 Optional -1
// case: the context's type chooses between results
func parse(_ s: String) -> Int { Int(s) ?? 0 }
func parse(_ s: String) -> Double { Double(s) ?? 0 }
let i: Int = parse("7")
let d: Double = parse("7")
print(i, d) // expect: 7 7.0
// case: a concrete parameter is preferred to Any; an Any value takes the Any one
func f(_ x: Any) { print("Any") }
func f(_ x: Int) { print("Int") }
let k = 1
let a: Any = k
f(k) // expect: Int
f(a) // expect: Any
// case: a Double literal prefers Double over Float
func half(_ x: Double) -> Double { x / 2 }
func half(_ x: Float) -> Float { x / 2 }
print(half(3.0), half(Float(3))) // expect: 1.5 1.5
// case: variadic and defaulted parameters
func count(_ xs: Int...) -> Int { xs.count }
func count(of s: String) -> Int { s.count }
print(count(1, 2, 3), count(of: "abcd")) // expect: 3 4
func scale(_ v: [Int], by k: Int = 2) -> [Int] { v.map { $0 * k } }
func scale(_ v: [Double]) -> [Double] { v.map { $0 * 2 } }
let ints = [1, 2]
let doubles = [1.5]
print(scale(ints), scale(ints, by: 3), scale(doubles)) // expect: [2, 4] [3, 6] [3.0]
// case: overloads nested in a function, and recursive overloads
func outer() -> String {
    func g(_ x: Int) -> String { "g Int \(x)" }
    func g(_ x: String) -> String { "g String \(x)" }
    return g(1) + ", " + g("y")
}
print(outer()) // expect: g Int 1, g String y
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
func fact(_ n: Double) -> Double { n <= 1 ? 1 : n * fact(n - 1) }
print(fact(5), fact(5.0)) // expect: 120 120.0
// case: a local variable of the name hides the overloads
func twice(_ x: Int) -> Int { 2 * x }
func twice(_ x: String) -> String { x + x }
do {
    let twice = { (x: Int) in x + 100 }
    print(twice(1)) // expect: 101
}
print(twice(1), twice("ab")) // expect: 2 abab
// case: an Int literal fits Double and Float equally: ambiguous, as in Swift
func half(_ x: Double) -> Double { x / 2 }
func half(_ x: Float) -> Float { x / 2 }
print(half(3))
// expect error: 62:7: ambiguous use of 'half'
// case: overloads by result alone are ambiguous without a context type
func p(_ s: String) -> Int { 1 }
func p(_ s: String) -> Double { 2 }
print(p("1"))
// expect error: 67:7: ambiguous use of 'p'
// case: no declaration takes the labels
func q(a: Int) {}
func q(b: Int) {}
q(c: 1)
// expect error: 72:1: no exact matches in call to global function 'q'
// case: no declaration takes the type
func s(_ x: Int) {}
func s(_ x: String) {}
s(true)
// expect error: 77:1: no exact matches in call to global function 's'
// case: the same labels and types twice are a redeclaration
func r(_ x: Int) -> Int { x }
func r(_ x: Int) -> Int { x + 1 }
// expect error: 81:6: invalid redeclaration of 'r'
// case: the same labelled signature twice
func t(a x: Int) {}
func t(a x: Int) {}
// expect error: 85:6: invalid redeclaration of 't(a:)'
// case: a function type in the context chooses the overload used as a value
func v(_ x: Int) -> Int { x + 1 }
func v(_ x: String) -> String { x + "!" }
let g: (Int) -> Int = v
let h: (String) -> String = v
print(g(1), h("a")) // expect: 2 a!
// case: an overloaded name as a value without a context type is ambiguous
func w(_ x: Int) -> Int { x + 1 }
func w(_ x: String) -> String { x + "!" }
let u = w
// expect error: 96:9: ambiguous use of 'w'
// case: a struct's static prefix func - is its unary minus (beside its binary -)
struct Vec {
    var x = 0.0, y = 0.0
    static func - (a: Vec, b: Vec) -> Vec { Vec(x: a.x - b.x, y: a.y - b.y) }
}
extension Vec {
    static prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
}
let p = Vec(x: 3, y: -4)
let q = -p
print(q, -q, p - q, -(p - q)) // expect: Vec(x: -3.0, y: 4.0) Vec(x: 3.0, y: -4.0) Vec(x: 6.0, y: -8.0) Vec(x: -6.0, y: 8.0)
var copy = q
copy.x = 100
print(q.x, copy.x) // expect: -3.0 100.0
// case: other prefix operators are outside the subset
struct W { var x = 1 }
extension W {
    static prefix func ! (v: W) -> W { v }
}
// expect error: 115:12: 'prefix func !' is not supported in cells
