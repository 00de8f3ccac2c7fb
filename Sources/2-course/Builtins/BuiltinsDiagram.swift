import CellScript
import Figures

/// A `DiagramNode` in a cell.
final class DiagramNodeObject: HostObject {
    let node: Diagram.Node
    var typeName: String { "DiagramNode" }
    init(_ node: Diagram.Node) { self.node = node }
}

/// A `DiagramEdge` in a cell.
final class DiagramEdgeObject: HostObject {
    let edge: Diagram.Edge
    var typeName: String { "DiagramEdge" }
    init(_ edge: Diagram.Edge) { self.edge = edge }
}

extension Builtins {
    /// `Diagram(title:layout:nodes:edges:)` with `DiagramNode` and `DiagramEdge`: boxes and
    /// arrows laid out for you (flow charts of models, taxonomies).
    static func registerDiagram(_ r: BuiltinRegistrar) throws {
        try r.type("DiagramLayout", doc: "How a Diagram places its boxes: .flow (left to right) or .tree (top down).")
        try r.type("Diagram", doc: "Boxes joined by arrows, laid out automatically as a left-to-right flow or a top-down tree; shown as SVG.")
        try r.initializer("Diagram(title: String? = nil, layout: DiagramLayout = .flow, nodes: [DiagramNode], edges: [DiagramEdge] = [], description: String? = nil)",
                          doc: "`layout: .flow` reads left to right (a model's data flow), `.tree` top to bottom (a taxonomy); on a phone a flow turns downward and a tree becomes an outline.") { args, _ in
            let layoutName = try args.symbolName(1) ?? "flow"
            guard let layout = Diagram.Layout(rawValue: layoutName) else {
                throw HostError("Diagram: layout must be \(Diagram.Layout.allCases.map { ".\($0.rawValue)" }.joined(separator: " or ")), got .\(layoutName)")
            }
            let nodes = try args.array(2).enumerated().map { index, value -> Diagram.Node in
                guard case .object(let object as DiagramNodeObject) = value else {
                    throw HostError("Diagram: node \(index) must be a DiagramNode, got \(value.typeName)")
                }
                return object.node
            }
            let edgeValues = args[3] == nil ? [] : try args.array(3)
            let edges = try edgeValues.enumerated().map { index, value -> Diagram.Edge in
                guard case .object(let object as DiagramEdgeObject) = value else {
                    throw HostError("Diagram: edge \(index) must be a DiagramEdge, got \(value.typeName)")
                }
                return object.edge
            }
            let title = try args.optionalString(0)
            let diagram = Diagram(title: title, layout: layout, nodes: nodes, edges: edges, description: try args.optionalString(4))
            // Reports unknown ids, duplicates and cycles at the call, not when the cell ends.
            do { try diagram.validate() } catch let error as FigureError { throw HostError(error.message) }
            return .object(FigureObject(diagram, typeName: "Diagram", title: title ?? "Diagram"))
        }
        try r.type("DiagramNode", doc: "One box of a Diagram: an id for the edges, a label (`\\n` breaks lines, `_`/`^` make scripts), an optional colour group.")
        try r.initializer("DiagramNode(_ id: String, _ label: String, group: Int? = nil)",
                          sizeCheck: .counts([CountArgument(2, "group", 0...9)]), doc: "A box; `group` (0–9) fills it with that palette colour.") { args, _ in
            let group: Int? = args[2] == nil ? nil : try args.int(2)   // 0…9, checked by the registrar
            return .object(DiagramNodeObject(Diagram.Node(try args.string(0), try args.string(1), group: group)))
        }
        try r.type("DiagramEdge", doc: "One arrow of a Diagram, between two node ids, with an optional label; dashed for a different kind of link.")
        try r.initializer("DiagramEdge(_ from: String, _ to: String, label: String? = nil, dashed: Bool = false)",
                          doc: "An arrow from the node `from` to the node `to`.") { args, _ in
            .object(DiagramEdgeObject(Diagram.Edge(try args.string(0), try args.string(1), label: try args.optionalString(2),
                                                   dashed: args[3] == nil ? false : try args.bool(3))))
        }
    }
}
