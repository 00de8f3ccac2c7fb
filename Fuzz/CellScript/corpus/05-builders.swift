let show = true
let items = { 0; if show { 1 } else { 2 }; for i in 0..<3 { i * 10 } }
print(items(), .leakyReLU(0.2), [1, 2].reduce(0, +), (1...3).map { $0 * $0 })
var d: [String: Int] = [:]
d["a", default: 0] = 1
