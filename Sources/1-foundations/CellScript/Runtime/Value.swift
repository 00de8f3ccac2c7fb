/// A CellScript value. `Int`, `Double` and `Bool` are stored inline, so arithmetic does no
/// allocation; collections have Swift value semantics; host objects are opaque references.
///
/// ```swift
/// let v: Value = .array([.int(1), .double(2.5)])
/// print(v)          // [1, 2.5]
/// ```
public enum Value {
    /// The result of a statement or a function with no return value, `()`.
    case void
    case `nil`
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])
    /// Stored out of line (as is `symbol`) so every `Value` stays two words plus a tag.
    indirect case dictionary(DictionaryValue)
    case tuple([Value])
    /// `a..<b` or `a...b` over Int.
    case range(IntRange)
    case function(Function)
    /// A value of a host type (tensor, model, figure…).
    case object(any HostObject)
    /// A type used as a value, e.g. `Double` in `Double.pi` or `Normal` in `Normal(mean:std:)`.
    case type(String)
    /// An implicit member such as `.relu` or `.leakyReLU(0.2)`, for host functions to interpret.
    indirect case symbol(Symbol)
    /// A value of a `struct` declared in a cell (its stored properties, copied as Swift copies).
    case structure(StructValue)
    /// A value of an `enum` declared in a cell (see `EnumValue.swift`).
    indirect case enumCase(EnumValue)
    /// A value of a sized integer type (`UInt8`, `Int64`, … see `FixedWidthInt.swift`).
    case fixedInt(FixedWidthInt)
}

// Values are created and used on the interpreter's own thread only.
extension Value: @unchecked Sendable {}

/// Objects of host types (tensors, models, figures) wrapped in ``Value/object(_:)``.
public protocol HostObject: AnyObject {
    /// The CellScript type name, e.g. `"Tensor"`; methods and operators are found by it.
    var typeName: String { get }
}

/// An implicit member expression's name and arguments, e.g. `.leakyReLU(0.2)`.
public struct Symbol: @unchecked Sendable, CustomStringConvertible {
    public var name: String
    public var arguments: [Value]
    public var labels: [String?]

    public init(name: String, arguments: [Value] = [], labels: [String?] = []) {
        self.name = name
        self.arguments = arguments
        self.labels = labels
    }

    public var description: String {
        if arguments.isEmpty && labels.isEmpty { return ".\(name)" }
        let parts = zip(labels, arguments).map { label, value in (label.map { "\($0): " } ?? "") + value.debugDescription }
        return ".\(name)(\(parts.joined(separator: ", ")))"
    }
}

/// A range of integers; `upperBound` is exclusive (a closed range stores `b + 1`).
public struct IntRange: Sendable, Hashable {
    public var lowerBound: Int
    public var upperBound: Int
    public var isClosed: Bool

    /// The number of elements, saturating at `Int.max` (`Int.min..<Int.max` has 2⁶⁴ − 1), so
    /// a size check on it never traps; ``exactCount`` says whether it is exact.
    public var count: Int { exactCount ?? Int.max }

    /// The number of elements, or nil when it does not fit in an Int (Swift traps there).
    public var exactCount: Int? {
        let (difference, overflow) = upperBound.subtractingReportingOverflow(lowerBound)
        return overflow ? nil : Swift.max(0, difference)
    }
}

extension Value {
    /// The CellScript type name of the value (`Int`, `Double`, `Array`, or the host type's name).
    public var typeName: String {
        switch self {
        case .void: return "Void"
        case .nil: return "Optional"
        case .bool: return "Bool"
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .tuple: return "Tuple"
        case .range(let r): return r.isClosed ? "ClosedRange" : "Range"
        case .function: return "Function"
        case .object(let object): return object.typeName
        case .type(let name): return name + ".Type"
        case .symbol: return "Symbol"
        case .structure(let s): return s.type.name
        case .enumCase(let e): return e.type.name
        case .fixedInt(let x): return x.kind.name
        }
    }

    /// The numeric value as a Double, for Int or Double values.
    public var asDouble: Double? {
        switch self {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: return nil
        }
    }

    /// A number per builtin type name (equal numbers mean equal ``typeName``s); nil for host
    /// objects and type values, whose names vary.
    @inline(__always)
    var builtinKind: Int? {
        switch self {
        case .void: return 0
        case .nil: return 1
        case .bool: return 2
        case .int: return 3
        case .double: return 4
        case .string: return 5
        case .array: return 6
        case .dictionary: return 7
        case .tuple: return 8
        case .range(let r): return r.isClosed ? 9 : 10
        case .function: return 11
        case .symbol: return 12
        case .object, .type, .structure, .enumCase, .fixedInt: return nil
        }
    }

    /// True for values without references (numbers, flags, ranges), which need no release.
    @inline(__always)
    var ownsNothing: Bool {
        switch self {
        case .void, .nil, .bool, .int, .double, .range, .fixedInt: return true
        default: return false
        }
    }

    /// True for `.nil`.
    public var isNil: Bool { if case .nil = self { return true } else { return false } }
}

/// A host object that `for … in` can iterate (e.g. `Progress(0..<2000, label:)`), told about
/// each step so it can report progress.
public protocol HostSequence: HostObject {
    /// How many values the loop variable takes. The loop asks for them one at a time, so a
    /// sequence is never materialised (`Progress(0..<Int.max)` with a `break` costs nothing).
    func count() throws -> Int
    /// The value for step `index` (0-based, below `count()`).
    func element(at index: Int) throws -> Value
    /// Called before the loop body runs for element `index` (0-based) of `count`.
    func willIterate(index: Int, of count: Int)
    /// Called when the loop ends, however it ends.
    func didFinish()
}
