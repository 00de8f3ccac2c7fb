// Operators a cell declares (issue 19): compound assignments with an inout left side,
// custom infix and prefix operators, precedence groups, `~=` in patterns, and inout in function
// types and closures. Every expected line was printed by swiftc 6.3.1.
// case: static compound assignment, custom prefix and infix operators of a struct
struct V: CustomStringConvertible {
    var x: Int
    var description: String { "V(\(x))" }
    static func + (l: V, r: V) -> V { V(x: l.x + r.x) }
    static func += (l: inout V, r: V) { l = l + r }
    static prefix func +++ (v: inout V) -> V { v += v; return v }
    static func +- (l: V, r: V) -> V { V(x: l.x * 10 - r.x) }
}
prefix operator +++
infix operator +-: AdditionPrecedence
func -= (l: inout V, r: V) { l = V(x: l.x - r.x) }
var a = V(x: 1)
a += V(x: 2)
print(a) // expect: V(3)
a -= V(x: 1)
print(a) // expect: V(2)
let b = +++a
print(a, b) // expect: V(4) V(4)
var vs = [V(x: 1), V(x: 2)]
vs[1] += V(x: 5)
print(vs, V(x: 1) +- V(x: 2) + V(x: 3)) // expect: [V(1), V(7)] V(11)
// case: global compound assignment operators
struct Money: CustomStringConvertible {
    var cents: Int
    var description: String { "$\(cents / 100).\(cents % 100)" }
}
func += (total: inout Money, extra: Money) { total = Money(cents: total.cents + extra.cents) }
func *= (total: inout Money, k: Int) { total = Money(cents: total.cents * k) }
var wallet = Money(cents: 150)
wallet += Money(cents: 275)
wallet *= 2
print(wallet) // expect: $8.50
// case: precedence groups place operators used before their declaration
print(2 ** 3 * 2, 2 * 3 ** 2, 2.0 ** 3) // expect: 16 18 8.0
precedencegroup PowerPrecedence { higherThan: MultiplicationPrecedence }
infix operator ** : PowerPrecedence
func ** (b: Int, e: Int) -> Int { e == 0 ? 1 : b * (b ** (e - 1)) }
func ** (b: Double, e: Int) -> Double { e == 0 ? 1 : b * (b ** (e - 1)) }
precedencegroup RightPower {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator ^^ : RightPower
func ^^ (b: Int, e: Int) -> Int { b ** e }
print(2 ^^ 3 ^^ 2) // expect: 512
precedencegroup Low { lowerThan: AdditionPrecedence associativity: left }
infix operator <+> : Low
func <+> (a: Int, b: Int) -> Int { a * 100 + b }
print(1 + 2 <+> 3 + 4, 1 <+> 2 <+> 3) // expect: 307 10203
infix operator |>
func |> (x: Int, f: (Int) -> Int) -> Int { f(x) }
print((3 |> { $0 * 2 }) == 6) // expect: true
// case: a declared ~= matches expression patterns of another type
func ~= (pattern: String, value: Int) -> Bool { pattern == "\(value)" }
func kind(_ n: Int) -> String {
    switch n {
    case "7": return "seven"
    case 0..<5: return "small"
    default: return "other"
    }
}
print(kind(7), kind(3), kind(9)) // expect: seven small other
if case "12" = 12 { print("twelve") } // expect: twelve
struct Even {}
func ~= (pattern: Even, value: Int) -> Bool { value % 2 == 0 }
for n in [1, 2] {
    switch n {
    case Even(): print(n, "even")
    default: print(n, "odd")
    }
}
// expect: 1 odd
// expect: 2 even
// case: inout in function types and closure parameters
struct State { var count = 0; var log: [String] = [] }
typealias Reducer = (inout State, Int) -> Void
let add: Reducer = { s, n in s.count += n }
let note: Reducer = { s, n in s.log.append("n=\(n)") }
var st = State()
add(&st, 5)
note(&st, 5)
let twice = { (x: inout Int) in x *= 2 }
var k = 21
twice(&k)
let steps: [Reducer] = [add, note, { s, _ in s.count = 0 }]
for step in steps { step(&st, 1) }
print(st.count, st.log, k) // expect: 0 ["n=5", "n=1"] 42
func apply(_ f: (inout [Int]) -> Void) -> [Int] { var xs = [1]; f(&xs); return xs }
print(apply { $0.append(2) }) // expect: [1, 2]
// case: methods of structs and classes take inout arguments
struct Counter {
    var calls = 0
    mutating func take(_ xs: inout [Int], upTo n: Int) -> Int {
        calls += 1
        let k = min(n, xs.count)
        xs.removeFirst(k)
        return k
    }
    func doubled(_ x: inout Int) { x *= 2 }
    func run() -> Int {
        var v = 5
        doubled(&v)
        return v
    }
}
final class Pool {
    var size = 3
    func drain(into total: inout Int) { total += size; size = 0 }
}
var c = Counter()
var items = [1, 2, 3, 4]
print(c.take(&items, upTo: 3), items, c.calls, c.run()) // expect: 3 [4] 1 10
let pool = Pool()
var sum = 10
pool.drain(into: &sum)
print(sum, pool.size) // expect: 13 0
// case: a postfix operator stops at its declaration
postfix operator +!
// expect error: 122:1: 'postfix operator' is not supported in cells
// case: a global prefix operator function stops at 'prefix'
prefix operator ~~
prefix func ~~ (x: Int) -> Int { -x }
// expect error: 126:1: 'prefix' is not supported in cells
// case: an inout closure parameter after the first stops at it
let both = { (a: Int, b: inout Int) in b += a }
// expect error: 129:26: 'inout closure parameter after the first' is not supported in cells
