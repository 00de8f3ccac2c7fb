// case: assignment through a two-index subscript writes through its setter; a copy is independent
struct Grid {
    let columns: Int
    var cells: [Int]
    init(columns: Int, rows: Int) { self.columns = columns; cells = Array(repeating: 0, count: columns * rows) }
    subscript(column: Int, row: Int) -> Int {
        get { cells[row * columns + column] }
        set { cells[row * columns + column] = newValue }
    }
}
var g = Grid(columns: 3, rows: 2)
g[1, 0] = 5
g[2, 1] = 7
g[2, 1] += 3
let copy = g
g[0, 0] = 1
print(g.cells, copy.cells, g[2, 1]) // expect: [1, 5, 0, 0, 0, 10] [0, 5, 0, 0, 0, 10] 10
// case: a labelled two-index subscript assigned through a stored property
struct Board {
    var squares = [0, 0, 0, 0]
    subscript(row row: Int, column column: Int) -> Int {
        get { squares[row * 2 + column] }
        set { squares[row * 2 + column] = newValue }
    }
}
struct Game { var board = Board() }
var game = Game()
game.board[row: 1, column: 0] = 9
print(game.board.squares, game.board[row: 1, column: 0]) // expect: [0, 0, 9, 0] 9
// case: assignment through a get-only two-index subscript stops
struct Table {
    subscript(a: Int, b: Int) -> Int { a * b }
}
var t = Table()
t[1, 2] = 3
// expect error: 35:1: cannot assign through subscript: subscript of 'Table' is get-only
// case: an array literal compared with a Set is a Set
let scores = [3, 1, 2, 5, 4]
print(Set(scores) == [1, 2, 3, 4, 5], [1, 2] == Set([2, 1]), Set(scores) != [1, 2]) // expect: true true true
// case: a subscript added to Int by an extension
extension Int {
    subscript(digit: Int) -> Int {
        var base = 1
        for _ in 0..<digit { base *= 10 }
        return (self / base) % 10
    }
}
let n = 4096
print(n[0], n[3], 746381295[1], n[7]) // expect: 6 4 9 0
// case: a top-level computed variable runs its body on each read
var calls = 0
var total: Int { calls += 1; return calls * 10 }
print(total, total, calls) // expect: 10 20 2
// case: a local computed variable with a get block reads the function's parameters
func area(_ w: Int, _ h: Int) -> Int {
    var size: Int {
        get { w * h }
    }
    return size + size
}
print(area(2, 3)) // expect: 12
// case: a computed variable with a setter outside a type stops at the setter
var stored = 0
var proxy: Int { get { stored } set { stored = newValue } }
// expect error: 64:33: 'computed variable with a setter outside a type' is not supported in cells
// case: .init(…) where an array or a set is expected is the collection's initialiser
struct Box<T> {
    var items: [T]
    init(_ v: T) { items = .init(repeating: v, count: 2) }
}
var b = Box(7)
var xs: [Int] = .init(repeating: 1, count: 3)
let s: Set<String> = .init(["a"])
print(b.items, xs, s) // expect: [7, 7] [1, 1, 1] ["a"]
// case: an integer literal assigned through a generic two-index subscript holding Doubles
struct Pair<T> {
    var items: [T]
    subscript(i: Int, j: Int) -> T {
        get { items[i + j] }
        set { items[i + j] = newValue }
    }
}
var w = Pair(items: [0.5, 0.5])
w[0, 1] = 1
print(w.items) // expect: [0.5, 1.0]
// case: callAsFunction and methods named with their labels as values bound to a copy
struct Scaler {
    var factor: Int
    func callAsFunction(_ x: Int, plus: Int) -> Int { factor * x + plus }
    func half(of x: Int) -> Int { x * factor / 2 }
}
var sc = Scaler(factor: 3)
let f: (Int, Int) -> Int = sc.callAsFunction(_:plus:)
let h = sc.half(of:)
sc.factor = 10
print(sc(2, plus: 1), f(2, 1), h(4), sc.callAsFunction(1, plus: 0)) // expect: 21 7 6 10
