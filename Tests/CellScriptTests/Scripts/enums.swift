// case: simple cases print their names
enum Direction { case north, south, east, west }
let d = Direction.north
print(d) // expect: north
print("heading \(d)") // expect: heading north
var e: Direction = .west
e = .east
print(e) // expect: east
// case: inside collections a case is qualified with the module and type
enum Light { case red, green }
print([Light.red, Light.green]) // expect: [main.Light.red, main.Light.green]
// case: Int raw values count up from the last explicit one
enum Level: Int { case low = 1, mid, high = 10, max }
print(Level.mid.rawValue, Level.high.rawValue, Level.max.rawValue) // expect: 2 10 11
// case: String raw values default to the case name
enum Planet: String { case mercury, venus = "Venus" }
print(Planet.mercury.rawValue, Planet.venus.rawValue) // expect: mercury Venus
// case: init?(rawValue:) gives an optional
enum Coin: Int { case penny = 1, nickel = 5 }
let c = Coin(rawValue: 5)
print(c!) // expect: nickel
print(Coin(rawValue: 3) == nil) // expect: true
if let found = Coin(rawValue: 1) { print(found) } // expect: penny
// case: CaseIterable's allCases
enum Suit: CaseIterable { case spades, hearts }
print(Suit.allCases.count) // expect: 2
for s in Suit.allCases { print(s) }
// expect: spades
// expect: hearts
// case: associated values with and without labels print as Swift
enum Shape {
    case circle(Double)
    case rect(width: Double, height: Double)
    case named(String, sides: Int)
}
print(Shape.circle(1.5)) // expect: circle(1.5)
print(Shape.rect(width: 2, height: 3)) // expect: rect(width: 2.0, height: 3.0)
print(Shape.named("tri", sides: 3)) // expect: named("tri", sides: 3)
// case: switch binds associated values
enum Move {
    case step(Int)
    case jump(dx: Int, dy: Int)
    case stop
}
func describe(_ m: Move) -> String {
    switch m {
    case .step(let n): return "step \(n)"
    case let .jump(dx, dy): return "jump \(dx),\(dy)"
    case .stop: return "stop"
    }
}
print(describe(.step(2)), describe(.jump(dx: 1, dy: -1)), describe(Move.stop)) // expect: step 2 jump 1,-1 stop
// case: methods and computed properties switch on self
enum Compass: Int {
    case north, east, south, west
    var opposite: Compass {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
    func turned(by steps: Int) -> Compass { Compass(rawValue: (rawValue + steps) % 4)! }
}
print(Compass.east.opposite, Compass.west.turned(by: 2)) // expect: west east
// case: a mutating method replaces self
enum Switch {
    case on, off
    mutating func toggle() {
        self = self == .on ? .off : .on
    }
}
var s = Switch.off
s.toggle()
print(s) // expect: on
s.toggle()
print(s) // expect: off
// case: static members
enum Config {
    case debug, release
    static let fallback = Config.release
    static func parse(_ text: String) -> Config { text == "d" ? .debug : fallback }
}
print(Config.parse("d"), Config.parse("x"), Config.fallback) // expect: debug release release
// case: equality of cases with associated values
enum Token: Equatable { case number(Int), plus }
print(Token.number(1) == .number(1), Token.number(1) == .number(2), Token.plus != .plus) // expect: true false false
// case: if case, guard case and for case
enum Item { case coin(Int), gem }
let items: [Item] = [.coin(5), .gem, .coin(7)]
if case .coin(let v) = items[0] { print("coin", v) } // expect: coin 5
func firstCoin(_ i: Item) -> Int {
    guard case .coin(let v) = i else { return -1 }
    return v
}
print(firstCoin(.gem), firstCoin(.coin(2))) // expect: -1 2
var total = 0
for case .coin(let v) in items { total += v }
print(total) // expect: 12
// case: an enum copy is independent of the original
enum Counter {
    case count(Int)
    mutating func bump() { if case .count(let n) = self { self = .count(n + 1) } }
}
var a = Counter.count(1)
let b = a
a.bump()
print(a, b) // expect: count(2) count(1)
// case: an indirect enum evaluates recursively
indirect enum Expr {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
}
func eval(_ e: Expr) -> Int {
    switch e {
    case .num(let n): return n
    case .add(let l, let r): return eval(l) + eval(r)
    case .mul(let l, let r): return eval(l) * eval(r)
    }
}
print(eval(.add(.num(2), .mul(.num(3), .num(4))))) // expect: 14
// case: an enum switch missing a case is not exhaustive
enum Tri { case a, b, c }
let t = Tri.a
switch t { // expect error: 1: switch must be exhaustive
case .a: print("a")
case .b: print("b")
}
// case: an enum declared in one cell is used in the next
enum Mode: String { case fast, slow }
// cell
let m = Mode.slow
print(m, m.rawValue) // expect: slow slow
switch m {
case .fast: print("F")
case .slow: print("S")
} // expect: S
// case: CustomStringConvertible's description is what print writes
enum Card: CustomStringConvertible {
    case ace, king
    var description: String { self == .ace ? "A" : "K" }
}
print(Card.ace, [Card.ace, Card.king], "\(Card.king)") // expect: A [A, K] K
let oc: Card? = .ace
print(oc) // expect: Optional(A)
// case: a generic enum's parameters are typed at run time
enum Box<T> { case full(T), empty }
let box: Box<Int> = .full(3)
print(box) // expect: full(3)
if case .full(let v) = box { print(v + 1) } // expect: 4
// case: init and init? assign self
enum Level {
    case low, high
    init(_ score: Int) { self = score > 50 ? .high : .low }
}
enum Grade: String {
    case pass, fail
    init?(score: Int) {
        if score < 0 { return nil }
        self = score >= 60 ? .pass : .fail
    }
}
print(Level(70), Level(10)) // expect: high low
print(Grade(score: 75)!, Grade(score: 10)!, Grade(score: -1) == nil, Grade(rawValue: "pass")!) // expect: pass fail true pass
// case: an enum value stored in an array keeps value semantics
enum Dir { case up, down }
var dirs = [Dir.up]
var copy = dirs
copy[0] = .down
print(dirs[0], copy[0]) // expect: up down
// case: enum values as dictionary keys, and implicit members among array elements
enum Kind: Hashable { case a, b(Int) }
var tally: [Kind: Int] = [:]
for k in [Kind.a, .b(1), .a, .b(2), .b(1)] { tally[k] = (tally[k] ?? 0) + 1 }
print(tally[.a]!, tally[.b(1)]!, tally[Kind.b(2)]!, tally.count) // expect: 2 2 1 3

// case: an array literal of untyped cases with payloads compares with an enum array
enum Token: Equatable { case ident(String) }
let ts: [Token] = [.ident("a")]
print(ts == [.ident("a")], [.ident("b")] == ts) // expect: true false
// case: associated values print with their declared types (optionals wrapped, Float short)
enum Mark { case none, label(Character?, weight: Float) }
let mark = Mark.label("a", weight: 0.1)
print(mark) // expect: label(Optional("a"), weight: 0.1)
enum Reading { case value(Float), missing(Int?) }
print(Reading.value(0.1), Reading.missing(nil), Reading.missing(3)) // expect: value(0.1) missing(nil) missing(Optional(3))
// case: print falls back on debugDescription when a type has only CustomDebugStringConvertible
struct Tagged: CustomDebugStringConvertible { var x = 1; var debugDescription: String { "T#\(x)" } }
print(Tagged(), [Tagged()]) // expect: T#1 [T#1]
enum Flag { case up }
extension Flag: CustomDebugStringConvertible { var debugDescription: String { "F!" } }
print(Flag.up, [Flag.up]) // expect: F! [F!]
