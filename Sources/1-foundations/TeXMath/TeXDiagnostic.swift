/// How serious a ``TeXDiagnostic`` is.
public enum TeXDiagnosticSeverity: String, Sendable, Equatable {
    /// The formula was converted; one part of it is shown as an `<merror>`.
    case warning
    /// The formula could not be converted; its whole TeX source is shown as an `<merror>`.
    case error
}

/// A problem found while converting one TeX formula.
///
/// `offset` is a UTF-8 byte offset into the TeX string; `line` and `column` are 1-based and
/// count UTF-8 bytes within the TeX text (the way cmark reports source positions), so a caller
/// can add the position of the math span in its Markdown file.
///
/// ```swift
/// let result = TeXConverter().convert(#"a + \foo"#, display: false)
/// print(result.diagnostics[0])   // 1:5: warning: unknown TeX command '\foo'
/// ```
public struct TeXDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Warning (partial output) or error (whole formula shown as an error).
    public var severity: TeXDiagnosticSeverity
    /// What went wrong, in English, naming the command or delimiter involved.
    public var message: String
    /// UTF-8 byte offset of the problem in the TeX source.
    public var offset: Int
    /// 1-based line of the problem in the TeX source.
    public var line: Int
    /// 1-based column (in UTF-8 bytes) of the problem within its line.
    public var column: Int

    /// Creates a diagnostic; `line` and `column` are computed from `offset` in `source`.
    public init(severity: TeXDiagnosticSeverity, message: String, offset: Int, in source: String) {
        self.severity = severity
        self.message = message
        self.offset = offset
        (line, column) = Self.lineAndColumn(of: offset, in: source)
    }

    /// `line:column: severity: message`.
    public var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }

    /// The 1-based line and byte column of a UTF-8 offset (clamped to the source's length).
    static func lineAndColumn(of offset: Int, in source: String) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (position, byte) in source.utf8.enumerated() {
            if position >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
        }
        return (line, max(offset, lineStart) - lineStart + 1)
    }
}

/// The MathML of one formula and what went wrong while converting it.
public struct TeXResult: Sendable, Equatable {
    /// A complete `<math>` element (MathML Core) with the TeX source as an annotation.
    public var mathml: String
    /// Warnings and errors, in source order; empty when the formula converted cleanly.
    public var diagnostics: [TeXDiagnostic]

    /// Macros the formula defined (`\newcommand`, `\def`, `\DeclareMathOperator`, …), for the
    /// formulas after it in the same lesson.
    public var definedMacros: TeXMacros = TeXMacros()

    /// Whether any diagnostic is an error (the output is then one `<merror>`).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A failure that stops the conversion of a whole formula.
struct TeXParseError: Error, Sendable {
    var message: String
    var offset: Int
}
