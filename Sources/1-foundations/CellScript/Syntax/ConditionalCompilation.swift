/// `#if swift(>=4.0)` … `#elseif` … `#else` … `#endif` blocks, resolved on the token stream
/// before parsing: the tokens of the branch whose condition holds for the Swift version cells
/// follow (``swiftVersion``) are kept, with their source ranges; the directives and the other
/// branches are dropped. Conditions are `swift(…)` and `compiler(…)` comparisons (`>=`, `<`),
/// `true`, `false`, `!`, `&&`, `||` and parentheses; any other condition (`os(…)`,
/// `canImport(…)`, a custom flag) stops the cell with a located "not supported" error.
enum ConditionalCompilation {
    /// The Swift version whose branch is taken (cells print what Swift 6.3 prints).
    static let swiftVersion = [6, 3]

    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    /// The tokens with every conditional block resolved, or the first error.
    static func resolve(_ tokens: [Token]) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        guard tokens.contains(where: { $0.isSymbol("#") }) else { return (tokens, []) }
        var output: [Token] = []
        output.reserveCapacity(tokens.count)
        // One entry per open `#if`: whether the current branch is kept, and whether an
        // earlier branch of the block was taken.
        var stack: [(keeping: Bool, taken: Bool, start: SourceRange)] = []
        var i = 0
        func keeping() -> Bool { stack.allSatisfy(\.keeping) }
        do {
            while i < tokens.count {
                let token = tokens[i]
                guard token.isSymbol("#"), i + 1 < tokens.count, !tokens[i + 1].spaceBefore,
                      let directive = directiveName(tokens[i + 1]) else {
                    if keeping() || isEnd(token) { output.append(token) }
                    i += 1
                    continue
                }
                let range = token.range.union(tokens[i + 1].range)
                i += 2
                switch directive {
                case "if":
                    let value = try condition(tokens, &i, range)
                    stack.append((value, value, range))
                case "elseif":
                    guard let last = stack.popLast() else { throw Failure(diagnostic: Diagnostic(message: "unexpected '#elseif' without '#if'", range: range)) }
                    let value = try condition(tokens, &i, range)
                    stack.append((!last.taken && value, last.taken || value, last.start))
                case "else":
                    guard let last = stack.popLast() else { throw Failure(diagnostic: Diagnostic(message: "unexpected '#else' without '#if'", range: range)) }
                    stack.append((!last.taken, true, last.start))
                default:  // endif
                    guard stack.popLast() != nil else { throw Failure(diagnostic: Diagnostic(message: "unexpected '#endif' without '#if'", range: range)) }
                }
                if i < tokens.count, !tokens[i].newlineBefore, !isEnd(tokens[i]) {
                    throw Failure(diagnostic: Diagnostic(message: "extra tokens following conditional compilation directive", range: tokens[i].range))
                }
            }
        } catch let failure as Failure {
            return (tokens, [failure.diagnostic])
        } catch {
            return (tokens, [])
        }
        if let open = stack.last {
            return (tokens, [Diagnostic(message: "expected '#endif' to close '#if'", range: open.start)])
        }
        // The line-break flags of the first kept token after a dropped branch stay as written.
        return (output, [])
    }

    private static func isEnd(_ token: Token) -> Bool {
        if case .endOfFile = token.kind { return true }
        return false
    }

    private static func directiveName(_ token: Token) -> String? {
        if token.isKeyword(.if) { return "if" }
        if token.isKeyword(.else) { return "else" }
        guard let name = token.identifier, ["elseif", "endif"].contains(name) else { return nil }
        return name
    }

    /// Parses and evaluates a condition on the directive's line (at `i`, which it moves past).
    private static func condition(_ tokens: [Token], _ i: inout Int, _ directive: SourceRange) throws -> Bool {
        let line = tokens[i...].prefix { !$0.newlineBefore && !isEnd($0) }
        guard !line.isEmpty else { throw Failure(diagnostic: Diagnostic(message: "expected a condition after '#if'", range: directive)) }
        var reader = ConditionReader(tokens: Array(line))
        let value = try reader.disjunction()
        if reader.position < reader.tokens.count {
            throw Failure(diagnostic: Diagnostic(message: "expected end of '#if' condition, found \(reader.tokens[reader.position].spelling)", range: reader.tokens[reader.position].range))
        }
        i += line.count
        return value
    }

    /// `a.b.c` compared with ``swiftVersion`` (missing components are 0).
    static func compare(_ version: [Int], _ op: String) -> Bool {
        let count = max(version.count, swiftVersion.count)
        let pad = { (v: [Int]) in v + Array(repeating: 0, count: count - v.count) }
        let current = pad(swiftVersion), wanted = pad(version)
        return op == ">=" ? !current.lexicographicallyPrecedes(wanted) : current.lexicographicallyPrecedes(wanted)
    }
}

/// Reads one `#if` condition (`||` of `&&` of `!`-prefixed atoms).
private struct ConditionReader {
    typealias Failure = ConditionalCompilation.Failure
    var tokens: [Token]
    var position = 0

    var current: Token? { position < tokens.count ? tokens[position] : nil }

    mutating func disjunction() throws -> Bool {
        var value = try conjunction()
        while current?.isSymbol("||") == true {
            position += 1
            let right = try conjunction()
            value = value || right
        }
        return value
    }

    mutating func conjunction() throws -> Bool {
        var value = try atom()
        while current?.isSymbol("&&") == true {
            position += 1
            let right = try atom()
            value = value && right
        }
        return value
    }

    mutating func atom() throws -> Bool {
        guard let token = current else {
            throw Failure(diagnostic: Diagnostic(message: "expected a condition", range: tokens.last!.range))
        }
        position += 1
        if token.isSymbol("!") { return !(try atom()) }
        if token.isSymbol("(") {
            let value = try disjunction()
            try expect(")")
            return value
        }
        if token.isKeyword(.true) { return true }
        if token.isKeyword(.false) { return false }
        if let name = token.identifier, name == "swift" || name == "compiler" {
            try expect("(")
            guard let op = current, op.isSymbol(">=") || op.isSymbol("<") else {
                throw Failure(diagnostic: Diagnostic(message: "expected '>=' or '<' in '\(name)(…)' condition", range: current?.range ?? token.range))
            }
            position += 1
            let version = try self.version()
            try expect(")")
            return ConditionalCompilation.compare(version, op.isSymbol(">=") ? ">=" : "<")
        }
        let spelling = token.identifier ?? token.spelling
        throw Failure(diagnostic: Diagnostic(message: Unsupported.message("#if \(spelling)") + ": only swift(…) and compiler(…) version checks are", range: token.range))
    }

    /// `4`, `4.2` or `5.9.1` (the lexer reads `4.2` as one Double, `.1` as a member).
    mutating func version() throws -> [Int] {
        var parts: [Int] = []
        while let token = current {
            switch token.kind {
            case .integer(let v): parts.append(v)
            case .double: parts += Self.components(token)
            case .symbol("."): break
            default:
                if parts.isEmpty { throw Failure(diagnostic: Diagnostic(message: "expected a version number", range: token.range)) }
                return parts
            }
            position += 1
        }
        return parts
    }

    static func components(_ token: Token) -> [Int] {
        guard case .double(let value) = token.kind else { return [] }
        // `4.2` → [4, 2]. (`5.10` reads as 5.1: a Double keeps no trailing zero.)
        let text = String(value)
        return text.split(separator: ".").compactMap { Int($0) }
    }

    mutating func expect(_ symbol: String) throws {
        guard let token = current, token.isSymbol(symbol) else {
            throw Failure(diagnostic: Diagnostic(message: "expected '\(symbol)' in '#if' condition", range: current?.range ?? tokens.last!.range))
        }
        position += 1
    }
}
