extension TeXParser {
    private static let textEscapes: [String: String] = [
        "%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ",
        ",": "\u{2009}", ";": "\u{2005}", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "textbackslash": "\\", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—",
        "i": "ı", "j": "ȷ", "L": "Ł", "l": "ł", "o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ",
        "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "relax": "",
    ]

    private static let textStyles: [String: TextStyle] = [
        "text": .plain, "textrm": .plain, "textnormal": .plain, "textup": .plain, "mbox": .plain,
        "textbf": .bold, "textit": .italic, "emph": .italic, "textsf": .sansSerif, "texttt": .monospace,
    ]

    /// The argument of `\text{…}` and friends: `<mtext>` pieces, with `$…$` parsed as math.
    /// Spaces at either end become U+00A0 so MathML does not drop them.
    mutating func parseTextArgument(style: TextStyle, command: String, at token: TeXToken) throws(TeXParseError) -> MathNode {
        skipSpaces()
        guard index < tokens.count else {
            throw TeXParseError(message: "missing argument for '\(command)'", offset: token.offset)
        }
        let open = tokens[index]
        index += 1
        switch open.kind {
        case .beginGroup:
            return try nested(at: open.offset) { (parser: inout TeXParser) throws(TeXParseError) -> MathNode in
                try parser.parseTextGroup(style: style, openedAt: open)
            }
        case .character(let scalar):
            return .mtext(String(scalar), style: style.css)
        default:
            throw TeXParseError(message: "missing argument for '\(command)'", offset: token.offset)
        }
    }

    private mutating func parseTextGroup(style: TextStyle, openedAt open: TeXToken) throws(TeXParseError) -> MathNode {
        var pieces: [MathNode] = []
        var buffer = ""
        var nesting = 0
        func flush() {
            guard !buffer.isEmpty else { return }
            pieces.append(.mtext(Self.protectingEdgeSpaces(buffer), style: style.css))
            buffer = ""
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .beginGroup:
                nesting += 1
            case .endGroup:
                if nesting == 0 {
                    flush()
                    return .row(pieces.isEmpty ? [.mtext("", style: style.css)] : pieces)
                }
                nesting -= 1
            case .character("$"), .command("("):
                flush()
                pieces.append(try parseMathInText(openedAt: token))
            case .character(let scalar):
                buffer.unicodeScalars.append(scalar)
            case .space:
                buffer += " "
            case .tie:
                buffer += "\u{A0}"
            case .superscript: buffer += "^"
            case .subscriptMark: buffer += "_"
            case .alignment: buffer += "&"
            case .parameter(let number): buffer += "#\(number)"
            case .command(let name):
                if let text = Self.textEscapes[name] {
                    buffer += text
                } else if let inner = Self.textStyles[name] {
                    flush()
                    pieces.append(try parseTextArgument(style: inner == .plain ? style : inner, command: "\\" + name, at: token))
                } else if name == "\\" {
                    buffer += " "
                } else {
                    flush()
                    warn("unknown TeX command '\\\(name)'", at: token.offset)
                    pieces.append(.error("\\" + name))
                }
            }
        }
        throw TeXParseError(message: "unbalanced braces: '{' is never closed", offset: open.offset)
    }

    /// `$…$` or `\(…\)` inside `\text{…}`: math in text style up to the closing `$` or `\)`.
    private mutating func parseMathInText(openedAt dollar: TeXToken) throws(TeXParseError) -> MathNode {
        let saved = (dollarTerminatorDepth, bracketTerminatorDepth, displayStyle, font)
        dollarTerminatorDepth = depth + 1
        bracketTerminatorDepth = nil
        displayStyle = false
        font = nil
        defer { (dollarTerminatorDepth, bracketTerminatorDepth, displayStyle, font) = saved }
        let atoms = try parseList()
        let closer: TeXTokenKind = dollar.kind == .command("(") ? .command(")") : .character("$")
        guard let close = peek(), close.kind == closer else {
            let opener = dollar.kind == .command("(") ? "\\(" : "$"
            throw TeXParseError(message: "'\(opener)' inside '\\text' is never closed", offset: dollar.offset)
        }
        advance()
        return AtomLayout.row(atoms)
    }

    static func protectingEdgeSpaces(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == " " { scalars[0] = "\u{A0}" }
        if scalars.count > 0 && scalars[scalars.count - 1] == " " { scalars[scalars.count - 1] = "\u{A0}" }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}
