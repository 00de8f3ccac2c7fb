// case: precedence multiplication over addition
print(2 + 3 * 4) // expect: 14
// case: parentheses
print((2 + 3) * 4) // expect: 20
// case: left associative subtraction
print(10 - 3 - 2) // expect: 5
// case: remainder
print(17 % 5, -17 % 5) // expect: 2 -2
// case: double remainder
print(7.5 % 2.0) // expect: 1.5
// case: integer division truncates
print(7 / 2, -7 / 2) // expect: 3 -3
// case: double division
print(7.0 / 2.0) // expect: 3.5
// case: comparison operators
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1, 1 != 1) // expect: true true false false true false
// case: logical operators
print(true && false, true || false, !true) // expect: false true false
// case: short circuit and
var calls = 0
func touch() -> Bool { calls += 1; return true }
let r = false && touch()
print(r, calls) // expect: false 0
// case: short circuit or
var hits = 0
func hit() -> Bool { hits += 1; return false }
print(true || hit(), hits) // expect: true 0
// case: precedence and over or
print(true || false && false) // expect: true
// case: comparison binds tighter than and
print(1 < 2 && 3 < 4) // expect: true
// case: ternary
let v = 5
print(v > 3 ? "big" : "small") // expect: big
// case: nested ternary right associative
let q = 0
print(q < 0 ? "neg" : q == 0 ? "zero" : "pos") // expect: zero
// case: unary minus on variable
let m = 4
print(-m * 2) // expect: -8
// case: string concatenation
print("ab" + "cd") // expect: abcd
// case: array concatenation
print([1, 2] + [3]) // expect: [1, 2, 3]
// case: string comparison
print("apple" < "banana") // expect: true
// case: int literal promoted to double
let d = 1.5
print(d * 2, 2 + d) // expect: 3.0 3.5
// case: an Int variable and a Double variable do not mix (as in Swift)
let i = 2
let f = 1.5
print(i * f) // expect error: 9: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
// case: division by zero
let zero = 0
print(10 / zero)
// expect error: 56:10: division by zero
// case: remainder by zero
let z2 = 0
print(10 % z2)
// expect error: 60:10: division by zero in remainder operation
// case: double division by zero is infinity
print(1.0 / 0.0) // expect: inf
// case: overflow
let huge = Int.max
print(huge + 1)
// expect error: 66:12: arithmetic overflow in 9223372036854775807 + 1
// case: not on int
print(!1)
// expect error: 69:7: unary operator '!' cannot be applied to an operand of type 'Int'
// case: condition must be bool
if 1 { print("x") }
// expect error: 72:4: cannot convert value of type 'Int' to expected condition type 'Bool'
// case: nil coalescing
let o: Int? = nil
print(o ?? 7) // expect: 7
// case: nil coalescing keeps value
let p: Int? = 3
print(p ?? 7) // expect: 3
// case: equality of arrays and tuples
print([1, 2] == [1, 2], (1, "a") == (1, "a"), [1] == [2]) // expect: true true false
// case: string plus int mismatch
print("a" + 1)
// expect error: 83:11: binary operator '+' cannot be applied to operands of type 'String' and 'Int'
// case: compare nil
let opt: String? = nil
print(opt == nil, 3 == nil) // expect: true false
// case: a range of Doubles is a value
let span = -0.5...1
print(span) // expect: -0.5...1.0
// case: iterating a range of Doubles is an error
for x in 0.0..<1.0 { print(x) } // expect error: 92:10: ranges of Double cannot be iterated; use stride(from:to:by:)
