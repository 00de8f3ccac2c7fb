// case: probe — a Double annotation types the literals of its initial value
let lr: Double = 1 / 1000; print(lr) // expect: 0.001
// case: probe — a closure's parameter type types its argument
print({ (x: Double) -> Double in x / 2 }(3)) // expect: 1.5
// case: probe — a return type types the returned literal
func f() -> Double { return 0 }; print(f()) // expect: 0.0
// case: probe — an assignment takes the variable's type
var best: Double = 0; best = 5; print(best) // expect: 5.0
// case: probe — integer literals among Doubles in an array literal
print([1, 2.5, 3]) // expect: [1.0, 2.5, 3.0]
// case: probe — Float arithmetic rounds to Float and prints as Float
let x: Float = 1; print(x / 3) // expect: 0.33333334
// case: probe — optionals print as Optional(…)
let n: Int? = 123; print(n) // expect: Optional(123)
// case: probe — Int of a string with a space is nil
print(Int(" 42")) // expect: nil
// case: Int of a string is optional
print(Int("42")) // expect: Optional(42)
print(Int("42") ?? 0) // expect: 42
// case: integer division truncates
print(7 / 2, -7 / 2) // expect: 3 -3
// case: Float sums round each step
let a: Float = 0.1 + 0.2
print(a, 0.1 + 0.2) // expect: 0.3 0.30000000000000004
// case: optional binding unwraps
let maybe: Int? = 5
if let m = maybe { print(m) } // expect: 5
print("\(maybe)") // expect: Optional(5)
// case: dictionary lookups are optional
let d = ["a": 1]
print(d["a"], d["b"]) // expect: Optional(1) nil
// case: array first and last are optional
let xs = [3, 1, 2]
print(xs.first, xs.min(), [Int]().last) // expect: Optional(3) Optional(1) nil
// case: mixed Int and Double operands are an error
let i = 1
let y = 2.5
let z = i + y
// expect error: 38:11: binary operator '+' cannot be applied to operands of type 'Int' and 'Double'
// case: a String where a Double is required
let s: Double = "x"
// expect error: 41:17: cannot convert value of type 'String' to specified type 'Double'
// case: an Int argument where a Double parameter is required
func half(_ v: Double) -> Double { v / 2 }
let k = 3
print(half(k))
// expect error: 46:12: cannot convert value of type 'Int' to expected argument type 'Double'
// case: map keeps Double element types
let ws: [Double] = [1, 2]
print(ws.map { $0 * 2 }) // expect: [2.0, 4.0]
print(ws.reduce(0, +)) // expect: 3.0
// case: function type annotations type closures and calls
let ratio: (Double, Double) -> Double = { $0 / $1 }
print(ratio(1, 3)) // expect: 0.3333333333333333
let table: [(String, (Double) -> Double)] = [("half", { $0 / 2 })]
for (name, g) in table { print(name, g(3)) } // expect: half 1.5
// case: integer overflow traps at the operator
let big = Int.max
print(big + 1)
// expect error: 59:11: arithmetic overflow in 9223372036854775807 + 1
// case: ternary branches take one type
let flag = true
let t: Double = flag ? 1 : 2.5
print(t) // expect: 1.0
// case: ?? gives the wrapped type to its right side
let o: Double? = nil
print(o ?? 2) // expect: 2.0
// case: for-in over Doubles
var acc: [Double] = []
for v in [1.5, 2] { acc.append(v * 2) }
print(acc) // expect: [3.0, 4.0]
// case: dictionary literal values join to Double
print(["a": 1, "b": 2.5]["a"]) // expect: Optional(1.0)
// case: Float conversion rounds
let e = 2.71828
print(Float(e), Double(Float(e)) == e) // expect: 2.71828 false
// case: Float in interpolation
let third: Float = 1 / 3
print("\(third)") // expect: 0.33333334
// case: guard let unwraps for the rest of the function
func g(_ v: Int?) -> Int { guard let w = v else { return -1 }; return w * 2 }
print(g(4), g(nil)) // expect: 8 -1
// case: iterating a dictionary gives labelled pairs
for pair in ["k": 1] { print(pair) } // expect: (key: "k", value: 1)
// case: a closure's return type comes from its context
let scale: (Int) -> Double = { _ in 1 }
print(scale(3)) // expect: 1.0
// case: the wrong return type is Swift's error
func h() -> Int { return 1.5 }
// expect error: 89:26: cannot convert return expression of type 'Double' to return type 'Int'
// case: overloaded functions resolve by labels (more in overloads.swift)
func area(side: Int) -> Int { side * side }
func area(radius: Double) -> Double { 3 * radius * radius }
print(area(side: 2), area(radius: 1)) // expect: 4 3.0
// case: generic functions run with their parameters typed at run time
func largest<T: Comparable>(_ xs: [T]) -> T? where T: Equatable {
    var best: T? = nil
    for x in xs { if best == nil || x > best! { best = x } }
    return best
}
print(largest([3, 9, 2])!, largest(["b", "a"])!) // expect: 9 b
print(largest([1])) // expect: Optional(1)
// case: type(of:) names a sized integer's type
let sized: Int64 = 5
print(type(of: sized), type(of: 5)) // expect: Int64 Int
// case: Float's own constants, and the fixed layouts of the number types
print(Float.pi, Float.greatestFiniteMagnitude, Float.ulpOfOne, Float.infinity, Float.nan.isNaN, Float.pi * 2)
// expect: 3.1415925 3.4028235e+38 1.1920929e-07 inf true 6.283185
print(MemoryLayout<Float>.size, MemoryLayout<Int>.stride, Double.significandBitCount, Float.exponentBitCount) // expect: 4 8 52 8
// case: the math functions' results are typed: Double, or Float for a Float argument
let root = sqrt(2.0)
var grown = [exp(0.0)]
grown.append(2)
print([root, 1], grown, [pow(2.0, 3.0), 1], [applyTwice({ $0 / 2 }, to: 6), 0]) // expect: [1.4142135623730951, 1.0] [1.0, 2.0] [8.0, 1.0] [1.5, 0.0]
let small: Float = 2
print(sqrt(small), exp(small), tanh(small), log(small), pow(small, 2), [sqrt(small), 1]) // expect: 1.4142135 7.389056 0.9640276 0.6931472 4.0 [1.4142135, 1.0]
// case: min, max and abs take their arguments' type
let drift = 0.25
let count = 3
print(max(drift, 1), [min(drift, 0)], max(1, 2.5), abs(-2), [abs(-drift), 1], max(count, 7), min("b", "a")) // expect: 1.0 [0.0] 2.5 2 [0.25, 1.0] 7 a
// case: an integer literal among elements of a type known only at run time takes its siblings' type
let pairSums = zip([1.5, 2.5], [1.0, 1.0]).map { $0 + $1 }
let countsOnly = zip([1, 2], [3, 4]).map { $0 * $1 }
print([pairSums[0], 1], ["a": pairSums[1], "b": 0], [countsOnly[0], 1], [[1.5].compactMap { $0 }[0], 1]) // expect: [2.5, 1.0] ["a": 3.5, "b": 0.0] [3, 1] [1.5, 1.0]
// case: in ?: and ?? only one side runs, so a literal beside a value of unknown type is refused
let unknownSum = zip([1.5], [1.0]).map { $0 + $1 }[0]
print(unknownSum > 9 ? unknownSum : 0) // expect error: 37: 'integer literal beside a value of unknown type' is not supported in cells: that value's type is known only when the cell runs; write 1.0 for a Double, or give the value a type (let v: Double = …)
// case: an integer literal assigned to a target of unknown type takes the type the target holds
var untypedBest = zip([1.5], [1.0]).map { $0 + $1 }
untypedBest[0] = 3
var untypedScalar = untypedBest[0]
untypedScalar = 0
var untypedCount = zip([1], [2]).map { $0 + $1 }[0]
untypedCount = 7
print(untypedBest, untypedScalar, untypedCount) // expect: [3.0] 0.0 7
// case: appending an integer literal to an array whose elements' type is unknown is refused
var untypedList = zip([1.5], [1.0]).map { $0 + $1 }
untypedList.append(1) // expect error: 20: 'integer literal beside a value of unknown type' is not supported in cells: that value's type is known only when the cell runs; write 1.0 for a Double, or give the value a type (let v: Double = …)
// case: description of a Float, or of a collection of Floats or optionals, is what print writes
let tenth: Float = 0.1
let maybeNumbers: [Int?] = [3, nil]
print(tenth.description, [tenth].description, maybeNumbers.description, (tenth * 3).description) // expect: 0.1 [0.1] [Optional(3), nil] 0.3
// case: a module-qualified standard name is the name
print(Foundation.exp(0.0), Swift.max(2, 3), Swift.abs(-1.5)) // expect: 1.0 3 1.5
// case: a closed range whose upper bound is below its lower bound stops, as Swift traps
let noneLeft = 0
for i in 1...noneLeft { print(i) } // expect error: 11: range requires lowerBound <= upperBound, got 1...0
