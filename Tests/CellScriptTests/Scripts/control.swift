// case: if else
let a = 5
if a > 3 { print("big") } else { print("small") } // expect: big
// case: else if chain
let b = 0
if b > 0 { print("pos") } else if b < 0 { print("neg") } else { print("zero") } // expect: zero
// case: if let binds
let maybe: Int? = 4
if let m = maybe { print(m + 1) } // expect: 5
// case: if let skips nil
let none: Int? = nil
if let m = none { print(m) } else { print("none") } // expect: none
// case: if let shorthand
let value: String? = "hi"
if let value { print(value) } // expect: hi
// case: if with several conditions
let c: Int? = 3
if let c, c > 2 { print("ok") } // expect: ok
// case: guard passes
func check(_ x: Int) -> String {
    guard x > 0 else { return "non-positive" }
    return "positive"
}
print(check(3), check(-1)) // expect: positive non-positive
// case: guard let visible after
func double(_ s: String) -> Int {
    guard let n = Int(s) else { return -1 }
    return n * 2
}
print(double("21"), double("x")) // expect: 42 -1
// case: guard must not fall through
func bad() {
    guard false else { print("oops") } // expect: oops
}
bad()
// expect error: 33:5: 'guard' body must not fall through; use 'return', 'break' or 'continue'
// case: for over half open range
for i in 0..<3 { print(i) }
// expect: 0
// expect: 1
// expect: 2
// case: for over closed range
var s = 0
for i in 1...4 { s += i }
print(s) // expect: 10
// case: for over array
for w in ["a", "b"] { print(w) }
// expect: a
// expect: b
// case: for with where
for i in 0..<6 where i % 2 == 1 { print(i) }
// expect: 1
// expect: 3
// expect: 5
// case: for with stride
for x in stride(from: 0, to: 10, by: 4) { print(x) }
// expect: 0
// expect: 4
// expect: 8
// case: stride through with doubles
print(Array(stride(from: 0.0, through: 1.0, by: 0.5))) // expect: [0.0, 0.5, 1.0]
// case: for enumerated
for (i, w) in ["x", "y"].enumerated() { print(i, w) }
// expect: 0 x
// expect: 1 y
// case: for zip
for (a, b) in zip([1, 2, 3], ["a", "b"]) { print(a, b) }
// expect: 1 a
// expect: 2 b
// case: for underscore
var n = 0
for _ in 0..<5 { n += 1 }
print(n) // expect: 5
// case: for over dictionary
for (k, v) in ["a": 1, "b": 2] { print(k, v) }
// expect: a 1
// expect: b 2
// case: for over string
for ch in "中文" { print(ch) }
// expect: 中
// expect: 文
// case: while loop
var i = 0
while i < 3 { i += 1 }
print(i) // expect: 3
// case: repeat while runs once
var r = 10
repeat { r += 1 } while r < 5
print(r) // expect: 11
// case: break
for i in 0..<10 {
    if i == 3 { break }
    print(i)
}
// expect: 0
// expect: 1
// expect: 2
// case: continue
for i in 0..<5 {
    if i % 2 == 0 { continue }
    print(i)
}
// expect: 1
// expect: 3
// case: nested loops break inner only
for i in 0..<2 {
    for j in 0..<5 {
        if j == 1 { break }
        print(i, j)
    }
}
// expect: 0 0
// expect: 1 0
// case: break in while
var k = 0
while true {
    k += 1
    if k == 4 { break }
}
print(k) // expect: 4
// case: break outside loop
break
// expect error: 122:1: 'break' is only allowed inside a loop
// case: continue outside loop
continue
// expect error: 125:1: 'continue' is only allowed inside a loop
// case: return at top level
return 3
// expect error: 128:1: return invalid outside of a func
// case: for over non sequence
for x in 5 { print(x) }
// expect error: 131:10: for-in loop requires a sequence, but 'Int' is not one
// case: do block scope
do {
    let inner = 1
    print(inner) // expect: 1
}
// case: block scope hides names
if true { let hidden = 1 }
print(hidden) // expect error: 7: cannot find 'hidden' in scope
// case: loop variable shadows
let x = 100
for x in 0..<2 { print(x) }
print(x)
// expect: 0
// expect: 1
// expect: 100
// case: reversed range loop
for i in (0..<3).reversed() { print(i) }
// expect: 2
// expect: 1
// expect: 0
// case: invalid range
let lo = 5
let rr = lo..<2
// expect error: 155:12: range requires lowerBound <= upperBound, got 5..<2
