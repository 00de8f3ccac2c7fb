import Notebook
import TeXMath

/// Turns math spans into MathML at build time (no JavaScript in the pages). TeX problems become
/// warnings located in the lesson file, and the page shows an `<merror>` in place.
struct MathRenderer {
    private let converter = TeXConverter()
    let path: String
    /// `path:line:col: warning: …` lines for the build log.
    private(set) var warnings: [String] = []

    init(path: String) {
        self.path = path
    }

    mutating func render(_ span: MathSpan) -> HTMLNode {
        let result = converter.convert(span.tex, display: span.display)
        for diagnostic in result.diagnostics {
            let line = span.line + diagnostic.line - 1
            let column = diagnostic.line == 1 ? span.column + diagnostic.column - 1 : diagnostic.column
            warnings.append("\(path):\(line):\(column): warning: \(diagnostic.message)")
        }
        return .trusted(result.mathml)
    }
}
