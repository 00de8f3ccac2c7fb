// case: host initializer and property
let v = Vec([1, 2, 3])
print(v.count, v) // expect: 3 Vec(1.0, 2.0, 3.0)
// case: host initializer with labels
let w = Vec(repeating: 2, count: 2)
print(w) // expect: Vec(2.0, 2.0)
// case: host initializer wrong label
let w2 = Vec(repeat: 2, count: 2) // expect error: 14: incorrect argument label in call (have 'repeat:', expected 'repeating:')
// case: host method
print(Vec([1, 2]).sum()) // expect: 3.0
// case: host mutating method on let object
let s = Vec([1, 2])
s.scale(by: 10)
print(s) // expect: Vec(10.0, 20.0)
// case: host operators
let a = Vec([1, 2])
let b = Vec([10, 20])
print(a + b, 2 * a, -a) // expect: Vec(11.0, 22.0) Vec(2.0, 4.0) Vec(-1.0, -2.0)
// case: host operator error names call site
let c = Vec([1, 2]) + Vec([1]) // expect error: 21: shape mismatch: [2] + [1]
// case: host operator missing overload
let d = Vec([1]) * Vec([2]) // expect error: 18: binary operator '*' cannot be applied to operands of type 'Vec' and 'Vec'
// case: host compound assignment
var acc = Vec([1])
acc += Vec([2])
print(acc) // expect: Vec(3.0)
// case: host subscript
let e = Vec([5, 6])
print(e[1]) // expect: 6.0
// case: host subscript error
let f = Vec([5])
print(f[3]) // expect error: 7: Vec index 3 out of range 0..<1
// case: host static method
print(Vec.zeros(2)) // expect: Vec(0.0, 0.0)
// case: host function default argument
print(Normal(mean: 0), Normal(mean: 1, std: 2)) // expect: N(0.0, 1.0) N(1.0, 2.0)
// case: host function wrong label
Normal(mean: 0, sd: 1) // expect error: 17: incorrect argument label in call (have 'sd:', expected 'std:')
// case: host function missing label
Normal(0) // expect error: 8: missing argument label 'mean:' in call
// case: host function argument type
Normal(mean: "zero") // expect error: 14: cannot convert value of type 'String' to expected argument type 'Double'
// case: host closure callback with map
let shifts = [0, 1]
print(shifts.map { Normal(mean: Double($0), std: 1) }) // expect: ["N(0.0, 1.0)", "N(1.0, 1.0)"]
// case: unknown host member
let g = Vec([1])
g.norm() // expect error: 3: value of type 'Vec' has no member 'norm'
// case: calling a host type without initializer overload
Vec() // expect error: 1: missing argument for parameter 'values' in call
// case: host type annotation checked
let h: Vec = 3 // expect error: 14: cannot convert value of type 'Int' to type 'Vec' of 'h'
// case: host type annotation accepted
let k: Vec = Vec([1])
print(k.count) // expect: 1
// case: host error inside func gives traceback
func combine() -> Vec { Vec([1]) + Vec([1, 2]) }
combine()
// expect error: 57:34: shape mismatch: [1] + [2]
// expect note: 58:1: in call to 'combine'
// case: host deadline check
// time limit: 0.2
sleepForever() // expect error: 1: cell exceeded its 0.2 s time limit
// case: host call checked before the cell runs: nothing printed
print("before")
Normal(mean: 1, std: "two") // expect error: 22: cannot convert value of type 'String' to expected argument type 'Double'
// case: host call extraneous label
let v = 2.0
print(Normal(mean: v, scale: 1)) // expect error: 23: incorrect argument label in call (have 'scale:', expected 'std:')
// case: a literal takes the host parameter's type
let n = Normal(mean: 1, std: 2)
print(n) // expect: N(1.0, 2.0)
// case: an Int variable is not a Double argument, as in Swift
let k = 3
Normal(mean: k) // expect error: 14: cannot convert value of type 'Int' to expected argument type 'Double'
