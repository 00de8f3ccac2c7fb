/// Splits cell source into classified pieces for syntax highlighting, using the language's own
/// lexer, so the pages colour code exactly as the interpreter reads it. Concatenating the
/// pieces' text gives back the source unchanged.
///
/// ```swift
/// SyntaxHighlighter.pieces("let x = 2 // two").map(\.kind)
/// // [.keyword, .plain, .identifier, .plain, .operator, .plain, .number, .plain, .comment]
/// ```
public enum SyntaxHighlighter {
    public enum Kind: String, Sendable {
        case plain, keyword, identifier, type, number, string, comment, `operator`, punctuation
    }

    public struct Piece: Sendable, Equatable {
        public var kind: Kind
        public var text: String
    }

    public static func pieces(_ source: String) -> [Piece] {
        let scalars = Array(source.unicodeScalars)
        let tokens = Lexer.tokenize(source).tokens
        var pieces: [Piece] = []
        var position = 0
        func text(_ from: Int, _ to: Int) -> String {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[max(0, from)..<min(max(from, to), scalars.count)])
            return String(string)
        }
        func appendGap(until end: Int) {
            guard end > position else { return }
            let gap = text(position, end)
            if gap.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                pieces.append(Piece(kind: .plain, text: gap))
            } else {
                let leading = gap.prefix { $0.isWhitespace }
                let trailing = String(gap.reversed().prefix { $0.isWhitespace }.reversed())
                let middle = gap.dropFirst(leading.count).dropLast(trailing.count)
                if !leading.isEmpty { pieces.append(Piece(kind: .plain, text: String(leading))) }
                pieces.append(Piece(kind: .comment, text: String(middle)))
                if !trailing.isEmpty { pieces.append(Piece(kind: .plain, text: trailing)) }
            }
            position = end
        }
        for token in tokens {
            if case .endOfFile = token.kind { break }
            let start = token.range.start.offset, end = token.range.end.offset
            guard start >= position, end > start else { continue }
            appendGap(until: start)
            pieces.append(Piece(kind: kind(of: token), text: text(start, end)))
            position = end
        }
        appendGap(until: scalars.count)
        return pieces
    }

    static func kind(of token: Token) -> Kind {
        switch token.kind {
        case .keyword(let keyword):
            return keyword == .true || keyword == .false || keyword == .nil ? .number : .keyword
        case .identifier(let name):
            return name.first?.isUppercase == true ? .type : .identifier
        case .integer, .wideInteger, .double:
            return .number
        case .string:
            return .string
        case .dollar:
            return .identifier
        case .symbol(let symbol):
            return "()[]{},:;.".contains(symbol) && symbol.count == 1 ? .punctuation : .operator
        case .endOfFile:
            return .plain
        }
    }
}
