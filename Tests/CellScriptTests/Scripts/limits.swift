// case: infinite loop hits time limit
// time limit: 0.2
var i = 0
while true { i += 1 } // expect error: 1: cell exceeded its 0.2 s time limit
// case: infinite recursion hits depth limit
func down(_ n: Int) -> Int { down(n + 1) }
down(0)
// expect error: 6:30: maximum call depth of 10000 exceeded (infinite recursion?)
// case: deep but finite recursion is fine
func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
print(depth(9_999)) // expect: 9999
// case: time limit inside a function loop
// time limit: 0.2
func spin() { while true {} }
spin()
// expect error: 14:15: cell exceeded its 0.2 s time limit
// case: infinite closure recursion through host map
// time limit: 5
func again(_ xs: [Int]) -> [Int] { xs.map { again([$0]).count } }
again([1])
// expect error: 19:45: maximum call depth of 10000 exceeded (infinite recursion?)
// case: huge array request
let big = Array(repeating: 0, count: 100_000_000) // expect error: 11: Array(repeating:count:): count 100000000 is negative or too large
