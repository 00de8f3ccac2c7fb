/// One MathML element: a token element holding text (`mi`, `mo`, `mn`, `mtext`, …) or a
/// layout element holding children (`mrow`, `mfrac`, `msubsup`, `mtable`, …).
struct MathNode: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case text(String)
        case children([MathNode])
    }

    var name: String
    /// Attributes in output order; values are raw (escaped by the serializer).
    var attributes: [(name: String, value: String)]
    var content: Content

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], children: [MathNode]) {
        self.name = name
        self.attributes = attributes
        self.content = .children(children)
    }

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], text: String) {
        self.name = name
        self.attributes = attributes
        self.content = .text(text)
    }

    static func == (lhs: MathNode, rhs: MathNode) -> Bool {
        lhs.name == rhs.name && lhs.content == rhs.content
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }

    /// Sets (or replaces) an attribute.
    mutating func set(_ attribute: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == attribute }) {
            attributes[index].value = value
        } else {
            attributes.append((attribute, value))
        }
    }

    /// The text of a token element, nil for layout elements.
    var text: String? {
        if case .text(let text) = content { return text }
        return nil
    }

    /// The text of all token elements below this node, in order.
    var leafText: String {
        switch content {
        case .text(let text): return text
        case .children(let children): return children.map(\.leafText).joined()
        }
    }

    static func mi(_ text: String, normal: Bool = false) -> MathNode {
        MathNode("mi", normal ? [("mathvariant", "normal")] : [], text: text)
    }

    static func mn(_ text: String) -> MathNode { MathNode("mn", text: text) }

    static func mo(_ text: String, _ attributes: [(name: String, value: String)] = []) -> MathNode {
        MathNode("mo", attributes, text: text)
    }

    static func mtext(_ text: String, style: String? = nil) -> MathNode {
        MathNode("mtext", style.map { [("style", $0)] } ?? [], text: text)
    }

    static func mspace(width: String) -> MathNode {
        MathNode("mspace", [("width", width)], children: [])
    }

    static func mrow(_ children: [MathNode]) -> MathNode { MathNode("mrow", children: children) }

    /// One node as is, several in an `mrow`.
    static func row(_ children: [MathNode]) -> MathNode {
        children.count == 1 ? children[0] : .mrow(children)
    }

    /// `<merror><mtext>…</mtext></merror>` showing TeX source.
    static func error(_ source: String) -> MathNode {
        MathNode("merror", children: [.mtext(source)])
    }
}
