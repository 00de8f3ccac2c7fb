// case: integer arithmetic
print(1 + 2 * 3) // expect: 7
print(7 / 2, 7 % 3) // expect: 3 1
// case: display value
let a = 40
a + 2
// expect value: 42
// case: unknown name
let gan = 1
let x = gna + 1
// expect error: 10:9: cannot find 'gna' in scope; did you mean 'gan'?
