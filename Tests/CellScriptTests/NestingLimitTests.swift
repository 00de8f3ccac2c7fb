@testable import CellScript
import Foundation
import Testing

/// Hostile one-line cells that used to overflow the stack (SIGSEGV, no location) in the parser,
/// compiler, interpreter or analyses: each is now a located `nested too deeply` error, and the
/// deepest forms the parser accepts run through every pass on small stacks.
@Suite struct NestingLimitTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var source: String
        var message: String
        var line: Int
        var column: Int
        var description: String { name }
    }

    static let limit = Parser.maximumDepth
    static let tooDeep = "expression or block nested too deeply (more than \(Parser.maximumDepth) levels)"

    /// Column of the token at which nesting passes the limit, for a chain whose links are
    /// `prefix` then `step` repeated (1-based; `limit + 1` links fit before the failing one).
    static func column(prefix: String, step: String, links: Int) -> Int { prefix.count + step.count * links + 1 }

    static let cases: [Case] = [
        Case(name: "20 000-term sum", source: "let x = 1" + String(repeating: " + 1", count: 19_999),
             message: tooDeep, line: 1, column: column(prefix: "let x = 1", step: " + 1", links: limit - 1) + 1),
        Case(name: "20 000 chained ??", source: "let x: Int? = nil\nlet y = x" + String(repeating: " ?? x", count: 19_999),
             message: tooDeep, line: 2, column: column(prefix: "let y = x", step: " ?? x", links: limit - 1) + 1),
        Case(name: "20 000 chained .magnitude", source: "let x = -2.0\nlet y = x" + String(repeating: ".magnitude", count: 20_000),
             message: tooDeep, line: 2, column: column(prefix: "let y = x", step: ".magnitude", links: limit - 1)),
        Case(name: "20 000 chained calls", source: "let f = { (x: Int) in x }\nlet y = f(1)" + String(repeating: ".description.count", count: 10_000),
             message: tooDeep, line: 2, column: 1_141),
        Case(name: "6 000-branch else if",
             source: "let v = 3\n" + (0..<6_000).map { "if v == \($0) { print(\($0)) } else " }.joined() + "{ print(-1) }",
             message: tooDeep, line: 2, column: 3_801),
        Case(name: "20 000 nested parentheses", source: "let x = " + String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000),
             message: tooDeep, line: 1, column: "let x = ".count + limit + 1),
        Case(name: "20 000 nested arrays", source: "let x = " + String(repeating: "[", count: 20_000) + "1" + String(repeating: "]", count: 20_000),
             message: tooDeep, line: 1, column: "let x = ".count + limit + 1),
        Case(name: "20 000 nested closures", source: "let x = " + String(repeating: "{ ", count: 20_000) + "1" + String(repeating: " }", count: 20_000),
             message: tooDeep, line: 1, column: "let x = ".count + limit + 1),
        Case(name: "20 000 nested blocks", source: String(repeating: "do { ", count: 20_000) + String(repeating: "}", count: 20_000),
             message: tooDeep, line: 1, column: 5 * limit + 6),
        Case(name: "20 000 unary minus", source: "let x = 1 - " + String(repeating: "-(", count: 20_000) + "1" + String(repeating: ")", count: 20_000),
             message: tooDeep, line: 1, column: 0),
        Case(name: "20 000 ternaries", source: "let b = true\nlet x = " + String(repeating: "b ? 1 : ", count: 20_000) + "0",
             message: tooDeep, line: 2, column: 0),
        Case(name: "nested interpolation", source: "let s = " + String(repeating: "\"\\(", count: 5_000) + "1" + String(repeating: ")\"", count: 5_000),
             message: "string interpolation nested too deeply (more than \(Lexer.maximumInterpolationDepth) levels)", line: 1, column: 0),
    ]

    @Test(arguments: cases) func hostileNestingIsALocatedError(_ c: Case) {
        let started = Date()
        let result = Interpreter().run(c.source)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message).prefix(5))")
        guard let diagnostic = result.diagnostics.first else { return }
        #expect(diagnostic.message == c.message)
        #expect(diagnostic.range.start.line == c.line)
        if c.column > 0 { #expect(diagnostic.range.start.column == c.column, "\(diagnostic.range.start)") }
        #expect(seconds < 10, "took \(seconds) s")
        // The analyses the notebook runs on every cell skip the statement instead of recursing.
        _ = CellAnalysis.analyze(c.source)
    }

    /// The deepest programs the parser accepts, one per construct: def/use, alias and function
    /// analysis succeed when called from a 512 KB thread (macOS's secondary threads; they move
    /// to ``DeepStack``), and the cell compiles and runs on an 8 MB interpreter thread (the
    /// interpreter's default is 512 MB), in a debug build.
    static let deepestAccepted: [(name: String, source: String, display: String)] = {
        let n = limit - 2
        return [
            ("sum", "1" + String(repeating: " + 1", count: n), "\(n + 1)"),
            ("??", "let x: Int? = nil\nx" + String(repeating: " ?? x", count: n - 1) + " ?? 7", "7"),
            ("magnitude", "(-2.0)" + String(repeating: ".magnitude", count: n - 1), "2.0"),
            ("parentheses", String(repeating: "(", count: n - 1) + "1" + String(repeating: ")", count: n - 1), "1"),
            ("arrays", String(repeating: "[", count: n - 1) + "1" + String(repeating: "]", count: n - 1) + ".count", "1"),
            // A closure costs two levels (the closure and its body's expression).
            ("closures", "let f = " + String(repeating: "{ ", count: n / 2 - 1) + "5" + String(repeating: " }", count: n / 2 - 1) + "\nf" + String(repeating: "()", count: n / 2 - 1), "5"),
            ("else if", "let v = \(n - 2)\nvar out = -1\n" + (0..<(n - 1)).map { "if v == \($0) { out = \($0) } else " }.joined() + "{ out = -2 }\nout", "\(n - 2)"),
        ]
    }()

    @Test func deepestAcceptedFormsRunOnSmallStacks() throws {
        for form in Self.deepestAccepted {
            let parsed = DeepStack.run { Parser.parse(form.source) }
            #expect(parsed.diagnostics.isEmpty, "\(form.name): \(parsed.diagnostics.map(\.message).prefix(3))")
            let finished = runOnThread(stackSize: 512 << 10) {
                _ = CellAnalysis.analyze(form.source)
                _ = AliasAnalysis.links(form.source)
                _ = CellAnalysis.functionDeclarations(form.source)
            }
            #expect(finished, "\(form.name): analysis from a 512 KB thread")
            let interpreter = Interpreter()
            interpreter.stackSize = 8 << 20
            let result = interpreter.run(form.source)
            #expect(result.succeeded, "\(form.name): \(result.diagnostics.map(\.message).prefix(3))")
            #expect(result.displayValue?.description == form.display, "\(form.name)")
        }
    }

    /// Runs `body` on a new thread with the given stack; false if it did not finish in 60 s.
    func runOnThread(stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        return done.wait(timeout: .now() + 60) == .success
    }
}
