// case: builder collects values in order
print(Chart(title: "t") {
    1
    2.5
    "three"
}) // expect: Chart(t: 1; 2.5; three)
// case: builder with if and for
let show = true
print(Chart {
    0
    if show { 1 }
    if !show { 99 }
    for i in 2..<4 { i * 10 }
}) // expect: Chart(: 0; 1; 20; 30)
// case: builder with single expression
print(Chart { 7 }) // expect: Chart(: 7)
// case: builder skips void statements
print(Chart {
    print("side effect")
    5
})
// expect: side effect
// expect: Chart(: 5)
// case: sequential with implicit members
let model = Sequential {
    Linear(100, 128)
    Activation(.relu)
    Linear(128, 1)
    Activation(.leakyReLU(0.2))
}
print(model) // expect: Sequential[Linear(100, 128), Activation(.relu), Linear(128, 1), Activation(.leakyReLU(0.2))]
// case: builder with local let
print(Chart {
    let x = 3
    x * 2
    x * 3
}) // expect: Chart(: 6; 9)
// case: builder with map inside
let ys = [1, 2]
print(Chart { ys.map { $0 * 2 } }) // expect: Chart(: [2, 4])
// case: implicit member symbol printed
print(.relu) // expect: .relu
// case: implicit member with labelled arguments
print(.custom(alpha: 1, 2)) // expect: .custom(alpha: 1, 2)
