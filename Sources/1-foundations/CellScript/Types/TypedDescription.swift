/// How Swift's `print` writes a value of a static type: `Optional(123)`, a Float's shortest
/// digits (`0.33333334`), labelled tuples. Values of other types print as ``Value/description``.
enum TypedDescription {
    /// What `print(value)` writes for a value of static type `type`.
    static func describe(_ value: Value, as type: StaticType) -> String {
        if case .string(let s) = value, type == .string || type == .character { return s }
        if type == .unknown { return value.description }
        if case .genericNominal(_, let arguments) = type, case .structure(let s) = value { return s.type.describe(s, typeArguments: arguments) }
        return debugDescribe(value, as: type)
    }

    /// Printing a tuple whose static type the checker could not work out: Swift prints its
    /// labels, which only the static type holds, so the cell stops instead of printing other text.
    static let untypedTupleMessage = "'printing a tuple of an unknown type' is not supported in cells: "
        + "give the value a type annotation, e.g. let p: (x: Double, y: Double) = …"

    /// Whether a value holds a tuple anywhere (in arrays, dictionaries, nested tuples).
    static func containsTuple(_ value: Value) -> Bool {
        switch value {
        case .tuple: return true
        case .array(let items): return items.contains(where: containsTuple)
        case .dictionary(let dict): return dict.keys.contains(where: containsTuple) || dict.values.contains(where: containsTuple)
        default: return false
        }
    }

    /// The form inside collections and optionals (strings quoted).
    static func debugDescribe(_ value: Value, as type: StaticType) -> String {
        switch (type, value) {
        case (.optional, .nil): return "nil"
        case (.optional(let wrapped), _): return "Optional(" + debugDescribe(value, as: wrapped) + ")"
        case (.float, .double(let d)): return "\(Float(d))"
        case (.float, .int(let i)): return Float(i).description
        case (.double, .int(let i)): return Double(i).description
        case (.array(let element), .array(let items)):
            return "[" + items.map { debugDescribe($0, as: element) }.joined(separator: ", ") + "]"
        case (.dictionary(let k, let v), .dictionary(let dict)):
            if dict.count == 0 { return "[:]" }
            return "[" + zip(dict.keys, dict.values).map { debugDescribe($0, as: k) + ": " + debugDescribe($1, as: v) }
                .joined(separator: ", ") + "]"
        case (.tuple(let types, let labels), .tuple(let items)) where types.count == items.count:
            let parts = zip(zip(types, labels), items).map { pair, item in
                (pair.1.map { "\($0): " } ?? "") + debugDescribe(item, as: pair.0)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        default: return value.debugDescription
        }
    }
}
