/// Typing `String.Index` as Swift does: `startIndex`, `endIndex`, `indices`, `index(after:)`,
/// `index(before:)`, `index(_:offsetBy:)`, `index(_:offsetBy:limitedBy:)`,
/// `distance(from:to:)`, `firstIndex(of:)`/`lastIndex(where:)`… of a String give or take
/// `String.Index`; `s[i]` is a Character and `s[a..<b]`, `s[a...]`, `s[..<b]` a Substring
/// (text in cells). An Int is not an index (`s[0]` is Swift's error), and an index is never
/// printed: Swift prints its internal bits, which cells do not have.
extension TypeChecker {
    static let indexRangeNames = ["Range<String.Index>", "ClosedRange<String.Index>"]

    /// `text.startIndex`, `text.endIndex`, `text.indices`.
    func stringIndexMember(_ type: StaticType, _ name: String) -> StaticType? {
        switch (type, name) {
        case (.string, "startIndex"), (.string, "endIndex"): return .stringIndex
        case (.string, "indices"): return .view("DefaultIndices<String>", element: .stringIndex)
        case (.string, "unicodeScalars"), (.character, "unicodeScalars"): return .view("String.UnicodeScalarView", element: Self.unicodeScalar)
        case (.string, "utf8"), (.character, "utf8"): return .view("String.UTF8View", element: .fixedInt(.uint8))
        case (.string, "utf16"), (.character, "utf16"): return .view("String.UTF16View", element: .fixedInt(.uint16))
        case (.string, "capitalized"): return .string
        case (.view(let view, let element), "first"), (.view(let view, let element), "last"):
            return view.hasPrefix("String.") ? .optional(element) : nil
        case (.view(let view, _), "isEmpty"): return view.hasPrefix("String.") ? .bool : nil
        case (Self.unicodeScalar, "value"): return .fixedInt(.uint32)
        case (Self.unicodeScalar, "isASCII"): return .bool
        default: return nil
        }
    }

    /// `Unicode.Scalar` (a one-scalar text at run time).
    /// Computed, not stored: a stored static holding an indirect enum's box is reported by the
    /// fuzzers' leak check at exit (LeakSanitizer does not see the tagged pointer).
    static var unicodeScalar: StaticType { .host("Unicode.Scalar") }

    /// The methods of a String that make or take indices: checked arguments and result type.
    func stringIndexMethod(_ name: String, _ arguments: [Argument], _ nameRange: SourceRange) -> ([Argument], StaticType)? {
        var labels = arguments.map(\.label)
        if let last = arguments.last, last.isTrailingClosure, last.label == nil { labels[labels.count - 1] = "where" }
        func plain(_ types: [StaticType], _ result: StaticType) -> ([Argument], StaticType) {
            (zip(arguments, types).map { argumentChecked($0, $1, reporting: true) }, result)
        }
        switch (name, labels) {
        case ("index", ["after"]), ("index", ["before"]):
            return plain([.stringIndex], .stringIndex)
        case ("index", [nil, "offsetBy"]):
            return plain([.stringIndex, .int], .stringIndex)
        case ("index", [nil, "offsetBy", "limitedBy"]):
            return plain([.stringIndex, .int, .stringIndex], .optional(.stringIndex))
        case ("distance", ["from", "to"]):
            return plain([.stringIndex, .stringIndex], .int)
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            return plain([.character], .optional(.stringIndex))
        case ("insert", [nil, "at"]):
            return plain([.character, .stringIndex], .void)
        case ("remove", ["at"]):
            return plain([.stringIndex], .character)
        case ("formIndex", _):
            error("'formIndex' is not supported in cells: write i = text.index(after: i)", nameRange)
            return (arguments.map { argumentChecked($0, nil) }, .void)
        case ("firstIndex", ["where"]), ("lastIndex", ["where"]):
            var args = arguments
            args[0] = closureArgument(arguments[0], [.character], result: .bool).0
            return (args, .optional(.stringIndex))
        default:
            return nil
        }
    }

    /// The type of `text[…]`: a Character at an index, a Substring over a range of indices;
    /// an Int subscript is Swift's error. Nil when the base is not a String.
    func stringSubscriptType(_ base: StaticType, _ arguments: [StaticType], _ range: SourceRange) -> StaticType? {
        guard base == .string, arguments.count == 1 else { return nil }
        switch arguments[0] {
        case .stringIndex: return .character
        case .view(let name, _) where Self.indexRangeNames.contains(name): return .string
        case .int, .range:
            error("'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.", range)
            return .unknown
        default: return nil
        }
    }

    /// `a..<b` and `a...b` of two indices.
    func stringIndexRange(_ a: StaticType, _ b: StaticType, closed: Bool) -> StaticType? {
        guard a == .stringIndex, b == .stringIndex else { return nil }
        return .view(Self.indexRangeNames[closed ? 1 : 0], element: .stringIndex)
    }

    /// An error at a printed value holding a `String.Index` (true when reported).
    func rejectPrintedIndex(_ typed: Typed) -> Bool {
        guard Self.holdsStringIndex(typed.type) else { return false }
        error("printing a 'String.Index' is not supported in cells: print text[index] or text.distance(from: text.startIndex, to: index)", typed.expr.range)
        return true
    }

    static func holdsStringIndex(_ type: StaticType) -> Bool {
        switch type {
        case .stringIndex: return true
        case .optional(let t), .array(let t), .set(let t), .view(_, let t): return holdsStringIndex(t)
        case .dictionary(let k, let v): return holdsStringIndex(k) || holdsStringIndex(v)
        case .tuple(let items, _): return items.contains(where: holdsStringIndex)
        default: return false
        }
    }
}

extension TypeChecker {
    /// A name in `extension String { … }` that is a member of String (`startIndex`,
    /// `index(before:)`, `count`…): `self.name`, as Swift reads it. Nil elsewhere.
    func builtinImplicitMember(_ e: Expr, _ name: String) -> Typed? {
        guard let context = selfContexts.last, !context.isStatic, structs[context.name]?.isBuiltin == true,
              context.name == "String" else { return nil }
        for scope in scopes[context.scopeDepth...] where scope[name] != nil { return nil }
        // `max(a, b)` in a String extension is the global function, as Swift resolves it.
        if hostOverloads(name) != nil { return nil }
        if case .function? = lookup(name) { return nil }
        let isMember = stringIndexMember(.string, name) != nil || stdlibMember(.string, name) != nil
            || ["count", "isEmpty"].contains(name) || registry?.methods["String"]?[name] != nil || Self.stringSelfMethods.contains(name)
        guard isMember else { return nil }
        let base = Expr(kind: .identifier("self"), range: e.range)
        let member = Expr(kind: .member(base, name: name, nameRange: e.range), range: e.range)
        return Typed(member, memberType(base: base, .string, name))
    }

    /// Methods a String has through Sequence and Collection that a body may call on `self`.
    static let stringSelfMethods: Set<String> = [
        "index", "distance", "firstIndex", "lastIndex", "map", "filter", "reduce", "contains", "enumerated", "reversed",
        "sorted", "prefix", "suffix", "dropFirst", "dropLast", "split", "lowercased", "uppercased", "hasPrefix", "hasSuffix",
        "allSatisfy", "compactMap", "forEach", "starts", "components", "replacingOccurrences", "trimmingCharacters",
    ]

    /// `index(before: endIndex)` in `extension String`: the call of `self.index(before:)`.
    func builtinSelfCall(_ e: Expr, _ base: Expr, _ name: String, _ nameRange: SourceRange, _ arguments: [Argument]) -> Typed? {
        guard let context = selfContexts.last, structs[context.name]?.isBuiltin == true, context.name == "String" else { return nil }
        let callee = Expr(kind: .member(base, name: name, nameRange: nameRange), range: nameRange)
        return call(Expr(kind: .call(callee, arguments), range: e.range), callee, arguments, expected: nil)
    }
}
