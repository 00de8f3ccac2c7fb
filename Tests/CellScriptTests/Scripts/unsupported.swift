// case: import is accepted with no effect
import Foundation
print(sqrt(4.0)) // expect: 2.0
// case: access modifiers are accepted with no effect
public func twice(_ x: Int) -> Int { 2 * x }
private let three = 3
print(twice(three)) // expect: 6
// case: a protocol is not supported
protocol Shape {} // expect error: 1: 'protocol' is not supported in cells
// case: lazy is not supported
func f() {
    lazy var x = 1 // expect error: 5: 'lazy' is not supported in cells
}
// case: await is not supported
let n = await parse("1") // expect error: 9: 'await' is not supported in cells
// case: a subscript in an enum is not supported
enum E {
    case a
    subscript(i: Int) -> Int { i } // expect error: 5: 'subscript' in an 'enum' is not supported in cells
}
// case: defer at the top level of a cell is not supported
defer { print("bye") } // expect error: 1: 'defer' at the top level of a cell is not supported in cells
// case: run-time casts are not supported
let x = 1
let y = x as? Double // expect error: 11: 'as?' is not supported in cells
// case: is is not supported
let z = 1
print(z is Int) // expect error: 9: 'is' is not supported in cells
// case: extension is not supported
extension Character {} // expect error: 11: 'extension Character' is not supported in cells
// case: a range over a sized integer type is not supported
let sizedCount: UInt = 3
for _ in 0..<sizedCount {} // expect error: 11: 'range of UInt' is not supported in cells: convert the bounds with Int(…)
// case: an init in an extension of a builtin type is not supported
extension Int {
    init(flag: Bool) { self = flag ? 1 : 0 } // expect error: 5: 'init in an extension of Int' is not supported in cells
}
// case: overloaded methods in an enum are not supported
enum Tree {
    case leaf
    func depth() -> Int { 0 }
    func depth(_ extra: Int) -> Int { extra } // expect error: 10: 'overloaded methods in an enum' is not supported in cells
}
