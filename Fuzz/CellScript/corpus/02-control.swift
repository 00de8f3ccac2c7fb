func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
for i in 0..<10 where i % 2 == 0 { print(fib(i)) }
var k = 0
while k < 5 { k += 1; if k == 3 { continue } }
repeat { k -= 1 } while k > 0
guard k == 0 else { fatalError("bad") }
