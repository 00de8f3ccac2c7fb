/// Hexadecimal floating-point literals, as Swift lexes them: `0x1p4` (16.0), `0x1.8p1` (3.0),
/// `0xA.8p-2`. The exponent (`p`, a power of two) is required; without one, `0xff.description`
/// stays a member of an integer literal, and `0x1.8` is Swift's error.
extension Lexer {
    /// The literal whose integer digits `integerDigits` were just read after `0x`, when a
    /// fraction or an exponent follows; nil (nothing consumed) for an integer literal.
    mutating func lexHexFloat(_ integerDigits: String, _ start: SourceLocation) -> TokenKind? {
        var ahead = 0
        var fraction = ""
        if peek() == ".", let first = peek(1), first.properties.isASCIIHexDigit {
            ahead = 1
            while let c = peek(ahead), c.properties.isASCIIHexDigit || c == "_" {
                if c != "_" { fraction.unicodeScalars.append(c) }
                ahead += 1
            }
        }
        guard let p = peek(ahead), p == "p" || p == "P" else {
            guard !fraction.isEmpty, let first = peek(1), ("0"..."9").contains(first) else { return nil }
            for _ in 0..<ahead { advance() }
            error("hexadecimal floating point literal must end with an exponent", SourceRange(location, location))
            return .double(0)
        }
        var exponent = ""
        var end = ahead + 1
        if let sign = peek(end), sign == "+" || sign == "-" {
            exponent.unicodeScalars.append(sign)
            end += 1
        }
        guard let digit = peek(end), ("0"..."9").contains(digit) else { return nil }
        while let c = peek(end), ("0"..."9").contains(c) || c == "_" {
            if c != "_" { exponent.unicodeScalars.append(c) }
            end += 1
        }
        for _ in 0..<end { advance() }
        guard let value = Double("0x\(integerDigits.isEmpty ? "0" : integerDigits).\(fraction.isEmpty ? "0" : fraction)p\(exponent)") else {
            error("invalid hexadecimal floating point literal", SourceRange(start, location))
            return .double(0)
        }
        return .double(value)
    }
}
