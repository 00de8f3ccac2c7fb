// case: print separator and terminator
print(1, 2, 3, separator: ", ") // expect: 1, 2, 3
print("a", terminator: "")
print("b") // expect: ab
// case: print with no arguments prints empty line
print() // expect:
// case: min and max
print(min(3, 1, 2), max(2, 8), min(1.5, 2.5)) // expect: 1 8 1.5
// case: min mixing int literal and double
print(max(0, 2.5)) // expect: 2.5
// case: abs keeps int
print(abs(-3), abs(-2.5)) // expect: 3 2.5
// case: sqrt exp log pow
print(sqrt(16.0), exp(0.0), log(1.0), pow(2.0, 10.0)) // expect: 4.0 1.0 0.0 1024.0
// case: sqrt of int literal
print(sqrt(9)) // expect: 3.0
// case: sin and cos
print(sin(0.0), cos(0.0)) // expect: 0.0 1.0
// case: Double conversion
let i = 3
print(Double(i) / 2) // expect: 1.5
// case: Int conversion truncates
print(Int(3.9), Int(-3.9)) // expect: 3 -3
// case: Int from string
print(Int("42") ?? 0, Int("4x") ?? -1) // expect: 42 -1
// case: Double from string
print(Double("2.5") ?? 0) // expect: 2.5
// case: Int of nan is an error
let bad = Int(Double.nan) // expect error: 11: Double value nan cannot be converted to Int
// case: String conversion
print(String(42) + "!", String(2.5)) // expect: 42! 2.5
// case: pi and infinity
print(Double.pi, Double.infinity, -Double.infinity) // expect: 3.141592653589793 inf -inf
// case: implicit pi member
let tau: Double = 2 * .pi
print(tau) // expect: 6.283185307179586
// case: isNaN
let nan = 0.0 / 0.0
print(nan.isNaN, 1.0.isNaN, Double.infinity.isInfinite) // expect: true false true
// case: formatted digits
print(3.14159.formatted(digits: 3), 2.0.formatted(digits: 0)) // expect: 3.142 2
// case: String format d f
print(String(format: "%d items at %.2f", 3, 1.5)) // expect: 3 items at 1.50
// case: String format f default precision
print(String(format: "%f", 1.0)) // expect: 1.000000
// case: String format e
print(String(format: "%.2e", 12345.678)) // expect: 1.23e+04
// case: String format s and width
print(String(format: "[%5s|%-3s]", "ab", "c")) // expect: [   ab|c  ]
// case: String format percent
print(String(format: "%d%%", 50)) // expect: 50%
// case: String format type error
print(String(format: "%d", 1.5)) // expect error: 7: String(format:): '%d' expects an Int, got Double
// case: String format missing argument
print(String(format: "%d %d", 1)) // expect error: 7: String(format:): not enough arguments for '%d'
// case: string count and isEmpty
print("生成对抗".count, "".isEmpty) // expect: 4 true
// case: string methods
print("GaN".uppercased(), "GaN".lowercased(), "hello".hasPrefix("he"), "hello".hasSuffix("lo")) // expect: GAN gan true true
// case: string split and contains
print("a,b,,c".split(separator: ","), "generative".contains("rat")) // expect: ["a", "b", "c"] true
// case: string replacing
print("a-b-c".replacingOccurrences(of: "-", with: "+")) // expect: a+b+c
// case: string reversed and map
print(String("abc".reversed().joined())) // expect: cba
// case: Array of string characters
print(Array("hey")) // expect: ["h", "e", "y"]
// case: string repeating
print(String(repeating: "ab", count: 3)) // expect: ababab
// case: reduce into sum
print([1.5, 2.5].reduce(0, +)) // expect: 4.0
// case: map over range
print((1...3).map { $0 * $0 }) // expect: [1, 4, 9]
// case: zip function
print(Array(zip([1, 2], ["a", "b"]))) // expect: [(1, "a"), (2, "b")]
// case: enumerated range
print(Array((5..<7).enumerated())) // expect: [(offset: 0, element: 5), (offset: 1, element: 6)]
// case: allSatisfy and first where
print([2, 4].allSatisfy { $0 % 2 == 0 }, [1, 5, 8].first { $0 > 3 } ?? 0) // expect: true 5
// case: rounded and squareRoot
print(2.6.rounded(), 9.0.squareRoot()) // expect: 3.0 3.0
// case: isMultiple
print(9.isMultiple(of: 3)) // expect: true
// case: Int max
print(Int.max) // expect: 9223372036854775807
// case: description property
print(12.description + "!") // expect: 12!
// case: assert and fatalError
assert(1 < 2)
fatalError("stop here") // expect error: 1: fatal error: stop here
// case: unknown member
let v = 3
print(v.foo) // expect error: 9: value of type 'Int' has no member 'foo'
// case: unknown method
print([1].frobnicate()) // expect error: 11: value of type 'Array' has no member 'frobnicate'
// case: sorted strings and mixed sort error
print(["b", "a"].sorted()) // expect: ["a", "b"]
// case: flatMap
print([[1], [2, 3]].flatMap { $0 }) // expect: [1, 2, 3]
// case: stride of ints stays int
print(Array(stride(from: 10, to: 0, by: -5))) // expect: [10, 5]
// case: stride zero step
print(Array(stride(from: 0, to: 1, by: 0))) // expect error: 13: stride: step must not be zero
// case: type annotation converts int literal
let d: Double = 3
print(d) // expect: 3.0
// case: type annotation mismatch
let n: Int = 2.5 // expect error: 14: cannot convert value of type 'Double' to specified type 'Int'
// case: optional annotation accepts nil
var maybe: String? = nil
maybe = "x"
print(maybe ?? "") // expect: x
// case: array annotation checks elements
let names: [String] = ["a", 1] // expect error: 23: cannot convert value of type '[Any]' to type '[String]' of 'names'
// case: force unwrap
let some: Int? = 5
print(some! + 1) // expect: 6
// case: force unwrap nil
let nothing: Int? = nil
print(nothing!) // expect error: 7: unexpectedly found nil while unwrapping an optional value
// case: type name as value
let t = Double.self // expect error: 16: type 'Double' has no member 'self'
