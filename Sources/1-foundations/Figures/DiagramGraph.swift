/// A `Diagram`'s nodes and edges checked and indexed: unique ids, edges between existing nodes,
/// no cycles; parents, children, ranks and box sizes by node index.
struct DiagramGraph {
    /// Font size of box labels and the height of one label line.
    static let fontSize = 13.0, lineHeight = 17.0, padding = 10.0

    let nodes: [Diagram.Node]
    /// Edges as (from, to) node indices, in declaration order (the same order as `Diagram.edges`).
    let edges: [(from: Int, to: Int)]
    /// Each edge's label and whether it is dashed, by edge index.
    let edgeLabels: [String?]
    let edgeDashed: [Bool]
    let parents: [[Int]]
    let children: [[Int]]
    /// Rank of each node: 0 for the first column (flow) or row (tree).
    let ranks: [Int]
    /// Width and height of each node's box.
    let sizes: [(width: Double, height: Double)]

    /// Whether every node has at most one parent (then the diagram is drawn as a tidy tree).
    var isForest: Bool { parents.allSatisfy { $0.count <= 1 } }

    init(_ diagram: Diagram) throws {
        let nodes = diagram.nodes
        guard !nodes.isEmpty else { throw FigureError("Diagram", "needs at least one node, got 0") }
        guard nodes.count <= Diagram.maxNodes else {
            throw FigureError("Diagram", "has \(nodes.count) nodes; at most \(Diagram.maxNodes) can be drawn readably")
        }
        guard diagram.edges.count <= Diagram.maxEdges else {
            throw FigureError("Diagram", "has \(diagram.edges.count) edges; at most \(Diagram.maxEdges) are allowed")
        }
        var indexOf: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            guard !node.id.isEmpty else { throw FigureError("Diagram", "node \(index) has an empty id") }
            guard node.label.count <= Diagram.maxLabelLength else {
                throw FigureError("Diagram", "node \"\(node.id)\" has a label of \(node.label.count) characters; at most \(Diagram.maxLabelLength)")
            }
            if let earlier = indexOf[node.id] {
                throw FigureError("Diagram", "nodes \(earlier) and \(index) share the id \"\(node.id)\"; ids must be unique")
            }
            indexOf[node.id] = index
        }
        var edges: [(from: Int, to: Int)] = []
        for (index, edge) in diagram.edges.enumerated() {
            guard let from = indexOf[edge.from] else { throw Self.unknown(edge.from, edge: index, ids: nodes.map(\.id)) }
            guard let to = indexOf[edge.to] else { throw Self.unknown(edge.to, edge: index, ids: nodes.map(\.id)) }
            guard from != to else { throw FigureError("Diagram", "edge \(index) goes from \"\(edge.from)\" to itself") }
            if let label = edge.label, label.count > Diagram.maxLabelLength {
                throw FigureError("Diagram", "edge \(index) has a label of \(label.count) characters; at most \(Diagram.maxLabelLength)")
            }
            edges.append((from, to))
        }
        var parents = Array(repeating: [Int](), count: nodes.count)
        var children = Array(repeating: [Int](), count: nodes.count)
        for edge in edges where !children[edge.from].contains(edge.to) {
            children[edge.from].append(edge.to)
            parents[edge.to].append(edge.from)
        }
        self.nodes = nodes
        self.edges = edges
        self.edgeLabels = diagram.edges.map(\.label)
        self.edgeDashed = diagram.edges.map(\.dashed)
        self.parents = parents
        self.children = children
        self.ranks = try Self.ranks(parents: parents, children: children, ids: nodes.map(\.id))
        self.sizes = nodes.map { node in
            let textWidth = node.lines.map { TextMetrics.width($0, size: Self.fontSize) }.max() ?? 0
            return (max(36, textWidth + 2 * Self.padding), Double(node.lines.count) * Self.lineHeight + 12)
        }
    }

    private static func unknown(_ id: String, edge: Int, ids: [String]) -> FigureError {
        let known = ids.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ") + (ids.count > 12 ? ", …" : "")
        return FigureError("Diagram", "edge \(edge) names \"\(id)\", which is not a node id (ids: \(known))")
    }

    /// Longest-path ranks in topological order; a source then moves to just before its nearest
    /// successor, so an input such as a noise ε sits next to where it is used.
    private static func ranks(parents: [[Int]], children: [[Int]], ids: [String]) throws -> [Int] {
        var remaining = parents.map(\.count)
        var ready = remaining.indices.filter { remaining[$0] == 0 }
        var order: [Int] = []
        while let next = ready.first {
            ready.removeFirst()
            order.append(next)
            for child in children[next] {
                remaining[child] -= 1
                if remaining[child] == 0 { ready.append(child) }
            }
        }
        guard order.count == parents.count else {
            let cycle = remaining.indices.filter { remaining[$0] > 0 }.prefix(6).map { "\"\(ids[$0])\"" }
            throw FigureError("Diagram", "the edges form a cycle through \(cycle.joined(separator: ", ")); a diagram's arrows must not loop")
        }
        var ranks = Array(repeating: 0, count: parents.count)
        for node in order {
            for child in children[node] { ranks[child] = max(ranks[child], ranks[node] + 1) }
        }
        for node in order.reversed() where parents[node].isEmpty && !children[node].isEmpty {
            ranks[node] = children[node].map { ranks[$0] }.min()! - 1
        }
        let lowest = ranks.min() ?? 0
        return ranks.map { $0 - lowest }
    }
}
