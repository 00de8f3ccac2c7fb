/// Commands that wrap their argument in a box: frames, strokes, colour boxes, smashes,
/// phantoms, overlaps, circles, class changes. MathML Core has no `menclose`, so frames and
/// strokes are CSS borders and gradients on an `<mrow>`.
extension TeXParser {
    /// `\mathrel{…}`, `\mathbin{…}`, …: the argument spaced as an atom of `kind`.
    mutating func parseMathClass(_ kind: AtomClass, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let atoms = try parseArgumentAtoms(of: "\\" + command, at: token)
        var node = atoms.count == 1 ? atoms[0].node : AtomLayout.row(atoms)
        let space: String? = switch kind {
        case .relation: "0.2778em"
        case .binary: "0.2222em"
        default: nil
        }
        if node.name == "mo" {
            node.set("lspace", space ?? "0")
            node.set("rspace", kind == .punctuation ? AtomLayout.thinSpace : space ?? "0")
            if kind == .ordinary || kind == .inner { node.set("stretchy", "false") }
            return Atom(node: node, kind: kind)
        }
        if let space { node = .mrow([.mspace(width: space), node, .mspace(width: space)]) }
        if kind == .punctuation { node = .mrow([node, .mspace(width: AtomLayout.thinSpace)]) }
        return Atom(node: node, kind: kind == .binary || kind == .relation ? .inner : kind)
    }

    /// `\textcircled{1}` → ①; other text gets a CSS circle.
    mutating func parseCircled(at token: TeXToken) throws(TeXParseError) -> Atom {
        let label = try parseTextArgument(style: .plain, command: "\\textcircled", at: token)
        if let text = label.text, let circled = Self.circledCharacter(text) {
            return .ordinary(.mtext(circled))
        }
        return .ordinary(MathNode("mrow", [("style", "border:0.065em solid;border-radius:50%;padding:0 0.2em")], children: [label]))
    }

    /// The Enclosed Alphanumerics character for 0–20, A–Z or a–z.
    static func circledCharacter(_ text: String) -> String? {
        if let number = Int(text), String(number) == text {
            if number == 0 { return "⓪" }
            if (1...20).contains(number) { return String(Unicode.Scalar(0x2460 + UInt32(number) - 1)!) }
            return nil
        }
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return nil }
        if ("A"..."Z").contains(scalar) { return String(Unicode.Scalar(0x24B6 + scalar.value - 0x41)!) }
        if ("a"..."z").contains(scalar) { return String(Unicode.Scalar(0x24D0 + scalar.value - 0x61)!) }
        return nil
    }

    /// `\boxed{…}` (math, display style as in amsmath) and `\fbox{…}` (text).
    mutating func parseBoxed(text: Bool, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let body: MathNode
        if text {
            body = try parseTextArgument(style: .plain, command: "\\" + command, at: token)
        } else {
            let saved = displayStyle
            displayStyle = true
            defer { displayStyle = saved }
            body = MathNode("mstyle", [("displaystyle", "true")], children: [try parseArgument(of: "\\" + command, at: token)])
        }
        return .ordinary(MathNode("mrow", [("style", "border:0.065em solid;padding:0.2em 0.3em")], children: [body]))
    }

    /// `\cancel` (/), `\bcancel` (\), `\xcancel` (X), `\sout` (—): strokes drawn as gradients.
    mutating func parseCancel(_ stroke: CancelStroke, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let body = try parseArgument(of: "\\" + command, at: token)
        func line(_ direction: String) -> String {
            "linear-gradient(\(direction),transparent calc(50% - 0.035em),currentColor calc(50% - 0.035em),"
                + "currentColor calc(50% + 0.035em),transparent calc(50% + 0.035em))"
        }
        let background = switch stroke {
        case .up: line("to top right")
        case .down: line("to bottom right")
        case .cross: line("to top right") + "," + line("to bottom right")
        case .horizontal: line("to bottom")
        }
        return .ordinary(MathNode("mrow", [("style", "background:" + background)], children: [body]))
    }

    /// `\colorbox{c}{text}`, `\fcolorbox{frame}{c}{text}`.
    mutating func parseColorBox(framed: Bool, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let frame = framed ? try readColorName(at: token) : nil
        let color = try readColorName(at: token)
        let body = try parseTextArgument(style: .plain, command: "\\" + command, at: token)
        var style = "background-color:\(color);padding:0.1em 0.2em"
        if let frame { style += ";border:0.065em solid \(frame)" }
        return .ordinary(MathNode("mrow", [("style", style)], children: [body]))
    }

    /// `\smash{…}`, `\smash[t]{…}`, `\smash[b]{…}`: no height (t), no depth (b), or neither.
    mutating func parseSmash(at token: TeXToken) throws(TeXParseError) -> Atom {
        var top = true, bottom = true
        if let open = peek(), open.kind == .character("[") {
            advance()
            top = false
            bottom = false
            while let next = advance(), next.kind != .character("]") {
                switch next.kind {
                case .character("t"): top = true
                case .character("b"): bottom = true
                default: throw TeXParseError(message: "'\\smash' takes [t], [b] or [tb]", offset: next.offset)
                }
            }
        }
        let body = try parseArgument(of: "\\smash", at: token)
        var attributes: [(name: String, value: String)] = []
        if top { attributes.append(("height", "0")) }
        if bottom { attributes.append(("depth", "0")) }
        return .ordinary(MathNode("mpadded", attributes, children: [body]))
    }

    /// `\hphantom{…}` keeps only the width, `\vphantom{…}` only the height and depth.
    mutating func parseDirectionalPhantom(horizontal: Bool, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let body = try parseArgument(of: "\\" + command, at: token)
        let size: [(name: String, value: String)] = horizontal ? [("height", "0"), ("depth", "0")] : [("width", "0")]
        return .ordinary(MathNode("mpadded", size + [("style", "visibility:hidden")], children: [body]))
    }

    /// `\rlap{…}` sticks out to the right of a zero-width box, `\llap{…}` to the left,
    /// `\clap{…}` to both sides.
    mutating func parseLap(_ side: LapSide, command: String, at token: TeXToken) throws(TeXParseError) -> Atom {
        let body = command.hasPrefix("math")
            ? try parseArgument(of: "\\" + command, at: token)
            : try parseTextArgument(style: .plain, command: "\\" + command, at: token)
        let shifted = switch side {
        case .right: body
        case .left: MathNode("mrow", [("style", "transform:translateX(-100%)")], children: [body])
        case .center: MathNode("mrow", [("style", "transform:translateX(-50%)")], children: [body])
        }
        return .ordinary(MathNode("mpadded", [("width", "0")], children: [shifted]))
    }

    /// `\pmb`-free bold-looking logos: `\TeX`, `\LaTeX`, `\KaTeX` with TeX's kerns.
    static func logo(_ name: String) -> MathNode {
        let tex: [MathNode] = [
            .mtext("T"), .mspace(width: "-0.1667em"),
            MathNode("mpadded", [("voffset", "-0.5ex")], children: [.mtext("E")]),
            .mspace(width: "-0.125em"), .mtext("X"),
        ]
        func raisedA(after first: String, kern: String) -> [MathNode] {
            [.mtext(first), .mspace(width: kern),
             MathNode("mpadded", [("voffset", "0.2em")], children: [MathNode("mstyle", [("style", "font-size:0.75em")], children: [.mtext("A")])]),
             .mspace(width: "-0.15em")]
        }
        switch name {
        case "LaTeX": return .mrow(raisedA(after: "L", kern: "-0.36em") + tex)
        case "KaTeX": return .mrow(raisedA(after: "K", kern: "-0.17em") + tex)
        default: return .mrow(tex)
        }
    }

    /// `\rule[raise]{width}{height}`: a box filled with the text colour.
    mutating func parseFilledRule(at token: TeXToken) throws(TeXParseError) -> Atom {
        var raise: String? = nil
        if let open = peek(), open.kind == .character("[") {
            advance()
            var text = ""
            while let next = advance(), next.kind != .character("]") {
                guard case .character(let scalar) = next.kind else {
                    throw TeXParseError(message: "invalid length after '\\rule'", offset: next.offset)
                }
                text.unicodeScalars.append(scalar)
            }
            raise = text
        }
        let width = try readLength(after: "rule", at: token)
        let height = try readLength(after: "rule", at: token)
        let rule = MathNode("mspace", [("width", width), ("height", height), ("style", "background:currentColor")], children: [])
        guard let raise, !raise.isEmpty else { return .ordinary(rule) }
        var lengthParser = TeXParser(tokens: TeXTokenizer.tokenize("{" + raise + "}"), sourceLength: 0, display: false)
        let voffset = try lengthParser.readLength(after: "rule", at: token)
        return .ordinary(MathNode("mpadded", [("voffset", voffset)], children: [rule]))
    }

    /// `\verb|…|` (or `\verb*|…|`): the source characters up to the repeated delimiter.
    mutating func parseVerbatim(at token: TeXToken) throws(TeXParseError) -> Atom {
        if index < tokens.count, tokens[index].kind == .character("*") { index += 1 }
        guard index < tokens.count, case .character(let delimiter) = tokens[index].kind else {
            throw TeXParseError(message: "missing delimiter after '\\verb'", offset: token.offset)
        }
        index += 1
        var text = ""
        while index < tokens.count {
            let next = tokens[index]
            index += 1
            switch next.kind {
            case .character(let scalar) where scalar == delimiter:
                return .ordinary(.mtext(Self.protectingEdgeSpaces(text), style: "font-family:monospace"))
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .command(let name): text += "\\" + name
            case .space: text += " "
            case .beginGroup: text += "{"
            case .endGroup: text += "}"
            case .superscript: text += "^"
            case .subscriptMark: text += "_"
            case .alignment: text += "&"
            case .tie: text += "~"
            case .parameter(let number): text += "#\(number)"
            }
        }
        throw TeXParseError(message: "'\\verb' is never closed with '\(delimiter)'", offset: token.offset)
    }

    /// `\genfrac{left}{right}{thickness}{style}{numerator}{denominator}`.
    mutating func parseGeneralFraction(at token: TeXToken) throws(TeXParseError) -> Atom {
        let opening = try readDelimiterGroup(at: token)
        let closing = try readDelimiterGroup(at: token)
        var thickness: String? = nil
        if isEmptyGroup() {
            advance()
            advance()
        } else {
            thickness = try readLength(after: "genfrac", at: token)
        }
        var style: Int? = nil
        guard let open = advance(), open.kind == .beginGroup else {
            throw TeXParseError(message: "missing style argument for '\\genfrac'", offset: token.offset)
        }
        if let next = advance(), case .character(let digit) = next.kind, ("0"..."3").contains(digit) {
            style = Int(digit.value - 0x30)
            guard advance()?.kind == .endGroup else { throw TeXParseError(message: "invalid style argument for '\\genfrac'", offset: next.offset) }
        } else if tokens[index - 1].kind != .endGroup {
            throw TeXParseError(message: "invalid style argument for '\\genfrac'", offset: open.offset)
        }
        let saved = displayStyle
        displayStyle = style == 0
        defer { displayStyle = saved }
        let numerator = try parseArgument(of: "\\genfrac", at: token)
        let denominator = try parseArgument(of: "\\genfrac", at: token)
        var fraction = MathNode("mfrac", children: [numerator, denominator])
        if let thickness { fraction.set("linethickness", thickness == "0.0em" ? "0" : thickness) }
        var nodes = [fraction]
        if let opening { nodes.insert(Self.stretchyFence(opening), at: 0) }
        if let closing { nodes.append(Self.stretchyFence(closing)) }
        let row = MathNode.row(nodes)
        guard let style else { return .ordinary(row) }
        let attributes: [(name: String, value: String)] = [("displaystyle", style == 0 ? "true" : "false"), ("scriptlevel", String(max(0, style - 1)))]
        return .ordinary(MathNode("mstyle", attributes, children: [row]))
    }

    private func isEmptyGroup() -> Bool {
        guard let open = peek(), open.kind == .beginGroup else { return false }
        var position = index
        while position < tokens.count && tokens[position].kind == .space { position += 1 }
        return position + 1 < tokens.count && tokens[position + 1].kind == .endGroup
    }

    /// `{(}` or `{}` (no delimiter) for `\genfrac`.
    private mutating func readDelimiterGroup(at token: TeXToken) throws(TeXParseError) -> String? {
        guard let open = advance(), open.kind == .beginGroup else {
            throw TeXParseError(message: "missing delimiter argument for '\\genfrac'", offset: token.offset)
        }
        if let close = peek(), close.kind == .endGroup {
            advance()
            return nil
        }
        let text = try readDelimiter(after: "genfrac", at: token)
        guard advance()?.kind == .endGroup else {
            throw TeXParseError(message: "invalid delimiter argument for '\\genfrac'", offset: open.offset)
        }
        return text.isEmpty ? nil : text
    }
}
