// Coercion with `as`, optional chaining, `if`/`switch` expressions, capture lists, type(of:)
// and small standard-library members (outputs checked with swiftc 6.3.1).

// case: as gives a literal its type
let a1 = 7 as Double
let a2 = [] as [Int]
print(a1, a2, nil as Int? ?? 1)      // expect: 7.0 [] 1
print(1 + 2 as Double, 5 as Int?)    // expect: 3.0 Optional(5)

// case: as Any prints as the value's own type
let a3: Int? = 3
let a4: Double? = nil
print(a3 as Any, a4 as Any, [1.5] as Any)   // expect: Optional(3) nil [1.5]

// case: a coercion between different types is an error
let a5 = 1
let a6 = a5 as Double // expect error: 10: cannot convert value of type 'Int' to type 'Double' in coercion

// case: optional chaining reads a member, calls a method, subscripts
let c1: String? = "ab"
let c2: String? = nil
print(c1?.count ?? 0, c2?.count as Any, c1?.uppercased() as Any)   // expect: 2 nil Optional("AB")
let c3: [Int]? = [4, 5]
print(c3?[1] as Any, c3?.first as Any)                              // expect: Optional(5) Optional(4)

// case: chains flatten and stop at the first nil
struct Link { var value: Int; var next: [Int]? }
let c4: Link? = Link(value: 1, next: [1, 2])
let c5: Link? = Link(value: 1, next: nil)
let c6: Link? = nil
print(c4?.next?.count as Any, c5?.next?.count as Any, c6?.next?.count as Any)   // expect: Optional(2) nil nil

// case: assignment and mutation through a chain
struct Link { var value: Int; var next: [Int]? }
var c7: Link? = Link(value: 1, next: [1])
c7?.value = 5
c7?.value += 10
c7?.next?.append(3)
print(c7!.value, c7!.next!)   // expect: 15 [1, 3]
var c8: Link? = nil
c8?.value = 5
print(c8 == nil)              // expect: true
var c9 = ["k": [1]]
c9["k"]?.append(2)
c9["z"]?.append(2)
print(c9)                     // expect: ["k": [1, 2]]

// case: a chain evaluates a call once
var calls = 0
func make() -> [Int]? { calls += 1; return [7] }
print(make()?.first as Any, calls)   // expect: Optional(7) 1

// case: calling an optional function
var cb: ((Int) -> Void)? = nil
cb?(1)
cb = { print("got", $0) }
cb?(2)                  // expect: got 2

// case: optional chaining on a non-optional is an error
let c10 = "ab"
print(c10?.count) // expect error: 10: cannot use optional chaining on non-optional value of type 'String'

// case: if expressions
for v in [-5, 0, 30] {
    let w = if v <= 0 { "cold" } else if v >= 30 { "warm" } else { "mild" }
    let o: String? = if v < 0 { "below" } else { nil }
    print(w, o as Any)
}
// expect: cold Optional("below")
// expect: cold nil
// expect: warm nil

// case: switch expressions take the context's type
let k = 3
let verdict = switch k {
case 0: "none"
case 1...2: "few"
default: "many"
}
let dv: Double = switch k { case 0: 1 default: 2 }
print(verdict, dv)   // expect: many 2.0

// case: a switch expression's branches may use the names a case binds
let pair = (2, 3)
let product = switch pair {
case (0, _): 0
case let (x, y): x * y
}
print(product)       // expect: 6

// case: an if expression needs an else
let e1 = 1
let e2 = if e1 > 0 { 1 } // expect error: 10: 'if' must have an unconditional 'else' to be used as expression

// case: capture lists copy the value when the closure is made
var base = 10
let k1 = { [base] in base + 1 }
let k2 = { [b = base * 2] (x: Int) -> Int in x + b }
let k3 = { base + 1 }
base = 100
print(k1(), k2(1), k3())   // expect: 11 21 101

// case: weak captures are not supported
class Owner { var n = 1 }
let owner = Owner()
let k4 = { [weak owner] in owner?.n } // expect error: 13: 'weak capture' is not supported in cells

// case: type(of:) names the static type
let t1: Int? = 1
print(type(of: 1.5), type(of: [1]), type(of: t1), type(of: (a: 1, "x")))   // expect: Double Array<Int> Optional<Int> (a: Int, String)
print(type(of: ["a": 1.0]), type(of: 1...2))                               // expect: Dictionary<String, Double> ClosedRange<Int>

// case: Bool.toggle, Int(exactly:), Double(exactly:), ClosedRange bounds, compactMapValues
var flag = false
flag.toggle()
print(flag, Int(exactly: 4.0) as Any, Int(exactly: 4.5) as Any, Double(exactly: Int.max) as Any)   // expect: true Optional(4) nil nil
print((1...5).lowerBound, (1...5).upperBound, (1..<5).upperBound)                                   // expect: 1 5 5
print(["a": "1", "b": "x"].compactMapValues { Int($0) })                                            // expect: ["a": 1]

// case: key paths as functions
struct Player { var name: String; var points: Int }
let players = [Player(name: "a", points: 3), Player(name: "b", points: 9)]
print(players.map(\.name), ["x", "yy"].map(\.count), [1, 2].map(\.self))   // expect: ["a", "b"] [1, 2] [1, 2]
print(players.sorted { $0.points > $1.points }.map(\Player.name))          // expect: ["b", "a"]

// case: closures made in a loop see their own iteration's values
var makers: [() -> Int] = []
for i in 1...3 {
    let square = i * i
    makers.append { i * 10 + square }
}
print(makers.map { $0() })   // expect: [11, 24, 39]

// case: closures made in while and repeat loops see their own iteration's values
var whileMakers: [() -> Int] = []
var pending = [5, 6, 7]
while let top = pending.popLast() {
    let doubled = top * 2
    whileMakers.append { top * 100 + doubled }
}
var round = 0
repeat {
    let now = round
    whileMakers.append { now }
    round += 1
} while round < 2
print(whileMakers.map { $0() })   // expect: [714, 612, 510, 0, 1]

// case: a func in a loop body that reads the iteration's names is refused
var loopFuncs: [() -> Int] = []
for k in 0..<3 {
    func scaled() -> Int { k * 10 } // expect error: 10: a 'func' in a loop body that reads the iteration's 'k' is not supported in cells: write it as a closure, e.g. let scaled = { … }
    loopFuncs.append(scaled)
}

// case: Optional.map and flatMap apply to the wrapped value
let om1: String? = "ab"
let om2: String? = nil
let om3: String? = ""
print(om1.map { $0.uppercased() } as Any, om2.map { $0.count } as Any)   // expect: Optional("AB") nil
print(om3.flatMap { $0.isEmpty ? nil : $0 } ?? "empty")                  // expect: empty

// case: a variadic function's result keeps its declared type
func average(of values: Double...) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
print(average(of: 2, 3, 4) as Any, average() as Any)   // expect: Optional(3.0) nil

// case: nested optionals are not supported
let no1: [String: Int?] = ["a": nil]
print(no1["a"] as Any) // expect error: 7: 'nested optional' is not supported in cells (a value of type 'Int??')

// case: try? of an optional as Any is not supported
func maybe() throws -> Int? { 1 }
print(try? maybe() as Any) // expect error: 12: 'nested optional' is not supported in cells ('try?' of an optional as 'Any')

// case: tuples compare element by element
let big = [(1000, "thousand"), (100, "hundred"), (1_000_000, "million")]
print(big.sorted(by: >).map { $0.1 }, (1, "b") < (1, "c"), (2, 0) <= (1, 9))   // expect: ["million", "thousand", "hundred"] true false

// case: several trailing closures, the later ones labelled
func twice(first: (Int) -> Int, second: (Int) -> Int) -> Int { second(first(1)) }
print(twice { $0 + 1 } second: { $0 * 10 })   // expect: 20

// case: autoclosure arguments run only when called
var evaluations = 0
func expensive(_ x: Int) -> Int { evaluations += 1; return x * x }
func logIf(_ enabled: Bool, _ message: @autoclosure () -> String) {
    if enabled { print("LOG:", message()) }
}
logIf(false, "value \(expensive(3))")
logIf(true, "value \(expensive(4))")   // expect: LOG: value 16
print(evaluations)                      // expect: 1

// case: if let and while let bind the elements of an optional tuple
var stack = [(0, "a"), (1, "b")]
while let (depth, label) = stack.popLast() { print(depth, label) }
// expect: 1 b
// expect: 0 a
let maybePair: (Int, Int)? = (1, 2)
if let (x, _) = maybePair { print(x) }   // expect: 1

// case: range patterns over a Double and one-sided bounds written with a member
import Foundation
func band(_ d: Double) -> Int {
    switch sqrt(d) {
    case 0...1: return 10
    case 1..<5: return 5
    default: return 0
    }
}
func sign(_ n: Int) -> Int {
    switch n {
    case Int.min..<0: return -1
    case 0: return 0
    default: return 1
    }
}
print(band(1), band(1.5), band(30), sign(-4), sign(0))   // expect: 10 5 0 -1 0

// case: a func passed as a function value drops its argument labels
func timeToPrepare(drinks: [String]) -> Double { Double(drinks.count) * 0.5 }
print([["a"], ["b", "c"]].map(timeToPrepare))   // expect: [0.5, 1.0]

// case: a labelled tuple element holding a function is called as a value
var handlers: [(id: Int, action: (String) -> Void)] = []
handlers.append((1, { print("got", $0) }))
for h in handlers { h.action("x") }   // expect: got x

// case: Optional.map of a computed optional evaluates it once
var reads = 0
func lookup() -> [String: Int]? { reads += 1; return ["a": 4] }
print(lookup().map { $0.count } as Any, [3: 1, 4: 4].first { $0.value >= 4 }.map { $0.key * 4 } ?? 0, reads)   // expect: Optional(1) 16 1

// case: assignment through an optional variable itself
var maybeCount: Int? = 1
maybeCount? += 1
var none: Int? = nil
none? += 1
print(maybeCount as Any, none as Any)   // expect: Optional(2) nil

// case: an initializer used as a function
print(["1", "x", "3"].compactMap(Int.init), [1, 2].map(String.init))   // expect: [1, 3] ["1", "2"]

// case: the empty tuple type
let unit: () = ()
print(unit)   // expect: ()

// case: an assignment used as a value is not supported
struct Holder { var n = 0 }
var holder: Holder? = Holder()
if (holder?.n = 3) != nil { print("set") } // expect error: 15: 'assignment used as a value' is not supported in cells

// case: a key path subscript is not supported
let kpValues = [1, 2]
print(kpValues[keyPath: \.count]) // expect error: 16: '[keyPath:] subscript' is not supported in cells

// case: inout in a function type
typealias Reducer = (inout Int, Int) -> Void
let bump: Reducer = { total, n in total += n }
var total = 1
bump(&total, 41)
print(total) // expect: 42
