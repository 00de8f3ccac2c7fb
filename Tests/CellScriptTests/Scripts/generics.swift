// case: a generic struct with written type arguments prints them as Swift does
struct Queue<T> {
    private var elements: [T] = []
    mutating func push(_ value: T) { elements.append(value) }
    mutating func pop() -> T? { elements.isEmpty ? nil : elements.removeFirst() }
}
var names = Queue<String>()
names.push("One")
names.push("Two")
print(names.pop()) // expect: Optional("One")
print(names) // expect: Queue<String>(elements: ["Two"])
// case: a type argument types the members: push(1) on a Queue<Double> stores 1.0
struct Queue<T> {
    private var elements: [T] = []
    mutating func push(_ value: T) { elements.append(value) }
    mutating func pop() -> T? { elements.isEmpty ? nil : elements.removeFirst() }
}
var q = Queue<Double>()
q.push(1)
q.push(2.5)
print(q) // expect: Queue<Double>(elements: [1.0, 2.5])
print(q.pop(), q.pop()!) // expect: Optional(1.0) 2.5
var f = Queue<Float>()
f.push(0.1)
print(f, type(of: f)) // expect: Queue<Float>(elements: [0.1]) Queue<Float>
// case: memberwise initialisers take the type arguments; type(of:) names them
struct Pair<A, B> {
    var first: A
    var second: B?
}
let p = Pair<Double, String>(first: 1, second: nil)
print(p, type(of: p)) // expect: Pair<Double, String>(first: 1.0, second: nil) Pair<Double, String>
print(p.first / 4) // expect: 0.25
print(type(of: Pair<[Int], [String: Int]>(first: [], second: nil))) // expect: Pair<Array<Int>, Dictionary<String, Int>>
print(Pair<(x: Int, y: Int), Bool>(first: (x: 1, y: 2), second: true)) // expect: Pair<(x: Int, y: Int), Bool>(first: (x: 1, y: 2), second: Optional(true))
// case: a generic struct with its own description prints that
struct Box<T>: CustomStringConvertible {
    var v: T
    var description: String { "Box(\(v))" }
}
print(Box<Int>(v: 3)) // expect: Box(3)
// case: a generic value whose type arguments are not written still stops at the print
struct Stack<T> {
    var items: [T] = []
}
let s = Stack(items: [1, 2])
print(s) // expect error: 7: printing a value of generic struct 'Stack' is not supported in cells; give it a 'description' (CustomStringConvertible)
// case: an array literal builds an ExpressibleByArrayLiteral struct through init(arrayLiteral:)
struct Bag<Element> {
    var items: [Element]
    var count: Int { items.count }
}
extension Bag: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Element...) {
        self.items = elements.reversed()
    }
}
let bag: Bag<Int> = [1, 2, 3]
print(bag.items, bag.count) // expect: [3, 2, 1] 3
func total(_ b: Bag<Double>) -> Double { b.items.reduce(0, +) }
print(total([0.5, 0.25])) // expect: 0.75
// case: a conformance to Sequence is not supported (Swift derives map, for-in from it)
struct Countdown {
    var from: Int
}
extension Countdown: Sequence {
// expect error: 66:22: 'conformance to Sequence' is not supported in cells
    func makeIterator() -> AnyIterator<Int> {
        var n = from
        return AnyIterator {
            guard n > 0 else { return nil }
            n -= 1
            return n + 1
        }
    }
}
// case: a conformance to IteratorProtocol in the type's own declaration
struct Ones: IteratorProtocol {
// expect error: 78:14: 'conformance to IteratorProtocol' is not supported in cells
    mutating func next() -> Int? { 1 }
}
// case: a protocol extension is not supported
extension Collection where Element: Equatable {
// expect error: 83:11: 'extension of protocol Collection' is not supported in cells
    func allEqual() -> Bool { allSatisfy { $0 == first } }
}
// case: an associated type of a generic parameter is not supported
struct Edge<G: Collection> {
    var from: G.Element
// expect error: 89:15: 'associated type G.Element' is not supported in cells
}
// case: an associated type in a generic function's signature
func firstOf<C: Collection>(_ c: C) -> C.Element? {
// expect error: 93:40: 'associated type C.Element' is not supported in cells
    c.first
}
// case: methods with the same labels are told apart by their parameter types, a Sequence-constrained one takes sequences
struct Heap<T> {
    var nodes: [T] = []
    mutating func insert(_ value: T) { nodes.append(value) }
    mutating func insert<S: Sequence>(_ values: S) where S.Element == T {
        for v in values { insert(v) }
    }
}
var h = Heap<Int>()
h.insert(3)
h.insert([1, 2])
h.insert(4..<6)
print(h.nodes) // expect: [3, 1, 2, 4, 5]
var d = Heap<Double>()
d.insert([1, 2])
d.insert(3)
print(d.nodes) // expect: [1.0, 2.0, 3.0]
struct Log {
    var lines: [String] = []
    mutating func add(_ n: Int) { lines.append("int \(n)") }
    mutating func add(_ s: String) { lines.append("text " + s) }
    mutating func add(_ xs: [Double]) { lines.append("doubles \(xs)") }
}
var log = Log()
log.add(1)
log.add("a")
log.add([1, 2.5])
print(log.lines) // expect: ["int 1", "text a", "doubles [1.0, 2.5]"]
// case: a generic function's result takes the type its arguments give the generic parameters
func id<T>(_ x: T) -> T { x }
func firstOf<T>(_ xs: [T]) -> T { xs[0] }
func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
func maybe<T>(_ x: T, _ keep: Bool) -> T? { keep ? x : nil }
let n = id(3) + 1
print(n, id(2) * id(5), id(2.5) / 2, firstOf([1, 2]) + 1, firstOf([Float(0.1)]) * 3) // expect: 4 10 1.25 2 0.3
print(pair(1, "a"), maybe(2.0, true), maybe("x", false), type(of: pair(1.5, [1]))) // expect: (1, "a") Optional(2.0) nil (Double, Array<Int>)
var total = 0
for i in 0..<3 { total += id(i) }
print(total) // expect: 3
// case: type(of:) and Float digits of a generic function's result (the corpus's generic utilities)
func total<T: Numeric>(_ xs: [T]) -> T {
    return xs.reduce(0, +)
}
func clamp<T: Comparable>(_ x: T, _ lo: T, _ hi: T) -> T {
    return min(max(x, lo), hi)
}
print(type(of: total([Float(1), 2])), total([Float(0.1), 0.2]), type(of: clamp(-2.5, -1.0, 1.0))) // expect: Float 0.3 Double
// case: a tuple type a generic function's argument decides prints with its labels
func pairUp<T>(_ x: T) -> [T] { [x, x] }
print(pairUp((a: 1, b: 2))) // expect: [(a: 1, b: 2), (a: 1, b: 2)]
// case: an enum initialiser's default values take their parameter's type (left: Tree = .empty)
indirect enum Tree {
    case empty
    case node(Tree, Int, Tree)
    init(left: Tree = .empty, _ value: Int, right: Tree = .empty) {
        self = .node(left, value, right)
    }
    var size: Int {
        switch self {
        case .empty: return 0
        case .node(let l, _, let r): return l.size + 1 + r.size
        }
    }
}
print(Tree(4).size, Tree(left: Tree(1), 2).size) // expect: 1 2
