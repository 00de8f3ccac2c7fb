import Foundation

/// The sized integer types at run time: operators on ``Value/fixedInt(_:)`` values, the members
/// every integer has, and the conversions between integer types, Doubles and text. An `Int` met
/// where a sized integer is (code the checker could not type) is taken as a literal would be: of
/// the other operand's type, when it fits.
extension Value {
    /// An integer of kind `x.kind`: `.int` for ``IntegerKind/int``, else `.fixedInt`.
    init(integer x: FixedWidthInt) {
        self = x.kind == .int ? .int(Int(Int64(bitPattern: x.bits))) : .fixedInt(x)
    }

    /// The value as an integer of its kind, for `Int` and the sized types.
    var asInteger: FixedWidthInt? {
        switch self {
        case .int(let i): return FixedWidthInt(i)
        case .fixedInt(let x): return x
        default: return nil
        }
    }
}

extension Runtime {
    /// The two operands of a binary operator on sized integers, of one kind; nil when neither is one.
    private func fixedOperands(_ symbol: String, _ a: Value, _ b: Value) throws -> (FixedWidthInt, FixedWidthInt)? {
        switch (a, b) {
        case (.fixedInt(let x), .fixedInt(let y)) where x.kind == y.kind: return (x, y)
        case (.fixedInt(let x), .int(let i)):
            guard let y = FixedWidthInt(exactly: Int128(i), x.kind) else { throw mismatch(symbol, a, b) }
            return (x, y)
        case (.int(let i), .fixedInt(let y)):
            guard let x = FixedWidthInt(exactly: Int128(i), y.kind) else { throw mismatch(symbol, a, b) }
            return (x, y)
        case (.fixedInt, _), (_, .fixedInt): throw mismatch(symbol, a, b)
        default: return nil
        }
    }

    /// `a op b` (`+ - * / %`) when an operand is a sized integer; nil otherwise.
    func fixedArithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let (x, y) = try fixedOperands(op.symbol, a, b) else { return nil }
        return .fixedInt(try x.arithmetic(op, y))
    }

    /// `a op b` for a bitwise, wrapping or shift operator when an operand is a sized integer.
    func fixedIntegerOperation(_ op: IntegerOperator, _ symbol: String, _ a: Value, _ b: Value) throws -> Value? {
        switch op {
        case .shiftLeft, .shiftRight, .maskingShiftLeft, .maskingShiftRight:
            // The amount may be of any integer type.
            guard let x = a.asInteger, let n = b.asInteger else {
                if case .fixedInt = a { throw mismatch(symbol, a, b) }
                if case .fixedInt = b { throw mismatch(symbol, a, b) }
                return nil
            }
            guard x.kind != .int || n.kind != .int else { return nil }
            return Value(integer: x.integerOperation(op, n))
        default:
            guard let (x, y) = try fixedOperands(symbol, a, b) else { return nil }
            return .fixedInt(x.integerOperation(op, y))
        }
    }

    /// `a == b` or the order of `a` and `b` (-1, 0, 1) when both are integers and one is sized.
    func fixedComparison(_ a: Value, _ b: Value) -> Int? {
        guard let x = a.asInteger, let y = b.asInteger, x.kind != .int || y.kind != .int else { return nil }
        return FixedWidthInt.compare(x, y)
    }

    /// A property every integer has (`bitWidth`, `leadingZeroBitCount`, `magnitude` …) of an
    /// integer value; nil for other values and names.
    func integerProperty(_ receiver: Value, _ name: String) -> Value? {
        guard let x = receiver.asInteger else { return nil }
        switch name {
        case "bitWidth": return .int(x.kind.bitWidth)
        case "leadingZeroBitCount": return .int(x.leadingZeroBitCount)
        case "trailingZeroBitCount": return .int(x.trailingZeroBitCount)
        case "nonzeroBitCount": return .int(x.nonzeroBitCount)
        case "byteSwapped":
            return Value(integer: FixedWidthInt(bits: x.widthBits.byteSwapped >> UInt64(64 - x.kind.bitWidth), x.kind))
        case "magnitude" where x.kind != .int:
            let kind = x.kind.isSigned ? x.kind.bitPatternPartner : x.kind
            return Value(integer: FixedWidthInt(truncating: x.value.magnitude == 0 ? 0 : Int128(x.value.magnitude), kind))
        case "description" where x.kind != .int: return .string(x.description)
        default: return nil
        }
    }

    /// A method every integer has (`addingReportingOverflow(_:)` and its siblings, `signum()`,
    /// and for sized integers `isMultiple(of:)`, `quotientAndRemainder(dividingBy:)`); nil for
    /// other receivers and names.
    func integerMethod(_ receiver: Value, _ name: String, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value? {
        guard let x = receiver.asInteger else { return nil }
        let overflowing: [String: (ArithmeticOperator, String?)] = [
            "addingReportingOverflow": (.add, nil), "subtractingReportingOverflow": (.subtract, nil),
            "multipliedReportingOverflow": (.multiply, "by"), "dividedReportingOverflow": (.divide, "by"),
            "remainderReportingOverflow": (.remainder, "dividingBy"),
        ]
        func operand() throws -> FixedWidthInt {
            guard arguments.count == 1, let y = arguments[0].asInteger else {
                throw ScriptError("\(name): expected one \(x.kind.name) argument")
            }
            if y.kind == x.kind { return y }
            guard y.kind == .int, let converted = FixedWidthInt(exactly: y.value, x.kind) else {
                throw ScriptError("cannot convert value of type '\(y.kind.name)' to expected argument type '\(x.kind.name)'")
            }
            return converted
        }
        if let (op, label) = overflowing[name], call.labels == [label] {
            let y = try operand()
            if op == .divide || op == .remainder, y.value == 0 {
                // Swift reports a division by zero as an overflow (partialValue: the dividend).
                return .tuple([Value(integer: x), .bool(true)])
            }
            let (result, overflow) = try x.reportingOverflow(op, y)
            return .tuple([Value(integer: result), .bool(overflow)])
        }
        switch (name, call.labels) {
        case ("signum", []):
            return Value(integer: FixedWidthInt(truncating: x.value < 0 ? -1 : (x.value == 0 ? 0 : 1), x.kind))
        case ("isMultiple", ["of"]) where x.kind != .int:
            let y = try operand()
            if y.value == 0 { return .bool(x.value == 0) }
            return .bool(x.value % y.value == 0)
        case ("quotientAndRemainder", ["dividingBy"]) where x.kind != .int:
            let y = try operand()
            return .tuple([.fixedInt(try x.arithmetic(.divide, y)), .fixedInt(try x.arithmetic(.remainder, y))])
        default:
            return nil
        }
    }
}

/// Conversions into and out of the integer types: `UInt8(x)`, `Int(x)`, `exactly:`,
/// `truncatingIfNeeded:`, `clamping:`, `bitPattern:`, `Double(x)`, `String(x, radix:)`.
enum IntegerConversion {
    /// `Kind(label: value)`.
    static func convert(_ value: Value, to kind: IntegerKind, label: String?) throws -> Value {
        switch label {
        case nil:
            if case .string(let text) = value { return parse(text, kind) }
            if let exact = try exactValue(value, kind, truncating: true) { return exact }
            throw ScriptError(notRepresentable(value, kind))
        case "exactly":
            return try exactValue(value, kind, truncating: false) ?? .nil
        case "truncatingIfNeeded":
            return Value(integer: FixedWidthInt(truncating: try integer(value, label).value, kind))
        case "clamping":
            let v = try integer(value, label).value
            return Value(integer: FixedWidthInt(truncating: Swift.min(Swift.max(v, kind.min), kind.max), kind))
        case "bitPattern":
            let x = try integer(value, label)
            guard x.kind == kind.bitPatternPartner else {
                throw ScriptError("cannot convert value of type '\(x.kind.name)' to expected argument type '\(kind.bitPatternPartner.name)'")
            }
            return Value(integer: FixedWidthInt(bits: x.bits, kind))
        default:
            throw ScriptError("no exact matches in call to initializer")
        }
    }

    private static func integer(_ value: Value, _ label: String?) throws -> FixedWidthInt {
        guard let x = value.asInteger else {
            throw ScriptError("initializer 'init(\(label ?? "_"):)' requires that '\(TypeCheck.describe(value))' conform to 'BinaryInteger'")
        }
        return x
    }

    /// The value of kind `kind` equal to `value` (an integer, or a Double: truncated toward
    /// zero when `truncating`, else only a whole one), or nil when the kind cannot hold it.
    private static func exactValue(_ value: Value, _ kind: IntegerKind, truncating: Bool) throws -> Value? {
        if let x = value.asInteger { return FixedWidthInt(exactly: x.value, kind).map(Value.init(integer:)) }
        guard case .double(let d) = value else {
            throw ScriptError("cannot convert value of type '\(TypeCheck.describe(value))' to \(kind.name)")
        }
        let whole = truncating ? d.rounded(.towardZero) : d
        guard d.isFinite, let exact = Int128(exactly: whole) else { return nil }
        return FixedWidthInt(exactly: exact, kind).map(Value.init(integer:))
    }

    private static func notRepresentable(_ value: Value, _ kind: IntegerKind) -> String {
        if case .double(let d) = value {
            if !d.isFinite { return "Double value cannot be converted to \(kind.name) because it is either infinite or NaN" }
            return "Double value cannot be converted to \(kind.name) because the result would be \(d < 0 ? "less than \(kind.name).min" : "greater than \(kind.name).max")"
        }
        return "not enough bits to represent the passed value: \(value) as \(kind.name)"
    }

    /// `UInt8("12")`: Swift's parse of decimal text (optional sign, digits), nil when it does not fit.
    static func parse(_ text: String, _ kind: IntegerKind, radix: Int = 10) -> Value {
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "+" || first == "-" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return .nil }
        var v: Int128 = 0
        for c in digits {
            guard let d = digitValue(c), d < radix else { return .nil }
            v = v * Int128(radix) + Int128(d)
            if v > Int128(1) << 65 { return .nil }
        }
        return FixedWidthInt(exactly: negative ? -v : v, kind).map(Value.init(integer:)) ?? .nil
    }

    /// A digit of radix up to 36: `0`…`9`, then `a`…`z` or `A`…`Z`.
    private static func digitValue(_ c: Character) -> Int? {
        guard let ascii = c.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(ascii - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(ascii - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(ascii - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// `String(x, radix:uppercase:)`.
    static func text(_ value: Value, radix: Int, uppercase: Bool) throws -> String {
        guard let x = value.asInteger else {
            throw ScriptError("initializer 'init(_:radix:uppercase:)' requires that '\(TypeCheck.describe(value))' conform to 'BinaryInteger'")
        }
        guard (2...36).contains(radix) else { throw ScriptError("String(_:radix:): radix must be between 2 and 36, got \(radix)") }
        return String(x.value, radix: radix, uppercase: uppercase)
    }

    /// `Double(x)`, `Float(x)` of an integer (rounded to the nearest representable value).
    static func floatingPoint(_ value: Value, float: Bool) throws -> Value {
        guard let x = value.asInteger else {
            throw ScriptError("cannot convert value of type '\(TypeCheck.describe(value))' to \(float ? "Float" : "Double")")
        }
        let d = x.kind.isSigned ? Double(Int64(bitPattern: x.bits)) : Double(x.bits)
        return .double(float ? Double(x.kind.isSigned ? Float(Int64(bitPattern: x.bits)) : Float(x.bits)) : d)
    }
}
