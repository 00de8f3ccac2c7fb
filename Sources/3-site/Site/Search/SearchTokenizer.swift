/// Splits text into search tokens: lower-cased words for Latin script and digits, and
/// overlapping character bigrams for Chinese (plus the single character of a one-character run),
/// so that both "判别器" and "判别" find the discriminator sections.
///
/// `assets/search.js` tokenizes queries the same way; keep the two in step.
public enum SearchTokenizer {
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        var han: [Character] = []
        func flushWord() {
            if word.count >= 1 { tokens.append(word) }
            word = ""
        }
        func flushHan() {
            if han.count == 1 { tokens.append(String(han[0])) }
            if han.count >= 2 {
                for index in 0..<(han.count - 1) { tokens.append(String(han[index...index + 1])) }
            }
            han = []
        }
        for character in text.lowercased() {
            if isHan(character) {
                flushWord()
                han.append(character)
            } else if character.isLetter || character.isNumber {
                flushHan()
                word.append(character)
            } else {
                flushWord()
                flushHan()
            }
        }
        flushWord()
        flushHan()
        return tokens
    }

    static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3040...0x30FF:
            return true
        default:
            return false
        }
    }
}
