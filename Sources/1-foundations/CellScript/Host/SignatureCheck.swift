import Foundation

/// Whether a registered signature is a valid Swift declaration, checked with the cell parser:
/// `map<T>(_ transform: (Element) -> T) -> [T]` parses as `func map<T>(…) -> [T] {}`, and every
/// type it names is a Swift type, a registered host type, a generic parameter it declares or one
/// of its owner's (`Element` of an Array, `Key`/`Value` of a Dictionary).
extension HostRegistry.Entry {
    /// Swift standard-library types signatures may name.
    public static let swiftTypeNames: Set<String> = [
        "Int", "Double", "Float", "Bool", "String", "Character", "Substring", "Void", "Any", "Never", "UInt8",
        "Int64", "Int32", "Float32", "Range", "ClosedRange", "CharacterSet", "FloatingPointRoundingRule",
        "StrideTo", "StrideThrough", "ReversedCollection", "EnumeratedSequence", "Zip2Sequence",
        "Set", "Array", "Dictionary", "Optional", "String.Index", "DefaultIndices",
        "UInt16", "UInt32", "Unicode.Scalar", "String.UnicodeScalarView", "String.UTF8View", "String.UTF16View", "String.CompareOptions", "Locale",
    ]

    /// Swift types that are generic: never written without their arguments.
    static let genericTypeNames = ["Range", "ClosedRange", "StrideTo", "StrideThrough", "ReversedCollection",
                                   "EnumeratedSequence", "Zip2Sequence", "Set", "Optional", "DefaultIndices"]

    /// Generic parameters of the standard library's owners.
    static func ownerGenerics(_ owner: String?) -> Set<String> {
        switch owner {
        case "Array", "Sequence", "Set": return ["Element"]
        case "Dictionary": return ["Key", "Value"]
        default: return []
        }
    }

    /// What keeps the signature from being a valid Swift declaration (empty when it is one).
    ///
    /// - Parameter hostTypes: the registry's host type names (`Tensor`, `Normal`…).
    public func swiftProblems(hostTypes: Set<String>) -> [String] {
        guard let declaration = swiftDeclaration else { return [] }
        // The cell parser does not take `inout` in a function type yet (`reduce(into:)`).
        let text = declaration.replacingOccurrences(of: "inout ", with: "")
        let (statements, diagnostics) = DeepStack.run { () -> ([Stmt], [Diagnostic]) in
            let (tokens, lexErrors, _) = Lexer.tokenizeReportingAbandon(text)
            var parser = Parser(tokens: tokens)
            let statements = parser.parseStatements(topLevel: true)
            return (statements, lexErrors + parser.diagnostics)
        }
        if let first = diagnostics.first { return ["'\(signature)' is not valid Swift: \(first.message)"] }
        guard statements.count == 1, case .function(let decl) = statements[0].kind else {
            return ["'\(signature)' is not one declaration"]
        }
        var problems: [String] = []
        let known = Self.swiftTypeNames.union(hostTypes).union(Self.ownerGenerics(owner))
        var annotations = decl.parameters.compactMap(\.type)
        if let result = decl.returnType { annotations.append(result) }
        for annotation in annotations {
            for name in Self.names(in: annotation) where !known.contains(name) {
                problems.append("'\(signature)' names '\(name)', which is no Swift type here")
            }
        }
        for parameter in decl.parameters {
            if case .nilLiteral? = parameter.defaultValue?.kind, let type = parameter.type {
                if case .optional = type {} else { problems.append("'\(signature)': '\(parameter.name)' defaults to nil but is not optional") }
            }
        }
        // An operator is declared inside its type, where the bare name (`Set`) is the type itself.
        let isOperator = kind == .infixOperator || kind == .prefixOperator
        let afterName = String(signature.drop { $0 != "(" && $0 != ":" })
        for name in Self.genericTypeNames where !isOperator && afterName.range(of: "\\b\(name)\\b(?!<)", options: .regularExpression) != nil {
            problems.append("'\(signature)' writes '\(name)' without its generic arguments")
        }
        return problems
    }

    /// The signature as a function declaration the cell parser reads, or nil for a type.
    var swiftDeclaration: String? {
        switch kind {
        case .type:
            return nil
        case .infixOperator, .prefixOperator:
            // `static func + (lhs: Tensor, rhs: Tensor)`: the operator's parameters.
            guard let open = signature.firstIndex(of: "(") else { return "func" }
            return "func op" + signature[open...] + " {}"
        case .property, .staticProperty:
            guard let colon = signature.firstIndex(of: ":") else { return "func" }
            return "func " + signature[..<colon] + "() ->" + signature[signature.index(after: colon)...] + " {}"
        case .function, .initializer, .method, .staticMethod:
            return "func " + signature + " {}"
        }
    }

    /// The type names an annotation mentions (generic parameters the parser mapped to `Any`).
    static func names(in annotation: TypeAnnotation) -> [String] {
        switch annotation {
        case .named(let name, _): return [name]
        case .array(let t), .optional(let t), .set(let t): return names(in: t)
        case .dictionary(let k, let v): return names(in: k) + names(in: v)
        case .tuple(let items), .labeledTuple(let items, _): return items.flatMap(names)
        case .function(let params, let result): return params.flatMap(names) + names(in: result)
        case .applied(let name, _, _): return [name]
        }
    }
}
