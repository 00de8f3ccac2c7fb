/// A problem found in a cell: a syntax error, an unknown name, or a runtime error.
///
/// Locations are relative to the cell; ``DiagnosticFormatter`` maps them into the Markdown file.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    /// Short English message, e.g. `cannot find 'gna' in scope; did you mean 'gan'?`.
    public var message: String
    /// Where in the cell the problem is.
    public var range: SourceRange
    /// Follow-up notes (for example a traceback through `func` calls).
    public var notes: [Note]

    /// A secondary message attached to a diagnostic.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var range: SourceRange
    }

    /// Creates an error diagnostic.
    public init(message: String, range: SourceRange, severity: Severity = .error, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
    }
}

/// Renders diagnostics the way the Swift compiler does, pointing into the Markdown file:
///
/// ```
/// lessons/02-gan-math.md:57:13: error: cannot find 'gna' in scope; did you mean 'gan'?
///     let x = gna.sample(128)
///             ^~~
/// ```
public struct DiagnosticFormatter: Sendable {
    /// Path printed before the location, e.g. `lessons/02-gan-math.md`.
    public var file: String
    /// Line of the Markdown file holding the cell's first source line.
    public var firstLine: Int
    private let lines: [Substring]

    /// Creates a formatter for one cell's source.
    public init(source: String, file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line in the Markdown file of a line inside the cell.
    public func fileLine(_ cellLine: Int) -> Int { firstLine + cellLine - 1 }

    /// The full text of one diagnostic with its notes, each with source line and caret.
    public func format(_ diagnostic: Diagnostic) -> String {
        var text = entry(diagnostic.severity.rawValue, diagnostic.message, diagnostic.range)
        for note in diagnostic.notes { text += entry("note", note.message, note.range) }
        return text
    }

    private func entry(_ severity: String, _ message: String, _ range: SourceRange) -> String {
        let start = range.start
        var text = "\(file):\(fileLine(start.line)):\(start.column): \(severity): \(message)\n"
        guard start.line >= 1, start.line <= lines.count else { return text }
        let line = lines[start.line - 1]
        text += line + "\n"
        text += caretLine(line, range) + "\n"
        return text
    }

    /// Spaces up to the column (double width for CJK), then `^` and `~` under the range.
    private func caretLine(_ line: Substring, _ range: SourceRange) -> String {
        var caret = ""
        let scalars = Array(line.unicodeScalars)
        let startColumn = range.start.column - 1
        for i in 0..<min(startColumn, scalars.count) {
            caret += scalars[i] == "\t" ? "\t" : String(repeating: " ", count: Self.width(scalars[i]))
        }
        var length = 1
        if range.end.line == range.start.line {
            let endColumn = min(range.end.column - 1, scalars.count)
            if endColumn > startColumn {
                length = (startColumn..<endColumn).reduce(0) { $0 + Self.width(scalars[$1]) }
            }
        }
        return caret + "^" + String(repeating: "~", count: max(0, length - 1))
    }

    /// Terminal cell width of a scalar: 2 for East Asian wide characters.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 2
        default: return 1
        }
    }
}
