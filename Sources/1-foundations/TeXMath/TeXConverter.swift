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
    private let macros: TeXMacros

    /// Creates a converter with user macros: name (with or without the backslash) → body,
    /// where `#1`…`#9` stand for arguments, e.g. `["norm": #"\left\|#1\right\|"#]`.
    public init(macros: [String: String] = [:]) {
        self.macros = TeXMacros(macros)
    }

    /// Creates a converter with a macro table (e.g. the course's `macros:`).
    public init(macros: TeXMacros) {
        self.macros = macros
    }

    /// Converts one formula (the text between `$…$` or `$$…$$`, without the dollars).
    /// - Parameters:
    ///   - tex: the TeX source.
    ///   - display: `true` for display math (`display="block"`, limits under/over).
    public func convert(_ tex: String, display: Bool) -> TeXResult {
        convert(tex, display: display, macros: TeXMacros())
    }

    /// Converts one formula with `scoped` macros over the converter's own (a lesson's
    /// definitions so far over the course's). Macros the formula defines come back in
    /// ``TeXResult/definedMacros``.
    public func convert(_ tex: String, display: Bool, macros scoped: TeXMacros) -> TeXResult {
        let sourceLength = tex.utf8.count
        var defined: [String: MacroDefinition] = [:]
        let table = scoped.isEmpty ? macros.definitions : macros.adding(scoped).definitions
        do {
            let tokens = try MacroExpander.expand(TeXTokenizer.tokenize(tex, allowParameters: true), macros: table, defined: &defined)
            var formulaParser = TeXParser(tokens: tokens, sourceLength: sourceLength, display: display)
            let body = try formulaParser.parseFormula()
            let diagnostics = formulaParser.warnings.map {
                TeXDiagnostic(severity: .warning, message: $0.message, offset: $0.offset, in: tex)
            }
            let mathml = MathMLSerializer.document(body, source: tex, display: display, positioned: formulaParser.hasDisplayTag)
            return TeXResult(mathml: mathml, diagnostics: diagnostics, definedMacros: TeXMacros(definitions: defined))
        } catch {
            let diagnostic = TeXDiagnostic(severity: .error, message: error.message, offset: error.offset, in: tex)
            return TeXResult(mathml: MathMLSerializer.document(.error(tex), source: tex, display: display), diagnostics: [diagnostic],
                             definedMacros: TeXMacros(definitions: defined))
        }
    }
}
