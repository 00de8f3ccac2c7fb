extension TeXParser {
    /// The whole formula: lines split by a top-level `\\` become rows of a table; a `\tag`
    /// is placed at the right.
    mutating func parseFormula() throws(TeXParseError) -> MathNode {
        var lines: [[Atom]] = []
        while true {
            let atoms = try parseList()
            guard let next = advance() else {
                lines.append(atoms)
                break
            }
            switch next.kind {
            case .command("\\"), .command("cr"):
                try skipOptionalDimension()
                lines.append(atoms)
            default:
                throw Self.misplacedTerminatorError(next)
            }
        }
        let body: MathNode
        if lines.count == 1 {
            body = AtomLayout.row(lines[0])
        } else {
            let rows = lines.map { MathNode("mtr", children: [MathNode("mtd", children: [AtomLayout.row($0)])]) }
            body = MathNode("mtable", displayStyle ? [("displaystyle", "true")] : [], children: rows)
        }
        guard let tag else { return body }
        hasDisplayTag = displayStyle
        return displayStyle ? Self.taggedDisplay(body, tag: tag) : .mrow([body, .mspace(width: "1em"), tag])
    }

    private static func misplacedTerminatorError(_ token: TeXToken) -> TeXParseError {
        let message: String
        switch token.kind {
        case .endGroup: message = "unbalanced braces: unexpected '}'"
        case .alignment: message = "misplaced '&' outside an alignment environment"
        case .command("right"): message = "'\\right' without matching '\\left'"
        case .command("middle"): message = "'\\middle' without matching '\\left'"
        case .command("end"): message = "'\\end' without matching '\\begin'"
        default: message = "unexpected token"
        }
        return TeXParseError(message: message, offset: token.offset)
    }

    /// The tag at the right edge of the display, centred vertically on the formula as TeX
    /// places it (not at its top): absolutely positioned within the `<math>` element (which the serializer makes `position:relative`); MathML Core has no
    /// `mlabeledtr` and ignores percentage widths on `mtable`.
    private static func taggedDisplay(_ body: MathNode, tag: MathNode) -> MathNode {
        .mrow([body, MathNode("mrow", [("style", "position:absolute;right:0;top:50%;transform:translateY(-50%)")], children: [tag])])
    }
}
