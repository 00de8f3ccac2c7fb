import Foundation
import Testing
@testable import Figures

/// `Diagram`: checked input, layouts whose boxes never overlap, arrows that start and end on
/// box borders, tidy trees, and phone layouts that fit a phone.
@Suite struct DiagramTests {
    /// The VAE's forward pass as lesson 01 draws it (a DAG: two heads meet again in z).
    static let vae = Diagram(title: "VAE", layout: .flow, nodes: [
        .init("x", "输入 x", group: 0), .init("enc", "编码器\nq_φ(z|x)"), .init("mu", "μ(x)"),
        .init("logvar", "log σ^2(x)"), .init("eps", "ε ~ N(0, I)"), .init("z", "z = μ + σ ⊙ ε", group: 1),
        .init("dec", "解码器\np_θ(x|z)"), .init("kl", "KL 项"),
    ], edges: [
        .init("x", "enc"), .init("enc", "mu"), .init("enc", "logvar"), .init("mu", "z"), .init("logvar", "z"),
        .init("eps", "z", label: "采样", dashed: true), .init("z", "dec"), .init("mu", "kl"), .init("logvar", "kl"),
    ])

    /// A taxonomy (a tree: every node has one parent).
    static let taxonomy = Diagram(title: "分类", layout: .tree, nodes: [
        .init("root", "生成模型"), .init("explicit", "显式密度"), .init("implicit", "隐式密度"),
        .init("tractable", "可精确计算"), .init("approx", "近似"), .init("ar", "自回归模型 PixelRNN / PixelCNN"),
        .init("vae", "VAE"), .init("rbm", "玻尔兹曼机"), .init("gan", "GAN"), .init("gsn", "GSN"),
    ], edges: [
        .init("root", "explicit"), .init("root", "implicit"), .init("explicit", "tractable"), .init("explicit", "approx"),
        .init("tractable", "ar"), .init("approx", "vae"), .init("approx", "rbm"), .init("implicit", "gan"), .init("implicit", "gsn"),
    ])

    static func boxes(_ scene: FigureScene) -> [Rect] {
        scene.items.compactMap { item -> Rect? in
            if case .rects(let rects, nil, _?, _) = item { return rects.first } else { return nil }
        }
    }

    static func overlapping(_ boxes: [Rect]) -> (Rect, Rect)? {
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] where a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY {
                return (a, b)
            }
        }
        return nil
    }

    @Test("boxes never overlap and stay inside the figure", arguments: [vae, taxonomy])
    func boxesDoNotOverlap(diagram: Diagram) throws {
        for scene in [try diagram.scene(), try #require(try diagram.narrowScene())] {
            let boxes = Self.boxes(scene)
            #expect(boxes.count == diagram.nodes.count)
            #expect(Self.overlapping(boxes) == nil)
            for box in boxes { #expect(box.minX >= 0 && box.maxX <= scene.width && box.minY >= 0 && box.maxY <= scene.height) }
        }
    }

    @Test func flowRanksAdvanceLeftToRightAndASourceSitsBeforeItsUse() throws {
        let boxes = Self.boxes(try Self.vae.scene())
        let id = Dictionary(uniqueKeysWithValues: Self.vae.nodes.enumerated().map { ($1.id, boxes[$0]) })
        let x = try #require(id["x"]), enc = try #require(id["enc"]), mu = try #require(id["mu"])
        let eps = try #require(id["eps"]), z = try #require(id["z"]), dec = try #require(id["dec"])
        #expect(x.maxX < enc.minX && enc.maxX < mu.minX && mu.maxX < z.minX && z.maxX < dec.minX)
        // ε has no parent: it goes in the column just before z, not beside the input x.
        #expect(eps.minX > enc.maxX && eps.maxX < z.minX)
    }

    @Test func aTreeCentresEachParentOverItsChildren() throws {
        let boxes = Self.boxes(try Self.taxonomy.scene())
        let graph = try DiagramGraph(Self.taxonomy)
        for (parent, children) in graph.children.enumerated() where !children.isEmpty {
            let first = boxes[children.first!], last = boxes[children.last!]
            #expect(abs(boxes[parent].midX - (first.midX + last.midX) / 2) < 0.001, "\(Self.taxonomy.nodes[parent].id)")
            for child in children { #expect(boxes[child].minY > boxes[parent].maxY) }
        }
    }

    @Test("arrows start and end on box borders", arguments: [vae, taxonomy])
    func arrowsTouchBorders(diagram: Diagram) throws {
        let scene = try diagram.scene()
        let boxes = Self.boxes(scene)
        let heads = scene.items.compactMap { item -> [[Point]]? in
            if case .path(let subpaths, true, _?, nil, _) = item { return subpaths } else { return nil }
        }.flatMap { $0 }
        #expect(heads.count == diagram.edges.count)
        func onBorder(_ p: Point) -> Bool {
            boxes.contains { box in
                let inside = p.x >= box.minX - 0.01 && p.x <= box.maxX + 0.01 && p.y >= box.minY - 0.01 && p.y <= box.maxY + 0.01
                let edge = min(abs(p.x - box.minX), abs(p.x - box.maxX), abs(p.y - box.minY), abs(p.y - box.maxY))
                return inside && edge < 0.01
            }
        }
        for head in heads { #expect(onBorder(head[1]), "arrow tip \(head[1]) is not on a box border") }
    }

    @Test func phoneLayoutsFitAPhone() throws {
        for diagram in [Self.vae, Self.taxonomy] {
            let wide = try diagram.scene(), narrow = try #require(try diagram.narrowScene())
            #expect(wide.width > PhoneLayout.width)
            #expect(narrow.width <= PhoneLayout.width, "\(diagram.title ?? "")")
        }
    }

    @Test func badGraphsAreReportedWithTheirIds() {
        func message(_ nodes: [Diagram.Node], _ edges: [Diagram.Edge]) -> String {
            do { _ = try Diagram(nodes: nodes, edges: edges).scene(); return "no error" } catch { return "\(error)" }
        }
        #expect(message([], []).contains("at least one node"))
        #expect(message([.init("a", "A"), .init("a", "B")], []).contains("share the id \"a\""))
        #expect(message([.init("a", "A")], [.init("a", "b")]).contains("\"b\", which is not a node id"))
        #expect(message([.init("a", "A")], [.init("a", "a")]).contains("to itself"))
        let cycle = message([.init("a", "A"), .init("b", "B"), .init("c", "C")], [.init("a", "b"), .init("b", "c"), .init("c", "b")])
        #expect(cycle.contains("cycle") && cycle.contains("\"b\"") && cycle.contains("\"c\"") && !cycle.contains("\"a\""))
        let many = (0...Diagram.maxNodes).map { Diagram.Node("n\($0)", "\($0)") }
        #expect(message(many, []).contains("at most \(Diagram.maxNodes)"))
    }

    @Test func svgIsAccessibleAndDeterministic() throws {
        let svg = try Self.vae.svg()
        #expect(svg == (try Self.vae.svg()))
        #expect(svg.contains("<title>VAE</title>"))
        #expect(svg.contains("输入 x → 编码器 q_φ(z|x)"))
        #expect(svg.contains("采样"))
    }
}
