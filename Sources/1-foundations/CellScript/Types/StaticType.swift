/// The static type the checker gives an expression. `unknown` is a value the checker cannot
/// type yet (host calls, members it has no table for): it is compiled as before, dynamically.
indirect enum StaticType: Sendable, Hashable, CustomStringConvertible {
    case int, double, float, bool, string, character, void
    case optional(StaticType)
    case array(StaticType)
    case dictionary(StaticType, StaticType)
    case tuple([StaticType], labels: [String?])
    case range(closed: Bool)
    case function([StaticType], StaticType)
    /// `Set<Element>`.
    case set(StaticType)
    /// A lazy view Swift prints by its type (`ReversedCollection<[Int]>`, `Zip2Sequence<…>`):
    /// iterated like its elements, never printed in cells.
    case view(String, element: StaticType)
    /// A host type (Tensor, a model, a figure…) by name.
    case host(String)
    /// A `struct` declared in a cell, by name.
    case nominal(String)
    case unknown
    /// A value of an `enum` a cell declared, and the declaration itself (kept among the
    /// lesson's names under `enum Name`, see `TypeChecker+Enum.swift`).
    case enumeration(String)
    case enumDeclaration(EnumInfo)
    /// `String.Index`: a Character offset at run time (see `TypeChecker+StringIndex.swift`).
    case stringIndex
    /// `Int8`…`Int64`, `UInt8`…`UInt64`, `UInt` (never ``IntegerKind/int``: that is `int`).
    case fixedInt(IntegerKind)
    /// A value of a generic cell `struct` whose type arguments the program wrote
    /// (`Queue<String>()`): printed and named as Swift does (see `TypeChecker+GenericArguments.swift`).
    case genericNominal(String, [StaticType])

    /// Swift's spelling of the type, as diagnostics print it.
    var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .void: return "()"
        case .optional(let wrapped): return "\(wrapped)?"
        case .array(let element): return "[\(element)]"
        case .dictionary(let k, let v): return "[\(k): \(v)]"
        case .tuple(let items, let labels):
            return "(" + zip(items, labels).map { ($1.map { "\($0): " } ?? "") + $0.description }.joined(separator: ", ") + ")"
        case .range(let closed): return closed ? "ClosedRange<Int>" : "Range<Int>"
        case .function(let params, let result):
            return "(" + params.map(\.description).joined(separator: ", ") + ") -> \(result)"
        case .host(let name), .nominal(let name), .enumeration(let name): return name
        case .unknown: return "_"
        case .set(let element): return "Set<\(element)>"
        case .view(let name, _): return name
        case .enumDeclaration(let info): return "\(info.name).Type"
        case .stringIndex: return "String.Index"
        case .fixedInt(let kind): return kind.name
        case .genericNominal(let name, let arguments): return name + "<" + arguments.map(\.description).joined(separator: ", ") + ">"
        }
    }

    var isNumeric: Bool { self == .int || self == .double || self == .float || isFixedInt }
    var isOptional: Bool { if case .optional = self { return true } else { return false } }
    var isFloatingPoint: Bool { self == .double || self == .float }

    /// True when no part of the type is `unknown`.
    var isKnown: Bool {
        switch self {
        case .unknown: return false
        case .optional(let t), .array(let t), .set(let t), .view(_, let t): return t.isKnown
        case .dictionary(let k, let v): return k.isKnown && v.isKnown
        case .tuple(let items, _): return items.allSatisfy(\.isKnown)
        case .function(let p, let r): return p.allSatisfy(\.isKnown) && r.isKnown
        case .genericNominal(_, let arguments): return arguments.allSatisfy(\.isKnown)
        default: return true
        }
    }

    /// True when printing a value of this type needs the type: it holds an optional or a
    /// Float somewhere (an untyped value prints a Float's Double digits and no `Optional(…)`).
    var printsByType: Bool {
        switch self {
        case .float, .optional, .genericNominal: return true
        case .array(let t), .set(let t): return t.printsByType
        case .dictionary(let k, let v): return k.printsByType || v.printsByType
        case .tuple(let items, let labels): return items.contains(where: \.printsByType) || labels.contains { $0 != nil }
        default: return false
        }
    }

    /// The type an annotation names; host and unsupported names become `host`/`unknown`.
    init(_ annotation: TypeAnnotation) {
        switch annotation {
        case .named(let name, _):
            switch name {
            case "Int": self = .int
            case _ where IntegerKind.sized[name] != nil: self = .fixedInt(IntegerKind.sized[name]!)
            case "Double", "CGFloat": self = .double
            case "Float", "Float32": self = .float
            case "Bool": self = .bool
            case "String", "Substring": self = .string
            case "Character": self = .character
            case "String.Index": self = .stringIndex
            case "Unicode.Scalar", "UnicodeScalar": self = .host("Unicode.Scalar")
            case "Void": self = .void
            case "Any", "AnyObject", "Array", "Dictionary", "Range", "ClosedRange": self = .unknown
            default: self = .host(name)
            }
        case .array(let element): self = .array(StaticType(element))
        case .dictionary(let k, let v): self = .dictionary(StaticType(k), StaticType(v))
        case .optional(let wrapped): self = .optional(StaticType(wrapped))
        case .tuple(let items): self = .tuple(items.map(StaticType.init), labels: items.map { _ in nil })
        case .labeledTuple(let items, let labels): self = .tuple(items.map(StaticType.init), labels: labels)
        case .function(let params, let result): self = .function(params.map(StaticType.init), StaticType(result))
        case .set(let element): self = .set(StaticType(element))
        case .applied(let name, let arguments, _): self = .genericNominal(name, arguments.map(StaticType.init))
        }
    }
}

extension StaticType {
    /// The type a runtime value shows (restored snapshots and injected names): scalars and
    /// arrays of one scalar type; anything else `unknown`.
    init(of value: Value) {
        switch value {
        case .int: self = .int
        case .double: self = .double
        case .bool: self = .bool
        case .fixedInt(let x): self = .fixedInt(x.kind)
        case .string: self = .string
        case .range(let r): self = .range(closed: r.isClosed)
        case .array(let items):
            let types = Set(items.map(StaticType.init(of:)))
            self = types.count == 1 && types.first!.isKnown ? .array(types.first!) : .unknown
        default: self = .unknown
        }
    }
}
