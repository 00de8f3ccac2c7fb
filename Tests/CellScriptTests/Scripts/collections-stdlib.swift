// case: arrays by repeating (outputs recorded from swiftc 6.3.1)
var grid = [Int](repeating: 0, count: 3)
grid[1] = 5
print(grid, Array(repeating: "x", count: 2)) // expect: [0, 5, 0] ["x", "x"]
// case: sorted by
let nums = [5, 3, 8, 1]
print(nums.sorted(by: >), nums.sorted { $0 > $1 }) // expect: [8, 5, 3, 1] [8, 5, 3, 1]
// case: reduce into a dictionary
let counts = ["a", "b", "a"].reduce(into: [String: Int]()) { acc, w in acc[w, default: 0] += 1 }
print(counts["a"]!, counts["b"]!) // expect: 2 1
// case: enumerated with offset and element
let nums = [5, 3, 8, 1]
for (i, x) in nums.enumerated() { print(i, x) }
// expect: 0 5
// expect: 1 3
// expect: 2 8
// expect: 3 1
print(Array(nums.enumerated()).map { $0.offset * $0.element }) // expect: [0, 3, 16, 3]
// case: zip
print(Array(zip([1, 2, 3], ["a", "b"]))) // expect: [(1, "a"), (2, "b")]
// case: index searches
let nums = [5, 3, 8, 1]
print(nums.firstIndex(of: 8), nums.firstIndex(of: 9), nums.firstIndex(where: { $0 < 4 })) // expect: Optional(2) nil Optional(1)
// case: array mutation keeps copies independent
let nums = [5, 3, 8, 1]
var m = nums
m.removeLast()
m.insert(9, at: 0)
m.swapAt(0, 1)
print(m, nums) // expect: [5, 9, 3, 8] [5, 3, 8, 1]
// case: max by and min by
let nums = [5, 3, 8, 1]
print(nums.max(by: { $0 % 4 < $1 % 4 }), nums.min(by: <)) // expect: Optional(3) Optional(1)
// case: allSatisfy and contains where
let nums = [5, 3, 8, 1]
print(nums.allSatisfy { $0 > 0 }, nums.contains(where: { $0 > 7 })) // expect: true true
// case: joined
print(["x", "y"].joined(separator: "-"), ["x", "y"].joined()) // expect: x-y xy
// case: stride to and through
print(Array(stride(from: 0, to: 10, by: 3)), Array(stride(from: 1.0, through: 2.0, by: 0.5))) // expect: [0, 3, 6, 9] [1.0, 1.5, 2.0]
for i in stride(from: 3, through: 1, by: -1) { print(i) }
// expect: 3
// expect: 2
// expect: 1
// case: Set literal through an annotation, value semantics
let s: Set<Int> = [3, 1, 2]
var u = s
u.insert(4)
print(s.count, u.count, s.contains(2), u.contains(4), s.contains(4)) // expect: 3 4 true true false
print(s.union([7]).sorted(), s.intersection([1, 2, 9]).sorted(), s.subtracting([1]).sorted()) // expect: [1, 2, 3, 7] [1, 2] [2, 3]
print(u.insert(4).inserted, u.insert(5).inserted) // expect: false true
// case: empty Set and Set of an array
var seen = Set<String>()
seen.insert("a")
print(seen.count, seen.isEmpty, Set([1, 1, 2]).count) // expect: 1 false 2
// case: dictionary keys values and default
let d = ["b": 2, "a": 1, "c": 3]
print(d.keys.sorted(), d.values.sorted(), d["z", default: 0]) // expect: ["a", "b", "c"] [1, 2, 3] 0
for (k, v) in d.sorted(by: { $0.key < $1.key }) { print(k, v) }
// expect: a 1
// expect: b 2
// expect: c 3
print(d.mapValues { $0 * 10 }.sorted { $0.key < $1.key }.map { $0.value }) // expect: [10, 20, 30]
print(d.filter { $0.value > 1 }.count) // expect: 2
// case: Dictionary grouping
let grouped = Dictionary(grouping: [1, 2, 3, 4, 5], by: { $0 % 2 })
print(grouped[1]!, grouped[0]!) // expect: [1, 3, 5] [2, 4]
// case: removeAll where, count where, lastIndex
var arr = [1, 2, 3, 4, 5, 6]
arr.removeAll(where: { $0 % 2 == 0 })
print(arr, arr.count(where: { $0 > 1 }), arr.lastIndex(of: 3)) // expect: [1, 3, 5] 2 Optional(1)
// case: reversed arrays iterate and convert
let nums = [5, 3, 8, 1]
print(nums.reversed().map { $0 * 2 }, Array(nums.reversed())) // expect: [2, 16, 6, 10] [1, 8, 3, 5]
// case: joined arrays, prefix and dropFirst
print([[1, 2], [3]].joined().map { $0 }, [1, 2, 3].prefix(2), [1, 2, 3].dropFirst()) // expect: [1, 2, 3] [1, 2] [2, 3]
// case: first where and last where
let nums = [5, 3, 8, 1]
print(nums.first(where: { $0 > 3 }), nums.last(where: { $0 < 5 })) // expect: Optional(5) Optional(1)
// case: compactMap
let nums = [5, 3, 8, 1]
print(nums.compactMap { $0 > 3 ? $0 : nil }) // expect: [5, 8]
// case: printing a lazy view is not supported (Swift prints its type)
print([1, 2].enumerated()) // expect error: 7: printing a value of type 'EnumeratedSequence<Array<Int>>' is not supported in cells: convert it with Array(…) first
// case: several bindings in one declaration
var lo = 1, hi = 5, total = 0.0
let n = 2, m: Double = 3
total += m
print(lo, hi, total, n) // expect: 1 5 3.0 2
// case: typed for-in over an array literal
for x: Double in [0, 1, 2.5] { print(x) }
// expect: 0.0
// expect: 1.0
// expect: 2.5
// case: dictionary merging keeps both and combines
let a = ["x": 1, "y": 2]
let merged = a.merging(["y": 10, "z": 3]) { old, new in old + new }
print(merged.sorted { $0.key < $1.key }.map { $0.value }) // expect: [1, 12, 3]
// case: Double remainder and quotientAndRemainder
print(7.5.remainder(dividingBy: 2), 7.5.truncatingRemainder(dividingBy: 2), 17.quotientAndRemainder(dividingBy: 5)) // expect: -0.5 1.5 (quotient: 3, remainder: 2)
// case: Substring annotation
let words = "a b".split(separator: " ")
let first: Substring = words[0]
print(first) // expect: a
// case: trailing closures stand for their labels
let nums = [5, 3, 8, 1]
print(nums.max { $0 % 4 < $1 % 4 }, nums.contains { $0 > 7 }, nums.firstIndex { $0 == 8 }) // expect: Optional(3) true Optional(2)
// case: a labelled tuple type prints its labels, as Swift does
func stats(_ xs: [Int]) -> (count: Int, total: Int) { return (xs.count, xs.reduce(0, +)) }
print(stats([4, 5]), stats([1]).total) // expect: (count: 2, total: 9) 1
// case: a tuple whose type the checker cannot work out is not printed without its labels
func twice<T>(_ make: () -> T) -> [T] { [make(), make()] }
print(twice { (a: 1, b: 2) }) // expect error: 7: 'printing a tuple of an unknown type' is not supported in cells: give the value a type annotation, e.g. let p: (x: Double, y: Double) = …
