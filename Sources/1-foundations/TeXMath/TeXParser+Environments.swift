extension TeXParser {
    /// `\begin{name} … \end{name}`: rows split by `\\`, cells by `&`, as an `<mtable>`.
    mutating func parseEnvironment(at begin: TeXToken) throws(TeXParseError) -> Atom {
        let name = try readEnvironmentName(after: "begin", at: begin)
        let starredMatrix = name.hasSuffix("matrix*")
        guard var layout = EnvironmentLayout.named(starredMatrix ? String(name.dropLast()) : name) else {
            throw TeXParseError(message: "unknown environment '\(name)'", offset: begin.offset)
        }
        if starredMatrix, let alignment = try readMatrixAlignment(of: name) {
            layout.columns = .uniform(alignment)
        }
        if case .explicit = layout.columns {
            layout.columns = .explicit(try readColumnSpecification(at: begin))
        } else if name.hasPrefix("alignat") {
            _ = try readEnvironmentName(after: "begin{\(name)}", at: begin)
        }
        let saved = displayStyle
        displayStyle = layout.displayStyle
        defer { displayStyle = saved }
        let rows = try parseRows(of: name, layout: layout, at: begin)
        var table = MathNode("mtable", children: rows)
        if layout.displayStyle { table.set("displaystyle", "true") }
        var nodes = [table]
        if let opening = layout.opening { nodes.insert(Self.stretchyFence(opening), at: 0) }
        if let closing = layout.closing { nodes.append(Self.stretchyFence(closing)) }
        return Atom(node: .row(nodes), kind: layout.opening == nil && layout.closing == nil ? .ordinary : .inner)
    }

    private mutating func parseRows(of name: String, layout: EnvironmentLayout, at begin: TeXToken) throws(TeXParseError) -> [MathNode] {
        var rows: [MathNode] = []
        var cells: [MathNode] = []
        while true {
            skipRules()
            var atoms = try parseList()
            let lastCellEmpty = atoms.isEmpty
            if layout.startsWithEmptyAtom(column: cells.count) {
                atoms.insert(.ordinary(.mi("")), at: 0)
            }
            cells.append(MathNode("mtd", layout.cellAttributes(column: cells.count), children: [AtomLayout.row(atoms)]))
            guard let next = advance() else {
                throw TeXParseError(message: "'\\begin{\(name)}' without matching '\\end{\(name)}'", offset: begin.offset)
            }
            switch next.kind {
            case .alignment:
                continue
            case .command("\\"), .command("cr"):
                try skipOptionalDimension()
                rows.append(MathNode("mtr", children: cells))
                cells = []
            case .command("end"):
                let endName = try readEnvironmentName(after: "end", at: next)
                guard endName == name else {
                    throw TeXParseError(message: "'\\begin{\(name)}' ended by '\\end{\(endName)}'", offset: next.offset)
                }
                if !(cells.count == 1 && lastCellEmpty && !rows.isEmpty) {
                    rows.append(MathNode("mtr", children: cells))
                }
                return rows
            case .endGroup:
                throw TeXParseError(message: "unbalanced braces: unexpected '}' inside '\\begin{\(name)}'", offset: next.offset)
            default:
                throw TeXParseError(message: "'\\begin{\(name)}' without matching '\\end{\(name)}'", offset: begin.offset)
            }
        }
    }

    /// `\substack{i \\ j}`: the rows of a one-column centred table.
    mutating func parseSubstack(at token: TeXToken) throws(TeXParseError) -> Atom {
        guard let open = advance(), open.kind == .beginGroup else {
            throw TeXParseError(message: "missing argument for '\\substack'", offset: token.offset)
        }
        var rows: [MathNode] = []
        while true {
            let atoms = try parseList()
            rows.append(MathNode("mtr", children: [MathNode("mtd", children: [AtomLayout.row(atoms)])]))
            guard let next = advance() else { throw unclosedGroupError(openedAt: open) }
            switch next.kind {
            case .command("\\"), .command("cr"):
                continue
            case .endGroup:
                return .ordinary(MathNode("mtable", children: rows))
            default:
                throw TeXParseError(message: "misplaced token inside '\\substack'", offset: next.offset)
            }
        }
    }

    /// The optional `[l]`, `[c]` or `[r]` after `\begin{pmatrix*}`.
    private mutating func readMatrixAlignment(of name: String) throws(TeXParseError) -> String? {
        guard let open = peek(), open.kind == .character("[") else { return nil }
        advance()
        let letter = advance()
        let alignment: String? = switch letter?.kind {
        case .character("l"): "left"
        case .character("c"): "center"
        case .character("r"): "right"
        default: nil
        }
        guard let alignment, advance()?.kind == .character("]") else {
            throw TeXParseError(message: "'\\begin{\(name)}' takes [l], [c] or [r]", offset: open.offset)
        }
        return alignment
    }

    /// Skips `\hline` and `\hdashline` (rules are not drawn).
    private mutating func skipRules() {
        while let token = peek(), token.kind == .command("hline") || token.kind == .command("hdashline") {
            advance()
        }
    }

    /// Skips the `[2pt]` that may follow `\\`.
    mutating func skipOptionalDimension() throws(TeXParseError) {
        guard let open = peek(), open.kind == .character("[") else { return }
        advance()
        while let token = advance() {
            if token.kind == .character("]") { return }
        }
        throw TeXParseError(message: "'[' after '\\\\' is never closed with ']'", offset: open.offset)
    }

    /// The `{name}` after `\begin` or `\end` (letters and `*`).
    private mutating func readEnvironmentName(after command: String, at token: TeXToken) throws(TeXParseError) -> String {
        guard let open = advance(), open.kind == .beginGroup else {
            throw TeXParseError(message: "missing environment name after '\\\(command)'", offset: token.offset)
        }
        var name = ""
        while let next = advance() {
            switch next.kind {
            case .endGroup:
                return name
            case .character(let scalar):
                name.unicodeScalars.append(scalar)
            default:
                throw TeXParseError(message: "invalid environment name after '\\\(command)'", offset: next.offset)
            }
        }
        throw TeXParseError(message: "unbalanced braces: '{' is never closed", offset: open.offset)
    }

    /// The `{lcr}` of `\begin{array}`; `|` rules are accepted and not drawn.
    private mutating func readColumnSpecification(at token: TeXToken) throws(TeXParseError) -> [String] {
        guard let open = advance(), open.kind == .beginGroup else {
            throw TeXParseError(message: "missing column specification for '\\begin{array}'", offset: token.offset)
        }
        var alignments: [String] = []
        while let next = advance() {
            switch next.kind {
            case .endGroup: return alignments
            case .character("l"): alignments.append("left")
            case .character("c"): alignments.append("center")
            case .character("r"): alignments.append("right")
            case .character("|"), .character(":"): continue
            default:
                throw TeXParseError(message: "invalid column specification in '\\begin{array}'", offset: next.offset)
            }
        }
        throw TeXParseError(message: "unbalanced braces: '{' is never closed", offset: open.offset)
    }
}
