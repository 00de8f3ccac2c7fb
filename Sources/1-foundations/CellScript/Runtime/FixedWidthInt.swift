/// Swift's fixed-width integer types other than `Int`: `Int8`…`Int64`, `UInt8`…`UInt64` and
/// `UInt` (64 bits, as `Int`, on every platform the product runs on). ``IntegerKind/int`` names
/// `Int` itself, so the members every integer has (`bitWidth`, `addingReportingOverflow`, …)
/// have one implementation; an `Int` value stays ``Value/int(_:)``.
public enum IntegerKind: UInt8, Sendable, Hashable, CaseIterable {
    case int8, int16, int32, int64, uint8, uint16, uint32, uint64, uint, int

    /// The sized kinds by their Swift name (`Int` is not among them: it is ``StaticType/int``).
    static let sized: [String: IntegerKind] = Dictionary(uniqueKeysWithValues: allCases.filter { $0 != .int }.map { ($0.name, $0) })

    /// The kind a type name names, `Int` included.
    init?(name: String) {
        if name == "Int" { self = .int; return }
        guard let kind = Self.sized[name] else { return nil }
        self = kind
    }

    var name: String {
        switch self {
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .uint8: return "UInt8"
        case .uint16: return "UInt16"
        case .uint32: return "UInt32"
        case .uint64: return "UInt64"
        case .uint: return "UInt"
        case .int: return "Int"
        }
    }

    var bitWidth: Int {
        switch self {
        case .int8, .uint8: return 8
        case .int16, .uint16: return 16
        case .int32, .uint32: return 32
        case .int64, .uint64, .uint, .int: return 64
        }
    }

    var isSigned: Bool {
        switch self {
        case .int8, .int16, .int32, .int64, .int: return true
        default: return false
        }
    }

    /// The kind of the same width and the other signedness (`Int8` ↔ `UInt8`, `Int` ↔ `UInt`).
    var bitPatternPartner: IntegerKind {
        switch self {
        case .int8: return .uint8
        case .int16: return .uint16
        case .int32: return .uint32
        case .int64: return .uint64
        case .uint8: return .int8
        case .uint16: return .int16
        case .uint32: return .int32
        case .uint64: return .int64
        case .uint: return .int
        case .int: return .uint
        }
    }

    var min: Int128 { isSigned ? -(Int128(1) << (bitWidth - 1)) : 0 }
    var max: Int128 { isSigned ? (Int128(1) << (bitWidth - 1)) - 1 : (Int128(1) << bitWidth) - 1 }

    func contains(_ value: Int128) -> Bool { value >= min && value <= max }

    /// The bounds of a signed kind in 64 bits.
    var signedMin: Int64 { bitWidth == 64 ? .min : -(1 << Int64(bitWidth - 1)) }
    var signedMax: Int64 { bitWidth == 64 ? .max : (1 << Int64(bitWidth - 1)) - 1 }
    /// The largest value of an unsigned kind.
    var unsignedMax: UInt64 { bitWidth == 64 ? .max : (1 << UInt64(bitWidth)) - 1 }
}

/// A value of a fixed-width integer type: its bit pattern in 64 bits (sign-extended for signed
/// kinds, zero-extended for unsigned ones, so equal values have equal bits) and its kind. Exact
/// for every kind: no value goes through `Double`.
public struct FixedWidthInt: Hashable, Sendable, CustomStringConvertible {
    public private(set) var bits: UInt64
    public private(set) var kind: IntegerKind

    /// A stored value (a value snapshot's `kind` and `bits`), or nil when they are not one:
    /// `Int` (stored as an Int) or a pattern that is not canonical for the kind.
    public init?(storedKind kind: IntegerKind, bits: UInt64) {
        guard kind != .int, FixedWidthInt(bits: bits, kind).bits == bits else { return nil }
        self.bits = bits
        self.kind = kind
    }

    /// The value `value` of kind `kind`, or nil when the kind cannot hold it.
    init?(exactly value: Int128, _ kind: IntegerKind) {
        guard kind.contains(value) else { return nil }
        self.init(truncating: value, kind)
    }

    /// The low `kind.bitWidth` bits of `value` (Swift's `init(truncatingIfNeeded:)`).
    init(truncating value: Int128, _ kind: IntegerKind) {
        self.init(bits: UInt64(truncatingIfNeeded: value), kind)
    }

    /// The low `kind.bitWidth` bits of `bits`, extended to the canonical 64-bit pattern.
    init(bits: UInt64, _ kind: IntegerKind) {
        let width = kind.bitWidth
        if width == 64 {
            self.bits = bits
        } else {
            let shift = UInt64(64 - width)
            self.bits = kind.isSigned ? UInt64(bitPattern: Int64(bitPattern: bits << shift) >> Int64(shift)) : (bits << shift) >> shift
        }
        self.kind = kind
    }

    /// An `Int` as a value of kind ``IntegerKind/int``.
    init(_ int: Int) {
        self.bits = UInt64(bitPattern: Int64(int))
        self.kind = .int
    }

    /// The mathematical value.
    var value: Int128 { kind.isSigned ? Int128(Int64(bitPattern: bits)) : Int128(bits) }

    /// The bit pattern of the value's width alone (`UInt8(200)` → 200, `Int8(-1)` → 255).
    var widthBits: UInt64 { kind.bitWidth == 64 ? bits : bits & ((1 << UInt64(kind.bitWidth)) - 1) }

    public var description: String { String(value) }

    /// `x op y` for Swift's trapping operators on two values of one kind; the error is Swift's
    /// trap in the cells' words. Computed in 64 bits (a narrower kind's result is range-checked).
    @inline(__always)
    func arithmetic(_ op: ArithmeticOperator, _ other: FixedWidthInt) throws -> FixedWidthInt {
        if kind.isSigned {
            let x = Int64(bitPattern: bits), y = Int64(bitPattern: other.bits)
            var (r, o) = try Self.reportingOverflow(op, x, y)
            // `Int8.min % -1` overflows in Int8 though not in the 64 bits it is computed in.
            if op == .remainder, y == -1, x == kind.signedMin { o = true }
            if o || r < kind.signedMin || r > kind.signedMax { throw overflowError(op, other) }
            return FixedWidthInt(canonical: UInt64(bitPattern: r), kind)
        }
        let (r, o) = try Self.reportingOverflow(op, bits, other.bits)
        if o || r > kind.unsignedMax { throw overflowError(op, other) }
        return FixedWidthInt(canonical: r, kind)
    }

    /// `x op y` in 64 bits with Swift's overflow flag; division by zero throws.
    @inline(__always)
    private static func reportingOverflow<T: FixedWidthInteger>(_ op: ArithmeticOperator, _ x: T, _ y: T) throws -> (T, Bool) {
        switch op {
        case .add: return x.addingReportingOverflow(y)
        case .subtract: return x.subtractingReportingOverflow(y)
        case .multiply: return x.multipliedReportingOverflow(by: y)
        case .divide:
            if y == 0 { throw ScriptError(op.divisionByZeroMessage) }
            return x.dividedReportingOverflow(by: y)
        case .remainder:
            if y == 0 { throw ScriptError(op.divisionByZeroMessage) }
            return x.remainderReportingOverflow(dividingBy: y)
        }
    }

    @inline(never)
    private func overflowError(_ op: ArithmeticOperator, _ other: FixedWidthInt) -> ScriptError {
        ScriptError("arithmetic overflow in \(self) \(op.symbol) \(other)")
    }

    /// A pattern already canonical for `kind`.
    @inline(__always)
    init(canonical bits: UInt64, _ kind: IntegerKind) {
        self.bits = bits
        self.kind = kind
    }

    /// The order of two values of one kind (-1, 0, 1), without widening.
    @inline(__always)
    func order(_ other: FixedWidthInt) -> Int {
        if kind.isSigned {
            let x = Int64(bitPattern: bits), y = Int64(bitPattern: other.bits)
            return x < y ? -1 : (x == y ? 0 : 1)
        }
        return bits < other.bits ? -1 : (bits == other.bits ? 0 : 1)
    }

    /// `addingReportingOverflow` and its siblings: the wrapped result and whether it overflowed.
    /// A division by zero throws (Swift traps there too).
    func reportingOverflow(_ op: ArithmeticOperator, _ other: FixedWidthInt) throws -> (FixedWidthInt, Bool) {
        let x = value, y = other.value
        let exact: Int128
        switch op {
        case .add: exact = x + y
        case .subtract: exact = x - y
        case .multiply:
            // Two 64-bit magnitudes fit in 128 bits except for a product of two huge UInt64s.
            let (p, o) = x.multipliedReportingOverflow(by: y)
            if o { return (FixedWidthInt(truncating: x &* y, kind), true) }
            exact = p
        case .divide, .remainder:
            guard y != 0 else { throw ScriptError(op.divisionByZeroMessage) }
            if kind.isSigned, x == kind.min, y == -1 {
                return (op == .divide ? self : FixedWidthInt(truncating: 0, kind), true)
            }
            exact = op == .divide ? x / y : x % y
        }
        return (FixedWidthInt(truncating: exact, kind), !kind.contains(exact))
    }

    /// `&`, `|`, `^`, `&+`, `&-`, `&*` and the four shifts (`other` is the amount for a shift,
    /// of any integer kind). None of them traps.
    func integerOperation(_ op: IntegerOperator, _ other: FixedWidthInt) -> FixedWidthInt {
        switch op {
        case .and: return FixedWidthInt(bits: bits & other.bits, kind)
        case .or: return FixedWidthInt(bits: bits | other.bits, kind)
        case .xor: return FixedWidthInt(bits: bits ^ other.bits, kind)
        case .wrappingAdd: return FixedWidthInt(bits: bits &+ other.bits, kind)
        case .wrappingSubtract: return FixedWidthInt(bits: bits &- other.bits, kind)
        case .wrappingMultiply: return FixedWidthInt(bits: bits &* other.bits, kind)
        case .shiftLeft: return shifted(left: true, by: other.value)
        case .shiftRight: return shifted(left: false, by: other.value)
        case .maskingShiftLeft: return shifted(left: true, by: other.value & Int128(kind.bitWidth - 1))
        case .maskingShiftRight: return shifted(left: false, by: other.value & Int128(kind.bitWidth - 1))
        }
    }

    /// Swift's "smart" shift: a negative amount shifts the other way; shifting by the width or
    /// more gives 0 (or -1 for a negative value shifted right).
    func shifted(left: Bool, by amount: Int128) -> FixedWidthInt {
        if amount < 0 { return shifted(left: !left, by: -amount) }
        let width = Int128(kind.bitWidth)
        if left {
            if amount >= width { return FixedWidthInt(bits: 0, kind) }
            return FixedWidthInt(bits: bits << UInt64(amount), kind)
        }
        if amount >= width { return FixedWidthInt(truncating: value < 0 ? -1 : 0, kind) }
        return FixedWidthInt(truncating: value >> amount, kind)
    }

    /// `~x`.
    var inverted: FixedWidthInt { FixedWidthInt(bits: ~bits, kind) }

    /// `-x`, trapping where Swift does (`-Int8.min`, and any nonzero unsigned value).
    func negated() throws -> FixedWidthInt {
        guard let result = FixedWidthInt(exactly: -value, kind) else {
            throw ScriptError("arithmetic overflow in -\(self)")
        }
        return result
    }

    var leadingZeroBitCount: Int { widthBits.leadingZeroBitCount - (64 - kind.bitWidth) }
    var trailingZeroBitCount: Int { widthBits == 0 ? kind.bitWidth : widthBits.trailingZeroBitCount }
    var nonzeroBitCount: Int { widthBits.nonzeroBitCount }

    /// `x == y`, `x < y` between any two integer kinds (Swift's heterogeneous comparisons).
    static func compare(_ a: FixedWidthInt, _ b: FixedWidthInt) -> Int {
        if a.kind == b.kind { return a.order(b) }
        return a.value < b.value ? -1 : (a.value == b.value ? 0 : 1)
    }
}
