/// `#if … #elseif … #else … #endif` blocks, resolved on the tokens before parsing, as the
/// Swift compiler resolves them: only the first branch whose condition holds is kept.
/// Conditions: `swift(>=5.9)`, `swift(<6)`, `compiler(>=…)` (this is Swift 6.3),
/// `canImport(Foundation)` (Foundation and Glibc/Darwin, which cells accept), `os(…)` and
/// `arch(…)` of the machine running the cell, `true`, `false`, `!`, `&&`, `||` and parentheses.
/// Anything else (a `-D` flag such as `DEBUG`, other directives) is a located "not supported".
enum ConditionalCompilation {
    static let swiftVersion = [6, 3, 1]

    /// The tokens with the directives and the inactive branches removed, and the errors.
    static func resolve(_ tokens: [Token]) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        guard tokens.contains(where: { $0.isSymbol("#") }) else { return (tokens, []) }
        var out: [Token] = []
        var diagnostics: [Diagnostic] = []
        // One entry per open `#if`: whether its current branch is kept, whether a branch was.
        var stack: [(active: Bool, taken: Bool, opening: SourceRange)] = []
        var i = 0
        func enclosingActive() -> Bool { stack.dropLast().allSatisfy(\.active) }
        while i < tokens.count {
            let token = tokens[i]
            guard token.isSymbol("#"), token.newlineBefore || i == 0, i + 1 < tokens.count,
                  let word = directive(tokens[i + 1]), !tokens[i + 1].spaceBefore else {
                if stack.allSatisfy(\.active) || token.kind.isEndOfFile { out.append(token) }
                i += 1
                continue
            }
            let range = token.range.union(tokens[i + 1].range)
            var end = i + 2
            while end < tokens.count, !tokens[end].newlineBefore, !tokens[end].kind.isEndOfFile { end += 1 }
            let condition = Array(tokens[(i + 2)..<end])
            switch word {
            case "if", "elseif":
                var value = false
                if stack.allSatisfy(\.active) || word == "elseif" {
                    do { value = try evaluate(condition, at: range) } catch let failure as Failure {
                        diagnostics.append(Diagnostic(message: failure.message, range: failure.range))
                    } catch {}
                }
                if word == "if" {
                    stack.append((value, value, range))
                } else if let last = stack.last {
                    let keep = !last.taken && value && enclosingActive()
                    stack[stack.count - 1] = (keep, last.taken || keep, last.opening)
                } else {
                    diagnostics.append(Diagnostic(message: "#elseif without #if", range: range))
                }
            case "else":
                if let last = stack.last {
                    stack[stack.count - 1] = (!last.taken, true, last.opening)
                } else {
                    diagnostics.append(Diagnostic(message: "#else without #if", range: range))
                }
            case "endif":
                if stack.popLast() == nil { diagnostics.append(Diagnostic(message: "#endif without #if", range: range)) }
            default:
                diagnostics.append(Diagnostic(message: Unsupported.message("#" + word), range: range))
            }
            i = end
        }
        if let open = stack.last { diagnostics.append(Diagnostic(message: "expected #else or #endif at end of conditional compilation block", range: open.opening)) }
        return (out, diagnostics)
    }

    private static func directive(_ token: Token) -> String? {
        if let name = token.identifier { return name }
        if case .keyword(let k) = token.kind { return k.rawValue }
        return nil
    }

    struct Failure: Error {
        var message: String
        var range: SourceRange
    }

    /// The value of a condition (an error for what cells do not know).
    static func evaluate(_ tokens: [Token], at range: SourceRange) throws -> Bool {
        var reader = ConditionReader(tokens: tokens, fallback: range)
        let value = try reader.disjunction()
        if reader.position < tokens.count { throw reader.failure("expected '&&', '||' or the end of the #if condition", at: tokens[reader.position].range) }
        return value
    }
}

/// Reads one `#if` condition.
private struct ConditionReader {
    let tokens: [Token]
    let fallback: SourceRange
    var position = 0

    var current: Token? { position < tokens.count ? tokens[position] : nil }

    func failure(_ message: String, at range: SourceRange? = nil) -> ConditionalCompilation.Failure {
        ConditionalCompilation.Failure(message: message, range: range ?? current?.range ?? fallback)
    }

    mutating func disjunction() throws -> Bool {
        var value = try conjunction()
        while current?.isSymbol("||") == true { position += 1; let rhs = try conjunction(); value = value || rhs }
        return value
    }

    mutating func conjunction() throws -> Bool {
        var value = try unary()
        while current?.isSymbol("&&") == true { position += 1; let rhs = try unary(); value = value && rhs }
        return value
    }

    mutating func unary() throws -> Bool {
        guard let token = current else { throw failure("expected a condition after #if") }
        if token.isSymbol("!") { position += 1; return !(try unary()) }
        if token.isSymbol("(") {
            position += 1
            let value = try disjunction()
            guard current?.isSymbol(")") == true else { throw failure("expected ')' in the #if condition") }
            position += 1
            return value
        }
        if token.isKeyword(.true) { position += 1; return true }
        if token.isKeyword(.false) { position += 1; return false }
        guard let name = token.identifier else { throw failure("expected a condition after #if") }
        position += 1
        guard current?.isSymbol("(") == true else {
            throw failure(Unsupported.message("#if " + name) + ": cells are compiled without -D flags", at: token.range)
        }
        position += 1
        var argument: [Token] = []
        while let t = current, !t.isSymbol(")") { argument.append(t); position += 1 }
        guard current != nil else { throw failure("expected ')' in the #if condition") }
        position += 1
        switch name {
        case "swift", "compiler": return try versionTest(argument, token.range)
        case "canImport":
            guard argument.count == 1, let module = argument[0].identifier else { throw failure("expected a module name in canImport(…)", at: token.range) }
            #if canImport(Darwin)
            let modules: Set<String> = ["Foundation", "Darwin", "Swift"]
            #else
            let modules: Set<String> = ["Foundation", "Glibc", "Swift"]
            #endif
            return modules.contains(module)
        case "os":
            guard argument.count == 1, let os = argument[0].identifier else { throw failure("expected an operating system in os(…)", at: token.range) }
            #if os(Linux)
            return os == "Linux"
            #elseif os(macOS)
            return os == "macOS" || os == "OSX"
            #else
            return false
            #endif
        case "arch":
            guard argument.count == 1, let arch = argument[0].identifier else { throw failure("expected an architecture in arch(…)", at: token.range) }
            #if arch(x86_64)
            return arch == "x86_64"
            #elseif arch(arm64)
            return arch == "arm64"
            #else
            return false
            #endif
        default:
            throw failure(Unsupported.message("#if " + name + "(…)"), at: token.range)
        }
    }

    /// `>=5.9` or `<6`: Swift 6.3.1 against the version.
    private func versionTest(_ argument: [Token], _ range: SourceRange) throws -> Bool {
        guard argument.count >= 2, case .symbol(let op) = argument[0].kind, op == ">=" || op == "<" else {
            throw failure("expected '>=' or '<' and a version in the #if condition", at: range)
        }
        var text = ""
        for token in argument.dropFirst() {
            switch token.kind {
            case .integer(let v): text += String(v)
            case .double: text += sourceText(token)
            case .symbol("."): text += "."
            default: throw failure("expected a version such as 5.9 in the #if condition", at: token.range)
            }
        }
        let parts = text.split(separator: ".").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { throw failure("expected a version such as 5.9 in the #if condition", at: range) }
        let version = parts.map { $0! }
        let atLeast = !ConditionalCompilation.swiftVersion.lexicographicallyPrecedes(version + Array(repeating: 0, count: max(0, 3 - version.count)))
        return op == ">=" ? atLeast : !atLeast
    }

    /// A Double literal as written (`4.0`, `5.10`): its digits are the version's parts.
    private func sourceText(_ token: Token) -> String {
        if case .double(let d) = token.kind {
            // The lexer keeps the value only; the written form is at most "major.minor".
            let width = token.range.end.column - token.range.start.column
            let formatted = String(d)
            return width > formatted.count ? formatted + String(repeating: "0", count: width - formatted.count) : formatted
        }
        return ""
    }
}

private extension TokenKind {
    var isEndOfFile: Bool { if case .endOfFile = self { return true } else { return false } }
}
