// case: shifts are Swift's smart shifts (over-shifts give 0 or -1, a negative amount shifts back)
print(1 << 4, 256 >> 2, -16 >> 2, 1 << 64, 5 >> 70, -5 >> 70, 1 << -1, 8 &>> 65) // expect: 16 64 -4 0 0 -1 0 4
// case: bitwise operators and prefix ~
print(12 & 10, 12 | 10, 12 ^ 10, ~5) // expect: 8 14 6 -6
// case: shift binds tighter than +, & is multiplicative, | additive
print(1 + 2 << 3, 2 * 3 & 1, 1 | 2 == 3) // expect: 17 0 true
// case: wrapping arithmetic does not trap
print(Int.max &+ 1 == Int.min, Int.min &- 1 == Int.max, Int.max &* 2) // expect: true true -2
// case: compound bitwise assignments
var bits = 1
bits <<= 3
bits |= 1
bits ^= 2
bits &= 0b1110
bits >>= 1
print(bits) // expect: 5
// case: nested generic arguments still close with two '>'
let grid = Array<Array<Int>>()
let table: [String: Array<Array<Int>>] = [:]
print(grid.count, table.count, 3 > 2, 1 >> 1) // expect: 0 0 true 0
// case: a shift of a Double is Swift's error
let half = 1.5
print(half << 2)
// expect error: 23:12: binary operator '<<' cannot be applied to operands of type 'Double' and 'Int'
// case: #if takes the branch that holds for Swift 6.3
#if swift(>=5.0)
print("new") // expect: new
#elseif swift(>=4.0)
print("mid")
#else
print("old")
#endif
#if swift(<5) || compiler(>=7.0)
print("no")
#else
print("else") // expect: else
#endif
// case: #if canImport takes the branch for a module the machine has
#if canImport(Foundation)
print("foundation") // expect: foundation
#endif
// (os(…) and arch(…) follow the machine that runs the cell, as swiftc's output would there)
// case: an #if without #endif
#if swift(>=5.0)
print("open")
// expect error: 44:1: expected #else or #endif at end of conditional compilation block
// case: ignored attributes, and a property wrapper stops at its attribute
@inline(__always) func twice(_ x: Int) -> Int { x * 2 }
struct Counter {
    @discardableResult @inline(__always) mutating func bump() -> Int { 1 }
}
print(twice(4)) // expect: 8
// case: a property wrapper attribute is not supported
@propertyWrapper struct Clamped { var wrappedValue: Int }
// expect error: 54:1: '@propertyWrapper' is not supported in cells
// case: init() throws
enum ParseError: Error { case empty }
struct Word {
    let text: String
    init(_ text: String) throws {
        guard !text.isEmpty else { throw ParseError.empty }
        self.text = text
    }
}
print(try Word("hi").text) // expect: hi
do { _ = try Word("") } catch { print(error) } // expect: empty
// case: nested enum and struct, qualified and unqualified
struct Card {
    enum Suit: String { case hearts = "♥", spades = "♠" }
    struct Face { var name: String }
    let suit: Suit
    let face: Face
    func label() -> String { suit.rawValue + face.name }
}
let card = Card(suit: .hearts, face: Card.Face(name: "K"))
let other: Card.Suit = Card.Suit.spades
print(card.label(), other, other.rawValue) // expect: ♥K spades ♠
print([card.suit], [other]) // expect: [main.Card.Suit.hearts] [main.Card.Suit.spades]
// case: a nested type used before its declaration
struct Deck {
    func first() -> Deck.Kind { .ace }
    func second() -> Kind { .king }
    enum Kind { case ace, king }
}
print(Deck().first(), Deck().second()) // expect: ace king
// case: a nested value is a copy, as in Swift
struct Outer {
    struct Inner { var n = 0 }
    var inner = Inner()
}
var a = Outer()
var b = a
b.inner.n = 5
print(a.inner.n, b.inner.n) // expect: 0 5
// case: two nested types of one name are not supported
struct A { enum Kind { case x } }
struct B { enum Kind { case y } }
// expect error: 96:17: 'nested enum' is not supported in cells when another type of the cell is also named 'Kind'
// expect error: 97:17: 'nested enum' is not supported in cells when another type of the cell is also named 'Kind'
// case: collection types written as expressions
let slots = [Int?](repeating: nil, count: 2)
var pairs = [(x: Int, y: Int)]()
pairs.append((x: 1, y: 2))
print(slots, pairs, [(Int, String)]().count, [String: [Int]?]()) // expect: [nil, nil] [(x: 1, y: 2)] 0 [:]
// case: [T](repeating:count:) in a generic struct
struct Buffer<T> {
    var items: [T?]
    init(size: Int) { items = [T?](repeating: nil, count: size) }
}
print(Buffer<Int>(size: 3).items) // expect: [nil, nil, nil]
// case: a global operator function and an enum's static <
enum Rank: Int, Comparable {
    case low, mid, high
    static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
}
class Node: Equatable {
    var n: Int
    init(n: Int) { self.n = n }
}
func == (lhs: Node, rhs: Node) -> Bool { lhs.n == rhs.n }
print(Rank.low < Rank.high, Rank.high < .mid, [Rank.high, .low].sorted(), Node(n: 1) == Node(n: 1)) // expect: true false [main.Rank.low, main.Rank.high] true
// case: an operator function needs an operator declaration, as in Swift
func *** (a: Int, b: Int) -> Int { a * b }
// expect error: 123:6: operator implementation without matching operator declaration
// case: precondition
precondition(1 < 2, "fine")
print("ok") // expect: ok
precondition(2 < 1, "two is not less than one")
// expect error: 128:1: precondition failed: two is not less than one
// case: a single-expression body takes the declared return type
enum Pick { case first, second }
struct Chooser {
    func pick() -> Pick { .second }
    func ratio() -> Double { 1 }
}
func top() -> Pick { .first }
print(Chooser().pick(), top(), Chooser().ratio()) // expect: second first 1.0
// case: an extension of an enum adds methods, computed properties, static lets and conformances
indirect enum Tree {
    case node(Tree, Int, Tree)
    case empty
}
extension Tree: CustomStringConvertible {
    var count: Int {
        switch self {
        case let .node(l, _, r): return l.count + 1 + r.count
        case .empty: return 0
        }
    }
    var description: String {
        switch self {
        case let .node(l, v, r): return "(\(l) \(v) \(r))"
        case .empty: return "."
        }
    }
    static let leaf = Tree.node(.empty, 0, .empty)
    func inserting(_ x: Int) -> Tree {
        switch self {
        case .empty: return .node(.empty, x, .empty)
        case let .node(l, v, r): return x < v ? .node(l.inserting(x), v, r) : .node(l, v, r.inserting(x))
        }
    }
}
let tree = Tree.empty.inserting(5).inserting(2).inserting(8)
print(tree, tree.count, Tree.leaf, [tree]) // expect: ((. 2 .) 5 (. 8 .)) 3 (. 0 .) [((. 2 .) 5 (. 8 .))]
// case: an extension of an enum cannot add a stored property
enum Light { case on, off }
extension Light {
    var brightness = 0
}
// expect error: 169:9: extensions must not contain stored properties
// case: Swift's Result type is not supported yet
enum Failure: Error { case bad }
func check(_ x: Int) -> Result<Int, Failure> { .success(x) }
// expect error: 174:25: 'Result' is not supported in cells
// case: a cell's own Result type is fine
enum Result { case win, loss }
print(Result.win) // expect: win
// case: a static property as a default argument, unqualified
struct Garden {
    static let defaultKids = ["Ann", "Bo"]
    let kids: [String]
    init(kids: [String] = defaultKids) { self.kids = kids }
}
print(Garden().kids, Garden(kids: ["Cy"]).kids) // expect: ["Ann", "Bo"] ["Cy"]
// case: Int64 is Int
let big: Int64 = Int64.max
print(big, Int64(7) + 1, Int64.min == Int.min) // expect: 9223372036854775807 8 true
// case: a generic initialiser
struct Bag {
    var items: [Int] = []
    init<S: Sequence>(_ source: S) where S.Element == Int {
        for x in source { items.append(x) }
    }
}
print(Bag([3, 1]).items, Bag(1...3).items) // expect: [3, 1] [1, 2, 3]
