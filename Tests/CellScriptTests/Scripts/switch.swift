// case: switch over Int with lists, ranges and default
for x in [0, 2, 7, 10, -3] {
    switch x {
    case 0: print("zero")
    case 1, 2: print("one or two")
    case 3..<10: print("below ten")
    case 10...: print("ten or more")
    default: print("negative")
    }
}
// expect: zero
// expect: one or two
// expect: below ten
// expect: ten or more
// expect: negative
// case: tuple patterns with wildcards, bindings and where
for p in [(0, 0), (3, 0), (0, 4), (2, 2), (1, 5)] {
    switch p {
    case (0, 0): print("origin")
    case (let x, 0): print("x axis \(x)")
    case (0, let y): print("y axis \(y)")
    case let (x, y) where x == y: print("diagonal \(x)")
    case (_, let y): print("elsewhere \(y)")
    }
}
// expect: origin
// expect: x axis 3
// expect: y axis 4
// expect: diagonal 2
// expect: elsewhere 5
// case: switch over String and Character
let word = "hello"
switch word {
case "hi", "hello": print("greeting")
default: print("other")
} // expect: greeting
let c: Character = "e"
switch c {
case "a", "e", "i", "o", "u": print("vowel")
default: print("consonant")
} // expect: vowel
// case: switch over Double with a range
let d = 2.5
switch d {
case 0.0..<1.0: print("low")
case 2.5: print("exact")
default: print("high")
} // expect: exact
// case: a Bool switch needs no default when both values are covered
let flag = false
switch flag {
case true: print("on")
case false: print("off")
} // expect: off
// case: a tuple of Bools covered case by case
let pair = (true, false)
switch pair {
case (true, true): print("both")
case (true, false): print("first")
case (false, _): print("not first")
} // expect: first
// case: fallthrough runs the next case's body
switch 3 {
case 3:
    print("three")
    fallthrough
case 4:
    print("four")
default:
    print("other")
}
// expect: three
// expect: four
// case: break ends the switch, not the loop around it
for i in 0..<4 {
    switch i {
    case 1: break
    default: print("i", i)
    }
}
// expect: i 0
// expect: i 2
// expect: i 3
// case: continue inside a switch continues the loop
var seen: [Int] = []
for i in 0..<5 {
    switch i % 2 {
    case 0: continue
    default: seen.append(i)
    }
}
print(seen) // expect: [1, 3]
// case: where clause that fails moves on to the next case
let n = 7
switch n {
case let k where k % 2 == 0: print("even \(k)")
case let k where k > 5: print("big odd \(k)")
default: print("small odd")
} // expect: big odd 7
// case: optional patterns
let values: [Int?] = [nil, 4, 12]
for v in values {
    switch v {
    case nil: print("none")
    case let x? where x > 10: print("large \(x)")
    case .some(let x): print("some \(x)")
    }
}
// expect: none
// expect: some 4
// expect: large 12
// case: a bound name is a copy
var list = [1, 2]
switch list {
case let copy:
    list.append(3)
    print(copy, list)
} // expect: [1, 2] [1, 2, 3]
// case: switch in a function returns from the case
func sign(_ x: Int) -> String {
    switch x {
    case ..<0: return "minus"
    case 0: return "zero"
    default: return "plus"
    }
}
print(sign(-4), sign(0), sign(9)) // expect: minus zero plus
// case: labelled loops with break and continue
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 2 { continue outer }
        if i == 2 { break outer }
        print(i, j)
    }
}
// expect: 0 0
// expect: 0 1
// expect: 1 0
// expect: 1 1
// case: labelled while loop left from a switch
var k = 0
loop: while true {
    k += 1
    switch k {
    case 3: break loop
    default: continue loop
    }
}
print(k) // expect: 3
// case: a switch over Int without default is not exhaustive
let m = 3
switch m { // expect error: 1: switch must be exhaustive
case 1: print("one")
case 2: print("two")
}
// case: a tuple switch missing a combination is not exhaustive
let t = (true, true)
switch t { // expect error: 1: switch must be exhaustive
case (true, true): print("a")
case (false, _): print("b")
}
// case: a guarded case does not make a switch exhaustive
let g = 1
switch g { // expect error: 1: switch must be exhaustive
case let v where v > 0: print(v)
}
// case: an unknown label is an error
for i in 0..<2 {
    break nowhere // expect error: 11: cannot find label 'nowhere' in scope
}
// case: fallthrough outside a switch is an error
for i in 0..<2 {
    fallthrough // expect error: 5: 'fallthrough' is only allowed inside a switch
}
