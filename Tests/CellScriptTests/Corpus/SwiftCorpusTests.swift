import Foundation
import Testing
@testable import CellScript

/// Runs every program of the Swift corpus in process and compares what it prints with what
/// `swiftc` printed. A program may stop with an error (reported); printing something else than
/// Swift without an error fails the test. A missing corpus fails the test.
@Test func swiftCorpusNeverDisagreesWithSwift() throws {
    let corpus = try SwiftCorpus()
    #expect(corpus.programs.count >= 300, "corpus at \(corpus.directory.path) has \(corpus.programs.count) programs")
    var tally = CorpusTally()
    for program in corpus.programs {
        let interpreter = Interpreter()
        interpreter.limits.timeLimit = 10
        let result = interpreter.run(program.source, file: program.id + ".swift")
        let verdict: CorpusTally.Verdict
        if let first = result.diagnostics.first {
            verdict = .error("\(first.range.start.line):\(first.range.start.column): \(first.message)")
        } else if result.output == program.expected {
            verdict = .pass
        } else if LastDigits.usesScalarMath(program.source), LastDigits.onlyDiffer(program.expected, result.output) {
            verdict = .lastDigits
        } else {
            verdict = .different
            Issue.record(Comment(rawValue: "\(program.id): prints something else than Swift\n"
                + "expected:\n\(program.expected.prefix(600))\nactual:\n\(result.output.prefix(600))"))
        }
        tally.add(program, verdict)
    }
    print(tally.report())
}

/// Counts verdicts per category and for CORE.txt.
struct CorpusTally {
    enum Verdict {
        /// `lastDigits`: only floating-point results of scalar math functions differ, in their
        /// last digits (cells use PortableMath, `swiftc` programs the platform's libm).
        case pass, different, lastDigits
        case error(String)
    }

    private var byCategory: [String: (pass: Int, total: Int)] = [:]
    private var core = (pass: 0, total: 0)
    private var all = (pass: 0, different: 0, error: 0, total: 0)
    private var errors: [String] = []
    private var lastDigits: [String] = []

    mutating func add(_ program: SwiftCorpus.Program, _ verdict: Verdict) {
        var category = byCategory[program.category] ?? (0, 0)
        category.total += 1
        all.total += 1
        if program.isCore { core.total += 1 }
        switch verdict {
        case .pass:
            category.pass += 1
            all.pass += 1
            if program.isCore { core.pass += 1 }
        case .different:
            all.different += 1
        case .lastDigits:
            lastDigits.append(program.id)
        case .error(let message):
            all.error += 1
            errors.append("  \(program.id): \(message.prefix(140))")
        }
        byCategory[program.category] = category
    }

    func report() -> String {
        func share(_ pass: Int, _ total: Int) -> String {
            String(format: "%d/%d (%.0f%%)", pass, total, total == 0 ? 0 : 100 * Double(pass) / Double(total))
        }
        var lines = ["swift corpus: \(share(all.pass, all.total)) pass, \(all.different) print something else, \(all.error) stop with an error",
                     "  CORE.txt: \(share(core.pass, core.total))",
                     "  \(lastDigits.count) differ only in the last digits of scalar tanh results (PortableMath, not libm): \(lastDigits.joined(separator: ", "))"]
        for (name, counts) in byCategory.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(name): \(share(counts.pass, counts.total))")
        }
        if ProcessInfo.processInfo.environment["GANBOOK_CORPUS_ERRORS"] != nil {
            lines.append("errors:")
            lines += errors
        }
        return lines.joined(separator: "\n")
    }
}
