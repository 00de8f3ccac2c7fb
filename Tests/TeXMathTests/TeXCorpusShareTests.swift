import Foundation
import Testing
@testable import TeXMath

/// The shared TeX corpus (`../shared/tex-corpus/`, next to the repository; never copied into
/// it): formulas of real ML lecture notes and cases of renderer test suites. Every formula must
/// convert into well-formed MathML; the share converted without `<merror>` must stay above a
/// floor, per file. A missing corpus is a failure, not a skip.
@Suite struct TeXCorpusShareTests {
    /// `GANBOOK_TEX_CORPUS` or `<repository>/../shared/tex-corpus`.
    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["GANBOOK_TEX_CORPUS"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/tex-corpus")
    }()

    struct Case { var id: String; var tex: String }

    /// The `id`, `source`, `tex` rows of one corpus file (header checked).
    static func cases(_ file: String) throws -> [Case] {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first, header == "id\tsource\ttex" else {
            throw CorpusError(description: "\(url.path): header is not 'id<TAB>source<TAB>tex'")
        }
        lines.removeFirst()
        return try lines.enumerated().map { number, line in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { throw CorpusError(description: "\(url.path):\(number + 2): expected 3 fields") }
            return Case(id: String(fields[0]), tex: String(fields[2]))
        }
    }

    struct CorpusError: Error, CustomStringConvertible { var description: String }

    /// Converts every case; prints the share per source (the id's prefix before `:`) and the
    /// most frequent diagnostics; returns the share without `<merror>`.
    static func share(of file: String, macros: [String: String] = [:]) throws -> Double {
        let cases = try cases(file)
        let converter = TeXConverter(macros: macros)
        var clean = 0
        var bySource: [String: (total: Int, clean: Int)] = [:]
        var messages: [String: Int] = [:]
        for item in cases {
            let result = converter.convert(item.tex, display: true)
            try XMLChecker.check(result.mathml)
            let ok = !result.mathml.contains("<merror")
            let source = String(item.id.prefix { $0 != ":" })
            bySource[source, default: (0, 0)].total += 1
            if ok {
                clean += 1
                bySource[source, default: (0, 0)].clean += 1
            }
            for diagnostic in result.diagnostics { messages[diagnostic.message, default: 0] += 1 }
        }
        let share = Double(clean) / Double(cases.count)
        print("tex-corpus \(file): \(clean)/\(cases.count) = \(percent(share)) without <merror>")
        for (source, counts) in bySource.sorted(by: { $0.key < $1.key }) {
            print("  \(source): \(counts.clean)/\(counts.total) = \(percent(Double(counts.clean) / Double(counts.total)))")
        }
        for (message, count) in messages.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(12) {
            print("  \(count)× \(message)")
        }
        return share
    }

    static func percent(_ share: Double) -> String { String(format: "%.2f%%", share * 100) }

    @Test func corpusIsPresent() throws {
        #expect(try Self.cases("ml-notes.tsv").count > 5_000)
        #expect(try Self.cases("test-suites.tsv").count > 250)
    }

    @Test func lectureNotesConvert() throws {
        let share = try Self.share(of: "ml-notes.tsv")
        #expect(share >= 0.999, "ml-notes.tsv: \(Self.percent(share)) without <merror>")
    }

    @Test func testSuiteCasesConvert() throws {
        let share = try Self.share(of: "test-suites.tsv")
        #expect(share >= 0.82, "test-suites.tsv: \(Self.percent(share)) without <merror>")
    }
}
