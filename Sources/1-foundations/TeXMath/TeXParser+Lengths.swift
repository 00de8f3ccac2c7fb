extension TeXParser {
    /// Ems per unit for the lengths `\hspace` accepts (a 10 pt font: 1 em = 10 pt = 18 mu).
    private static let emsPerUnit: [String: Double] = ["em": 1, "ex": 0.431, "pt": 0.1, "mu": 1.0 / 18, "px": 0.0625]

    /// The `{1.5em}` of `\hspace` (or `1.5em` right after `\kern`) as a CSS length in em.
    mutating func readLength(after command: String, at token: TeXToken) throws(TeXParseError) -> String {
        skipSpaces()
        if index < tokens.count, tokens[index].kind == .character("*") { index += 1 }
        skipSpaces()
        let braced = index < tokens.count && tokens[index].kind == .beginGroup
        if braced { index += 1 }
        var text = ""
        while index < tokens.count, case .character(let scalar) = tokens[index].kind,
              ("0"..."9").contains(scalar) || TeXTokenizer.isLetter(scalar) || scalar == "." || scalar == "-" {
            text.unicodeScalars.append(scalar)
            index += 1
            if !braced && text.count >= 2 && Self.emsPerUnit[String(text.suffix(2))] != nil { break }
        }
        skipSpaces()
        if braced {
            guard index < tokens.count, tokens[index].kind == .endGroup else {
                throw TeXParseError(message: "invalid length after '\\\(command)'", offset: token.offset)
            }
            index += 1
        }
        guard text.count > 2, let ems = Self.emsPerUnit[String(text.suffix(2))], let value = Double(text.dropLast(2)) else {
            throw TeXParseError(message: "invalid length after '\\\(command)'", offset: token.offset)
        }
        let rounded = (value * ems * 10_000).rounded() / 10_000
        return "\(rounded)em"
    }
}
