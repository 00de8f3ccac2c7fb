/// Turns a placed `Diagram` into scene items: boxes with their label lines, arrows clipped to
/// the box borders with heads at the target, arrow labels, and the title.
enum DiagramDrawing {
    static let margin = 12.0, titleHeight = 34.0

    static func scene(_ diagram: Diagram, graph: DiagramGraph, placement: DiagramPlacement) -> FigureScene {
        let top = margin + (diagram.title != nil ? titleHeight : 0)
        let frames = placement.frames.map { Rect(x: $0.x + margin, y: $0.y + top, width: $0.width, height: $0.height) }
        let titleWidth = diagram.title.map { TextMetrics.width($0, size: 15) + 2 * margin } ?? 0
        let width = max(placement.width + 2 * margin, titleWidth)
        var scene = FigureScene(width: width, height: placement.height + top + margin,
                                title: diagram.title ?? "Diagram", description: diagram.accessibleDescription())
        appendEdges(graph, frames: frames, placement: placement, to: &scene)
        for (node, frame) in zip(graph.nodes, frames) {
            if let group = node.group {
                scene.items.append(.rects([frame], fill: FigurePalette.series(group), stroke: nil, opacity: 0.22))
            }
            scene.items.append(.rects([frame], fill: nil, stroke: Stroke(color: FigurePalette.foreground, width: 1), opacity: 1))
            let lines = node.lines
            let firstBaseline = frame.minY + 6 + DiagramGraph.lineHeight - 4
            for (index, line) in lines.enumerated() {
                scene.items.append(.text(line, at: Point(x: frame.midX, y: firstBaseline + Double(index) * DiagramGraph.lineHeight),
                                         size: DiagramGraph.fontSize, anchor: .middle, color: FigurePalette.foreground,
                                         bold: false, italic: false, rotated: false))
            }
        }
        if let title = diagram.title {
            scene.items.append(.text(title, at: Point(x: width / 2, y: margin + 18), size: 15, anchor: .middle,
                                     color: FigurePalette.foreground, bold: true, italic: false, rotated: false))
        }
        return scene
    }

    private static func appendEdges(_ graph: DiagramGraph, frames: [Rect], placement: DiagramPlacement, to scene: inout FigureScene) {
        var solid: [[Point]] = [], dashed: [[Point]] = [], heads: [[Point]] = []
        var labels: [SceneItem] = []
        for (index, edge) in graph.edges.enumerated() {
            let from = frames[edge.from], to = frames[edge.to]
            let line: [Point]
            switch placement.routing {
            case .straight:
                let start = border(of: from, toward: Point(x: to.midX, y: to.midY))
                let end = border(of: to, toward: Point(x: from.midX, y: from.midY))
                line = [start, end]
            case .elbow:
                let x = from.minX + 10
                line = [Point(x: x, y: from.maxY), Point(x: x, y: to.midY), Point(x: to.minX, y: to.midY)]
            }
            guard line.count >= 2, let tip = line.last else { continue }
            let before = line[line.count - 2]
            let dx = tip.x - before.x, dy = tip.y - before.y
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 1 else { continue }
            let ux = dx / length, uy = dy / length
            let back = Point(x: tip.x - 7 * ux, y: tip.y - 7 * uy)
            heads.append([Point(x: back.x - 4 * uy, y: back.y + 4 * ux), tip, Point(x: back.x + 4 * uy, y: back.y - 4 * ux)])
            var shaft = line
            shaft[shaft.count - 1] = back
            if graph.edgeDashed[index] { dashed.append(shaft) } else { solid.append(shaft) }
            if let label = graph.edgeLabels[index] {
                let a = line[line.count - 2], b = tip
                let middle = Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
                let mostlyHorizontal = abs(b.x - a.x) >= abs(b.y - a.y)
                labels.append(.text(label, at: mostlyHorizontal ? Point(x: middle.x, y: middle.y - 5) : Point(x: middle.x + 6, y: middle.y + 4),
                                    size: 12, anchor: mostlyHorizontal ? .middle : .start, color: FigurePalette.muted,
                                    bold: false, italic: false, rotated: false))
            }
        }
        let color = FigurePalette.muted
        if !solid.isEmpty { scene.items.append(.path(subpaths: solid, closed: false, fill: nil, stroke: Stroke(color: color, width: 1.2), opacity: 1)) }
        if !dashed.isEmpty {
            scene.items.append(.path(subpaths: dashed, closed: false, fill: nil, stroke: Stroke(color: color, width: 1.2, style: .dashed), opacity: 1))
        }
        if !heads.isEmpty { scene.items.append(.path(subpaths: heads, closed: true, fill: color, stroke: nil, opacity: 1)) }
        scene.items += labels
    }

    /// Where the ray from `rect`'s centre toward `target` leaves the rectangle.
    private static func border(of rect: Rect, toward target: Point) -> Point {
        let dx = target.x - rect.midX, dy = target.y - rect.midY
        guard dx != 0 || dy != 0 else { return Point(x: rect.midX, y: rect.midY) }
        let scaleX = dx == 0 ? Double.infinity : (rect.width / 2) / abs(dx)
        let scaleY = dy == 0 ? Double.infinity : (rect.height / 2) / abs(dy)
        let scale = min(scaleX, scaleY)
        return Point(x: rect.midX + dx * scale, y: rect.midY + dy * scale)
    }
}
