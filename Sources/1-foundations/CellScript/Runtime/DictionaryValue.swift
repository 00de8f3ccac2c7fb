/// A dictionary keyed by Int, Double, String or Bool values. It keeps insertion order so
/// printing and iteration are deterministic.
public struct DictionaryValue {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var index: [Key: Int] = [:]

    /// The hashable form of a key.
    enum Key: Hashable {
        case int(Int), double(Double), string(String), bool(Bool)
        /// A value of a cell's enum (Hashable when its associated values are): type, case, payload.
        case enumCase(String, Int, [Key])
        case fixedInt(FixedWidthInt)
        /// An array (Swift's `Array` is Hashable when its elements are: `Set<[Int]>`).
        case array([Key])

        init?(_ value: Value) {
            switch value {
            case .int(let i): self = .int(i)
            case .double(let d): self = .double(d)
            case .string(let s): self = .string(s)
            case .bool(let b): self = .bool(b)
            case .fixedInt(let x):
                // By value: one dictionary holds one key type, and an untyped `Int` key finds it.
                if let i = Int(exactly: x.value) { self = .int(i) } else { self = .fixedInt(x) }
            case .enumCase(let e):
                var payload: [Key] = []
                for item in e.payload {
                    guard let key = Key(item) else { return nil }
                    payload.append(key)
                }
                self = .enumCase(e.type.name, e.index, payload)
            case .array(let items):
                var elements: [Key] = []
                for item in items {
                    guard let key = Key(item) else { return nil }
                    elements.append(key)
                }
                self = .array(elements)
            default: return nil
            }
        }
    }

    public init() {}

    public var count: Int { keys.count }

    /// True when the value can be a key.
    public static func isHashable(_ value: Value) -> Bool { Key(value) != nil }

    /// What a key that cannot be hashed is told (tuples, structs, closures, tensors…).
    static func unsupportedKeyMessage(_ key: Value) -> String {
        "dictionary keys of type '\(key.typeName)' are not supported in cells (keys can be numbers, strings, characters, Bools, enum cases and arrays of these)"
    }

    public subscript(key: Value) -> Value? {
        guard let k = Key(key), let i = index[k] else { return nil }
        return values[i]
    }

    /// Sets (or with nil removes) the value for a key; returns false if the key is not hashable.
    @discardableResult
    public mutating func set(_ key: Value, _ value: Value?) -> Bool {
        guard let k = Key(key) else { return false }
        if let i = index[k] {
            if let value { values[i] = value } else { remove(at: i) }
        } else if let value {
            index[k] = keys.count
            keys.append(key)
            values.append(value)
        }
        return true
    }

    private mutating func remove(at i: Int) {
        keys.remove(at: i)
        values.remove(at: i)
        index = [:]
        for (j, key) in keys.enumerated() { if let k = Key(key) { index[k] = j } }
    }
}
