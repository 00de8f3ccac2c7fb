/// A parsed Swift-style signature such as `Normal(mean: Double, std: Double = 1) -> Normal`.
/// Argument labels of calls are checked against it.
public struct Signature: Sendable, Hashable, CustomStringConvertible {
    /// One parameter of a signature.
    public struct Parameter: Sendable, Hashable {
        /// Argument label, nil for `_`.
        public var label: String?
        public var name: String
        public var type: String
        public var hasDefault: Bool
        public var isVariadic: Bool
        /// True when the type is a function type (a trailing closure may fill it).
        public var isFunction: Bool { type.contains("->") }
    }

    /// The text the signature was parsed from.
    public var text: String
    public var name: String
    public var parameters: [Parameter]
    /// Nil for properties (no parameter list).
    public var hasParameterList: Bool
    /// The type after `->` (`Double` in `sqrt(_ x: Double) -> Double`), nil when none is written.
    public var returnType: String?

    public var description: String { text }

    /// Parses `name(label name: Type = default, _ x: Type...) -> Result` or `name: Type`.
    public init(_ text: String) throws {
        self.text = text
        let trimmed = text.trimmed()
        guard let open = trimmed.firstIndex(of: "(") else {
            let head = trimmed.split(separator: ":", maxSplits: 1).first.map(String.init) ?? trimmed
            name = head.trimmed()
            parameters = []
            hasParameterList = false
            returnType = nil
            try Self.validate(name, text)
            return
        }
        // `map<T>(…)`: the generic parameter clause is not part of the name calls use.
        let head = String(trimmed[..<open])
        name = String(head.prefix { $0 != "<" }).trimmed()
        hasParameterList = true
        guard let close = Self.matchingParen(trimmed, from: open) else {
            throw HostError("signature '\(text)' has an unbalanced '('")
        }
        let inner = String(trimmed[trimmed.index(after: open)..<close])
        parameters = try Self.splitTopLevel(inner).map { try Self.parameter($0, text) }
        var rest = String(trimmed[trimmed.index(after: close)...]).trimmed()
        if rest.hasPrefix("throws") { rest = String(rest.dropFirst("throws".count)).trimmed() }
        returnType = rest.hasPrefix("->") ? String(rest.dropFirst(2)).trimmed() : nil
        try Self.validate(name, text)
    }

    private static func validate(_ name: String, _ text: String) throws {
        guard !name.isEmpty, !name.contains(" ") else { throw HostError("signature '\(text)' has no valid name") }
    }

    private static func parameter(_ text: String, _ whole: String) throws -> Parameter {
        guard let colon = text.firstIndex(of: ":") else { throw HostError("parameter '\(text)' in signature '\(whole)' needs ': Type'") }
        let names = text[..<colon].split(separator: " ").map(String.init)
        guard (1...2).contains(names.count) else { throw HostError("parameter '\(text)' in signature '\(whole)' has a bad name") }
        var type = String(text[text.index(after: colon)...]).trimmed()
        var hasDefault = false
        if let eq = type.firstIndex(of: "="), !type[..<eq].hasSuffix("-") {
            hasDefault = true
            type = String(type[..<eq]).trimmed()
        }
        let isVariadic = type.hasSuffix("...")
        if isVariadic { type = String(type.dropLast(3)) }
        let label = names[0] == "_" ? nil : names[0]
        return Parameter(label: label, name: names.last ?? names[0], type: type, hasDefault: hasDefault, isVariadic: isVariadic)
    }

    private static func matchingParen(_ s: String, from open: String.Index) -> String.Index? {
        var depth = 0
        var i = open
        while i < s.endIndex {
            if s[i] == "(" { depth += 1 }
            if s[i] == ")" { depth -= 1; if depth == 0 { return i } }
            i = s.index(after: i)
        }
        return nil
    }

    /// Splits on commas outside brackets, parentheses and quotes.
    private static func splitTopLevel(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inQuote = false
        for c in s {
            if c == "\"" { inQuote.toggle() }
            if !inQuote {
                if "([<".contains(c) { depth += 1 }
                if ")]>".contains(c) && depth > 0 { depth -= 1 }
                if c == "," && depth == 0 { parts.append(current); current = ""; continue }
            }
            current.append(c)
        }
        if !current.trimmed().isEmpty { parts.append(current) }
        return parts.map { $0.trimmed() }
    }
}

extension String {
    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" { s.removeLast() }
        return String(s)
    }
}
