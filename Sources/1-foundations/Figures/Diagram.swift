/// Boxes joined by arrows, laid out for you: a flow chart read left to right (a model's data
/// flow, such as a VAE's encoder → μ, σ → z → decoder) or a tree read top to bottom (a taxonomy).
/// Labels take TeX-like scripts (`q_φ(z|x)`, `σ^2`) and line breaks (`"编码器\nq_φ(z|x)"`).
///
/// ```swift
/// Diagram(title: "VAE", layout: .flow, nodes: [
///     .init("x", "x"), .init("enc", "编码器"), .init("mu", "μ"), .init("z", "z = μ + σ⊙ε"),
/// ], edges: [.init("x", "enc"), .init("enc", "mu"), .init("mu", "z")])
/// ```
///
/// Layout: nodes get ranks by their longest path from a source (a source sits just before its
/// first successor), ranks are ordered by repeated barycentre sweeps to reduce crossings, and a
/// graph in which every node has at most one parent is drawn as a tidy tree (each parent centred
/// over its children). On a phone a wide flow turns top to bottom and a wide tree becomes an
/// indented outline.
public struct Diagram: Figure {
    /// Which way the diagram reads.
    public enum Layout: String, Sendable, Hashable, CaseIterable {
        /// Ranks left to right.
        case flow
        /// Ranks top to bottom.
        case tree
    }

    /// One box.
    public struct Node: Sendable, Hashable {
        /// The name edges use; unique within the diagram.
        public var id: String
        /// The text in the box; `\n` breaks lines; `_` and `^` make scripts.
        public var label: String
        /// Colour group (a palette index); nil draws an unfilled box.
        public var group: Int?

        public init(_ id: String, _ label: String, group: Int? = nil) {
            self.id = id
            self.label = label
            self.group = group
        }

        var lines: [String] { label.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// One arrow, from `from` to `to`.
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        /// Text beside the arrow's middle.
        public var label: String?
        /// Dashed arrows for a different kind of link (sampling, a loss, "is an example of").
        public var dashed: Bool

        public init(_ from: String, _ to: String, label: String? = nil, dashed: Bool = false) {
            self.from = from
            self.to = to
            self.label = label
            self.dashed = dashed
        }
    }

    /// Most nodes a diagram may have: past this a diagram is not readable, and layout time grows.
    public static let maxNodes = 200
    /// Most edges a diagram may have.
    public static let maxEdges = 1_000
    /// Longest label, in characters.
    public static let maxLabelLength = 200

    public var title: String?
    public var layout: Layout
    public var nodes: [Node]
    public var edges: [Edge]
    public var description: String?

    public init(title: String? = nil, layout: Layout = .flow, nodes: [Node], edges: [Edge], description: String? = nil) {
        self.title = title
        self.layout = layout
        self.nodes = nodes
        self.edges = edges
        self.description = description
    }

    /// Checks ids, edges, cycles and sizes without laying anything out (`FigureError` on bad input).
    public func validate() throws {
        _ = try DiagramGraph(self)
    }

    public func scene() throws -> FigureScene {
        let graph = try DiagramGraph(self)
        return DiagramDrawing.scene(self, graph: graph, placement: DiagramLayout.place(graph, direction: mainDirection))
    }

    /// A flow wider than a phone turns top to bottom; a tree becomes an indented outline.
    public func narrowScene() throws -> FigureScene? {
        let graph = try DiagramGraph(self)
        let wide = DiagramDrawing.scene(self, graph: graph, placement: DiagramLayout.place(graph, direction: mainDirection))
        guard wide.width > PhoneLayout.width else { return nil }
        let placement: DiagramPlacement
        if layout == .flow {
            placement = DiagramLayout.place(graph, direction: .topToBottom)
        } else if graph.isForest {
            placement = DiagramLayout.outline(graph)
        } else {
            return nil
        }
        let narrow = DiagramDrawing.scene(self, graph: graph, placement: placement)
        return narrow.width < wide.width ? narrow : nil
    }

    private var mainDirection: DiagramLayout.Direction { layout == .flow ? .leftToRight : .topToBottom }

    func accessibleDescription() -> String {
        if let description { return description }
        let labels = Dictionary(nodes.map { ($0.id, $0.label.replacingOccurrences(of: "\n", with: " ")) }, uniquingKeysWith: { a, _ in a })
        let arrows = edges.map { edge in
            "\(labels[edge.from] ?? edge.from) → \(labels[edge.to] ?? edge.to)" + (edge.label.map { " (\($0))" } ?? "")
        }
        return (title.map { "“\($0)”: " } ?? "") + "\(nodes.count) boxes, \(edges.count) arrows: " + arrows.joined(separator: "; ")
    }
}
