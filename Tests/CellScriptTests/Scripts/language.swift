// case: corpus-like program
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
for i in 0..<10 where i % 3 == 0 { print(fib(i)) }
// expect: 0
// expect: 2
// expect: 8
// expect: 34
// case: closures and sequences
let xs = [3, 1, 2].sorted().map { $0 * 2 }
print(xs) // expect: [2, 4, 6]
let total = xs.reduce(0) { acc, x in acc + x }
print(total) // expect: 12
// case: builder
let list = { 1; 2; if true { 3 } }
list()
// expect value: [1, 2, 3]
// case: format
print(String(format: "%.3f %d %s", 3.14159, 7, "q")) // expect: 3.142 7 q
// case: chinese
let 名字 = "生成对抗网络"
print(名字.count, Double.pi.formatted(digits: 3)) // expect: 6 3.142
