import Course
import TeXMath

/// Turns math spans into MathML at build time (no JavaScript in the pages). TeX problems become
/// warnings located in the lesson file, and the page shows an `<merror>` in place. One renderer
/// serves one lesson, in document order: the course's `macros:` hold everywhere, and a
/// lesson's `\newcommand`/`\DeclareMathOperator` hold from its formula to the lesson's end.
struct MathRenderer {
    private let converter: TeXConverter
    let path: String
    /// `path:line:col: warning: …` lines for the build log.
    private(set) var warnings: [String] = []
    /// Macros defined by this lesson's formulas so far.
    private(set) var lessonMacros = TeXMacros()

    /// Inline formulas with more TeX characters than this may be wider than a phone's column.
    static let longInline = 32

    init(path: String, courseMacros: [String: String] = [:]) {
        self.path = path
        self.converter = TeXConverter(macros: courseMacros)
    }

    mutating func render(_ span: MathSpan) -> HTMLNode {
        let result = converter.convert(span.tex, display: span.display, macros: lessonMacros)
        lessonMacros.add(result.definedMacros)
        for diagnostic in result.diagnostics {
            let (lineInTeX, columnInTeX) = Self.characterPosition(of: diagnostic.offset, in: span.tex)
            let line = span.line + lineInTeX - 1
            let column = lineInTeX == 1 ? span.column + columnInTeX - 1 : columnInTeX
            warnings.append("\(path):\(line):\(column): warning: \(diagnostic.message)")
        }
        // Display math sits in a scrolling box so a long formula never widens a phone's page.
        // A long inline formula (the Jensen inequality) gets a box that scrolls on a phone.
        if span.display { return .el("span", [("class", "math-display")], [.trusted(result.mathml)]) }
        return span.tex.count > Self.longInline ? .el("span", [("class", "math-long")], [.trusted(result.mathml)]) : .trusted(result.mathml)
    }

    /// The 1-based line and column, in characters (as the lesson's positions count), of a UTF-8
    /// byte offset into `tex` (TeXMath reports byte offsets).
    static func characterPosition(of offset: Int, in tex: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (index, byte) in tex.utf8.enumerated() {
            if index >= offset { break }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
