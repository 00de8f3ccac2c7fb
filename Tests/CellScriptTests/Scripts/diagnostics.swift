// case: all syntax errors of a cell are reported
let a = (1 +
let b = 2
let c = ]
func f( { }
// expect error: 3:1: expected expression, found 'let'
// expect error: 4:9: expected expression, found ']'
// expect error: 5:9: expected parameter name, found '{'
// case: syntax error stops the cell from running
print("never")
print("x") oops // expect error: 12: consecutive statements on a line must be separated by ';', found 'oops'
// case: missing closing brace
if true {
    print(1)
// expect error: 15:56: expected '}' to close the block
// case: missing else after guard
guard true { } // expect error: 12: expected 'else' after 'guard' condition, found '{'
// case: unsupported keyword
protocol Shape {} // expect error: 1: 'protocol' is not supported in cells
// case: did you mean suggestion
let learningRate = 0.1
print(learningRat) // expect error: 7: cannot find 'learningRat' in scope; did you mean 'learningRate'?
// case: suggestion from builtins
prnt("x") // expect error: 1: cannot find 'prnt' in scope; did you mean 'print'?
// case: no suggestion when too different
print(zzzzzz) // expect error: 7: cannot find 'zzzzzz' in scope
// case: all name errors of a cell are reported
let p = q1 + 1 // expect error: 9: cannot find 'q1' in scope
let r = q2 * 2 // expect error: 9: cannot find 'q2' in scope
// case: let without value or type
let nothing // expect error: 5: type annotation missing in pattern
// case: deep nesting is an error not a crash
let deep = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
// expect error: 33:140: expression or block nested too deeply (more than 128 levels)
// case: unknown type in declaration
let t: Tensr = 1 // expect error: 8: cannot find type 'Tensr' in scope
// case: assignment to expression
1 = 2 // expect error: 1: cannot assign to this expression
// case: missing argument list close
print(1, 2 // expect error: 72: expected ')' to close the argument list
// case: error inside string interpolation
print("value: \(1 +)") // expect error: 20: expected expression
// case: member of nil
let n: Int? = nil
print(n.count) // expect error: 9: value of type 'Optional' has no member 'count'
