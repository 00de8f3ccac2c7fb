/// What a host needs to put values back into an interpreter from a snapshot of them.
extension Interpreter {
    /// Whether the top-level name is a `let` (nil when no cell declared it).
    public func isConstant(named name: String) -> Bool? {
        globalNames[name]?.isLet
    }
}

extension IntRange {
    /// A range as stored by a snapshot (`upperBound` exclusive, as in the stored value).
    public init(stored lowerBound: Int, _ upperBound: Int, isClosed: Bool) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.isClosed = isClosed
    }
}

/// The inside of a value whose parts a snapshot stores but a host cannot see: a cell struct's
/// stored properties, a cell enum's case and payload, a `Set`'s members.
public enum SnapshotParts {
    /// A value of the cell `struct` named `typeName`, its stored properties in declaration order.
    case structure(typeName: String, fields: [Value])
    /// Case number `caseIndex` (declaration order) of the cell `enum` named `typeName`.
    case enumCase(typeName: String, caseIndex: Int, payload: [Value])
    /// A `Set`, its members in their (insertion) order.
    case set([Value])
}

extension Value {
    /// The parts a snapshot stores for a struct, enum or Set value; nil for every other value
    /// (a class instance included: it is a shared reference, not a value).
    public var snapshotParts: SnapshotParts? {
        switch self {
        case .structure(let value): return .structure(typeName: value.type.name, fields: value.fields)
        case .enumCase(let value): return .enumCase(typeName: value.type.name, caseIndex: value.index, payload: value.payload)
        case .object(let set as SetObject): return .set(set.elements)
        default: return nil
        }
    }
}

extension Interpreter {
    /// A struct, enum or Set value made from stored parts, for a type the cells run or
    /// restored so far declared. Throws when the type is unknown or its shape does not match
    /// the parts (the declaration changed since the snapshot was taken).
    public func value(from parts: SnapshotParts) throws -> Value {
        switch parts {
        case .structure(let typeName, let fields):
            guard let type = runtime.structTypes[typeName], !type.isClass else {
                throw HostError("no struct '\(typeName)' is declared to restore a value of it")
            }
            guard fields.count == type.fields.count else {
                throw HostError("struct '\(typeName)' has \(type.fields.count) stored properties, the stored value \(fields.count)")
            }
            return .structure(StructValue(type: type, fields: fields))
        case .enumCase(let typeName, let caseIndex, let payload):
            guard let type = runtime.enumTypes[typeName] else {
                throw HostError("no enum '\(typeName)' is declared to restore a value of it")
            }
            guard type.caseNames.indices.contains(caseIndex), payload.count == (type.caseLabels[caseIndex]?.count ?? 0) else {
                throw HostError("enum '\(typeName)' has no case \(caseIndex) with \(payload.count) associated values")
            }
            return .enumCase(EnumValue(type: type, index: caseIndex, payload: payload))
        case .set(let members):
            return try SetObject.make(members)
        }
    }
}

extension CellTypeEnvironment {
    /// The static type of the top-level `name` at this point of the lesson, as Swift spells
    /// it (`Float`, `Int?`, `Set<String>`, `Point`), or nil when no earlier cell declared it.
    public func typeDescription(of name: String) -> String? {
        types[name].map(\.description)
    }
}
