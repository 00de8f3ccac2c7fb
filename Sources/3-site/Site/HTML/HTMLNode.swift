import MarkupText

/// A typed HTML tree. Text and attribute values are escaped in exactly one place
/// (`MarkupText.escape`, the rule the figures and formulas share); only `.trusted` carries markup through unchanged (cmark-gfm's output,
/// MathML and SVG that our own renderers produced).
public indirect enum HTMLNode: Sendable {
    case element(String, attributes: [(String, String)], children: [HTMLNode])
    /// A void element such as `<meta>` or `<link>`.
    case void(String, attributes: [(String, String)])
    case text(String)
    case trusted(String)
    case fragment([HTMLNode])

    /// `<name attr="value">children</name>`.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    /// The serialised HTML.
    public var html: String {
        var output = ""
        write(into: &output)
        return output
    }

    func write(into output: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            writeOpen(name, attributes, into: &output)
            for child in children { child.write(into: &output) }
            output += "</\(name)>"
        case .void(let name, let attributes):
            writeOpen(name, attributes, into: &output)
        case .text(let text):
            output += MarkupText.escape(text)
        case .trusted(let markup):
            output += markup
        case .fragment(let children):
            for child in children { child.write(into: &output) }
        }
    }

    private func writeOpen(_ name: String, _ attributes: [(String, String)], into output: inout String) {
        output += "<\(name)"
        for (key, value) in attributes {
            output += " \(key)=\"\(MarkupText.escape(value))\""
        }
        output += ">"
    }
}
