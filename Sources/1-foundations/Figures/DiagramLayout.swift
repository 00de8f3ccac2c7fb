/// Where a `Diagram`'s boxes go, before margins and title: one frame per node.
struct DiagramPlacement {
    enum Routing {
        /// Straight arrows between box borders.
        case straight
        /// Outline connectors: down from the parent's left side, then right into the child.
        case elbow
    }

    var frames: [Rect]
    var routing: Routing
    /// Which way ranks advance (edge labels go above a horizontal arrow, right of a vertical one).
    var direction: DiagramLayout.Direction

    var width: Double { frames.map(\.maxX).max() ?? 0 }
    var height: Double { frames.map(\.maxY).max() ?? 0 }
}

/// Layered layout of a `DiagramGraph`: ranks along the main axis, barycentre ordering within a
/// rank, a tidy tree when every node has at most one parent, and an indented outline for phones.
enum DiagramLayout {
    enum Direction { case leftToRight, topToBottom }

    /// Space between neighbouring boxes of one rank, and the least space between ranks.
    static let siblingGap = 16.0, rankGap = 44.0

    static func place(_ graph: DiagramGraph, direction: Direction) -> DiagramPlacement {
        let horizontal = direction == .leftToRight
        let crossSize = graph.sizes.map { horizontal ? $0.height : $0.width }
        let mainSize = graph.sizes.map { horizontal ? $0.width : $0.height }
        let rankCount = (graph.ranks.max() ?? 0) + 1
        let centres = graph.isForest
            ? tidyTree(graph, crossSize: crossSize)
            : layered(graph, crossSize: crossSize, rankCount: rankCount)

        // Main axis: each rank as deep as its largest box, with room for the labels of the
        // arrows that end in the next rank.
        var depth = Array(repeating: 0.0, count: rankCount)
        for node in graph.nodes.indices { depth[graph.ranks[node]] = max(depth[graph.ranks[node]], mainSize[node]) }
        var gapBefore = Array(repeating: rankGap, count: rankCount)
        if horizontal {
            for (index, edge) in graph.edges.enumerated() {
                guard let label = graph.edgeLabels[index] else { continue }
                let rank = graph.ranks[edge.to]
                gapBefore[rank] = max(gapBefore[rank], TextMetrics.width(label, size: 12) + 16)
            }
        }
        var start = Array(repeating: 0.0, count: rankCount)
        for rank in 1..<max(rankCount, 1) { start[rank] = start[rank - 1] + depth[rank - 1] + gapBefore[rank] }

        let lowest = graph.nodes.indices.map { centres[$0] - crossSize[$0] / 2 }.min() ?? 0
        let frames = graph.nodes.indices.map { node -> Rect in
            let size = graph.sizes[node]
            let main = start[graph.ranks[node]] + (depth[graph.ranks[node]] - mainSize[node]) / 2
            let cross = centres[node] - crossSize[node] / 2 - lowest
            return horizontal
                ? Rect(x: main, y: cross, width: size.width, height: size.height)
                : Rect(x: cross, y: main, width: size.width, height: size.height)
        }
        return DiagramPlacement(frames: frames, routing: .straight, direction: direction)
    }

    /// Each node on its own row in depth-first order, indented by its depth (phone layout of a tree).
    static func outline(_ graph: DiagramGraph) -> DiagramPlacement {
        var frames = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: graph.nodes.count)
        var y = 0.0
        func visit(_ node: Int, depth: Int) {
            let size = graph.sizes[node]
            frames[node] = Rect(x: Double(depth) * 20, y: y, width: size.width, height: size.height)
            y += size.height + 8
            for child in graph.children[node] { visit(child, depth: depth + 1) }
        }
        for root in graph.nodes.indices where graph.parents[root].isEmpty { visit(root, depth: 0) }
        return DiagramPlacement(frames: frames, routing: .elbow, direction: .topToBottom)
    }

    /// Cross-axis centres of a forest: every subtree gets a span as wide as the larger of its root
    /// and its children's spans side by side; a parent sits over the midpoint of its first and
    /// last child (kept inside its span, so subtrees never overlap).
    private static func tidyTree(_ graph: DiagramGraph, crossSize: [Double]) -> [Double] {
        var span = Array(repeating: 0.0, count: graph.nodes.count)
        func measure(_ node: Int) -> Double {
            let kids = graph.children[node].reduce(0.0) { $0 + measure($1) } + siblingGap * Double(max(0, graph.children[node].count - 1))
            span[node] = max(crossSize[node], kids)
            return span[node]
        }
        var centres = Array(repeating: 0.0, count: graph.nodes.count)
        func place(_ node: Int, from start: Double) {
            centres[node] = start + span[node] / 2
            let kids = graph.children[node]
            let total = kids.reduce(0.0) { $0 + span[$1] } + siblingGap * Double(max(0, kids.count - 1))
            var next = start + (span[node] - total) / 2
            for child in kids {
                place(child, from: next)
                next += span[child] + siblingGap
            }
            // Over the midpoint of its first and last child, as far as its own span allows.
            if let first = kids.first, let last = kids.last {
                let half = crossSize[node] / 2
                centres[node] = min(max((centres[first] + centres[last]) / 2, start + half), start + span[node] - half)
            }
        }
        var next = 0.0
        for root in graph.nodes.indices where graph.parents[root].isEmpty {
            _ = measure(root)
            place(root, from: next)
            next += span[root] + siblingGap
        }
        return centres
    }

    /// Cross-axis centres of a general graph: ranks ordered by barycentre sweeps, then each node
    /// pulled toward its neighbours while keeping its rank's order and gaps.
    private static func layered(_ graph: DiagramGraph, crossSize: [Double], rankCount: Int) -> [Double] {
        var rows = Array(repeating: [Int](), count: rankCount)
        for node in graph.nodes.indices { rows[graph.ranks[node]].append(node) }
        var position = Array(repeating: 0.0, count: graph.nodes.count)
        func number() { for row in rows { for (index, node) in row.enumerated() { position[node] = Double(index) - Double(row.count - 1) / 2 } } }
        number()
        for sweep in 0..<8 {
            let downward = sweep % 2 == 0
            for rank in downward ? Array(0..<rankCount) : Array((0..<rankCount).reversed()) {
                let keys = rows[rank].map { node -> Double in
                    let neighbours = downward ? graph.parents[node] : graph.children[node]
                    return neighbours.isEmpty ? position[node] : neighbours.reduce(0.0) { $0 + position[$1] } / Double(neighbours.count)
                }
                rows[rank] = zip(rows[rank], keys).enumerated()
                    .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
            }
            number()
        }
        // Sizes: lay each rank out side by side, centred on 0.
        var centres = Array(repeating: 0.0, count: graph.nodes.count)
        for row in rows {
            let total = row.reduce(0.0) { $0 + crossSize[$1] } + siblingGap * Double(max(0, row.count - 1))
            var next = -total / 2
            for node in row {
                centres[node] = next + crossSize[node] / 2
                next += crossSize[node] + siblingGap
            }
        }
        for _ in 0..<4 {
            for row in rows {
                let wanted = row.map { node -> Double in
                    let neighbours = graph.parents[node] + graph.children[node]
                    return neighbours.isEmpty ? centres[node] : neighbours.reduce(0.0) { $0 + centres[$1] } / Double(neighbours.count)
                }
                let placed = keepingOrder(wanted, sizes: row.map { crossSize[$0] })
                for (node, centre) in zip(row, placed) { centres[node] = centre }
            }
        }
        return centres
    }

    /// Centres as close to `wanted` as a left-to-right then right-to-left pass allows without
    /// overlapping (boxes keep their order, `siblingGap` apart).
    private static func keepingOrder(_ wanted: [Double], sizes: [Double]) -> [Double] {
        var forward = wanted
        for index in forward.indices.dropFirst() {
            forward[index] = max(forward[index], forward[index - 1] + (sizes[index - 1] + sizes[index]) / 2 + siblingGap)
        }
        var backward = wanted
        for index in backward.indices.reversed().dropFirst() {
            backward[index] = min(backward[index], backward[index + 1] - (sizes[index + 1] + sizes[index]) / 2 - siblingGap)
        }
        var result = zip(forward, backward).map { ($0 + $1) / 2 }
        // Averaging two valid placements can still be too tight: one last forward pass.
        for index in result.indices.dropFirst() {
            result[index] = max(result[index], result[index - 1] + (sizes[index - 1] + sizes[index]) / 2 + siblingGap)
        }
        return result
    }
}
