/// Reserved words of CellScript.
enum Keyword: String, Sendable {
    case `let`, `var`, `func`, `if`, `else`, `guard`, `for`, `in`, `while`, `repeat`
    case `break`, `continue`, `return`, `true`, `false`, `nil`, `where`, `do`
    case `struct`, `class`, `enum`, `import`, `switch`
}

/// One piece of a string literal: literal text or an interpolated expression's tokens.
enum StringSegment: Sendable {
    case text(String)
    case interpolation([Token], SourceRange)
}

/// The kinds of token the lexer produces.
enum TokenKind: Sendable {
    case identifier(String)
    case keyword(Keyword)
    case integer(Int)
    /// An integer literal above `Int.max` that a `UInt64` holds (`0xFFFF_FFFF_FFFF_FFFF`):
    /// typed by its context (see `TypeChecker+FixedWidth.swift`).
    case wideInteger(UInt64)
    case double(Double)
    case string([StringSegment])
    /// `$0`, `$1`, … closure shorthand parameters.
    case dollar(Int)
    /// Operators and punctuation: `+`, `..<`, `(`, `{`, `,`, `->` and so on.
    case symbol(String)
    case endOfFile
}

/// A token with its exact source range and the whitespace around it.
struct Token: Sendable {
    var kind: TokenKind
    var range: SourceRange
    /// True when a line break separates this token from the previous one.
    var newlineBefore: Bool
    /// True when whitespace (or a line break, or the start of input) precedes the token.
    var spaceBefore: Bool
    /// True when whitespace (or a line break, or the end of input) follows the token.
    var spaceAfter: Bool = false

    func isSymbol(_ text: String) -> Bool {
        if case .symbol(let s) = kind { return s == text }
        return false
    }

    func isKeyword(_ keyword: Keyword) -> Bool {
        if case .keyword(let k) = kind { return k == keyword }
        return false
    }

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    /// A short description for "expected X, found Y" messages.
    var spelling: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .keyword(let k): return "'\(k.rawValue)'"
        case .integer(let v): return "'\(v)'"
        case .wideInteger(let v): return "'\(v)'"
        case .double(let v): return "'\(v)'"
        case .string: return "string literal"
        case .dollar(let n): return "'$\(n)'"
        case .symbol(let s): return "'\(s)'"
        case .endOfFile: return "end of cell"
        }
    }
}
