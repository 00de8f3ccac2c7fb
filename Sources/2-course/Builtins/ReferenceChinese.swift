import CellScript

/// The reference page's Chinese descriptions, kept as data beside the builtins so the English
/// `doc:` lines (terminal help, diagnostics) stay where they are registered.
///
/// A row is keyed by the entry's *shape*, not its full signature: the owner, the name and the
/// labels of the parameters without a default value, e.g. `Tensor.sum(axis:)`, `Linear(_:_:)`,
/// `infix +`, `Tensor.shape`. Adding an optional parameter, changing a type, a default, the
/// return type or the English doc keeps the key, while overloads that differ in what a caller
/// must write (`RuleMark(y:)` / `RuleMark(x:)`, `sum()` / `sum(axis:)`) keep separate rows.
/// Overloads of the same shape (`+` on Tensor/Double) share one row. A member shared by a
/// family of types (every layer has `train()`) can be keyed by the family's name from
/// ``families``; a row for the type itself wins over the family row.
public enum ReferenceChinese {
    /// Families of types whose members are the same builtin, keyed by a name that is no type.
    public static let families: [String: [String]] = [
        "Layer": ["Linear", "ReLU", "LeakyReLU", "Tanh", "Sigmoid", "Conv2d", "ConvTranspose2d", "BatchNorm",
                  "BatchNorm2d", "Reshape", "Flatten", "Dropout", "Sequential"],
        "Optimizer": ["Adam", "RMSProp", "SGD"],
        "Distribution": ["Normal", "Uniform", "Mixture"],
    ]

    /// The descriptions found for a list of entries, and what is missing or unused.
    public struct Lookup: Sendable {
        /// The Chinese description of each entry that has one.
        public var descriptions: [HostRegistry.Entry: String] = [:]
        /// Entries without a row (their keys).
        public var missing: [String] = []
        /// Rows whose key matches no entry.
        public var stale: [String] = []
    }

    /// The key of an entry: `[Owner.]name(required labels)`, `Owner.property`, `Type` or `infix +`.
    public static func key(_ entry: HostRegistry.Entry) -> String {
        switch entry.kind {
        case .type:
            return entry.signature
        case .infixOperator, .prefixOperator:
            let fixity = entry.kind == .infixOperator ? "infix" : "prefix"
            return fixity + " " + operatorSymbol(entry.signature)
        default:
            let shape = Self.shape(entry.signature)
            let owner = entry.kind == .function || entry.kind == .initializer ? "" : (entry.owner.map { $0 + "." } ?? "")
            return owner + shape
        }
    }

    /// Looks every entry up in `table` (course or standard library).
    public static func lookup(_ entries: [HostRegistry.Entry], in table: [String: String]) -> Lookup {
        var result = Lookup()
        var used = Set<String>()
        for entry in entries {
            let key = key(entry)
            var candidates = [key]
            if let owner = entry.owner, key.hasPrefix(owner + ".") {
                let member = key.dropFirst(owner.count + 1)
                candidates += families.filter { $0.value.contains(owner) }.keys.sorted().map { $0 + "." + member }
            }
            if let found = candidates.first(where: { table[$0] != nil }), let text = table[found] {
                result.descriptions[entry] = text
                used.insert(found)
            } else if !result.missing.contains(key) {
                result.missing.append(key)
            }
        }
        result.stale = table.keys.filter { !used.contains($0) }.sorted()
        return result
    }

    /// Both catalogues looked up in their tables.
    public static func lookup(standard: [HostRegistry.Entry], course: [HostRegistry.Entry]) -> (standard: Lookup, course: Lookup) {
        (lookup(standard, in: standardTable), lookup(course, in: courseTable))
    }

    /// `name(a:_:)` from `name(a x: T, _ y: U = 1, z: V = 2) -> R`, or `name` for a property.
    static func shape(_ signature: String) -> String {
        guard let parsed = try? Signature(signature) else { return signature }
        guard parsed.hasParameterList else { return parsed.name }
        let labels = parsed.parameters.filter { !$0.hasDefault }.map { ($0.label ?? "_") + ":" }
        return parsed.name + "(" + labels.joined() + ")"
    }

    /// `+` from `static func + (lhs: Tensor, rhs: Tensor)` or `static prefix func - (operand: Tensor)`.
    static func operatorSymbol(_ signature: String) -> String {
        guard let range = signature.range(of: "func ") else { return signature }
        let rest = signature[range.upperBound...]
        return String(rest.prefix { $0 != " " && $0 != "(" })
    }
}
