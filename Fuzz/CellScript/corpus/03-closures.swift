let xs = [3, 1, 2].sorted().map { $0 * 2 }
let total = xs.reduce(0) { acc, x in acc + x }
let names = ["a": 1, "b": 2]
if let v = names["a"] { print(v ?? 0) }
let (p, q) = (1, "two")
let list = { 1; 2; if p > 0 { 3 } }
print(String(format: "%.3f %d %s", 3.14159, p, q), xs[1..<2], stride(from: 0, to: 1, by: 0.25))
