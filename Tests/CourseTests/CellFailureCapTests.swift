import Testing
@testable import Course

/// A failure's rendered report is bounded where it is made, so the freeze and the terminal are too.
@Suite struct CellFailureCapTests {
    @Test func aHugeReportIsCutAndSaysSo() {
        let line = "let s = \"" + String(repeating: "中", count: 100_000) + "\" + undefinedName"
        let report = "l.md:8:100014: error: cannot find 'undefinedName' in scope\n" + line + "\n" + String(repeating: " ", count: 100_013) + "^\n"
        let failure = CellFailure(message: "cannot find 'undefinedName' in scope", line: 8, column: 100_014, rendered: report)
        #expect(failure.rendered.utf8.count < CellFailure.maxRenderedBytes + 100)
        #expect(failure.rendered.hasPrefix("l.md:8:100014: error: cannot find 'undefinedName' in scope\nlet s = \""))
        #expect(failure.rendered.hasSuffix(" more bytes of this error report not kept)"))
        #expect(CellFailure(message: "m", line: 1, column: 1, rendered: "short").rendered == "short")
    }
}
