// case: names of Swift's standard library and Foundation the cells lack are not supported, not unknown
let s = Scanner(string: "1") // expect error: 9: 'Scanner' is not supported in cells
// case: a Swift free function the cells lack is not supported
let r = repeatElement(0, count: 3) // expect error: 9: 'repeatElement' is not supported in cells
// case: a Swift type in an annotation is not supported
var it: AnyIterator<Int>? = nil // expect error: 9: 'AnyIterator' is not supported in cells
// case: a typo stays cannot find
let q = zqx + 1 // expect error: 9: cannot find 'zqx' in scope
// case: a Swift member of a builtin type the cells lack is not supported
let minus = -0.0
print(minus.sign) // expect error: 13: 'Double.sign' is not supported in cells
// case: a Swift member of Array the cells lack is not supported
let xs = [1, 2]
print(xs.capacity) // expect error: 10: 'Array.capacity' is not supported in cells
// case: a member Swift does not have stays has no member
let ys = [1, 2]
print(ys.kount) // expect error: 10: value of type 'Array' has no member 'kount'
// case: a Swift call of a builtin method with labels the cells lack is not supported
var zs = [1, 2]
zs.removeAll(keepingCapacity: true) // expect error: 1: 'Array.removeAll(keepingCapacity:)' is not supported in cells
// case: insert(contentsOf:at:)
var a = [3, 1, 2]
a.insert(contentsOf: [7, 8], at: 1)
print(a) // expect: [3, 7, 8, 1, 2]
a.insert(contentsOf: [0], at: 9) // expect error: 1: insert(contentsOf:at:): index 9 out of range for an array of 5 elements
// case: round, trunc, Int(_:radix:), String(_:radix:uppercase:)
print(round(2.5), round(-2.5), trunc(-2.7), Int("ff", radix: 16) as Any, Int("z", radix: 10) as Any, Int("-z", radix: 36) as Any, String(255, radix: 2), String(-255, radix: 16, uppercase: true)) // expect: 3.0 -3.0 -2.0 Optional(255) nil Optional(-35) 11111111 -FF
// case: String(format:) with %o and %u
print(String(format: "%o %u %5o", 8, 7, 64)) // expect: 10 7   100
// case: an optional binding with a type annotation
let o: Int? = 4
if let v: Int = o { print(v) } // expect: 4
let p: Double? = 2.5
guard let w: Double = p else { fatalError() }
let none: Int? = nil
if let n: Int = none { print(n) } else { print("none") } // expect: none
print(w) // expect: 2.5
// case: hexadecimal floating-point literals
print(0x1p-2, 0xA.8p0, 0x1P+3, 0x1_0.8p1, 0xff.description) // expect: 0.25 10.5 8.0 33.0 255
// case: a hexadecimal float needs its exponent
print(0x1.8) // expect error: 12: hexadecimal floating point literal must end with an exponent
// case: nested tuple assignment with a wildcard
var a = ""
var b = 0
var c = 0
(a, _, (b, c)) = ("test", 9.45, (12, 3))
print(a, b, c) // expect: test 12 3
var w = 0
(w, _) = (10, 20)
print(w) // expect: 10
// case: an argument coerced to Any chooses the overload taking Any
func f(_ any: Any) { print("Function for Any") }
func f(_ int: Int) { print("Function for Int") }
let x = 10
f(x) // expect: Function for Int
f(x as Any) // expect: Function for Any
// case: subscripts of a half-open range
print((0..<10)[3], Array((0..<10)[2..<5]), (0..<10)[2...4], (3..<9)[4..<6].count) // expect: 3 [2, 3, 4] 2..<5 2
// case: a range subscript out of bounds is an error
print((0..<3)[5]) // expect error: 7: index out of range: index 5, but the range is 0..<3
// case: a labelled subscript of an Array extension is chosen by its label
extension Array {
    subscript(guarded index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
print([1, 2, 3][guarded: 5] as Any, [1, 2, 3][guarded: 1] as Any, [1, 2, 3][1]) // expect: nil Optional(2) 2
// case: arrays are Hashable: a Set of arrays and a dictionary keyed by arrays
var seen = Set<[Int]>()
seen.insert([1, 2])
seen.insert([1, 2])
seen.insert([2, 1])
var counts: [[Int]: Int] = [:]
counts[[3, 4], default: 0] += 1
counts[[3, 4], default: 0] += 1
print(seen.count, seen.contains([2, 1]), counts[[3, 4]] as Any) // expect: 2 true Optional(2)
// case: inout arguments in calls of a struct's method (from a computed property) and a class's method
struct Walker {
    let limit: Int
    var total: Int {
        var seen = Set<Int>()
        var steps = 0
        collect(from: 1, into: &seen, steps: &steps)
        return seen.count * 100 + steps
    }
    func collect(from n: Int, into seen: inout Set<Int>, steps: inout Int) {
        guard n <= limit else { return }
        seen.insert(n)
        steps += 1
        collect(from: n * 2, into: &seen, steps: &steps)
    }
}
print(Walker(limit: 20).total) // expect: 505
final class Counter {
    var hits = 0
    func bump(_ x: inout Int) { x += 1; hits += 1 }
}
let counter = Counter()
var n = 5
counter.bump(&n)
counter.bump(&n)
print(n, counter.hits) // expect: 7 2
// case: inout arguments in a call of a mutating method
struct Tally {
    var count = 0
    mutating func add(_ x: inout Int) { count += x; x = 0 }
}
var tally = Tally()
var amount = 3
tally.add(&amount)
print(tally.count, amount) // expect: 3 0
