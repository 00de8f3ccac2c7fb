/// Writes a ``MathNode`` tree as XML (UTF-8 bytes, turned into a String once at the end).
/// Text and attribute values are escaped in exactly one place, ``appendEscaped(_:to:)``.
enum MathMLSerializer {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    /// The complete `<math>` element with the TeX source as an `application/x-tex` annotation.
    /// `positioned` makes the `<math>` element the containing block of a right-aligned tag.
    static func document(_ body: MathNode, source: String, display: Bool, positioned: Bool = false) -> String {
        var attributes: [(name: String, value: String)] = [("xmlns", namespace), ("display", display ? "block" : "inline")]
        if positioned { attributes.append(("style", "position:relative")) }
        let math = MathNode("math", attributes, children: [
            MathNode("semantics", children: [
                body,
                MathNode("annotation", [("encoding", "application/x-tex")], text: source),
            ]),
        ])
        var output: [UInt8] = []
        output.reserveCapacity(source.utf8.count * 12 + 200)
        append(math, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func append(_ node: MathNode, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: node.name.utf8)
        for attribute in node.attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name.utf8)
            output.append(contentsOf: "=\"".utf8)
            appendEscaped(attribute.value, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        switch node.content {
        case .text(let text):
            output.append(UInt8(ascii: ">"))
            appendEscaped(text, to: &output)
        case .children(let children):
            if children.isEmpty && node.name == "mspace" {
                output.append(contentsOf: "/>".utf8)
                return
            }
            output.append(UInt8(ascii: ">"))
            for child in children { append(child, to: &output) }
        }
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: node.name.utf8)
        output.append(UInt8(ascii: ">"))
    }

    /// Escapes text for XML into a String (used by tests and callers that need the same rule).
    static func appendEscaped(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Escapes markup characters; replaces characters XML 1.0 forbids with U+FFFD.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
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
            case "\t", "\n", "\r": output.append(UInt8(truncatingIfNeeded: scalar.value))
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output.append(contentsOf: "\u{FFFD}".utf8)
            default:
                output.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
            }
        }
    }

    /// Whether a UTF-8 byte can be copied as is: not markup, not a C0 control, and not the
    /// lead byte of a C1 control (0xC2) or of U+FFFE/U+FFFF (0xEF), which take the slow path.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0x7F, 0xC2, 0xEF: false
        default: true
        }
    }
}
