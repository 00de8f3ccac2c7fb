import Testing
import CellScript

/// The type checker's rules for `enum`, `switch` and `throw`, checked up front on a lesson's
/// cells in document order (nothing runs).
struct EnumTypeCheckTests {
    @Test func anEnumOfAnEarlierCellIsKnownToLaterSwitches() {
        let checker = LessonTypeChecker()
        #expect(checker.check("enum Phase { case warmup, train, eval }").diagnostics.isEmpty)
        let partial = checker.check("let p = Phase.train\nswitch p {\ncase .warmup: print(1)\ncase .train: print(2)\n}")
        #expect(partial.diagnostics.map(\.message) == ["switch must be exhaustive"])
        #expect(partial.diagnostics.first?.range.start.line == 2)
        let full = checker.check("switch Phase.eval {\ncase .warmup, .train: print(1)\ncase .eval: print(2)\n}")
        #expect(full.diagnostics.isEmpty)
    }

    @Test func associatedValuesGiveLiteralsTheirType() {
        let checker = LessonTypeChecker()
        _ = checker.check("enum Shape { case rect(width: Double, height: Double), dot }")
        let report = checker.check("let s: Shape = .rect(width: 2, height: 3)")
        #expect(report.diagnostics.isEmpty)
        #expect(report.rewrites.contains { $0.hasSuffix("2 is a Double") })
        #expect(report.rewrites.contains { $0.hasSuffix("3 is a Double") })
    }

    @Test func rawValuesTakeTheRawType() {
        let checker = LessonTypeChecker()
        let report = checker.check("enum Rate: Double { case slow = 1, fast = 2.5 }")
        #expect(report.diagnostics.isEmpty)
        #expect(report.rewrites.contains { $0.hasSuffix("1 is a Double") })
    }

    @Test func switchExhaustivenessFollowsSwift() {
        let checker = LessonTypeChecker()
        #expect(checker.check("switch 3 {\ncase 1: print(1)\n}").diagnostics.map(\.message) == ["switch must be exhaustive"])
        #expect(checker.check("switch 3 {\ncase 1: print(1)\ndefault: break\n}").diagnostics.isEmpty)
        #expect(checker.check("switch true {\ncase true: print(1)\ncase false: print(0)\n}").diagnostics.isEmpty)
        #expect(checker.check("let o: Int? = 1\nswitch o {\ncase .some(let v): print(v)\ncase .none: print(0)\n}").diagnostics.isEmpty)
        #expect(checker.check("switch (1, true) {\ncase (_, true): print(1)\ncase (let n, false): print(n)\n}").diagnostics.isEmpty)
        #expect(checker.check("switch (1, true) {\ncase (1, true): print(1)\ncase (_, false): print(0)\n}").diagnostics.map(\.message)
            == ["switch must be exhaustive"])
    }

    @Test func onlyErrorsCanBeThrown() {
        let checker = LessonTypeChecker()
        let report = checker.check("func f() throws { throw \"no\" }")
        #expect(report.diagnostics.map(\.message) == ["thrown expression type 'String' does not conform to 'Error'"])
        #expect(checker.check("enum E: Error { case bad }\nfunc g() throws { throw E.bad }").diagnostics.isEmpty)
    }
}
