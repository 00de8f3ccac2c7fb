/// A user macro: `\name` with `arity` arguments replaced by its body (`#1`…`#9`); with a
/// `defaultArgument`, the first argument is optional (`\newcommand{\x}[2][0]{…}`).
struct MacroDefinition: Sendable, Equatable {
    var body: [TeXToken]
    var arity: Int
    var defaultArgument: [TeXToken]? = nil

    init(source: String) {
        self.init(body: TeXTokenizer.tokenize(source, allowParameters: true))
    }

    init(body: [TeXToken], arity: Int? = nil, defaultArgument: [TeXToken]? = nil) {
        self.body = body
        self.arity = arity ?? body.reduce(0) { highest, token in
            if case .parameter(let number) = token.kind { return max(highest, number) }
            return highest
        }
        self.defaultArgument = defaultArgument
    }
}

/// Replaces macros in a token list before parsing, and takes in the definitions it meets
/// (`\newcommand`, `\renewcommand`, `\providecommand`, `\def`, `\gdef`, `\let`,
/// `\DeclareMathOperator`). Expanded tokens carry the offset of the macro call, so diagnostics
/// point at it. Expansion is bounded: past ``maximumExpansions`` expansions or
/// ``maximumTokens`` pending tokens (a recursive macro), the formula fails with an error at
/// the call.
enum MacroExpander {
    static let maximumExpansions = 10_000
    static let maximumTokens = 1_000_000

    /// Commands defined as TeX source (amsmath's `\pmod`, KaTeX's colour shorthands, …);
    /// user macros override them.
    static let builtins: [String: MacroDefinition] = {
        let sources: [String: String] = [
            "newline": #"\\"#,
            "pmod": #"\mkern18mu(\mathrm{mod}\mkern6mu #1)"#,
            "pod": #"\mkern18mu(#1)"#,
            "mod": #"\mkern18mu\mathrm{mod}\mkern6mu #1"#,
            "bmod": #"\mathbin{\mathrm{mod}}"#,
            "mathstrut": #"\vphantom{(}"#,
            "bra": #"\langle #1\vert"#, "ket": #"\vert #1\rangle"#, "braket": #"\langle #1\rangle"#,
            "blue": #"\textcolor{blue}{#1}"#, "red": #"\textcolor{red}{#1}"#, "green": #"\textcolor{green}{#1}"#,
            "orange": #"\textcolor{orange}{#1}"#, "purple": #"\textcolor{purple}{#1}"#, "gray": #"\textcolor{gray}{#1}"#,
        ]
        return sources.mapValues { MacroDefinition(source: $0) }
    }()

    /// Expands `tokens`; `defined` receives the formula's own definitions (and is consulted
    /// first), then `macros`, then ``builtins``.
    static func expand(_ tokens: [TeXToken], macros: [String: MacroDefinition],
                       defined: inout [String: MacroDefinition]) throws(TeXParseError) -> [TeXToken] {
        var pending = Array(tokens.reversed())
        var output: [TeXToken] = []
        output.reserveCapacity(tokens.count)
        var expansions = 0
        while let token = pending.popLast() {
            guard case .command(let name) = token.kind else {
                output.append(token)
                continue
            }
            if let kind = DefinitionKind(rawValue: name) {
                try readDefinition(kind, at: token, from: &pending, into: &defined, macros: macros)
                continue
            }
            guard let macro = defined[name] ?? macros[name] ?? builtins[name] else {
                output.append(token)
                continue
            }
            expansions += 1
            if expansions > maximumExpansions || pending.count > maximumTokens {
                throw TeXParseError(message: "macro '\\\(name)' expands too many times (recursive definition?)", offset: token.offset)
            }
            var arguments: [[TeXToken]] = []
            if let defaultArgument = macro.defaultArgument {
                arguments.append(try readOptionalArgument(&pending, at: token.offset) ?? defaultArgument)
            }
            while arguments.count < macro.arity {
                arguments.append(try readArgument(&pending, macro: name, at: token.offset))
            }
            var replacement: [TeXToken] = []
            for bodyToken in macro.body {
                if case .parameter(let number) = bodyToken.kind {
                    if number <= arguments.count {
                        replacement.append(contentsOf: arguments[number - 1].map { TeXToken(kind: $0.kind, offset: token.offset) })
                    }
                } else {
                    replacement.append(TeXToken(kind: bodyToken.kind, offset: token.offset))
                }
            }
            pending.append(contentsOf: replacement.reversed())
        }
        return output
    }

    /// The definition commands the expander takes in.
    enum DefinitionKind: String {
        case newcommand, renewcommand, providecommand, def, gdef, edef, xdef, `let`
        case declareMathOperator = "DeclareMathOperator"
    }

    private static func readDefinition(_ kind: DefinitionKind, at token: TeXToken, from pending: inout [TeXToken],
                                       into defined: inout [String: MacroDefinition],
                                       macros: [String: MacroDefinition]) throws(TeXParseError) {
        let command = "\\" + kind.rawValue
        let starred = skipStar(&pending)
        let name = try readMacroName(&pending, command: command, at: token.offset)
        switch kind {
        case .newcommand, .renewcommand, .providecommand:
            var arity = 0
            var defaultArgument: [TeXToken]? = nil
            if let count = try readOptionalArgument(&pending, at: token.offset) {
                guard count.count == 1, case .character(let digit) = count[0].kind, ("0"..."9").contains(digit) else {
                    throw TeXParseError(message: "'\(command)' needs a number of arguments from 0 to 9", offset: token.offset)
                }
                arity = Int(digit.value - 0x30)
                defaultArgument = try readOptionalArgument(&pending, at: token.offset)
            }
            let body = try readBody(&pending, command: command, at: token.offset)
            if let highest = highestParameter(in: body), highest > arity {
                throw TeXParseError(message: "'\(command)' body uses #\(highest) but '\\\(name)' takes \(arity) arguments", offset: token.offset)
            }
            if kind == .providecommand && (defined[name] != nil || macros[name] != nil || builtins[name] != nil || TeXCommandTable.command(named: name) != nil) {
                return
            }
            defined[name] = MacroDefinition(body: body, arity: arity, defaultArgument: defaultArgument)
        case .def, .gdef, .edef, .xdef:
            var arity = 0
            while let next = pending.last, next.kind != .beginGroup {
                guard case .parameter(let number) = next.kind, number == arity + 1 else {
                    throw TeXParseError(message: "'\(command)': only undelimited parameters #1#2… are supported", offset: next.offset)
                }
                arity = number
                pending.removeLast()
            }
            defined[name] = MacroDefinition(body: try readBody(&pending, command: command, at: token.offset), arity: arity)
        case .let:
            while pending.last?.kind == .space { pending.removeLast() }
            if pending.last?.kind == .character("=") { pending.removeLast() }
            while pending.last?.kind == .space { pending.removeLast() }
            guard let target = pending.popLast() else {
                throw TeXParseError(message: "'\\let' is missing its second argument", offset: token.offset)
            }
            if case .command(let targetName) = target.kind, let macro = defined[targetName] ?? macros[targetName] ?? builtins[targetName] {
                defined[name] = macro
            } else {
                defined[name] = MacroDefinition(body: [target], arity: 0)
            }
        case .declareMathOperator:
            let text = try readBody(&pending, command: command, at: token.offset)
            var body = [TeXToken(kind: .command("operatorname"), offset: token.offset)]
            if starred { body.append(TeXToken(kind: .character("*"), offset: token.offset)) }
            body.append(TeXToken(kind: .beginGroup, offset: token.offset))
            body += text
            body.append(TeXToken(kind: .endGroup, offset: token.offset))
            defined[name] = MacroDefinition(body: body, arity: 0)
        }
    }

    private static func skipStar(_ pending: inout [TeXToken]) -> Bool {
        guard pending.last?.kind == .character("*") else { return false }
        pending.removeLast()
        return true
    }

    /// `{\name}` or `\name`.
    private static func readMacroName(_ pending: inout [TeXToken], command: String, at offset: Int) throws(TeXParseError) -> String {
        while pending.last?.kind == .space { pending.removeLast() }
        var braced = false
        if pending.last?.kind == .beginGroup {
            pending.removeLast()
            braced = true
        }
        guard let next = pending.popLast(), case .command(let name) = next.kind, !name.isEmpty else {
            throw TeXParseError(message: "'\(command)' needs a macro name such as \\name", offset: offset)
        }
        if braced {
            while pending.last?.kind == .space { pending.removeLast() }
            guard pending.popLast()?.kind == .endGroup else {
                throw TeXParseError(message: "'\(command)' needs a macro name such as {\\name}", offset: offset)
            }
        }
        return name
    }

    /// A braced body, without its braces.
    private static func readBody(_ pending: inout [TeXToken], command: String, at offset: Int) throws(TeXParseError) -> [TeXToken] {
        while pending.last?.kind == .space { pending.removeLast() }
        guard pending.last?.kind == .beginGroup else {
            throw TeXParseError(message: "'\(command)' needs its definition in braces", offset: offset)
        }
        return try readArgument(&pending, macro: String(command.dropFirst()), at: offset)
    }

    private static func highestParameter(in body: [TeXToken]) -> Int? {
        body.compactMap { token -> Int? in
            if case .parameter(let number) = token.kind { return number }
            return nil
        }.max()
    }

    /// `[…]` (brace-balanced) without its brackets, or nil when the next token is not `[`.
    private static func readOptionalArgument(_ pending: inout [TeXToken], at offset: Int) throws(TeXParseError) -> [TeXToken]? {
        var position = pending.count - 1
        while position >= 0 && pending[position].kind == .space { position -= 1 }
        guard position >= 0, pending[position].kind == .character("[") else { return nil }
        pending.removeSubrange(position...)
        var nesting = 0
        var argument: [TeXToken] = []
        while let token = pending.popLast() {
            if token.kind == .beginGroup { nesting += 1 }
            if token.kind == .endGroup { nesting -= 1 }
            if token.kind == .character("]") && nesting == 0 { return argument }
            argument.append(token)
        }
        throw TeXParseError(message: "optional argument '[' is never closed with ']'", offset: offset)
    }

    /// One macro argument: a braced group (without its braces) or a single token.
    private static func readArgument(_ pending: inout [TeXToken], macro: String, at offset: Int) throws(TeXParseError) -> [TeXToken] {
        while pending.last?.kind == .space { pending.removeLast() }
        guard let first = pending.popLast(), first.kind != .endGroup else {
            throw TeXParseError(message: "macro '\\\(macro)' is missing an argument", offset: offset)
        }
        guard first.kind == .beginGroup else { return [first] }
        var nesting = 0
        var argument: [TeXToken] = []
        while let token = pending.popLast() {
            if token.kind == .beginGroup { nesting += 1 }
            if token.kind == .endGroup {
                if nesting == 0 { return argument }
                nesting -= 1
            }
            argument.append(token)
        }
        throw TeXParseError(message: "unbalanced braces: '{' is never closed", offset: first.offset)
    }
}
