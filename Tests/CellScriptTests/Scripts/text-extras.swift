// case: String(), Substring(text) and String.init as a function (outputs recorded from swiftc 6.3.1)
let pieces = "a bb ccc".split(separator: " ").map(String.init)
var sub = Substring("  xy ")
while sub.first == " " { sub = sub.dropFirst() }
print(pieces, String().isEmpty, "[\(String(sub))]") // expect: ["a", "bb", "ccc"] true [xy ]
// case: debugPrint quotes and escapes text, String(reflecting:) too
debugPrint("say \"hi\"\n", 1, [2.5], Character("x")) // expect: "say \"hi\"\n" 1 [2.5] "x"
print(String(reflecting: "a\tb"), String(reflecting: 3)) // expect: "a\tb" 3
// case: unicodeScalars, utf8 and utf16 views
let dog = "Dog‼🐶"
for scalar in dog.unicodeScalars { print(scalar, scalar.value, terminator: " ") }
print() // expect: D 68 o 111 g 103 ‼ 8252 🐶 128054 
print(dog.count, dog.utf16.count, dog.utf8.count, dog.unicodeScalars.count, Array("é".utf8)) // expect: 5 6 10 5 [195, 169]
let c: Character = "\u{65}\u{301}"
print(c.unicodeScalars.count, c.unicodeScalars.first!.value) // expect: 2 101
// case: a Set of Unicode scalars
var seen: Set<Unicode.Scalar> = []
for u in "abca".unicodeScalars { seen.insert(u) }
print(seen.count, seen.contains("c")) // expect: 3 true
// case: Foundation's capitalized, folding and padding
import Foundation
print("hello-world don't 3rd".capitalized) // expect: Hello-World Don't 3Rd
print("Éléphant Ça".folding(options: .diacriticInsensitive, locale: nil)) // expect: Elephant Ca
print("abc".padding(toLength: 5, withPad: "xy", startingAt: 1), "abcdef".padding(toLength: 3, withPad: " ", startingAt: 0)) // expect: abcyx abc
// case: CharacterSet
import Foundation
let separators = CharacterSet(charactersIn: " -_")
print("a-b_c d".components(separatedBy: separators)) // expect: ["a", "b", "c", "d"]
print(CharacterSet.lowercaseLetters.contains("a".unicodeScalars.first!), CharacterSet.letters.inverted.contains("1")) // expect: true true
print("..x!!".trimmingCharacters(in: CharacterSet(charactersIn: ".!")), "\n y \n".trimmingCharacters(in: .whitespacesAndNewlines)) // expect: x y
// case: Bool.toggle and reserveCapacity
var on = false
on.toggle()
var counts: [String: Int] = [:]
counts.reserveCapacity(4)
var line = ""
line.reserveCapacity(10)
print(on, counts, line.isEmpty) // expect: true [:] true
// case: text views hold Swift's code unit types (UInt8, UInt16, UInt32), so their arithmetic wraps and traps as Swift's does
let a: Character = "A"
print(type(of: a.asciiValue!), a.asciiValue! &- 66, Array("hé".utf16), type(of: "é".unicodeScalars.first!.value)) // expect: UInt8 255 [104, 233] UInt32
let bytes = "az".utf8.map { Int($0) - 97 }
print(bytes) // expect: [0, 25]
print(a.asciiValue! - 66)
// expect error: 44:21: arithmetic overflow in 65 - 66
// case: UnicodeScalar(…) as Swift overloads it: from a UInt8 a scalar, from an Int or UInt32 an optional one
print(UnicodeScalar(66), Unicode.Scalar(0x1F600)!, UnicodeScalar(0xD800 as UInt32) as Any, UnicodeScalar(-1)) // expect: Optional("B") 😀 nil nil
func caesar(_ text: String, _ shift: Int) -> String {
    String(text.map { c -> Character in
        guard let a = c.asciiValue, c.isLowercase else { return c }
        return Character(UnicodeScalar((Int(a) - 97 + shift) % 26 + 97)!)
    })
}
let b: UInt8 = 65
print(caesar("hello, world", 3), Character(UnicodeScalar(b)), [UnicodeScalar(72), UnicodeScalar(0x110000)]) // expect: khoor, zruog A [Optional("H"), nil]
