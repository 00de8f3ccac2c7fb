// case: values persist across cells
let gan = 21
// cell
print(gan * 2) // expect: 42
// case: var mutated in later cell
var steps = 0
// cell
steps += 5
// cell
print(steps) // expect: 5
// case: redeclaring shadows earlier cell
let lr = 0.1
// cell
let lr = 0.01
print(lr) // expect: 0.01
// case: function from earlier cell keeps its captured value
let base = 10
func addBase(_ x: Int) -> Int { x + base }
// cell
let base = 1000
print(addBase(1), base) // expect: 11 1000
// case: display value of last expression
let xs = [1, 2, 3]
xs.map { $0 * 2 }
// expect value: [2, 4, 6]
// case: no display value for statements
let y = 2
// case: print returns no display value
print("x") // expect: x
// case: display value of string
"生成"
// expect value: "生成"
// case: error in one cell does not stop later cells
let good = 1
// cell
let broken = undefinedName // expect error: 14: cannot find 'undefinedName' in scope
// cell
print(good) // expect: 1
// case: cell with compile error defines nothing
let partial = 1
nope()
// expect error: 41:1: cannot find 'nope' in scope
// cell
print(partial) // expect error: 7: cannot find 'partial' in scope
// case: runtime error keeps earlier definitions
let kept = 5
let crash = [1][3] // expect error: 13: index out of range: index 3, but the array has 1 element
// cell
print(kept) // expect: 5
// case: output before runtime error is kept
print("before") // expect: before
let zz = 1 / (1 - 1) // expect error: 12: division by zero
