// case: array literal and count
let a = [1, 2, 3]
print(a.count, a.isEmpty, [Int]().isEmpty) // expect: 3 false true
// case: empty array with annotation
var e: [Double] = []
e.append(1.5)
print(e) // expect: [1.5]
// case: subscript get
let b = [10, 20, 30]
print(b[0], b[2]) // expect: 10 30
// case: subscript set
var c = [1, 2, 3]
c[1] = 20
print(c) // expect: [1, 20, 3]
// case: compound subscript assignment
var d = [1, 2]
d[0] += 5
print(d) // expect: [6, 2]
// case: range subscript
let r = [0, 1, 2, 3, 4]
print(r[1..<3], r[2...4]) // expect: [1, 2] [2, 3, 4]
// case: index out of range
let s = [1, 2, 3]
print(s[3]) // expect error: 7: index out of range: index 3, but the array has 3 elements
// case: negative index
let t = [1, 2, 3]
print(t[-1]) // expect error: 7: index out of range: index -1, but the array has 3 elements
// case: range subscript out of bounds
let u = [1, 2]
print(u[0..<5]) // expect error: 7: range 0..<5 out of bounds for an array of 2 elements
// case: arrays are values
var x = [1, 2]
var y = x
y.append(3)
print(x, y) // expect: [1, 2] [1, 2, 3]
// case: append and insert and remove
var m = [1, 2, 3]
m.append(4)
m.insert(0, at: 0)
let removed = m.remove(at: 2)
print(m, removed) // expect: [0, 1, 3, 4] 2
// case: removeLast and removeFirst
var n = [1, 2, 3]
print(n.removeLast(), n.removeFirst(), n) // expect: 3 1 [2]
// case: removeLast on empty
var empty: [Int] = []
empty.removeLast() // expect error: 1: removeLast: can't remove last element from an empty array
// case: mutating a let array
let fixed = [1]
fixed.append(2) // expect error: 1: cannot use mutating member 'append' on immutable value: 'fixed' is a 'let' constant
// case: assign to let
let k = 1
k = 2 // expect error: 1: cannot assign to value: 'k' is a 'let' constant
// case: nested array mutation
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0].append(9)
print(grid) // expect: [[0, 0, 9], [5, 0]]
// case: first and last
print([4, 5, 6].first ?? 0, [4, 5, 6].last ?? 0, [Int]().first ?? -1) // expect: 4 6 -1
// case: contains
print([1, 2, 3].contains(2), [1, 2].contains(where: { $0 > 5 })) // expect: true false
// case: sorted and reversed
print([3, 1, 2].sorted(), Array([1, 2, 3].reversed())) // expect: [1, 2, 3] [3, 2, 1]
// case: sort in place
var z = ["b", "c", "a"]
z.sort()
print(z) // expect: ["a", "b", "c"]
// case: min and max of array
print([3, 9, 1].min() ?? 0, [3, 9, 1].max() ?? 0) // expect: 1 9
// case: joined
print(["a", "b", "c"].joined(separator: "-"), [1, 2].map { String($0) }.joined()) // expect: a-b-c 12
// case: enumerated array
print(["x", "y"].enumerated().map { i, v in "\(i)\(v)" }) // expect: ["0x", "1y"]
// case: prefix suffix dropFirst
let p = [1, 2, 3, 4]
print(p.prefix(2), p.suffix(1), p.dropFirst(), p.dropLast(2)) // expect: [1, 2] [4] [2, 3, 4] [1, 2]
// case: array repeating
print(Array(repeating: 0, count: 3)) // expect: [0, 0, 0]
// case: array from range
print(Array(0..<4)) // expect: [0, 1, 2, 3]
// case: firstIndex
print([5, 6, 7].firstIndex(of: 7) ?? -1) // expect: 2
// case: dictionary literal and lookup
let ages = ["ann": 31, "bob": 25]
print(ages["ann"] ?? 0, ages["zed"] ?? -1) // expect: 31 -1
// case: dictionary insert update remove
var dict: [String: Int] = [:]
dict["a"] = 1
dict["b"] = 2
dict["a"] = 10
dict["b"] = nil
print(dict, dict.count) // expect: ["a": 10] 1
// case: dictionary keys values
let dv = ["x": 1, "y": 2]
print(dv.keys, dv.values) // expect: ["x", "y"] [1, 2]
// case: dictionary removeValue
var rv = ["x": 1]
print(rv.removeValue(forKey: "x") ?? 0, rv.isEmpty) // expect: 1 true
// case: dictionary compound update
var counts = ["a": 1]
counts["a"] = (counts["a"] ?? 0) + 1
print(counts["a"] ?? 0) // expect: 2
// case: unhashable key
let bad = [(1, 2): 2] // expect error: 12: dictionary keys of type 'Tuple' are not supported in cells (keys can be numbers, strings, characters, Bools, enum cases and arrays of these)
// case: tuple access and destructuring
let pair = (3, "three")
let (num, word) = pair
print(pair.0, pair.1, num, word) // expect: 3 three 3 three
// case: nested tuple destructuring
let (q, (w, _)) = (1, (2, 3))
print(q, w) // expect: 1 2
// case: tuple swap assignment
var l = 1
var rr = 2
(l, rr) = (rr, l)
print(l, rr) // expect: 2 1
// case: destructuring mismatch
let (o1, o2) = (1, 2, 3) // expect error: 16: cannot destructure value of type '(Int, Int, Int)' into a tuple of 2 elements
// case: range properties
let rg = 2..<5
print(rg.count, rg.lowerBound, rg.upperBound, rg.contains(4)) // expect: 3 2 5 true
// case: array equality
print([1, 2] == [1, 2]) // expect: true
// case: string subscript is an error
let str = "abc"
print(str[0]) // expect error: 7: 'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.
// case: array of strings printed quoted
print(["a", "b"]) // expect: ["a", "b"]
// case: empty dictionary printed
let ed: [String: Int] = [:]
print(ed) // expect: [:]
// case: an ArraySlice prints, counts and iterates as Swift's
let scores = [10, 20, 30, 40, 50]
let tail = scores[2...]
print(tail, tail.count, tail.first!, Array(tail)[0], tail.map { $0 / 10 }) // expect: [30, 40, 50] 3 30 30 [3, 4, 5]
// case: reading an ArraySlice by position is refused (Swift's positions start where the range starts)
let middle = [10, 20, 30, 40, 50][1..<4]
print(middle[1])
// expect error: 139:7: 'indexing an ArraySlice' is not supported in cells: its positions start where the range starts in Swift; make it an Array first, e.g. Array(a[range])
// case: a Set's filter is a Set, so it passes where a Set is expected
let crew: Set = ["ana", "ben", "cy"]
func sortedNames(_ s: Set<String>) -> [String] { s.sorted() }
print(sortedNames(crew.filter { $0.count == 3 })) // expect: ["ana", "ben"]
