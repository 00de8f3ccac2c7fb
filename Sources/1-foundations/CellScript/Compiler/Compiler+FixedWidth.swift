/// Lowering the sized integer types' conversions: `UInt8(x)`, `Int(x)` of a sized integer,
/// `Int8(truncatingIfNeeded:)`, `UInt64(exactly:)`, `UInt8(clamping:)`, `Int(bitPattern:)`,
/// `Double(x)`/`Float(x)` of a sized integer and `String(x, radix:uppercase:)` (see
/// `IntegerConversion` in `Runtime+FixedWidth.swift`).
extension Compiler {
    /// The lowering of a call of `name` (a type not shadowed by a cell's name) when it is one of
    /// these conversions; nil for the calls the general rules lower.
    func compileIntegerConversion(_ name: String, _ arguments: [Argument], _ range: SourceRange, _ argumentRanges: [SourceRange]) -> Eval? {
        let labels = arguments.map(\.label)
        guard !arguments.contains(where: \.isTrailingClosure) else { return nil }
        if name == "String", labels == [nil, "radix"] || labels == [nil, "radix", "uppercase"] {
            let value = compileExpression(arguments[0].value), radix = compileExpression(arguments[1].value)
            let uppercase = arguments.count == 3 ? compileExpression(arguments[2].value) : nil
            return { frame in
                let v = try value(frame), r = try radix(frame), u = try uppercase?(frame) ?? .bool(false)
                return try atCallSite(range, argumentRanges) {
                    guard case .int(let base) = r, case .bool(let upper) = u else {
                        throw ScriptError("String(_:radix:uppercase:): expected an Int radix and a Bool")
                    }
                    return .string(try IntegerConversion.text(v, radix: base, uppercase: upper))
                }
            }
        }
        guard arguments.count == 1 else { return nil }
        let argumentType = arguments[0].value.checkedType
        if name == "Double" || name == "Float", labels == [nil], argumentType?.isFixedInt == true {
            let value = compileExpression(arguments[0].value)
            let float = name == "Float"
            return { frame in
                let v = try value(frame)
                return try atCallSite(range, argumentRanges) { try IntegerConversion.floatingPoint(v, float: float) }
            }
        }
        guard let kind = IntegerKind(name: name) else { return nil }
        let label = labels[0]
        if kind == .int {
            // `Int(x)` of a Double or text, and `Int(exactly:)` of a Double, keep their builtins.
            let integerArgument = argumentType?.isFixedInt == true || (label == "exactly" && argumentType?.isInteger == true)
            guard integerArgument || ["truncatingIfNeeded", "clamping", "bitPattern"].contains(label) else { return nil }
        }
        let value = compileExpression(arguments[0].value)
        return { frame in
            let v = try value(frame)
            return try atCallSite(range, argumentRanges) { try IntegerConversion.convert(v, to: kind, label: label) }
        }
    }
}
