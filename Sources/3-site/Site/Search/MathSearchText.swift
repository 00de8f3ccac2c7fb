/// How the search text spells MathML scripts and fractions, so that 𝒩(δ, 0.5²) does not read
/// "0.52": scripts become Unicode super/subscripts where every character has one, else
/// `^x`, `_data`, `^(a+b)`; a fraction's denominator follows a `/`.
enum MathSearchText {
    /// What a child element is to its parent.
    enum Role { case none, superscript, `subscript`, denominator }

    /// One open MathML element while scanning.
    struct Frame {
        var name: String
        var children = 0
        var role: Role = .none
        var start = 0
        var isAccent = false
    }

    /// The role of the `index`-th (1-based) child of `parent`.
    static func role(ofChild index: Int, in parent: Frame) -> Role {
        switch (parent.name, index) {
        case ("msup", 2), ("msubsup", 3), ("munderover", 3): return .superscript
        case ("mover", 2): return parent.isAccent ? .none : .superscript
        case ("msub", 2), ("msubsup", 2), ("munder", 2), ("munderover", 2): return .subscript
        case ("mfrac", 2): return .denominator
        default: return .none
        }
    }

    /// The bytes of a finished script or denominator, spelled for reading.
    static func spell(_ bytes: ArraySlice<UInt8>, as role: Role) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        switch role {
        case .none: return Array(bytes)
        case .denominator: return Array(("/" + (isSimple(text) ? text : "(" + text + ")")).utf8)
        case .superscript, .subscript:
            let table = role == .superscript ? superscripts : subscripts
            let mapped = text.unicodeScalars.map { table[$0] }
            if mapped.allSatisfy({ $0 != nil }) {
                return Array(String(String.UnicodeScalarView(mapped.compactMap { $0 })).utf8)
            }
            let mark = role == .superscript ? "^" : "_"
            return Array((mark + (isSimple(text) ? text : "(" + text + ")")).utf8)
        }
    }

    private static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 || text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "∗" || $0 == "*" }
    }

    private static let superscripts: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "T": "ᵀ",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "j": "ʲ", "k": "ᵏ",
        "l": "ˡ", "m": "ᵐ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ",
        "x": "ˣ", "y": "ʸ", "z": "ᶻ", "′": "′", "″": "″", "⊤": "ᵀ",
    ]

    private static let subscripts: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ",
        "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ",
        "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    ]
}
