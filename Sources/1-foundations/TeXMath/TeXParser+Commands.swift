extension TeXParser {
    /// The atom for a control sequence whose token was consumed; unknown commands become a
    /// warning and an `<merror>` in place.
    mutating func parseCommand(_ name: String, at token: TeXToken) throws(TeXParseError) -> Atom? {
        guard let command = TeXCommandTable.command(named: name) else {
            warn("unknown TeX command '\\\(name)'", at: token.offset)
            return .ordinary(.error("\\" + name))
        }
        switch command {
        case .identifier(let text, let upright):
            return .ordinary(identifier(text, upright: upright))
        case .symbol(let text, let kind):
            // Dots are inner atoms: TeX puts no space between them and a comma.
            let attributes: [(name: String, value: String)] = kind == .inner ? [("lspace", "0"), ("rspace", "0")] : []
            return Atom(node: .mo(text, attributes), kind: kind)
        case .delimiter(let text, let kind):
            return Atom(node: Self.operatorNode(text, kind), kind: kind)
        case .largeOperator(let text, let limits):
            let node = MathNode.mo(text, [("largeop", "true"), ("movablelimits", "false")])
            return Atom(node: node, kind: .largeOperator, limits: limits)
        case .namedOperator(let text, let limits):
            return namedOperator(text, limits: limits)
        case .fraction(let style):
            return try parseFraction(style: style, command: name, at: token)
        case .binomial(let style):
            return try parseBinomial(style: style, command: name, at: token)
        case .squareRoot:
            return try parseSquareRoot(at: token)
        case .mathFont(let mathFont):
            return try parseInFont(mathFont, command: name, at: token)
        case .text(let style):
            return .ordinary(try parseTextArgument(style: style, command: "\\" + name, at: token))
        case .accent(let text, let stretchy):
            let base = try parseArgument(of: "\\" + name, at: token)
            return .ordinary(MathNode("mover", [("accent", "true")], children: [base, Self.accentMark(text, stretchy: stretchy, over: base)]))
        case .rule(let over):
            let base = try parseArgument(of: "\\" + name, at: token)
            let style = over ? "border-top:0.065em solid;padding-top:0.1em" : "border-bottom:0.065em solid;padding-bottom:0.1em"
            return .ordinary(MathNode("mrow", [("style", style)], children: [base]))
        case .brace(let text, let over):
            let base = try parseArgument(of: "\\" + name, at: token)
            let brace = MathNode.mo(text, [("stretchy", "true"), Self.fullWidth])
            let node = MathNode(over ? "mover" : "munder", children: [base, brace])
            return Atom(node: node, kind: .ordinary, limits: .underOver)
        case .explicitSpace:
            return Atom(node: .mspace(width: try readLength(after: name, at: token)), kind: .space)
        case .space(let width):
            return Atom(node: .mspace(width: width), kind: .space)
        case .textSpace:
            return Atom(node: .mspace(width: Self.controlSpace), kind: .space)
        case .bigDelimiter(let size, let kind):
            return try parseBigDelimiter(size: size, kind: kind, command: name, at: token)
        case .left:
            return try parseLeftRight(at: token)
        case .right, .middle, .end, .infixFraction, .style, .color:
            throw TeXParseError(message: "misplaced '\\\(name)'", offset: token.offset)
        case .begin:
            return try parseEnvironment(at: token)
        case .operatorName:
            return try parseOperatorName(at: token)
        case .mathOperator:
            let node = try parseArgument(of: "\\mathop", at: token)
            return Atom(node: node, kind: .function, limits: .displayLimits)
        case .tag(let parenthesized):
            try parseTag(parenthesized: parenthesized, at: token)
            return nil
        case .overUnder(let over):
            return try parseOverUnder(over: over, command: name, at: token)
        case .textColor:
            let color = try readColorName(at: token)
            let body = try parseArgument(of: "\\textcolor", at: token)
            return .ordinary(MathNode("mstyle", [("style", "color:" + color)], children: [body]))
        case .negation:
            return try parseNegation(at: token)
        case .phantom:
            let body = try parseArgument(of: "\\phantom", at: token)
            return .ordinary(MathNode("mpadded", [("style", "visibility:hidden")], children: [body]))
        case .substack:
            return try parseSubstack(at: token)
        case .extensibleArrow(let arrow):
            return try parseExtensibleArrow(arrow, command: name, at: token)
        case .limits:
            warn("'\\\(name)' is allowed only after an operator", at: token.offset)
            return nil
        case .ignored:
            return nil
        case .fontSwitch, .sizeSwitch:
            throw TeXParseError(message: "misplaced '\\\(name)'", offset: token.offset)
        case .mathClass(let kind):
            return try parseMathClass(kind, command: name, at: token)
        case .circled:
            return try parseCircled(at: token)
        case .boxed(let text):
            return try parseBoxed(text: text, command: name, at: token)
        case .cancel(let stroke):
            return try parseCancel(stroke, command: name, at: token)
        case .colorBox(let framed):
            return try parseColorBox(framed: framed, command: name, at: token)
        case .smash:
            return try parseSmash(at: token)
        case .directionalPhantom(let horizontal):
            return try parseDirectionalPhantom(horizontal: horizontal, command: name, at: token)
        case .lap(let side):
            return try parseLap(side, command: name, at: token)
        case .arrowAccent(let arrow, let over):
            let base = try parseArgument(of: "\\" + name, at: token)
            let mark = MathNode.mo(arrow, [("stretchy", "true"), ("lspace", "0"), ("rspace", "0"), Self.fullWidth])
            return .ordinary(MathNode(over ? "mover" : "munder", [(over ? "accent" : "accentunder", "true")], children: [base, mark]))
        case .generalFraction:
            return try parseGeneralFraction(at: token)
        case .poorMansBold:
            let body = try parseArgument(of: "\\pmb", at: token)
            return .ordinary(MathNode("mstyle", [("style", "text-shadow:0.02em 0.01em 0 currentColor")], children: [body]))
        case .verbatim:
            return try parseVerbatim(at: token)
        case .logo(let logo):
            return .ordinary(Self.logo(logo))
        case .filledRule:
            return try parseFilledRule(at: token)
        }
    }

    /// A horizontally stretched operator keeps its unstretched box in Chromium 156, so the part
    /// of the glyph outside that box is clipped at raster-tile edges (an `\underbrace` drawn
    /// only under its left terms when the formula is centred); a full-width box holds the glyph.
    static let fullWidth: (name: String, value: String) = ("style", "width:100%")

    /// The mark of an accent. Chromium stretches no tilde in the math fonts (U+02DC, U+0303,
    /// `~`, U+223C keep their size) and the hat U+0302 only up to its largest variant (half of
    /// `ABCD`), measured by scripts/math-layout-check; so `\widetilde` and `\widehat` scale
    /// the spacing tilde or caret to about the base's width, estimated at 0.7 em per capital
    /// and 0.5 em per other character.
    static func accentMark(_ text: String, stretchy: Bool, over base: MathNode) -> MathNode {
        // `\vec`: a full-size → is as wide as two letters, and the combining U+20D7 is drawn
        // left of the letter's centre (5 px at 20 px, measured); a 0.7 em → sits centred.
        if text == "→" && !stretchy { return .mo(text, [("stretchy", "false"), ("style", "font-size:0.7em")]) }
        guard stretchy else { return .mo(text, [("stretchy", "false")]) }
        // The spacing mark and its ink width in em (TeX Gyre Pagella Math, measured).
        let scaled: [String: (mark: String, ink: Double)] = ["˜": ("˜", 0.32), "\u{302}": ("ˆ", 0.27), "ˇ": ("ˇ", 0.27)]
        guard let (mark, ink) = scaled[text] else { return .mo(text, [("stretchy", "true"), fullWidth]) }
        let width = base.leafText.unicodeScalars.reduce(0.0) { sum, scalar in
            sum + (("A"..."Z").contains(scalar) || (0x391...0x3A9).contains(scalar.value) ? 0.7 : 0.5)
        }
        let scale = max(1, (width * 0.95 / ink * 100).rounded() / 100)
        return .mo(mark, [("stretchy", "false"), ("style", "transform:scaleX(\(scale))")])
    }

    /// The width of `\ ` and `~` in math: the text font's interword space (3.33 pt of 10 pt).
    static let controlSpace = "0.3333em"

    /// `\log`, `\lim`…; `\arg\min` and `\arg\max` join into one operator with limits.
    private mutating func namedOperator(_ text: String, limits: LimitsPlacement) -> Atom {
        if text == "arg", let next = peek(), case .command(let following) = next.kind,
           following == "min" || following == "max" {
            advance()
            return namedOperator("arg\u{2009}" + following, limits: .displayLimits)
        }
        return Atom(node: .mi(text), kind: .function, limits: limits)
    }

    private mutating func parseOperatorName(at token: TeXToken) throws(TeXParseError) -> Atom {
        var limits = LimitsPlacement.scripts
        if index < tokens.count, tokens[index].kind == .character("*") {
            index += 1
            limits = .displayLimits
        }
        if let name = readPlainOperatorName() {
            return Atom(node: .mi(name, normal: name.unicodeScalars.count == 1), kind: .function, limits: limits)
        }
        let savedFont = font
        font = .roman
        defer { font = savedFont }
        let node = try parseArgument(of: "\\operatorname", at: token)
        return Atom(node: node, kind: .function, limits: limits)
    }

    /// The name of `\operatorname{Gam-ma}` when the group holds only letters, digits, `-`, `.`,
    /// `'`, `*` and spaces: one upright `<mi>` where `-` stays a hyphen (not a minus sign).
    private mutating func readPlainOperatorName() -> String? {
        var position = index
        while position < tokens.count && tokens[position].kind == .space { position += 1 }
        guard position < tokens.count, tokens[position].kind == .beginGroup else { return nil }
        position += 1
        var name = ""
        while position < tokens.count {
            switch tokens[position].kind {
            case .endGroup:
                guard !name.isEmpty else { return nil }
                index = position + 1
                return name
            case .space:
                break
            case .character(let scalar) where TeXTokenizer.isLetter(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "." || scalar == "'" || scalar == "*":
                name.unicodeScalars.append(scalar)
            default:
                return nil
            }
            position += 1
        }
        return nil
    }

    private mutating func parseFraction(style: FractionStyle, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let numerator = try parseArgument(of: "\\" + command, at: token)
        let denominator = try parseArgument(of: "\\" + command, at: token)
        return .ordinary(Self.fractionStyle(MathNode("mfrac", children: [numerator, denominator]), style))
    }

    private mutating func parseBinomial(style: FractionStyle, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let top = try parseArgument(of: "\\" + command, at: token)
        let bottom = try parseArgument(of: "\\" + command, at: token)
        let fraction = MathNode("mfrac", [("linethickness", "0")], children: [top, bottom])
        let row = MathNode.mrow([Self.stretchyFence("("), fraction, Self.stretchyFence(")")])
        return .ordinary(Self.fractionStyle(row, style))
    }

    private static func fractionStyle(_ node: MathNode, _ style: FractionStyle) -> MathNode {
        switch style {
        case .automatic: node
        case .display: MathNode("mstyle", [("displaystyle", "true"), ("scriptlevel", "0")], children: [node])
        case .text: MathNode("mstyle", [("displaystyle", "false")], children: [node])
        }
    }

    private mutating func parseSquareRoot(at token: TeXToken) throws(TeXParseError) -> Atom {
        let savedStyle = displayStyle
        displayStyle = false
        let degree = try parseOptionalArgument()
        displayStyle = savedStyle
        let radicand = try parseArgument(of: "\\sqrt", at: token)
        guard let degree else { return .ordinary(MathNode("msqrt", children: [radicand])) }
        return .ordinary(MathNode("mroot", children: [radicand, AtomLayout.row(degree)]))
    }

    private mutating func parseInFont(_ mathFont: MathFont, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let saved = font
        font = mathFont
        defer { font = saved }
        let atoms = try parseArgumentAtoms(of: "\\" + command, at: token)
        if atoms.count == 1 { return atoms[0] }
        return .ordinary(AtomLayout.row(atoms))
    }

    private mutating func parseOverUnder(over: Bool, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let saved = displayStyle
        displayStyle = false
        let annotation = try parseArgument(of: "\\" + command, at: token)
        displayStyle = saved
        let baseAtoms = try parseArgumentAtoms(of: "\\" + command, at: token)
        let kind = baseAtoms.count == 1 ? baseAtoms[0].kind : .ordinary
        let node = MathNode(over ? "mover" : "munder", children: [AtomLayout.row(baseAtoms), annotation])
        return Atom(node: node, kind: kind)
    }

    private mutating func parseExtensibleArrow(_ arrow: String, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let below = try parseOptionalArgument()
        let above = try parseArgument(of: "\\" + command, at: token)
        let arrowNode = MathNode.mo(arrow, [("stretchy", "true"), ("minsize", "1.8em"), Self.fullWidth])
        let padded = MathNode.mrow([.mspace(width: "0.3em"), above, .mspace(width: "0.3em")])
        guard let below else {
            return Atom(node: MathNode("mover", children: [arrowNode, padded]), kind: .relation)
        }
        let node = MathNode("munderover", children: [arrowNode, AtomLayout.row(below), padded])
        return Atom(node: node, kind: .relation)
    }

    private mutating func parseNegation(at token: TeXToken) throws(TeXParseError) -> Atom? {
        guard var atom = try parseNucleus() else {
            throw TeXParseError(message: "missing argument for '\\not'", offset: token.offset)
        }
        if let text = atom.node.text {
            atom.node.content = .text(Self.negated[text] ?? text + "\u{338}")
        }
        return atom
    }

    private static let negated: [String: String] = [
        "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "≡": "≢", "∼": "≁",
        "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "≈": "≉", "∣": "∤", "∥": "∦", "≅": "≇",
    ]

    /// A color name or `#hex` in braces; only letters, digits and `#` are accepted.
    mutating func readColorName(at token: TeXToken) throws(TeXParseError) -> String {
        guard let open = advance(), open.kind == .beginGroup else {
            throw TeXParseError(message: "missing color name after '\\color'", offset: token.offset)
        }
        var name = ""
        while let next = advance() {
            switch next.kind {
            case .endGroup:
                guard !name.isEmpty else { break }
                return name
            case .character(let scalar) where TeXTokenizer.isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "#":
                name.unicodeScalars.append(scalar)
                continue
            case .parameter(let number):
                // `#1a2b3c`: the tokenizer reads `#1` as a macro parameter
                name += "#\(number)"
                continue
            default:
                break
            }
            throw TeXParseError(message: "invalid color name in '\\color'", offset: next.offset)
        }
        throw TeXParseError(message: "unbalanced braces: '{' is never closed", offset: open.offset)
    }

    /// `\color{c}` colours the rest of the current group.
    mutating func parseRestInColor(at token: TeXToken) throws(TeXParseError) -> Atom {
        let color = try readColorName(at: token)
        let rest = try parseList()
        return .ordinary(MathNode("mstyle", [("style", "color:" + color)], children: AtomLayout.nodes(rest)))
    }

    private mutating func parseTag(parenthesized: Bool, at token: TeXToken) throws(TeXParseError) {
        var starred = false
        if index < tokens.count, tokens[index].kind == .character("*") {
            index += 1
            starred = true
        }
        let label = try parseTextArgument(style: .plain, command: "\\tag", at: token)
        if tag != nil { throw TeXParseError(message: "multiple '\\tag' in one formula", offset: token.offset) }
        guard !starred, parenthesized else { tag = label; return }
        if let text = label.text, label.name == "mtext" {
            tag = .mtext("(" + text + ")")
        } else {
            tag = .mrow([.mtext("("), label, .mtext(")")])
        }
    }
}
