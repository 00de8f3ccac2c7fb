/// A user macro: `\name` with `arity` arguments replaced by its body (`#1`…`#9`).
struct MacroDefinition: Sendable {
    var body: [TeXToken]
    var arity: Int

    init(source: String) {
        body = TeXTokenizer.tokenize(source, allowParameters: true)
        arity = body.reduce(0) { highest, token in
            if case .parameter(let number) = token.kind { return max(highest, number) }
            return highest
        }
    }
}

/// Replaces user macros in a token list before parsing. Expanded tokens carry the offset of
/// the macro call, so diagnostics point at it. Recursive macros stop at a fixed budget.
enum MacroExpander {
    static let maximumExpansions = 10_000
    static let maximumTokens = 1_000_000

    static func expand(_ tokens: [TeXToken], macros: [String: MacroDefinition]) throws(TeXParseError) -> [TeXToken] {
        guard !macros.isEmpty else { return tokens }
        var pending = Array(tokens.reversed())
        var output: [TeXToken] = []
        var expansions = 0
        while let token = pending.popLast() {
            guard case .command(let name) = token.kind, let macro = macros[name] else {
                output.append(token)
                continue
            }
            expansions += 1
            if expansions > maximumExpansions || pending.count > maximumTokens {
                throw TeXParseError(message: "macro '\\\(name)' expands too many times (recursive definition?)", offset: token.offset)
            }
            var arguments: [[TeXToken]] = []
            for _ in 0..<macro.arity {
                arguments.append(try readArgument(&pending, macro: name, at: token.offset))
            }
            var replacement: [TeXToken] = []
            for bodyToken in macro.body {
                if case .parameter(let number) = bodyToken.kind {
                    if number <= arguments.count { replacement.append(contentsOf: arguments[number - 1]) }
                } else {
                    replacement.append(TeXToken(kind: bodyToken.kind, offset: token.offset))
                }
            }
            pending.append(contentsOf: replacement.reversed())
        }
        return output
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
