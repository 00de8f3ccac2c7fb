/// A math alphabet (`\mathbb`, `\mathbf`, …). MathML Core only knows `mathvariant="normal"`,
/// so styled letters are written with the Unicode Mathematical Alphanumeric Symbols.
enum MathFont: Sendable, Equatable {
    case roman, italic, bold, boldItalic, doubleStruck, script, fraktur, sansSerif, monospace

    /// The styled form of a letter or digit, or nil when this alphabet leaves it unchanged.
    func styled(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if let exception = exceptions[scalar] { return exception }
        if ("A"..."Z").contains(scalar), let base = latinBase {
            return Unicode.Scalar(base + value - 0x41)
        }
        if ("a"..."z").contains(scalar), let base = latinBase {
            return Unicode.Scalar(base + 26 + value - 0x61)
        }
        if ("0"..."9").contains(scalar), let base = digitBase {
            return Unicode.Scalar(base + value - 0x30)
        }
        if let base = greekBase, let index = Self.greekIndex(scalar) {
            return Unicode.Scalar(base + index)
        }
        return nil
    }

    private var latinBase: UInt32? {
        switch self {
        case .roman: nil
        case .italic: 0x1D434
        case .bold: 0x1D400
        case .boldItalic: 0x1D468
        case .doubleStruck: 0x1D538
        case .script: 0x1D49C
        case .fraktur: 0x1D504
        case .sansSerif: 0x1D5A0
        case .monospace: 0x1D670
        }
    }

    private var digitBase: UInt32? {
        switch self {
        case .bold, .boldItalic: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .monospace: 0x1D7F6
        default: nil
        }
    }

    private var greekBase: UInt32? {
        switch self {
        case .bold: 0x1D6A8
        case .boldItalic: 0x1D71C
        default: nil
        }
    }

    /// Letters that live in the Letterlike Symbols block instead of the alphabet's run.
    private var exceptions: [Unicode.Scalar: Unicode.Scalar] {
        switch self {
        case .italic: Self.italicExceptions
        case .doubleStruck: Self.doubleStruckExceptions
        case .script: Self.scriptExceptions
        case .fraktur: Self.frakturExceptions
        default: [:]
        }
    }

    private static let italicExceptions: [Unicode.Scalar: Unicode.Scalar] = ["h": "ℎ"]
    private static let doubleStruckExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
    ]
    private static let scriptExceptions: [Unicode.Scalar: Unicode.Scalar] = [
        "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ",
    ]
    private static let frakturExceptions: [Unicode.Scalar: Unicode.Scalar] = ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]

    /// Position of a Greek letter in the Mathematical Greek runs (Α…Ω, ∇, α…ω, ∂, ϵϑϰϕϱϖ).
    private static func greekIndex(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x391...0x3A9 where value != 0x3A2: return value - 0x391
        case 0x2207: return 25
        case 0x3B1...0x3C9: return 26 + value - 0x3B1
        case 0x2202: return 51
        case 0x3F5: return 52
        case 0x3D1: return 53
        case 0x3F0: return 54
        case 0x3D5: return 55
        case 0x3F1: return 56
        case 0x3D6: return 57
        default: return nil
        }
    }
}
