/// Recursive-descent parser from TeX math tokens to MathML nodes.
///
/// One method per level: a *list* (`parseList`) is a sequence of *atoms with scripts*
/// (`parseScriptedAtom`), each built around a *nucleus* (`parseNucleus`): a character, a
/// group or a command. Commands, delimiters, environments and text mode live in extensions.
struct TeXParser {
    /// Deeper nesting than this is reported as an error instead of risking the stack.
    static let maximumDepth = 64

    let tokens: [TeXToken]
    let sourceLength: Int
    var index = 0
    var depth = 0
    /// Whether the current position is in TeX display style (limits under/over).
    var displayStyle: Bool
    /// The active math alphabet (`\mathrm{…}` etc.), nil for the default.
    var font: MathFont? = nil
    /// `\left` nesting, so `\middle` and `\right` can be checked.
    var leftDepth = 0
    /// When set, a `]` at this list depth ends the list (optional `[…]` arguments).
    var bracketTerminatorDepth: Int? = nil
    /// When set, a `$` at this list depth ends the list (math inside `\text{…}`).
    var dollarTerminatorDepth: Int? = nil
    var warnings: [(message: String, offset: Int)] = []
    /// The `\tag{…}` label of the formula, if any.
    var tag: MathNode? = nil
    /// Whether the formula's tag is placed at the right edge (display style).
    var hasDisplayTag = false

    init(tokens: [TeXToken], sourceLength: Int, display: Bool) {
        self.tokens = tokens
        self.sourceLength = sourceLength
        self.displayStyle = display
    }

    // MARK: Token access (math mode skips spaces)

    func peek() -> TeXToken? {
        var position = index
        while position < tokens.count && tokens[position].kind == .space { position += 1 }
        return position < tokens.count ? tokens[position] : nil
    }

    mutating func skipSpaces() {
        while index < tokens.count && tokens[index].kind == .space { index += 1 }
    }

    @discardableResult
    mutating func advance() -> TeXToken? {
        skipSpaces()
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return tokens[index]
    }

    var endOffset: Int { peek()?.offset ?? sourceLength }

    mutating func warn(_ message: String, at offset: Int) {
        warnings.append((message, offset))
    }

    /// Runs `body` one nesting level deeper, failing past ``maximumDepth``.
    mutating func nested<T>(at offset: Int, _ body: (inout TeXParser) throws(TeXParseError) -> T) throws(TeXParseError) -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw TeXParseError(message: "formula nested too deeply (more than \(Self.maximumDepth) levels)", offset: offset)
        }
        return try body(&self)
    }

    /// Whether a token ends the current list.
    func isTerminator(_ token: TeXToken) -> Bool {
        switch token.kind {
        case .endGroup, .alignment: return true
        case .command(let name):
            switch name {
            case "right", "middle", "end", "\\", "cr": return true
            case ")": return dollarTerminatorDepth == depth
            default: return false
            }
        case .character("]"): return bracketTerminatorDepth == depth
        case .character("$"): return dollarTerminatorDepth == depth
        default: return false
        }
    }

    // MARK: Lists

    /// Atoms up to the next terminator (not consumed); handles style switches and `\over`.
    mutating func parseList() throws(TeXParseError) -> [Atom] {
        try nested(at: endOffset) { (parser: inout TeXParser) throws(TeXParseError) -> [Atom] in
            try parser.parseListBody()
        }
    }

    private mutating func parseListBody() throws(TeXParseError) -> [Atom] {
        var atoms: [Atom] = []
        while let token = peek(), !isTerminator(token) {
            if case .command(let name) = token.kind, let command = TeXCommandTable.command(named: name) {
                switch command {
                case .style(let display, let scriptLevel):
                    advance()
                    atoms.append(try parseRestInStyle(display: display, scriptLevel: scriptLevel))
                    continue
                case .color:
                    advance()
                    atoms.append(try parseRestInColor(at: token))
                    continue
                case .fontSwitch(let mathFont):
                    advance()
                    atoms.append(contentsOf: try parseRestInFont(mathFont))
                    continue
                case .sizeSwitch(let size):
                    advance()
                    let rest = try parseList()
                    atoms.append(.ordinary(MathNode("mstyle", [("style", "font-size:" + size)], children: AtomLayout.nodes(rest))))
                    continue
                case .infixFraction(let binomial, let rule):
                    advance()
                    let saved = displayStyle
                    displayStyle = false
                    let denominator = try parseList()
                    displayStyle = saved
                    return [infixFraction(numerator: atoms, denominator: denominator, binomial: binomial, rule: rule)]
                default:
                    break
                }
            }
            if let atom = try parseScriptedAtom() { atoms.append(atom) }
        }
        return atoms
    }

    /// `\rm …`: the rest of the group in an alphabet, keeping the atoms' classes.
    private mutating func parseRestInFont(_ mathFont: MathFont?) throws(TeXParseError) -> [Atom] {
        let saved = font
        font = mathFont
        defer { font = saved }
        return try parseList()
    }

    private mutating func parseRestInStyle(display: Bool, scriptLevel: Int) throws(TeXParseError) -> Atom {
        let saved = displayStyle
        displayStyle = display
        defer { displayStyle = saved }
        let rest = try parseList()
        let attributes: [(name: String, value: String)] = [("displaystyle", display ? "true" : "false"), ("scriptlevel", String(scriptLevel))]
        return .ordinary(MathNode("mstyle", attributes, children: AtomLayout.nodes(rest)))
    }

    private mutating func infixFraction(numerator: [Atom], denominator: [Atom], binomial: Bool, rule: Bool) -> Atom {
        var fraction = MathNode("mfrac", children: [AtomLayout.row(numerator), AtomLayout.row(denominator)])
        if !rule { fraction.set("linethickness", "0") }
        guard binomial else { return .ordinary(fraction) }
        return .ordinary(.mrow([Self.stretchyFence("("), fraction, Self.stretchyFence(")")]))
    }

    // MARK: Atoms with scripts

    /// A nucleus with its `^`, `_`, primes and `\limits`; nil when the nucleus produced nothing.
    mutating func parseScriptedAtom() throws(TeXParseError) -> Atom? {
        guard var atom = try parseNucleus() else { return nil }
        var sub: MathNode? = nil
        var superscript: MathNode? = nil
        var primes = 0
        scripts: while let token = peek() {
            switch token.kind {
            case .superscript:
                advance()
                if superscript != nil { throw TeXParseError(message: "double superscript", offset: token.offset) }
                superscript = try parseScriptArgument(after: "^", at: token)
            case .subscriptMark:
                advance()
                if sub != nil { throw TeXParseError(message: "double subscript", offset: token.offset) }
                sub = try parseScriptArgument(after: "_", at: token)
            case .character("'"):
                advance()
                if superscript != nil { throw TeXParseError(message: "double superscript (prime after '^')", offset: token.offset) }
                primes += 1
            case .command("limits"), .command("nolimits"):
                advance()
                if [.largeOperator, .function].contains(atom.kind) {
                    atom.limits = token.kind == .command("limits") ? .underOver : .scripts
                } else {
                    warn("'\\limits' and '\\nolimits' are allowed only after an operator", at: token.offset)
                }
            default:
                break scripts
            }
        }
        let prime = MathNode.mo(Self.primeText(count: primes), [("lspace", "0"), ("rspace", "0")])
        if primes > 0, let upper = superscript {
            superscript = .mrow([prime, upper])
        }
        if sub != nil || superscript != nil {
            atom.node = attachScripts(to: atom, lower: sub, upper: superscript)
        }
        if primes > 0 && superscript == nil {
            // A full-size prime glyph after the base: math fonts draw it raised already;
            // as a superscript Chromium shrinks it to a speck.
            atom.node = .mrow([atom.node, prime])
        }
        return atom
    }

    private mutating func parseScriptArgument(after symbol: String, at token: TeXToken) throws(TeXParseError) -> MathNode {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        return try parseArgument(of: symbol, at: token)
    }

    private func attachScripts(to atom: Atom, lower: MathNode?, upper: MathNode?) -> MathNode {
        var base = atom.node
        let underOver = atom.limits == .underOver || (atom.limits == .displayLimits && displayStyle)
        if underOver && base.name == "mo" { base.set("movablelimits", "false") }
        if base.name == "mo", base.attributes.contains(where: { $0.name == "minsize" }) {
            // `\Big)^2`: Chromium stretches an operator to its minsize only inside a row; as
            // the bare base of a script it stays at normal size.
            base = .mrow([base])
        }
        switch (lower, upper, underOver) {
        case let (sub?, sup?, true): return MathNode("munderover", children: [base, sub, sup])
        case let (sub?, nil, true): return MathNode("munder", children: [base, sub])
        case let (nil, sup?, true): return MathNode("mover", children: [base, sup])
        case let (sub?, sup?, false): return MathNode("msubsup", children: [base, sub, sup])
        case let (sub?, nil, false): return MathNode("msub", children: [base, sub])
        case let (nil, sup?, false): return MathNode("msup", children: [base, sup])
        case (nil, nil, _): return base
        }
    }

    static func primeText(count: Int) -> String {
        switch count {
        case 1: "′"
        case 2: "″"
        case 3: "‴"
        case 4: "⁗"
        default: String(repeating: "′", count: count)
        }
    }

    // MARK: Nuclei and arguments

    /// One nucleus; an empty base when the list continues with a script.
    mutating func parseNucleus() throws(TeXParseError) -> Atom? {
        guard let token = peek() else { return nil }
        return try nested(at: token.offset) { (parser: inout TeXParser) throws(TeXParseError) -> Atom? in
            try parser.parseNucleusBody(token)
        }
    }

    private mutating func parseNucleusBody(_ token: TeXToken) throws(TeXParseError) -> Atom? {
        switch token.kind {
        case .superscript, .subscriptMark, .character("'"):
            return .ordinary(.mrow([]))
        case .beginGroup:
            advance()
            var atoms = try parseGroupBody(openedAt: token)
            if atoms.count == 1 && atoms[0].node.name == "mo" {
                // `{,}` and `{=}` are ordinary atoms in TeX: no operator spacing.
                atoms[0].node.set("lspace", "0")
                atoms[0].node.set("rspace", "0")
            }
            return .ordinary(AtomLayout.row(atoms))
        case .character(let scalar):
            advance()
            return characterAtom(scalar)
        case .tie:
            advance()
            return Atom(node: .mspace(width: Self.controlSpace), kind: .space)
        case .command(let name):
            advance()
            return try parseCommand(name, at: token)
        case .parameter(let number):
            advance()
            return .ordinary(.mi("#\(number)"))
        case .endGroup:
            throw TeXParseError(message: "unbalanced braces: unexpected '}'", offset: token.offset)
        case .alignment:
            throw TeXParseError(message: "misplaced '&' outside an alignment environment", offset: token.offset)
        case .space:
            advance()
            return nil
        }
    }

    /// The atoms of a `{…}` group whose `{` was consumed; consumes the `}`.
    mutating func parseGroupBody(openedAt open: TeXToken) throws(TeXParseError) -> [Atom] {
        let saved = (bracketTerminatorDepth, dollarTerminatorDepth)
        (bracketTerminatorDepth, dollarTerminatorDepth) = (nil, nil)
        defer { (bracketTerminatorDepth, dollarTerminatorDepth) = saved }
        let atoms = try parseList()
        guard let close = peek(), close.kind == .endGroup else {
            throw unclosedGroupError(openedAt: open)
        }
        advance()
        return atoms
    }

    func unclosedGroupError(openedAt open: TeXToken) -> TeXParseError {
        if let next = peek(), case .command(let name) = next.kind, name == "right" || name == "end" || name == "middle" {
            return TeXParseError(message: "'\\\(name)' inside an unclosed '{' group", offset: next.offset)
        }
        return TeXParseError(message: "unbalanced braces: '{' is never closed", offset: open.offset)
    }

    /// A command argument: a braced group or one token (`\frac12`, `x^2`).
    mutating func parseArgument(of command: String, at token: TeXToken) throws(TeXParseError) -> MathNode {
        guard let next = peek(), !isTerminator(next) else {
            throw TeXParseError(message: "missing argument for '\(command)'", offset: token.offset)
        }
        if next.kind == .beginGroup {
            advance()
            return AtomLayout.row(try parseGroupBody(openedAt: next))
        }
        if case .character(let scalar) = next.kind {
            advance()
            return AtomLayout.row([characterAtom(scalar, single: true)])
        }
        guard let atom = try parseNucleus() else {
            throw TeXParseError(message: "missing argument for '\(command)'", offset: token.offset)
        }
        return AtomLayout.row([atom])
    }

    /// A `{…}` argument as atoms (keeps classes, e.g. for `\overset{…}{=}`).
    mutating func parseArgumentAtoms(of command: String, at token: TeXToken) throws(TeXParseError) -> [Atom] {
        guard let next = peek(), !isTerminator(next) else {
            throw TeXParseError(message: "missing argument for '\(command)'", offset: token.offset)
        }
        if next.kind == .beginGroup {
            advance()
            return try parseGroupBody(openedAt: next)
        }
        if case .character(let scalar) = next.kind {
            advance()
            return [characterAtom(scalar, single: true)]
        }
        return try parseNucleus().map { [$0] } ?? []
    }

    /// An optional `[…]` argument (as in `\sqrt[3]{x}`), nil when absent.
    mutating func parseOptionalArgument() throws(TeXParseError) -> [Atom]? {
        guard let open = peek(), open.kind == .character("[") else { return nil }
        advance()
        let saved = bracketTerminatorDepth
        bracketTerminatorDepth = depth + 1
        defer { bracketTerminatorDepth = saved }
        let atoms = try parseList()
        guard let close = peek(), close.kind == .character("]") else {
            throw TeXParseError(message: "optional argument '[' is never closed with ']'", offset: open.offset)
        }
        advance()
        return atoms
    }

    static func stretchyFence(_ text: String) -> MathNode {
        .mo(text, [("fence", "true"), ("stretchy", "true"), ("symmetric", "true")])
    }
}
