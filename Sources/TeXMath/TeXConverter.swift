/// Converts TeX math (the subset used by the course's lessons) to MathML Core at build time.
///
/// Every call returns MathML, never throws and never traps: unknown commands become a warning
/// and an `<merror>` in place; malformed input (unbalanced braces, `\left` without `\right`,
/// an unknown environment, nesting deeper than 64 levels) becomes an error and the whole
/// TeX source is shown in an `<merror>`.
///
/// ```swift
/// let converter = TeXConverter(macros: ["E": #"\mathbb{E}"#])
/// let result = converter.convert(#"D^*(x) = \frac{p_{\text{data}}(x)}{p_{\text{data}}(x) + p_g(x)}"#, display: true)
/// html += result.mathml               // <math xmlns="…" display="block">…</math>
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// ```
public struct TeXConverter: Sendable {
    private let macros: [String: MacroDefinition]

    /// Creates a converter with user macros: name (with or without the backslash) → body,
    /// where `#1`…`#9` stand for arguments, e.g. `["norm": #"\left\|#1\right\|"#]`.
    public init(macros: [String: String] = [:]) {
        var definitions: [String: MacroDefinition] = [:]
        for (name, body) in macros {
            let bare = name.hasPrefix("\\") ? String(name.dropFirst()) : name
            definitions[bare] = MacroDefinition(source: body)
        }
        self.macros = definitions
    }

    /// Converts one formula (the text between `$…$` or `$$…$$`, without the dollars).
    /// - Parameters:
    ///   - tex: the TeX source.
    ///   - display: `true` for display math (`display="block"`, limits under/over).
    public func convert(_ tex: String, display: Bool) -> TeXResult {
        let sourceLength = tex.utf8.count
        do {
            let tokens = try MacroExpander.expand(TeXTokenizer.tokenize(tex), macros: macros)
            var formulaParser = TeXParser(tokens: tokens, sourceLength: sourceLength, display: display)
            let body = try formulaParser.parseFormula()
            let diagnostics = formulaParser.warnings.map {
                TeXDiagnostic(severity: .warning, message: $0.message, offset: $0.offset, in: tex)
            }
            let mathml = MathMLSerializer.document(body, source: tex, display: display, positioned: formulaParser.hasDisplayTag)
            return TeXResult(mathml: mathml, diagnostics: diagnostics)
        } catch {
            let diagnostic = TeXDiagnostic(severity: .error, message: error.message, offset: error.offset, in: tex)
            return TeXResult(mathml: MathMLSerializer.document(.error(tex), source: tex, display: display), diagnostics: [diagnostic])
        }
    }
}
