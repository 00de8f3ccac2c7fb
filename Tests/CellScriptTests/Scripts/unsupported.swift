// case: import is accepted with no effect
import Foundation
print(sqrt(4.0)) // expect: 2.0
// case: access modifiers are accepted with no effect
public func twice(_ x: Int) -> Int { 2 * x }
private let three = 3
print(twice(three)) // expect: 6
// case: a protocol is not supported
protocol Shape {} // expect error: 1: 'protocol' is not supported in cells
// case: defer is not supported
func f() {
    defer { print("bye") } // expect error: 5: 'defer' is not supported in cells
}
// case: try is not supported
let n = try parse("1") // expect error: 9: 'try' is not supported in cells
// case: casts are not supported
let x = 1
let y = x as Double // expect error: 11: 'as' is not supported in cells
// case: extension is not supported
extension Character {} // expect error: 11: 'extension Character' is not supported in cells
