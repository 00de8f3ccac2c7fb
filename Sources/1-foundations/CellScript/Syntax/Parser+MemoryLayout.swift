/// `MemoryLayout<Double>.size` and `Float.significandBitCount`: constants of the platform's
/// number formats (the same on every 64-bit platform Swift runs on), read as integer literals.
/// Other types' layouts depend on Swift's implementation and stop with "not supported".
extension Parser {
    /// Size, stride and alignment of the scalar types (all three equal for these).
    static let scalarLayout: [String: Int] = [
        "Int": 8, "UInt": 8, "Int64": 8, "UInt64": 8, "Double": 8, "Float64": 8,
        "Float": 4, "Float32": 4, "Int32": 4, "UInt32": 4, "Int16": 2, "UInt16": 2, "Int8": 1, "UInt8": 1, "Bool": 1,
    ]

    /// Significand and exponent bit counts of the binary floating-point types.
    static let floatingPointBits: [String: (significand: Int, exponent: Int)] = [
        "Double": (52, 11), "Float64": (52, 11), "Float": (23, 8), "Float32": (23, 8),
    ]

    /// At `MemoryLayout` followed by `<`.
    static func isMemoryLayout(_ token: Token, _ next: Token) -> Bool {
        token.identifier == "MemoryLayout" && next.isSymbol("<") && !next.spaceBefore
    }

    /// At `Double` or `Float` followed by `.significandBitCount` or `.exponentBitCount`.
    func floatingPointBitCount() -> (Int, count: Int)? {
        guard let name = current.identifier, let bits = Self.floatingPointBits[name], peekToken(1).isSymbol("."),
              let member = peekToken(2).identifier else { return nil }
        switch member {
        case "significandBitCount": return (bits.significand, 3)
        case "exponentBitCount": return (bits.exponent, 3)
        default: return nil
        }
    }

    /// `MemoryLayout<T>.size` (or `.stride`, `.alignment`) as an integer literal.
    mutating func parseMemoryLayout() throws -> Expr {
        let start = advance().range
        _ = try expect("<", "after 'MemoryLayout'")
        let type = try parseType()
        let close = try expect(">", "to close the generic argument list")
        _ = try expect(".", "after 'MemoryLayout<\(type)>'")
        let (member, memberRange) = try expectIdentifier("member of 'MemoryLayout'")
        let range = start.union(memberRange)
        guard ["size", "stride", "alignment"].contains(member) else {
            throw fail("type 'MemoryLayout<\(type)>' has no member '\(member)'", showFound: false)
        }
        guard let size = Self.scalarLayout[type.description] else {
            diagnostics.append(Diagnostic(message: Unsupported.message("MemoryLayout<\(type)>")
                + ": only the number types' and Bool's layouts are fixed across platforms", range: start.union(close.range)))
            throw Failure()
        }
        return Expr(kind: .integer(size), range: range)
    }

    /// `Double.significandBitCount` as an integer literal (see ``floatingPointBitCount()``).
    mutating func parseFloatingPointBitCount(_ value: Int, tokens: Int) -> Expr {
        var range = current.range
        for _ in 0..<tokens { range = range.union(advance().range) }
        return Expr(kind: .integer(value), range: range)
    }
}
