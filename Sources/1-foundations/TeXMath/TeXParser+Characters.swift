extension TeXParser {
    /// The atom for a character typed in math mode. Digits (with a decimal point) join into
    /// one `<mn>` unless `single`; under `\mathrm` and other alphabets letters join into one `<mi>`.
    mutating func characterAtom(_ scalar: Unicode.Scalar, single: Bool = false) -> Atom {
        if ("0"..."9").contains(scalar) {
            var number = String(scalar)
            if !single { number += readNumberTail() }
            return .ordinary(.mn(styled(number)))
        }
        if TeXTokenizer.isLetter(scalar) {
            var word = String(scalar)
            if font != nil && !single { word += readLetters() }
            return .ordinary(identifier(word))
        }
        if let ascii = Self.asciiOperators[scalar] {
            return Atom(node: ascii.node, kind: ascii.kind)
        }
        return unicodeAtom(scalar)
    }

    /// Digits and `.digit` runs following the first digit of a number.
    private mutating func readNumberTail() -> String {
        var tail = ""
        while index < tokens.count, case .character(let next) = tokens[index].kind {
            if ("0"..."9").contains(next) {
                tail.unicodeScalars.append(next)
                index += 1
            } else if next == ".", index + 1 < tokens.count,
                      case .character(let after) = tokens[index + 1].kind, ("0"..."9").contains(after) {
                tail.unicodeScalars.append(next)
                index += 1
            } else {
                break
            }
        }
        return tail
    }

    private mutating func readLetters() -> String {
        var letters = ""
        while index < tokens.count, case .character(let next) = tokens[index].kind, TeXTokenizer.isLetter(next) {
            letters.unicodeScalars.append(next)
            index += 1
        }
        return letters
    }

    /// Text in the active alphabet (unchanged for the default and `\mathrm`).
    func styled(_ text: String) -> String {
        guard let font else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(font.styled(scalar) ?? scalar)
        }
        return result
    }

    /// An `<mi>` in the active alphabet; single upright letters get `mathvariant="normal"`.
    func identifier(_ text: String, upright: Bool = false) -> MathNode {
        let styledText = styled(text)
        let isSingle = styledText.unicodeScalars.count == 1
        let autoItalic = isSingle && styledText == text && Self.isAutoItalic(styledText)
        let wantsUpright = upright || font == .roman
        return .mi(styledText, normal: wantsUpright && autoItalic)
    }

    /// Whether MathML Core would draw a lone `<mi>` with this text in italic.
    static func isAutoItalic(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return TeXTokenizer.isLetter(scalar) || (0x391...0x3F5).contains(scalar.value)
            || scalar == "∂" || scalar == "∇" || scalar == "ı" || scalar == "ȷ"
    }

    private func unicodeAtom(_ scalar: Unicode.Scalar) -> Atom {
        let text = String(scalar)
        if let kind = TeXCommandTable.classOfCharacter(text) {
            return Atom(node: Self.operatorNode(text, kind), kind: kind)
        }
        let properties = scalar.properties
        if properties.generalCategory == .mathSymbol {
            return Atom(node: .mo(text), kind: .relation)
        }
        if (0x370...0x3FF).contains(scalar.value) {
            return .ordinary(identifier(text))
        }
        if properties.isAlphabetic {
            return .ordinary(.mtext(text))
        }
        return .ordinary(.mo(text))
    }

    /// An `<mo>` for a symbol of a class; fences outside `\left…\right` do not stretch.
    static func operatorNode(_ text: String, _ kind: AtomClass) -> MathNode {
        switch kind {
        case .opening, .closing:
            return .mo(text, [("stretchy", "false")])
        case .ordinary:
            return .mo(text, [("stretchy", "false"), ("lspace", "0"), ("rspace", "0")])
        default:
            return .mo(text)
        }
    }

    private static let asciiOperators: [Unicode.Scalar: (node: MathNode, kind: AtomClass)] = [
        "+": (.mo("+"), .binary), "-": (.mo("−"), .binary), "*": (.mo("∗"), .binary),
        "=": (.mo("="), .relation), "<": (.mo("<"), .relation), ">": (.mo(">"), .relation),
        ":": (.mo(":"), .relation), ",": (.mo(","), .punctuation), ";": (.mo(";"), .punctuation),
        "!": (.mo("!"), .closing), "?": (.mo("?"), .closing),
        "(": (operatorNode("(", .opening), .opening), ")": (operatorNode(")", .closing), .closing),
        "[": (operatorNode("[", .opening), .opening), "]": (operatorNode("]", .closing), .closing),
        "|": (operatorNode("|", .ordinary), .ordinary), "/": (operatorNode("/", .ordinary), .ordinary),
        ".": (.mo(".", [("lspace", "0"), ("rspace", "0")]), .ordinary),
        "@": (.mi("@"), .ordinary), "\"": (.mo("\""), .ordinary), "#": (.mi("#"), .ordinary),
        "$": (.mi("$"), .ordinary),
    ]
}
