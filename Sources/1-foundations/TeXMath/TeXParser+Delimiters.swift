extension TeXParser {
    /// Delimiters accepted after `\left`, `\right`, `\middle` and `\big…`, by token.
    private static let characterDelimiters: [Unicode.Scalar: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩", ".": "",
    ]

    /// Reads one delimiter; "" stands for the null delimiter `.`.
    mutating func readDelimiter(after command: String, at token: TeXToken) throws(TeXParseError) -> String {
        guard let next = advance() else {
            throw TeXParseError(message: "missing delimiter after '\\\(command)'", offset: token.offset)
        }
        switch next.kind {
        case .character(let scalar):
            if let text = Self.characterDelimiters[scalar] { return text }
        case .command(let name):
            if let (text, _) = TeXCommandTable.delimiters[name] { return text }
            if name == "uparrow" { return "↑" }
            if name == "downarrow" { return "↓" }
        default:
            break
        }
        throw TeXParseError(message: "missing or invalid delimiter after '\\\(command)'", offset: next.offset)
    }

    /// `\big(`, `\Bigl[`, …: a delimiter of a fixed size.
    mutating func parseBigDelimiter(size: String, kind: AtomClass?, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let text = try readDelimiter(after: command, at: token)
        let kind = kind ?? TeXCommandTable.classOfCharacter(text) ?? .ordinary
        var attributes: [(name: String, value: String)] = [
            ("fence", "true"), ("stretchy", "true"), ("symmetric", "true"), ("minsize", size), ("maxsize", size),
        ]
        switch kind {
        case .opening: attributes.insert(("form", "prefix"), at: 0)
        case .closing: attributes.insert(("form", "postfix"), at: 0)
        case .relation: break
        default: attributes += [("lspace", "0"), ("rspace", "0")]
        }
        return Atom(node: .mo(text, attributes), kind: kind)
    }

    /// `\left( … \middle| … \right)`: an inner atom with fences that stretch to the content.
    mutating func parseLeftRight(at token: TeXToken) throws(TeXParseError) -> Atom {
        let opening = try readDelimiter(after: "left", at: token)
        var nodes: [MathNode] = Self.fence(opening, form: "prefix")
        leftDepth += 1
        defer { leftDepth -= 1 }
        while true {
            nodes += AtomLayout.nodes(try parseList())
            guard let next = peek() else {
                throw TeXParseError(message: "'\\left' without matching '\\right'", offset: token.offset)
            }
            switch next.kind {
            case .command("middle"):
                advance()
                let text = try readDelimiter(after: "middle", at: next)
                nodes.append(.mo(text, [("fence", "true"), ("stretchy", "true"), ("symmetric", "true"),
                                        ("lspace", "0.1667em"), ("rspace", "0.1667em")]))
            case .command("right"):
                advance()
                let closing = try readDelimiter(after: "right", at: next)
                nodes += Self.fence(closing, form: "postfix")
                return Atom(node: .mrow(nodes), kind: .inner)
            default:
                throw TeXParseError(message: "'\\left' without matching '\\right'", offset: token.offset)
            }
        }
    }

    /// The fence `<mo>`; nothing for the null delimiter `.`.
    private static func fence(_ text: String, form: String) -> [MathNode] {
        if text.isEmpty { return [] }
        return [.mo(text, [("form", form), ("fence", "true"), ("stretchy", "true"), ("symmetric", "true")])]
    }
}
