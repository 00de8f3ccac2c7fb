/// Splits text into search tokens: lower-cased words for Latin script and digits, and
/// overlapping character bigrams for Chinese (plus the single character of a one-character run),
/// so that both "判别器" and "判别" find the discriminator sections.
///
/// `assets/search.js` tokenizes queries the same way, code point by code point (`Array.from`,
/// `\p{L}`, `\p{N}`); this walks Unicode scalars with the same classes, so a combining mark
/// ends a word on both sides. Keep the two in step.
public enum SearchTokenizer {
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = String.UnicodeScalarView()
        var han: [Unicode.Scalar] = []
        func flushWord() {
            if !word.isEmpty { tokens.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        func flushHan() {
            if han.count == 1 { tokens.append(String(han[0])) }
            if han.count >= 2 {
                for index in 0..<(han.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(han[index])
                    pair.append(han[index + 1])
                    tokens.append(String(pair))
                }
            }
            han.removeAll(keepingCapacity: true)
        }
        for scalar in text.lowercased().unicodeScalars {
            if isHan(scalar) {
                flushWord()
                han.append(scalar)
            } else if isWordScalar(scalar) {
                flushHan()
                word.append(scalar)
            } else {
                flushWord()
                flushHan()
            }
        }
        flushWord()
        flushHan()
        return tokens
    }

    /// A letter or a number (`\p{L}` or `\p{N}`), with an ASCII fast path.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3040...0x30FF:
            return true
        default:
            return false
        }
    }
}
