// case: startIndex, endIndex, index(after:) and index(before:) walk Characters (outputs recorded from swiftc 6.3.1)
let s = "héllo"
var i = s.startIndex
var out = ""
while i < s.endIndex {
    out.append(s[i])
    out.append("|")
    i = s.index(after: i)
}
print(out, s[s.index(before: s.endIndex)]) // expect: h|é|l|l|o| o
// case: index(_:offsetBy:) and distance(from:to:) count grapheme clusters
let flags = "🇺🇸🇫🇷ab"
let third = flags.index(flags.startIndex, offsetBy: 2)
print(flags[third], flags.distance(from: flags.startIndex, to: third), flags.distance(from: flags.endIndex, to: third)) // expect: a 2 -2
// case: index(_:offsetBy:limitedBy:) is nil past the limit, and ignores a limit behind it
let w = "swift"
print(w.index(w.startIndex, offsetBy: 5, limitedBy: w.endIndex) == w.endIndex) // expect: true
print(w.index(w.startIndex, offsetBy: 6, limitedBy: w.endIndex) == nil) // expect: true
let two = w.index(w.startIndex, offsetBy: 2)
print(w[w.index(two, offsetBy: 2, limitedBy: w.startIndex)!]) // expect: t
print(w.index(two, offsetBy: -3, limitedBy: w.startIndex) == nil, w[w.index(two, offsetBy: -2, limitedBy: w.startIndex)!]) // expect: true s
// case: firstIndex(of:), lastIndex(where:) and ranges of indices give Substrings
let email = "ada@example.org"
if let at = email.firstIndex(of: "@"), let dot = email.lastIndex(where: { $0 == "." }) {
    print(email[..<at], email[email.index(after: at)..<dot], email[dot...], email[...at]) // expect: ada example .org ada@
    print(String(email[at...]).count, email.distance(from: at, to: dot)) // expect: 12 8
}
// case: indices of a String and comparisons of indices
let t = "abcab"
var found: [Int] = []
for j in t.indices where t[j] == "b" { found.append(t.distance(from: t.startIndex, to: j)) }
print(found, t.startIndex < t.endIndex, t.firstIndex(of: "z") == nil) // expect: [1, 4] true true
// case: String.Index as a parameter and result type, and Index in an extension of String
extension String {
    func secondIndex() -> Index? {
        guard let first = firstIndex(where: { _ in true }) else { return nil }
        return index(first, offsetBy: 1, limitedBy: endIndex)
    }
    func character(at position: String.Index) -> Character { self[position] }
}
let word = "Ωmega"
print(word.character(at: word.secondIndex()!), "".secondIndex() == nil) // expect: m true
// case: a one-sided range of an Array subscript
let xs = [10, 20, 30, 40]
print(xs[1...], xs[..<1], xs[...1]) // expect: [20, 30, 40] [10] [10, 20]
// case: an Int subscript of a String is Swift's error
let name = "abc"
print(name[1]) // expect error: 7: 'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.
// case: an index past the end is an error, not a crash
let short = "ab"
print(short[short.endIndex]) // expect error: 7: String index is out of bounds
// case: an index is not an Int
let text = "abc"
let n: Int = text.startIndex // expect error: 14: cannot convert value of type 'String.Index' to specified type 'Int'
// case: a one-sided range outside a subscript is not supported
let r = 2... // expect error: 9: 'one-sided range' is not supported in cells here: write both bounds
// case: a one-sided range of a computed value is not supported
print(["a", "b"].map { $0 }[1...]) // expect error: 29: 'one-sided range' of a computed value is not supported in cells: store the value in a 'let' first
// case: insert(_:at:) and remove(at:) take String.Index
var greeting = "hllo"
greeting.insert("e", at: greeting.index(after: greeting.startIndex))
let removed = greeting.remove(at: greeting.index(before: greeting.endIndex))
print(greeting, removed) // expect: hell o
// case: formIndex is not supported
var walk = "ab"
var k = walk.startIndex
walk.formIndex(after: &k) // expect error: 6: 'formIndex' is not supported in cells: write i = text.index(after: i)
// case: a String made from a slice has its own indices
let line = "key: value"
let colon = line.firstIndex(of: ":")!
let rest = String(line[line.index(after: colon)...])
print(rest[rest.index(after: rest.startIndex)], rest.distance(from: rest.startIndex, to: rest.endIndex)) // expect: v 6
// case: the indices of a Substring cut by an index range are not supported (Swift shares the base's indices)
let phrase = "hello world"
let space = phrase.firstIndex(of: " ")!
let tail = phrase[phrase.index(after: space)...]
let r = tail.firstIndex(of: "r") // expect error: 14: the indices of a Substring cut by a String.Index range are not supported in cells: make it a String first, e.g. String(text[range])
