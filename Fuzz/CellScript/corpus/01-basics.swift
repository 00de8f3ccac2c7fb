let a = 1 + 2 * 3
var b: Double = 2.5e-3
b += 1_000
print(a, b, separator: ", ")
let s = "x = \(a), \(b * 2)"
