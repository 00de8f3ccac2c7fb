// case: closure with named parameter
let double = { x in x * 2 }
print(double(4)) // expect: 8
// case: closure with typed parameters
let add = { (a: Int, b: Int) -> Int in a + b }
print(add(1, 2)) // expect: 3
// case: shorthand argument
print([1, 2, 3].map { $0 * 10 }) // expect: [10, 20, 30]
// case: two shorthand arguments
print([3, 1, 2].sorted { $0 > $1 }) // expect: [3, 2, 1]
// case: trailing closure after arguments
print([1, 2, 3].reduce(0) { $0 + $1 }) // expect: 6
// case: closure captures variable by reference
var total = 0
let addTo = { (x: Int) in total += x }
addTo(5)
addTo(6)
print(total) // expect: 11
// case: closure with multiple statements and return
let clamp = { (x: Int) -> Int in
    if x < 0 { return 0 }
    return x
}
print(clamp(-3), clamp(4)) // expect: 0 4
// case: filter with closure
print((1...10).filter { $0 % 3 == 0 }) // expect: [3, 6, 9]
// case: operator as function
print([1, 2, 3, 4].reduce(0, +), [2, 9, 4].sorted(by: >)) // expect: 10 [9, 4, 2]
// case: closure passed to host function
print(applyTwice({ $0 * 3 }, to: 2)) // expect: 18.0
// case: host function calling closure in a loop
var log: [Int] = []
train(epochs: 3) { epoch in log.append(epoch * epoch) }
print(log) // expect: [0, 1, 4]
// case: closure tuple destructuring in map over zip
print(zip([1, 2], [10, 20]).map { a, b in a + b }) // expect: [11, 22]
// case: closure arity error
let two = { (a: Int, b: Int) in a + b }
two(1) // expect error: 1: closure expects 2 arguments, got 1
// case: shorthand outside closure
print($0) // expect error: 7: anonymous closure argument '$0' not contained in a closure
// case: nested closures
let adders = [1, 2].map { n in { (x: Int) in x + n } }
print(adders[1](10)) // expect: 12
// case: immediately invoked closure
let v = { 7 * 6 }()
print(v) // expect: 42
// case: error inside closure in map reports the element
let xs = [1, 0, 2]
let ys = xs.map { 10 / $0 } // expect error: 22: division by zero
// case: forEach
[1, 2].forEach { print($0) }
// expect: 1
// expect: 2
// case: compactMap with Int conversion
print(["1", "x", "3"].compactMap { Int($0) }) // expect: [1, 3]
// case: map, filter and compactMap run a closure's calls in one frame: locals start afresh, an error mid-way leaves nothing behind
let xs = [3, -1, 4, -1, 5, 9, -2, 6]
let described = xs.map { x -> String in
    var label = "odd"
    if x % 2 == 0 { label = "even" }
    guard x > 0 else { return "neg" }
    return "\(label)\(x)"
}
print(described) // expect: ["odd3", "neg", "even4", "neg", "odd5", "odd9", "neg", "even6"]
let grid = [1, 2, 3].map { row in [10, 20].map { $0 + row } }
print(grid, xs.filter { $0 > 0 }.count, xs.compactMap { $0 > 3 ? $0 * 2 : nil }) // expect: [[11, 21], [12, 22], [13, 23]] 5 [8, 10, 18, 12]
let words = Set(["gan", "vae", "wgan", "dcgan"])
print(words.filter { $0.hasSuffix("gan") }.sorted()) // expect: ["dcgan", "gan", "wgan"]
func parse(_ s: String) throws -> Int {
    guard let v = Int(s) else { throw ParseError.bad(s) }
    return v
}
enum ParseError: Error { case bad(String) }
do {
    let parsed = try ["1", "2", "x", "4"].map { try parse($0) }
    print(parsed)
} catch {
    print("error:", error) // expect: error: bad("x")
}
print(["5", "6"].map { Int($0)! * 2 }) // expect: [10, 12]
