/// The `<style>` rules of an SVG: each class maps to one CSS custom property with its fallback,
/// declared twice so renderers without `var()` support keep the plain colour.
///
/// Class names are the same in every figure and each always has the same rule, so several
/// inline SVGs on one page never conflict.
enum SVGStyle {
    static let themable: [FigureColor] = [
        FigurePalette.foreground, FigurePalette.background, FigurePalette.grid, FigurePalette.muted,
        FigurePalette.legendBackground, FigurePalette.real, FigurePalette.generated,
        FigurePalette.discriminator, FigurePalette.highlight, FigurePalette.highlight2,
    ] + FigurePalette.categorical

    static func rules(for classes: Set<String>) -> String {
        var rules: [String] = []
        if classes.contains("gb-t") {
            let stack = FigurePalette.fontStack
            rules.append(".gb-t{font-family:\(stack);font-family:var(--gb-font,\(stack))}")
        }
        for color in themable {
            guard let variable = color.variable else { continue }
            let hex = color.hexString
            for (kind, property) in [("f", "fill"), ("s", "stroke")] {
                guard let name = SVGWriter.className(color, kind), classes.contains(name) else { continue }
                rules.append(".\(name){\(property):\(hex);\(property):var(\(variable),\(hex))}")
            }
        }
        return rules.joined(separator: "\n")
    }
}
