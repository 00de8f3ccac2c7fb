/// The one escaping rule for text that goes into HTML, SVG or MathML — element text and
/// attribute values alike. The site's pages (`Site`), the figures (`Figures`) and the formulas
/// (`TeXMath`) all call it, so a character is written the same way wherever it lands.
///
/// The rule: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`;
/// tab, line feed and carriage return stay; every other character XML 1.0 forbids or HTML calls
/// a control-character parse error (C0 controls, DEL and the C1 controls, U+FFFE, U+FFFF)
/// becomes U+FFFD, so the reader sees that something was there. Everything else is copied.
public enum MarkupText {
    /// `text` escaped by the rule above.
    public static func escape(_ text: String) -> String {
        if text.utf8.allSatisfy(isPlainByte) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped by the rule above, as UTF-8 to `output`.
    public static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        if text.utf8.allSatisfy(isPlainByte) {
            output.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".utf8)
            case "<": output.append(contentsOf: "&lt;".utf8)
            case ">": output.append(contentsOf: "&gt;".utf8)
            case "\"": output.append(contentsOf: "&quot;".utf8)
            case "'": output.append(contentsOf: "&#39;".utf8)
            case "\t", "\n", "\r": output.append(UInt8(truncatingIfNeeded: scalar.value))
            case _ where isForbidden(scalar): output.append(contentsOf: replacement)
            default: output.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// Appends `text`, escaped by the rule above, to `output`.
    public static func appendEscaped(_ text: String, to output: inout String) {
        output += escape(text)
    }

    /// U+FFFD as UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// Whether a UTF-8 byte can be copied as is: not markup, not a C0 control, and not the lead
    /// byte of a C1 control (0xC2) or of U+FFFE/U+FFFF (0xEF), which take the slow path.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), 0x7F, 0xC2, 0xEF: false
        default: true
        }
    }
}
