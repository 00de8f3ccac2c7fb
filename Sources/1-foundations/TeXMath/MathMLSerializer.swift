import MarkupText

/// Writes a ``MathNode`` tree as XML (UTF-8 bytes, turned into a String once at the end).
/// Text and attribute values are escaped in exactly one place, ``MarkupText/appendEscaped(_:to:)-([UInt8])`` (the rule the site and the figures share).
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
            MarkupText.appendEscaped(attribute.value, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        switch node.content {
        case .text(let text):
            output.append(UInt8(ascii: ">"))
            MarkupText.appendEscaped(text, to: &output)
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
}
