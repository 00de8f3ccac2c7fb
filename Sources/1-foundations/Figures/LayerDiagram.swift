import Foundation
import PortableMath

/// A network drawn as a stack of layers, top to bottom: each box's width grows with the number
/// of values the layer outputs, so an autoencoder looks like an hourglass and a DCGAN generator
/// like a widening funnel.
///
/// ```swift
/// LayerDiagram(title: "DCGAN 生成器", layers: [
///     ("z ~ N(0, I)", [100]),
///     ("Linear + BatchNorm + ReLU", [6272]),
///     ("Reshape", [128, 7, 7]),
///     ("ConvTranspose2d(128, 64, 4, 2, 1) + BN + ReLU", [64, 14, 14]),
///     ("ConvTranspose2d(64, 1, 4, 2, 1) + Tanh", [1, 28, 28]),
/// ])
/// ```
public struct LayerDiagram: Figure {
    /// One layer: what it does and the shape of its output.
    public struct Layer: Sendable, Hashable {
        public var description: String
        public var shape: [Int]
        /// Box colour; nil picks by rank (vectors blue, feature maps orange).
        public var color: FigureColor?

        public init(_ description: String, shape: [Int], color: FigureColor? = nil) {
            self.description = description
            self.shape = shape
            self.color = color
        }
    }

    public var title: String?
    public var layers: [Layer]
    public var description: String?

    /// A diagram from layers.
    public init(title: String? = nil, layers: [Layer], description: String? = nil) {
        self.title = title
        self.layers = layers
        self.description = description
    }

    /// A diagram from (description, output shape) pairs.
    public init(title: String? = nil, layers: [(String, [Int])], description: String? = nil) {
        self.init(title: title, layers: layers.map { Layer($0.0, shape: $0.1) }, description: description)
    }

    static let boxHeight = 28.0, gap = 18.0, maxBoxWidth = 260.0, minBoxWidth = 56.0

    public func scene() throws -> FigureScene {
        try layout(maxBoxWidth: Self.maxBoxWidth, stacked: false)
    }

    /// On a phone: narrower boxes with the descriptions beside them when they fit in
    /// `PhoneLayout.width`, else each description above its box.
    public func narrowScene() throws -> FigureScene? {
        let wide = try scene()
        guard wide.width > PhoneLayout.width else { return nil }
        let textWidth = layers.map { TextMetrics.width($0.description, size: 13) }.max() ?? 0
        let room = PhoneLayout.width - 16 - 24 - textWidth - 16
        if room >= 140 { return try layout(maxBoxWidth: room, stacked: false) }
        return try layout(maxBoxWidth: min(Self.maxBoxWidth, PhoneLayout.width - 32), stacked: true)
    }

    private func layout(maxBoxWidth: Double, stacked: Bool) throws -> FigureScene {
        guard !layers.isEmpty else { throw FigureError("LayerDiagram", "needs at least one layer, got 0") }
        for (index, layer) in layers.enumerated() where layer.shape.isEmpty || layer.shape.contains(where: { $0 <= 0 }) {
            throw FigureError("LayerDiagram", "layer \(index) \"\(layer.description)\" has shape \(layer.shape); every dimension must be positive")
        }
        let sizes = layers.map { $0.shape.reduce(0.0) { $0 + PortableMath.log2(Double($1)) } }
        let smallest = sizes.min() ?? 0, largest = sizes.max() ?? 1
        let textWidth = layers.map { TextMetrics.width($0.description, size: 13) }.max() ?? 0
        let centreX = stacked ? max(16 + maxBoxWidth / 2, (textWidth + 32) / 2) : 16 + maxBoxWidth / 2
        let textX = stacked ? centreX : 16 + maxBoxWidth + 24
        let top = title != nil ? 40.0 : 14
        // Stacked, each layer's description takes a line above its box.
        let lineHeight = stacked ? 20.0 : 0
        let step = Self.boxHeight + Self.gap + lineHeight
        let width = stacked ? 2 * centreX : textX + textWidth + 16
        let height = top + Double(layers.count) * step - Self.gap + 14
        var scene = FigureScene(width: width, height: height, title: title ?? "Layer diagram", description: accessibleDescription())
        var arrows: [[Point]] = [], heads: [[Point]] = []
        for (index, layer) in layers.enumerated() {
            let fraction = largest > smallest ? (sizes[index] - smallest) / (largest - smallest) : 0.5
            let minBox = min(Self.minBoxWidth, maxBoxWidth)
            let boxWidth = minBox + fraction * (maxBoxWidth - minBox)
            let y = top + Double(index) * step + lineHeight
            let box = Rect(x: centreX - boxWidth / 2, y: y, width: boxWidth, height: Self.boxHeight)
            let color = layer.color ?? (layer.shape.count >= 3 ? FigurePalette.series(3) : FigurePalette.series(4))
            scene.items.append(.rects([box], fill: color, stroke: nil, opacity: 0.35))
            scene.items.append(.rects([box], fill: nil, stroke: Stroke(color: FigurePalette.foreground, width: 1), opacity: 1))
            scene.items.append(.text(layer.shape.map(String.init).joined(separator: "×"), at: Point(x: centreX, y: y + 19), size: 12,
                                     anchor: .middle, color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
            scene.items.append(.text(layer.description, at: Point(x: textX, y: stacked ? y - 6 : y + 19), size: 13,
                                     anchor: stacked ? .middle : .start,
                                     color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
            if index > 0 {
                let from = y - lineHeight - Self.gap + 1, to = y - (stacked ? lineHeight + 1 : 1)
                if stacked {
                    // The arrow runs beside the description, at the box's left edge.
                    let x = centreX - boxWidth / 2 - 10
                    arrows.append([Point(x: x, y: from), Point(x: x, y: y + Self.boxHeight / 2 - 5)])
                    heads.append([Point(x: x - 4, y: y + Self.boxHeight / 2 - 6), Point(x: x, y: y + Self.boxHeight / 2),
                                  Point(x: x + 4, y: y + Self.boxHeight / 2 - 6)])
                } else {
                    arrows.append([Point(x: centreX, y: from), Point(x: centreX, y: to - 5)])
                    heads.append([Point(x: centreX - 4, y: to - 6), Point(x: centreX, y: to), Point(x: centreX + 4, y: to - 6)])
                }
            }
        }
        if !arrows.isEmpty {
            scene.items.append(.path(subpaths: arrows, closed: false, fill: nil, stroke: Stroke(color: FigurePalette.muted, width: 1.2), opacity: 1))
            scene.items.append(.path(subpaths: heads, closed: true, fill: FigurePalette.muted, stroke: nil, opacity: 1))
        }
        if let title {
            scene.items.append(.text(title, at: Point(x: width / 2, y: 24), size: 15, anchor: .middle,
                                     color: FigurePalette.foreground, bold: true, italic: false, rotated: false))
        }
        return scene
    }

    func accessibleDescription() -> String {
        if let description { return description }
        let steps = layers.map { "\($0.description) → \($0.shape.map(String.init).joined(separator: "×"))" }
        return (title.map { "“\($0)”: " } ?? "") + "\(layers.count) layers: " + steps.joined(separator: "; ")
    }
}
