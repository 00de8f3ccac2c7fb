/// A table of TeX macros, handed to ``TeXConverter`` as a value: course-level macros (from
/// `course.yml`), and the `\newcommand`/`\DeclareMathOperator` definitions a lesson makes, which
/// hold for the rest of that lesson in document order.
///
/// ```swift
/// var lesson = TeXMacros(["E": #"\mathbb{E}"#])            // course level
/// let first = converter.convert(#"\newcommand{\KL}{D_{\mathrm{KL}}} \KL"#, display: true, macros: lesson)
/// lesson.add(first.definedMacros)                          // later formulas see \KL
/// ```
public struct TeXMacros: Sendable, Equatable {
    var definitions: [String: MacroDefinition]

    /// No macros.
    public init() { definitions = [:] }

    /// Name (with or without the backslash) → body, where `#1`…`#9` stand for arguments,
    /// e.g. `["norm": #"\left\|#1\right\|"#]`.
    public init(_ bodies: [String: String]) {
        definitions = [:]
        for (name, body) in bodies { define(name, body: body) }
    }

    init(definitions: [String: MacroDefinition]) { self.definitions = definitions }

    /// Defines (or redefines) one macro; its arity is the highest `#n` in the body.
    public mutating func define(_ name: String, body: String) {
        let bare = name.hasPrefix("\\") ? String(name.dropFirst()) : name
        definitions[bare] = MacroDefinition(source: body)
    }

    /// Adds `newer`'s macros, replacing those of the same name.
    public mutating func add(_ newer: TeXMacros) {
        definitions.merge(newer.definitions) { _, new in new }
    }

    /// This table with `newer`'s macros added over it.
    public func adding(_ newer: TeXMacros) -> TeXMacros {
        var result = self
        result.add(newer)
        return result
    }

    /// The macro names, without backslashes, sorted.
    public var names: [String] { definitions.keys.sorted() }

    /// Whether the table has no macros.
    public var isEmpty: Bool { definitions.isEmpty }
}
