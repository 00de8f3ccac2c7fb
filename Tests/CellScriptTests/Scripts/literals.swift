// case: int literal
print(42) // expect: 42
// case: underscore separators
print(1_000_000) // expect: 1000000
// case: double literal
print(2.5) // expect: 2.5
// case: exponent literal
print(2e-4) // expect: 0.0002
// case: exponent with plus
print(1.5e+3) // expect: 1500.0
// case: hex and binary literals
print(0xff, 0b101) // expect: 255 5
// case: bool literals
print(true, false) // expect: true false
// case: nil literal
let n: Int? = nil
print(n) // expect: nil
// case: string escapes
print("a\tb\\c\"d\"") // expect: a	b\c"d"
// case: unicode escape
print("\u{4E2D}") // expect: 中
// case: interpolation
let x = 3
print("x = \(x), twice = \(x * 2)") // expect: x = 3, twice = 6
// case: nested interpolation with strings
let name = "GAN"
print("hello \("dear " + name)!") // expect: hello dear GAN!
// case: multi-line string
let text = """
    line one
      indented
    end
    """
print(text)
// expect: line one
// expect:   indented
// expect: end
// case: multi-line string with interpolation
let k = 5
let t = """
    k is \(k)
    done
    """
print(t)
// expect: k is 5
// expect: done
// case: chinese identifiers and strings
let 损失 = 0.25
print("损失 = \(损失)") // expect: 损失 = 0.25
// case: line comment and block comment
let a = 1 // a comment
/* block
   comment */ let b = 2
/* nested /* inner */ still comment */
print(a + b) // expect: 3
// case: negative literal
print(-5, -2.5) // expect: -5 -2.5
// case: double description
print(0.1 + 0.2, 1.0, 100.0) // expect: 0.30000000000000004 1.0 100.0
// case: large double description
print(1e16, 1e-5) // expect: 1e+16 1e-05
// case: unterminated string
let s = "abc
// expect error: 63:9: unterminated string literal
// case: invalid escape
let e = "a\qb"
// expect error: 66:11: invalid escape sequence '\q' in literal
// case: unterminated block comment
let z = 1 /* never closed
// expect error: 69:11: unterminated '/*' comment
// case: unexpected character
let w = 1 ` 2
// expect error: 72:11: unexpected character '`'
// expect error: 72:11: consecutive statements on a line must be separated by ';', found '`'
// case: integer overflow literal
let big = 99999999999999999999
// expect error: 76:11: integer literal '99999999999999999999' overflows Int
// case: a NaN prints with its sign as print writes it (-nan), also inside collections
let quiet = Double.nan
let flipped = -quiet
print(quiet, flipped, [flipped], "\(flipped)") // expect: nan -nan [-nan] -nan
// case: strings inside collections are written as Swift's debugDescription escapes them
print(["it's", "a\rb", "nul\0", "bell\u{07}", "del\u{7F}", "é"]) // expect: ["it\'s", "a\rb", "nul\0", "bell\u{07}", "del\u{7F}", "é"]
let quote: Character = "'"
print([quote], ("x\ty", 1)) // expect: ["\'"] ("x\ty", 1)
