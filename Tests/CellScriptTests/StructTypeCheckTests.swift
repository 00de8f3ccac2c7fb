import Foundation
import Testing
@testable import CellScript

/// The checker's rules for cell structs, across the cells of a lesson in document order
/// (without running them): literals take the property and parameter types a struct declares
/// in an earlier cell, and Swift's errors about immutable members are reported.
@Suite struct StructTypeCheckTests {
    @Test func literalsTakeTheTypesOfAStructDeclaredInAnEarlierCell() {
        let checker = LessonTypeChecker()
        let declaration = checker.check("struct P {\n    var x: Double\n    var n: Float = 0\n    func scaled(by k: Double) -> P { P(x: x * k) }\n}")
        #expect(declaration.diagnostics.isEmpty)
        let use = checker.check("let p = P(x: 1, n: 2)\nlet q = p.scaled(by: 3)\nvar r = q\nr.x = 4")
        #expect(use.diagnostics.isEmpty)
        #expect(use.rewrites.contains("1:14: 1 is a Double"), "\(use.rewrites)")
        #expect(use.rewrites.contains("1:20: 2 is a Float"), "\(use.rewrites)")
        #expect(use.rewrites.contains("2:22: 3 is a Double"), "\(use.rewrites)")
        #expect(use.rewrites.contains("4:7: 4 is a Double"), "\(use.rewrites)")
    }

    @Test func immutableMembersAreSwiftsErrors() {
        let checker = LessonTypeChecker()
        _ = checker.check("struct K {\n    let id: Int\n    var n = 0\n    var twice: Int { n * 2 }\n}")
        let report = checker.check("var k = K(id: 1)\nk.id = 2\nk.twice = 3")
        #expect(report.diagnostics.map(\.message) == ["cannot assign to property: 'id' is a 'let' constant",
                                                      "cannot assign to property: 'twice' is a get-only property"])
        let method = checker.check("struct M {\n    var n = 0\n    func bump() { n += 1 }\n    mutating func ok() { n += 1 }\n}")
        #expect(method.diagnostics.map(\.message) == ["cannot assign to property: 'self' is immutable"])
        #expect(method.diagnostics.first?.range.start.line == 3)
    }

    @Test func equalityNeedsEquatableAndOrderNeedsLessThan() {
        let checker = LessonTypeChecker()
        _ = checker.check("struct A { var v = 0 }\nstruct E: Equatable { var v = 0 }")
        #expect(checker.check("print(E() == E())").diagnostics.isEmpty)
        #expect(checker.check("print(A() == A())").diagnostics.map(\.message) == ["binary operator '==' cannot be applied to two 'A' operands"])
        #expect(checker.check("print(E() < E())").diagnostics.map(\.message) == ["binary operator '<' cannot be applied to two 'E' operands"])
    }

    @Test func anUnknownMemberOfAStructIsNamed() {
        let checker = LessonTypeChecker()
        _ = checker.check("struct S { var a = 1 }")
        #expect(checker.check("S().missing()").diagnostics.map(\.message) == ["value of type 'S' has no member 'missing'"])
    }
}
