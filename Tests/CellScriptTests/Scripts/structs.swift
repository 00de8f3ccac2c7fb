// case: memberwise init, defaults, computed property, printing (outputs recorded from swiftc 6.3.1)
struct Point {
    var x: Double
    var y: Double = 0
    var norm: Double { (x * x + y * y).squareRoot() }
    mutating func move(by d: Double) { x += d; y += d }
    func scaled(_ k: Double) -> Point { Point(x: x * k, y: y * k) }
    static let origin = Point(x: 0, y: 0)
    static var made = 0
    static func make(_ v: Double) -> Point { made += 1; return Point(x: v, y: v) }
}
var p = Point(x: 3, y: 4)
print(p) // expect: Point(x: 3.0, y: 4.0)
print(p.norm) // expect: 5.0
print(Point(x: 1)) // expect: Point(x: 1.0, y: 0.0)
// cell
var q = p
q.move(by: 1)
print(p, q) // expect: Point(x: 3.0, y: 4.0) Point(x: 4.0, y: 5.0)
print(p.scaled(2)) // expect: Point(x: 6.0, y: 8.0)
print(Point.origin) // expect: Point(x: 0.0, y: 0.0)
let m = Point.make(2)
print(m, Point.made) // expect: Point(x: 2.0, y: 2.0) 1
// cell
var arr = [p, q]
arr[0].x += 10
arr[1].move(by: 1)
print(arr[0], arr[1]) // expect: Point(x: 13.0, y: 4.0) Point(x: 5.0, y: 6.0)
print(p) // expect: Point(x: 3.0, y: 4.0)
struct Line { var a: Point; var b: Point; let name: String }
var l = Line(a: p, b: q, name: "l")
l.a.y = 7
print(l.a.y, l.b.x, l.name) // expect: 7.0 4.0 l

// case: get/set computed property, CustomStringConvertible, interpolation
struct Temp: CustomStringConvertible {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    var description: String { "\(celsius)°C" }
}
var t = Temp(celsius: 100)
print(t.fahrenheit) // expect: 212.0
t.fahrenheit = 32
print(t) // expect: 0.0°C
print([t, Temp(celsius: 5)]) // expect: [0.0°C, 5.0°C]
print("t is \(t)") // expect: t is 0.0°C

// case: synthesized Equatable and field printing by type
struct V: Equatable { var a: Int; var b: [Int] }
print(V(a: 1, b: [2]) == V(a: 1, b: [2]), V(a: 1, b: [2]) != V(a: 1, b: [3])) // expect: true true
struct Opt { var n: Int?; var s: String; var f: Float = 0.1 }
print(Opt(s: "hi")) // expect: Opt(n: nil, s: "hi", f: 0.1)
print(Opt(n: 3, s: "x", f: 2)) // expect: Opt(n: Optional(3), s: "x", f: 2.0)

// case: explicit init, mutating methods, extension across cells
struct Counter {
    var count = 0
    let step: Int
    init(step: Int) { self.step = step }
    mutating func tick() { count += step }
    func report() -> String { return "count=\(count)" }
}
var c = Counter(step: 5)
c.tick(); c.tick()
print(c.report(), c) // expect: count=10 Counter(count: 10, step: 5)
// cell
extension Counter {
    var doubled: Int { count * 2 }
    mutating func reset() { count = 0 }
}
print(c.doubled) // expect: 20
c.reset()
print(c.count) // expect: 0

// case: value semantics of a struct holding an array
struct Stack {
    var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { return items.popLast() }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack()
s.push(1); s.push(2)
let s2 = s
print(s.pop(), s.items, s2.items, s.isEmpty) // expect: Optional(2) [1] [1, 2] false

// case: == needs Equatable
struct P { var x: Int }
print(P(x: 1) == P(x: 1)) // expect error: 15: binary operator '==' cannot be applied to two 'P' operands

// case: assigning a let property
struct K { let id: Int }
var k = K(id: 1)
k.id = 2 // expect error: 3: cannot assign to property: 'id' is a 'let' constant

// case: changing self in a non-mutating method
struct N {
    var n = 0
    func bump() { n += 1 } // expect error: 19: cannot assign to property: 'self' is immutable
}

// case: get-only computed property
struct G { var a = 1; var twice: Int { a * 2 } }
var g = G()
g.twice = 3 // expect error: 3: cannot assign to property: 'twice' is a get-only property

// case: unknown member
struct U { var a = 1 }
print(U().b) // expect error: 11: value of type 'U' has no member 'b'

// case: operators, generic struct, multi-declarations, inout, swap, shadowing, late let, _ =, typealias, self.init (outputs recorded from swiftc 6.3.1)
struct Vector2D: Comparable {
    var x = 0.0, y = 0.0
}
extension Vector2D {
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
        return Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
    static func < (a: Vector2D, b: Vector2D) -> Bool { a.x < b.x }
}
var v = Vector2D(x: 1, y: 2) + Vector2D(x: 3, y: 4)
print(v, v < Vector2D(x: 9), v > Vector2D(x: 9)) // expect: Vector2D(x: 4.0, y: 6.0) true false
v = v + v
print(v) // expect: Vector2D(x: 8.0, y: 12.0)
struct Stack<T> {
    var items = [T]()
    mutating func push(_ x: T) { items.append(x) }
    mutating func pop() -> T? { items.popLast() }
    var top: T? { items.last }
}
var st = Stack<Int>()
st.push(3); st.push(4)
print(st.pop() ?? -1, st.top ?? -1, st.items) // expect: 4 3 [3]
var names = Stack(items: ["a", "b"])
names.push("c")
print(names.items) // expect: ["a", "b", "c"]
struct Rect { var w, h: Double; var area: Double { w * h } }
print(Rect(w: 2, h: 3).area) // expect: 6.0
func bump(_ x: inout Int, by d: Int = 1) { x += d }
var n = 1
bump(&n); bump(&n, by: 5)
var arr = [1, 2, 3]
bump(&arr[1], by: 10)
var r = Rect(w: 1, h: 1)
func grow(_ r: inout Rect) { r.w *= 2 }
grow(&r)
print(n, arr, r) // expect: 7 [1, 12, 3] Rect(w: 2.0, h: 1.0)
var a = 1; var b = 2
swap(&a, &b)
print(a, b) // expect: 2 1
func f(_ k: Int) -> Int { var k = k; k += 1; return k }
print(f(1)) // expect: 2
let late: Int
if n > 3 { late = 1 } else { late = 2 }
print(late) // expect: 1
_ = f(3)
typealias Vec = [Double]
let z: Vec = [1, 2]
let zz = Vec()
print(z, zz) // expect: [1.0, 2.0] []
struct Counter {
    var count = 0
    let step: Int
    init(step: Int) { self.step = step }
    init() { self.init(step: 1) }
}
print(Counter(), Counter(step: 3)) // expect: Counter(count: 0, step: 1) Counter(count: 0, step: 3)

// case: printing a generic struct needs a description
struct Box<T> { var item: T }
print(Box(item: 1)) // expect error: 7: printing a value of generic struct 'Box' is not supported in cells; give it a 'description' (CustomStringConvertible)

// case: & outside a call
var amp = 1
let bad = &amp // expect error: 11: '&' may only be used to pass an argument to an 'inout' parameter

// case: passing a let as inout
func inc(_ x: inout Int) { x += 1 }
let fixed = 1
inc(&fixed) // expect error: 6: cannot pass immutable value as inout argument: 'fixed' is a 'let' constant

// case: mutating method on a let struct
struct Cnt { var n = 0; mutating func up() { n += 1 } }
let cnt = Cnt()
cnt.up() // expect error: 1: cannot use mutating member 'up' on immutable value: 'cnt' is a 'let' constant

// case: struct values are not shared between copies in arrays and functions
struct Cell2 { var v = 0 }
var one = Cell2()
var grid = [one, one]
grid[0].v = 5
func setV(_ c: Cell2) -> Cell2 { var c = c; c.v = 9; return c }
let nine = setV(one)
print(one.v, grid[0].v, grid[1].v, nine.v) // expect: 0 5 0 9

// case: class: reference semantics, init, methods, class func, static, optional chain of instances (outputs recorded from swiftc 6.3.1)
class Counter {
    var count = 0
    let name: String
    init(name: String) { self.name = name }
    func increment(by n: Int = 1) { count += n }
    var doubled: Int { count * 2 }
    class func make() -> Counter { Counter(name: "made") }
    static var instances = 0
}
let c = Counter(name: "a")
let alias = c
c.increment()
alias.increment(by: 5)
print(c.count, alias.count, c.doubled, c.name) // expect: 6 6 12 a
var list = [c, Counter.make()]
list[1].count = 42
print(list[0].count, list[1].count, list[1].name) // expect: 6 42 made
func bump(_ k: Counter) { k.count += 100 }
bump(c)
print(c.count) // expect: 106
class Namespace {
    static func shout(_ s: String) -> String { s.uppercased() + "!" }
}
print(Namespace.shout("hi")) // expect: HI!
final class Node: CustomStringConvertible {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
    var description: String { "Node(\(value))" }
}
let list2 = Node(1, next: Node(2))
print(list2, list2.next!.value, list2.next!) // expect: Node(1) 2 Node(2)
class Empty { var a = 1; var b: String? }
let e = Empty()
print(e.a, e.b ?? "nil") // expect: 1 nil

// case: class inheritance is not supported
class Base { var x = 1 }
class Derived: Base {} // expect error: 16: 'class inheritance' is not supported in cells

// case: printing a class instance needs a description
class Plain { var x = 1 }
print(Plain()) // expect error: 7: printing an instance of class 'Plain' is not supported in cells; give it a 'description' (CustomStringConvertible)

// case: extensions of Int, Double, String, Array: methods, computed and static properties, implicit self (outputs recorded from swiftc 6.3.1)
extension Double {
    var km: Double { return self * 1_000.0 }
    var m: Double { return self }
    func clamped(to lo: Double, _ hi: Double) -> Double { min(max(self, lo), hi) }
}
let marathon = 42.km + 195.m
print(marathon, 2.5.clamped(to: 0, 1)) // expect: 42195.0 1.0
extension Int {
    var isEven: Bool { self % 2 == 0 }
    func times(_ f: (Int) -> Void) { for i in 0..<self { f(i) } }
    mutating func double() { self *= 2 }
    static var answer: Int { 42 }
}
var n = 3
n.double()
print(n, n.isEven, 7.isEven, Int.answer) // expect: 6 true false 42
3.times { print("step", $0) } // expect: step 0
// expect: step 1
// expect: step 2
extension String {
    func shout() -> String { uppercased() + "!" }
    var firstWord: String { String(split(separator: " ").first ?? "") }
}
print("hello world".shout(), "hello world".firstWord) // expect: HELLO WORLD! hello
extension Array where Element: Comparable {
    func isSortedAscending() -> Bool {
        for i in 1..<count where self[i - 1] > self[i] { return false }
        return true
    }
}
print([1, 2, 3].isSortedAscending(), [3, 1].isSortedAscending()) // expect: true false

// case: String of reversed characters joins them (found by an Array extension in the corpus)
print(["the", "fox"].map { String($0.reversed()) }) // expect: ["eht", "xof"]

// case: @escaping, private(set), ===, several bindings in one let (outputs recorded from swiftc 6.3.1)
var handlers: [() -> Void] = []
func register(_ h: @escaping () -> Void) { handlers.append(h) }
register { print("called") }
handlers[0]() // expect: called
struct Account {
    private(set) var balance = 0
    public private(set) var owner: String = "x"
    mutating func deposit(_ n: Int) { balance += n }
}
var acct = Account()
acct.deposit(5)
print(acct.balance, acct.owner) // expect: 5 x
class Box { var v = 1 }
let b1 = Box(), b2 = b1, b3 = Box()
print(b1 === b2, b1 === b3, b1 !== b3) // expect: true false true

// case: var a, b: T takes the annotation for both
var lo, hi: Double
lo = 1; hi = 2
print(lo, hi) // expect: 1.0 2.0

// case: failable initializers of structs and classes (outputs recorded from swiftc 6.3.1)
struct Celsius {
    var value: Double
    init?(text: String) {
        guard let v = Double(text) else { return nil }
        value = v
    }
    init(value: Double) { self.value = value }
}
let ok = Celsius(text: "21.5")
let bad = Celsius(text: "warm")
print(ok!.value, bad == nil, Celsius(value: 3).value) // expect: 21.5 true 3.0
if let c = Celsius(text: "7") { print(c.value) } // expect: 7.0
class Item {
    let name: String
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
}
print(Item(name: "") == nil, Item(name: "pen")!.name) // expect: true pen

// case: subscripts of a struct, overloaded by arity, get/set with value semantics (outputs recorded from swiftc 6.3.1)
struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    subscript(index: Int) -> Double {
        get { grid[index] }
        set { grid[index] = newValue }
    }
    subscript(row: Int, column: Int) -> Double {
        return grid[(row * columns) + column]
    }
}
var m = Matrix(rows: 2, columns: 2)
m[1] = 1.5
m[3] = 3
let copy = m
m[0] = 9
print(m[1], m[0, 1], m[1, 1], copy[0], m[0]) // expect: 1.5 1.5 3.0 0.0 9.0
struct TimesTable { let multiplier: Int; subscript(i: Int) -> Int { multiplier * i } }
print(TimesTable(multiplier: 3)[6]) // expect: 18

// case: assigning through a get-only subscript
struct RO { subscript(i: Int) -> Int { i } }
var ro = RO()
ro[1] = 2 // expect error: 1: cannot assign through subscript: subscript of 'RO' is get-only

// case: @discardableResult, typealias in a struct, a struct shadowing a host type's name (outputs recorded from swiftc 6.3.1)
@discardableResult
func log(_ s: String) -> Int { print(s); return s.count }
log("hi") // expect: hi
struct Table {
    typealias Row = [Int]
    var rows: [Row] = []
    mutating func add(_ r: Row) { rows.append(r) }
}
var t = Table()
t.add([1, 2])
print(t.rows) // expect: [[1, 2]]

// case: a struct named like a builtin value type
struct Int {} // expect error: 8: a type named 'Int' (a builtin type) is not supported in cells

// case: methods overloaded by argument labels (outputs recorded from swiftc 6.3.1)
class Counter {
    var count = 0
    func increment() { count += 1 }
    func increment(by amount: Int) { count += amount }
    func reset() { count = 0 }
}
let counter = Counter()
counter.increment()
counter.increment(by: 5)
print(counter.count) // expect: 6
struct P { var x = 0; mutating func move() { x += 1 }; mutating func move(by d: Int) { x += d } }
var p = P()
p.move(); p.move(by: 10)
print(p.x) // expect: 11

// case: property observers are not supported
struct Steps {
    var total: Int = 0 { // expect error: 24: 'property observers' is not supported in cells
        didSet { print(total) }
    }
}
// case: inside collections, optionals, tuples and other structs a struct's default form names its module and enclosing types
struct Pin { var x: Int }
struct Board { struct Cell { var n: Int }; var pin: Pin; var cell: Cell; var spare: Pin? }
print(Board(pin: Pin(x: 1), cell: Board.Cell(n: 2), spare: Pin(x: 3)))
// expect: Board(pin: main.Pin(x: 1), cell: main.Board.Cell(n: 2), spare: Optional(main.Pin(x: 3)))
print([Pin(x: 4)], (Pin(x: 5), 6), Board.Cell(n: 7)) // expect: [main.Pin(x: 4)] (main.Pin(x: 5), 6) Cell(n: 7)
// case: an extension of a generic struct reads its generic parameters as the declaration does
struct Box<T> { var items: [T] }
extension Box where T: Equatable {
    func has(_ item: T) -> Bool { items.contains(where: { $0 == item }) }
}
print(Box(items: [1, 2]).has(2), Box(items: ["a"]).has("b")) // expect: true false
