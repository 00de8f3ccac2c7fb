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

    /// A full-width one-row table: empty cell, the formula centred, the tag at the right.
    private static func taggedDisplay(_ body: MathNode, tag: MathNode) -> MathNode {
        let row = MathNode("mtr", children: [
            MathNode("mtd", [("style", "width:50%")], children: []),
            MathNode("mtd", children: [body]),
            MathNode("mtd", [("columnalign", "right"), ("style", "width:50%;text-align:right")], children: [tag]),
        ])
        return MathNode("mtable", [("displaystyle", "true"), ("style", "width:100%")], children: [row])
    }
}
