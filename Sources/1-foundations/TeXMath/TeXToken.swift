/// One lexical unit of TeX math source.
enum TeXTokenKind: Equatable, Sendable {
    /// `\name` (letters) or `\c` (one non-letter character); the name has no backslash.
    case command(String)
    /// Any other character.
    case character(Unicode.Scalar)
    case beginGroup, endGroup, superscript, subscriptMark, alignment
    /// A run of white space (spaces after a control word are dropped, as TeX does).
    case space
    /// `~`, an unbreakable space.
    case tie
    /// `#1`…`#9` inside a macro body.
    case parameter(Int)
}

/// A token and the UTF-8 offset where it starts in the formula's TeX source.
struct TeXToken: Equatable, Sendable {
    var kind: TeXTokenKind
    var offset: Int
}

/// Splits TeX source into tokens; `%` comments are dropped. Never fails.
enum TeXTokenizer {
    static func tokenize(_ source: String, allowParameters: Bool = false) -> [TeXToken] {
        let scalars = Array(source.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var tokens: [TeXToken] = []
        tokens.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = offsets[index]
            index += 1
            switch scalar {
            case "\\":
                let (name, next) = readCommandName(scalars, from: index)
                tokens.append(TeXToken(kind: .command(name), offset: start))
                index = next
            case "{": tokens.append(TeXToken(kind: .beginGroup, offset: start))
            case "}": tokens.append(TeXToken(kind: .endGroup, offset: start))
            case "^": tokens.append(TeXToken(kind: .superscript, offset: start))
            case "_": tokens.append(TeXToken(kind: .subscriptMark, offset: start))
            case "&": tokens.append(TeXToken(kind: .alignment, offset: start))
            case "~": tokens.append(TeXToken(kind: .tie, offset: start))
            case "%":
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
            case _ where isSpace(scalar):
                while index < scalars.count && isSpace(scalars[index]) { index += 1 }
                tokens.append(TeXToken(kind: .space, offset: start))
            case "#" where allowParameters && index < scalars.count && ("1"..."9").contains(scalars[index]):
                let number = Int(scalars[index].value - UInt32(UInt8(ascii: "0")))
                tokens.append(TeXToken(kind: .parameter(number), offset: start))
                index += 1
            default:
                tokens.append(TeXToken(kind: .character(scalar), offset: start))
            }
        }
        return tokens
    }

    /// Reads the name after a backslash; skips the spaces that follow a control word.
    private static func readCommandName(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int) {
        // A backslash at the end of the input or of a line is a control space, as in TeX
        // (`\^^M` is `\ `): display math is trimmed, so `$$a\ $$` arrives as `a\`.
        guard start < scalars.count else { return (" ", start) }
        if scalars[start] == "\n" || scalars[start] == "\r" { return (" ", start + 1) }
        guard isLetter(scalars[start]) else { return (String(scalars[start]), start + 1) }
        var end = start
        while end < scalars.count && isLetter(scalars[end]) { end += 1 }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[start..<end])
        var next = end
        while next < scalars.count && isSpace(scalars[next]) { next += 1 }
        return (name, next)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
