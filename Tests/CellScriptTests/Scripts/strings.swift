// case: String append and += (outputs recorded from swiftc 6.3.1)
var s = "Hello"
s.append(", world")
s.append("!")
s += "?"
print(s, s.count, s.isEmpty) // expect: Hello, world!? 14 false
// case: split gives Substrings that print like Strings
let parts = "a,b,,c".split(separator: ",")
print(parts) // expect: ["a", "b", "c"]
print("a b c".split(separator: " ", maxSplits: 1)) // expect: ["a", "b c"]
print("a,,b".split(separator: ",", omittingEmptySubsequences: false)) // expect: ["a", "", "b"]
let ws = "hello world".split(separator: " ")
print(ws.map { $0.count }) // expect: [5, 5]
// case: components(separatedBy:) keeps empty pieces
print("a,b,,c".components(separatedBy: ",")) // expect: ["a", "b", "", "c"]
// case: prefix and suffix tests, case changes
print("swift".hasPrefix("sw"), "swift".hasSuffix("ft"), "swift".contains("if"), "swift".contains("x")) // expect: true true true false
print("MiXed".uppercased(), "MiXed".lowercased()) // expect: MIXED mixed
print("a-b".replacingOccurrences(of: "-", with: "+")) // expect: a+b
// case: reversed string through String(...)
print(String("stressed".reversed())) // expect: desserts
let word = "level"
print(word == String(word.reversed())) // expect: true
// case: first and last are optional Characters
print("abc".first, "abc".last, "".first) // expect: Optional("a") Optional("c") nil
// case: prefix suffix dropFirst dropLast of a String are text
print("hello".prefix(3), "hello".suffix(2), "hello".dropFirst(), "hello".dropLast(2)) // expect: hel lo ello hel
// case: String repeating count
print(String(repeating: "ab", count: 3)) // expect: ababab
// case: Character properties
let c: Character = "x"
print(c, c.isLetter, c.isNumber, c.asciiValue, Character("7").wholeNumberValue) // expect: x true false Optional(120) Optional(7)
print(Character("A").isUppercase, Character(" ").isWhitespace, Character("!").isPunctuation) // expect: true true true
print(c.uppercased()) // expect: X
// case: conversions from and to String
print(String(42), Int("17"), Int("x1")) // expect: 42 Optional(17) nil
// case: Array of a String, sorted characters
print(Array("abc")) // expect: ["a", "b", "c"]
print(Array("hello").sorted()) // expect: ["e", "h", "l", "l", "o"]
// case: filter on a String gives a String
print("banana".filter { $0 != "a" }) // expect: bnn
// case: iterating a String gives Characters
for ch in "hi" { print(ch) }
// expect: h
// expect: i
// case: map over a String
print("abc".map { String($0).uppercased() }) // expect: ["A", "B", "C"]
// case: removeLast of a String
var t = "abc"
let last = t.removeLast()
print(t, last) // expect: ab c
// case: count where
print("abc".count(where: { $0 == "b" })) // expect: 1
// case: a copied String is independent
var a1 = "x"
let a2 = a1
a1.append("y")
print(a1, a2) // expect: xy x
// case: printing a String.Index is not supported (Swift prints its internal bits)
let q = "abc"
let i = q.firstIndex(of: "b")
print(i) // expect error: 7: printing a 'String.Index' is not supported in cells: print text[index] or text.distance(from: text.startIndex, to: index)
// case: printing a reversed string is not supported (Swift prints its type)
print("abc".reversed()) // expect error: 7: printing a value of type 'ReversedCollection<String>' is not supported in cells: convert it with Array(…) first
