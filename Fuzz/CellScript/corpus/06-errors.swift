func f(_ xs: [Int], at i: Int = 0) -> Int { xs[i] }
let v = f([1, 2], at: 5)
var t = (1, (2, "x"))
let (a, (b, c)) = t
t.0 += 1
guard let q = Int("x") else { print("nil") }
print(Double.infinity / 0, Int.max + 1, "a" + 1, 1 / 0)
