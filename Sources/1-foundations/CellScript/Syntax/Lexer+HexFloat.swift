/// Hexadecimal floating-point literals, `0x1p4` (16.0) and `0x1.8p1` (3.0): hex digits, an
/// optional `.` and hex fraction, then a binary exponent `p`/`P` with an optional sign, which
/// Swift requires for a hex float.
extension Lexer {
    /// After the integer digits of a `0x` literal: the Double when a fraction or an exponent
    /// follows, nil (nothing consumed) when the literal is an integer.
    mutating func lexHexFloatTail(_ integerDigits: String, _ start: SourceLocation) -> TokenKind? {
        var hasFraction = peek() == "." && peek(1)?.properties.isASCIIHexDigit == true
        if hasFraction {
            // As Swift's lexer: `0xff.description` is a member of an integer (no exponent
            // follows the hex digits and the first is not a decimal digit).
            var ahead = 1
            while let c = peek(ahead), c.properties.isASCIIHexDigit || c == "_" { ahead += 1 }
            let exponent = peek(ahead) == "p" || peek(ahead) == "P"
            if !exponent, let first = peek(1), !("0"..."9").contains(first) { hasFraction = false }
        }
        guard hasFraction || peek() == "p" || peek() == "P" else { return nil }
        var text = "0x" + integerDigits
        if hasFraction {
            text += "."
            advance()
            while let c = peek(), c.properties.isASCIIHexDigit || c == "_" {
                if c != "_" { text.unicodeScalars.append(c) }
                advance()
            }
        }
        guard peek() == "p" || peek() == "P" else {
            error("hexadecimal floating point literal must end with an exponent", SourceRange(start, location))
            return .double(0)
        }
        text += "p"
        advance()
        if let sign = peek(), sign == "+" || sign == "-" { text.unicodeScalars.append(sign); advance() }
        var exponentDigits = 0
        while let c = peek(), ("0"..."9").contains(c) || c == "_" {
            if c != "_" { text.unicodeScalars.append(c); exponentDigits += 1 }
            advance()
        }
        guard exponentDigits > 0, let value = Double(text) else {
            error("expected a digit in floating point exponent", SourceRange(start, location))
            return .double(0)
        }
        return .double(value)
    }
}
