/// Writes a ``MathNode`` tree as XML. Text and attribute values are escaped in exactly one
/// place, ``appendEscaped(_:to:)``.
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
        var output = ""
        output.reserveCapacity(source.utf8.count * 12 + 200)
        append(math, to: &output)
        return output
    }

    static func append(_ node: MathNode, to output: inout String) {
        output += "<"
        output += node.name
        for attribute in node.attributes {
            output += " "
            output += attribute.name
            output += "=\""
            appendEscaped(attribute.value, to: &output)
            output += "\""
        }
        switch node.content {
        case .text(let text):
            output += ">"
            appendEscaped(text, to: &output)
        case .children(let children):
            if children.isEmpty && node.name == "mspace" {
                output += "/>"
                return
            }
            output += ">"
            for child in children { append(child, to: &output) }
        }
        output += "</"
        output += node.name
        output += ">"
    }

    /// Escapes markup characters; replaces characters XML 1.0 forbids with U+FFFD.
    static func appendEscaped(_ text: String, to output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
    }
}
