// case: raw string literals keep backslashes; \#( ) interpolates (outputs recorded from swiftc 6.3.1)
let x = 3
print(#"\(x) \ " \u{2603}"#, #"x is \#(x)"#) // expect: \(x) \ " \u{2603} x is 3
print(##"a "#quoted"# b\##tc"##) // expect: a "#quoted"# b	c
print(#"\d+"# == "\\d+") // expect: true
// case: a multi-line raw string
let x = 3
let block = #"""
    path\to\file
    "quoted" \#(x + 1)
    """#
print(block) // expect: path\to\file
// expect: "quoted" 4
// case: #if keeps the branch whose condition holds
#if swift(>=5.0) && canImport(Foundation)
print("new") // expect: new
#elseif swift(>=4.0)
print("old")
#else
print("older")
#endif
#if compiler(<5) || !canImport(Foundation)
print("no")
#else
let kept = "else branch"
#endif
print(kept) // expect: else branch
// case: #if with a -D flag is not supported
#if DEBUG // expect error: 5: '#if DEBUG' is not supported in cells: cells are compiled without -D flags
print("debug")
#endif
// case: replacingOccurrences with options uses Foundation
import Foundation
print("A man, a plan!".replacingOccurrences(of: "\\W", with: "", options: .regularExpression, range: nil)) // expect: Amanaplan
print("Hello hello".replacingOccurrences(of: "HELLO", with: "bye", options: .caseInsensitive)) // expect: bye bye
let s = "aaaa"
print(s.replacingOccurrences(of: "a", with: "b", options: .literal, range: s.index(after: s.startIndex)..<s.endIndex)) // expect: abbb
// case: ranges of text and the bounds of a closed range
let files = "A"..."H"
print(files, files.contains("B2"), files.contains("I"), files == "A"..."H") // expect: A...H true false true
let r = 2...5
print(r.lowerBound, r.upperBound, ("a"..<"c").contains("bz")) // expect: 2 5 true
