/// A top-level `func` declaration of a cell, as source text: a host can declare the function
/// again (running just this text) without running the rest of its cell.
public struct FunctionSource: Sendable, Hashable {
    /// What a declaration declares.
    public enum Kind: UInt8, Sendable {
        /// A top-level `func`.
        case function
        /// A top-level `struct`, `class` or `enum`, with the cell's `extension`s of it.
        case type
    }

    /// The function's (or type's) name.
    public var name: String
    /// A function or a type.
    public var kind: Kind
    /// The declaration, from `func` to its closing brace.
    public var text: String
    /// Names the body uses that it does not declare (globals and builtins it needs to compile).
    public var reads: Set<String>

    /// Creates a declaration record (for hosts that store and read them back).
    public init(name: String, kind: Kind = .function, text: String, reads: Set<String>) {
        self.name = name
        self.kind = kind
        self.text = text
        self.reads = reads
    }
}

extension CellAnalysis {
    /// The cell's top-level `func` declarations in source order (the last one of a name wins
    /// when a cell declares a name twice).
    ///
    /// ```swift
    /// CellAnalysis.functionDeclarations("let k = 2\nfunc f(_ x: Int) -> Int { return k * x }")
    /// // [FunctionSource(name: "f", text: "func f(_ x: Int) -> Int { return k * x }", reads: ["k"])]
    /// ```
    public static func functionDeclarations(_ source: String) -> [FunctionSource] {
        functionDeclarations(ParsedCell(source))
    }

    /// The top-level `func` declarations of a cell parsed once (see ``ParsedCell``): each
    /// function's reads come from its own statement, not from parsing its text again.
    public static func functionDeclarations(_ cell: ParsedCell) -> [FunctionSource] {
        DeepStack.run { functionDeclarationsOnThisThread(cell) }
    }

    private static func functionDeclarationsOnThisThread(_ cell: ParsedCell) -> [FunctionSource] {
        let scalars = Array(cell.source.unicodeScalars)
        var found: [FunctionSource] = []
        for statement in cell.statements {
            guard case .function(let declaration) = statement.kind else { continue }
            let range = statement.range
            guard range.start.offset >= 0, range.start.offset <= range.end.offset, range.end.offset <= scalars.count else { continue }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[range.start.offset..<range.end.offset])
            found.removeAll { $0.name == declaration.name }
            found.append(FunctionSource(name: declaration.name, text: text, reads: analyze([statement]).reads))
        }
        return found
    }

    /// The cell's top-level type declarations (`struct`, `class`, `enum`, and `extension`s),
    /// one record per type name with the text of all its declarations in source order and
    /// the names they read (an extension reads the type it extends).
    ///
    /// ```swift
    /// CellAnalysis.typeDeclarations(ParsedCell("struct P { var x = k }\nextension P { var y: Int { x } }"))
    /// // [FunctionSource(name: "P", kind: .type, text: "struct P …extension P …", reads: ["k", "P"])]
    /// ```
    public static func typeDeclarations(_ cell: ParsedCell) -> [FunctionSource] {
        DeepStack.run {
            let scalars = Array(cell.source.unicodeScalars)
            var found: [FunctionSource] = []
            for statement in cell.statements {
                guard let name = ParsedCell.declaredTypeName(statement) else { continue }
                let range = statement.range
                guard range.start.offset >= 0, range.start.offset <= range.end.offset, range.end.offset <= scalars.count else { continue }
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[range.start.offset..<range.end.offset])
                let reads = analyze([statement]).reads
                if let index = found.firstIndex(where: { $0.name == name }) {
                    found[index].text += "\n" + text
                    found[index].reads.formUnion(reads)
                } else {
                    found.append(FunctionSource(name: name, kind: .type, text: text, reads: reads))
                }
            }
            return found
        }
    }
}
