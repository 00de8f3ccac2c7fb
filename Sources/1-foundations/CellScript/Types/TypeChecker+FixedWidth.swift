/// Typing the sized integer types (`Int8`…`Int64`, `UInt8`…`UInt64`, `UInt`) as Swift does:
/// each is a type of its own, never mixed with `Int` or another one implicitly; an integer
/// literal takes the type its context asks for and must fit in it; `UInt8.max`, `.min` and
/// `.bitWidth` are constants; conversions (`UInt8(x)`, `Int(x)`, `exactly:`,
/// `truncatingIfNeeded:`, `clamping:`, `bitPattern:`) and the members every integer has
/// (`addingReportingOverflow`, `leadingZeroBitCount`, …) have Swift's types.
extension StaticType {
    /// A sized integer type.
    var isFixedInt: Bool { if case .fixedInt = self { return true } else { return false } }

    /// `Int` or a sized integer type.
    var isInteger: Bool { self == .int || isFixedInt }

    /// The ``IntegerKind`` of an integer type (`Int` is ``IntegerKind/int``).
    var integerKind: IntegerKind? {
        switch self {
        case .int: return .int
        case .fixedInt(let kind): return kind
        default: return nil
        }
    }

    /// The static type of an integer kind.
    init(_ kind: IntegerKind) { self = kind == .int ? .int : .fixedInt(kind) }
}

extension TypeChecker {
    /// The integer literal `value` where a sized integer type is expected: a literal of that
    /// type, or Swift's error when it does not fit.
    func fixedIntegerLiteral(_ e: Expr, _ value: Int, _ kind: IntegerKind) -> Typed {
        var out = e
        guard let fixed = FixedWidthInt(exactly: Int128(value), kind) else {
            if value < 0, !kind.isSigned {
                error("negative integer '\(value)' overflows when stored into unsigned type '\(kind.name)'", e.range)
            } else {
                error("integer literal '\(value)' overflows when stored into '\(kind.name)'", e.range)
            }
            return Typed(e, .fixedInt(kind), literal: true)
        }
        out.kind = .fixedWidthInteger(fixed)
        return Typed(out, .fixedInt(kind), literal: true)
    }

    /// An integer literal above `Int.max` (as `bits`): a `UInt64` or `UInt` where one is
    /// expected, a Double or Float where one is, else Swift's error (it does not fit an `Int`).
    func wideIntegerLiteral(_ e: Expr, _ bits: UInt64, expected: StaticType?) -> Typed {
        var out = e
        switch numericContext(expected) {
        case .fixedInt(let kind)? where kind == .uint64 || kind == .uint:
            out.kind = .fixedWidthInteger(FixedWidthInt(canonical: bits, kind))
            return Typed(out, .fixedInt(kind), literal: true)
        case .double?:
            out.kind = .double(Double(bits))
            return Typed(out, .double, literal: true)
        case .float?:
            out.kind = .double(Double(Float(bits)))
            return Typed(out, .float, literal: true)
        case let context:
            error("integer literal '\(bits)' overflows when stored into '\(context ?? .int)'", e.range)
            return Typed(e, context ?? .int, literal: true)
        }
    }

    /// `-5` where a sized integer type is expected: one literal, so `let x: Int8 = -128` fits.
    func negativeFixedIntegerLiteral(_ e: Expr, _ operand: Expr, expected: StaticType?) -> Typed? {
        guard case .integer(let v) = operand.kind, case .fixedInt(let kind)? = numericContext(expected) else { return nil }
        return fixedIntegerLiteral(e, -v, kind)
    }

    /// `UInt8.max`, `Int64.min`, `Int.bitWidth`, `UInt8.bitWidth`: the constant itself.
    func integerTypeConstant(_ e: Expr, _ base: Expr, _ name: String) -> Typed? {
        guard case .identifier(let typeName) = base.kind, lookup(typeName) == nil, let kind = IntegerKind(name: typeName) else { return nil }
        var out = e
        switch name {
        case "bitWidth":
            out.kind = .integer(kind.bitWidth)
            return Typed(out, .int)
        case "max", "min":
            guard kind != .int else { return nil }
            out.kind = .fixedWidthInteger(FixedWidthInt(truncating: name == "max" ? kind.max : kind.min, kind))
            return Typed(out, .fixedInt(kind))
        default:
            return nil
        }
    }

    /// Properties every integer has, on a value of an integer type.
    func integerMemberType(_ type: StaticType, _ name: String) -> StaticType? {
        guard let kind = type.integerKind else { return nil }
        switch name {
        case "bitWidth", "leadingZeroBitCount", "trailingZeroBitCount", "nonzeroBitCount": return .int
        case "description": return .string
        case "byteSwapped": return type
        case "magnitude":
            guard kind != .int else { return nil }  // `Int.magnitude` (a UInt) keeps its registered form
            return StaticType(kind.isSigned ? kind.bitPatternPartner : kind)
        default: return nil
        }
    }

    /// Methods every integer has, on a value of an integer type: the checked arguments and the result.
    func integerMethod(_ receiver: StaticType, _ name: String, _ arguments: [Argument]) -> ([Argument], StaticType)? {
        guard let kind = receiver.integerKind else { return nil }
        let labels = arguments.map(\.label)
        let overflowLabels: [String: String?] = [
            "addingReportingOverflow": nil, "subtractingReportingOverflow": nil, "multipliedReportingOverflow": "by",
            "dividedReportingOverflow": "by", "remainderReportingOverflow": "dividingBy",
        ]
        if let label = overflowLabels[name], labels == [label] {
            return ([argumentChecked(arguments[0], receiver, reporting: true)], .tuple([receiver, .bool], labels: ["partialValue", "overflow"]))
        }
        switch (name, labels) {
        case ("signum", []):
            return ([], receiver)
        case ("isMultiple", ["of"]) where kind != .int:
            return ([argumentChecked(arguments[0], receiver, reporting: true)], .bool)
        case ("quotientAndRemainder", ["dividingBy"]) where kind != .int:
            return ([argumentChecked(arguments[0], receiver, reporting: true)], .tuple([receiver, receiver], labels: ["quotient", "remainder"]))
        default:
            return nil
        }
    }

    /// `UInt8(x)`, `Int(x)` of a sized integer, `UInt64(exactly:)`, `Int8(truncatingIfNeeded:)`,
    /// `UInt8(clamping:)`, `Int(bitPattern:)`, `Double(x)` of a sized integer and
    /// `String(x, radix:)`; nil for the calls the general rules type.
    func integerConversion(_ e: Expr, _ callee: Expr, _ name: String, _ arguments: [Argument]) -> Typed? {
        let labels = arguments.map(\.label)
        func finish(_ args: [Argument], _ type: StaticType) -> Typed {
            var out = e
            out.kind = .call(callee, args)
            if type == .float { return Typed(Expr(kind: .floatRound(out), range: e.range), type) }
            return Typed(out, type)
        }
        func checked(_ expected: StaticType?) -> (Argument, Typed) {
            var argument = arguments[0]
            let typed = expression(argument.value, expected: expected)
            argument.value = typed.expr
            return (argument, typed)
        }
        if name == "String", labels == [nil, "radix"] || labels == [nil, "radix", "uppercase"] {
            let (value, typed) = checked(nil)
            if typed.type.isKnown, !typed.type.isInteger {
                error("initializer 'init(_:radix:uppercase:)' requires that '\(typed.type)' conform to 'BinaryInteger'", arguments[0].value.range)
            }
            var args = [value, argumentChecked(arguments[1], .int, reporting: true)]
            if arguments.count == 3 { args.append(argumentChecked(arguments[2], .bool, reporting: true)) }
            return finish(args, .string)
        }
        if name == "Double" || name == "Float", labels == [nil] {
            let (value, typed) = checked(nil)
            guard typed.type.isFixedInt else { return nil }
            return finish([value], name == "Double" ? .double : .float)
        }
        if let kind = IntegerKind(name: name), labels == [nil, "radix"] {
            // `Int("ff", radix: 16)`, `UInt8("101", radix: 2)`: nil when the text is no such number.
            let args = [argumentChecked(arguments[0], .string, reporting: true), argumentChecked(arguments[1], .int, reporting: true)]
            return finish(args, .optional(StaticType(kind)))
        }
        guard let kind = IntegerKind(name: name), arguments.count == 1 else { return nil }
        let target = StaticType(kind)
        switch labels[0] {
        case nil:
            if kind == .int {
                // `Int(x)` of anything but a sized integer keeps the general rules.
                let typed = expression(arguments[0].value, expected: nil)
                guard typed.type.isFixedInt else { return nil }
                var argument = arguments[0]
                argument.value = typed.expr
                return finish([argument], .int)
            }
            // `UInt8(200)`: the literal is a UInt8 (and must fit).
            let literal = Compiler.isNumericLiteral(arguments[0].value) && !isFloatingLiteral(arguments[0].value)
            let (value, typed) = checked(literal ? target : nil)
            if typed.type == .string || typed.type == .character { return finish([value], .optional(target)) }
            if typed.type.isKnown, !typed.type.isNumeric {
                error("no exact matches in call to initializer", e.range)
            }
            return finish([value], target)
        case "exactly":
            let (value, typed) = checked(nil)
            if kind == .int, !typed.type.isInteger { return nil }
            return finish([value], .optional(target))
        case "truncatingIfNeeded", "clamping":
            let (value, typed) = checked(nil)
            if typed.type.isKnown, !typed.type.isInteger {
                error("initializer 'init(\(labels[0]!):)' requires that '\(typed.type)' conform to 'BinaryInteger'", arguments[0].value.range)
            }
            return finish([value], target)
        case "bitPattern":
            let partner = StaticType(kind.bitPatternPartner)
            let (value, typed) = checked(partner)
            if typed.type.isKnown, typed.type != partner {
                error("cannot convert value of type '\(typed.type)' to expected argument type '\(partner)'", arguments[0].value.range)
            }
            return finish([value], target)
        default:
            return nil
        }
    }

    private func isFloatingLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .double: return true
        case .unary(_, let inner): return isFloatingLiteral(inner)
        default: return false
        }
    }
}
