import MarkupText
import PNGCodec

/// Serialises a scene to SVG text: one pass, rounded coordinates, classes for themable colours.
enum SVGWriter {
    static func write(_ scene: FigureScene) -> String {
        var classes = Set<String>()
        let body = self.body(scene, classes: &classes)
        var out = SVGBuffer()
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        out.number(scene.width)
        out.append(" ")
        out.number(scene.height)
        out.append("\" width=\"100%\" style=\"max-width:")
        out.number(scene.width)
        out.append("px;height:auto\" role=\"img\">\n")
        header(scene, classes: classes, responsive: false, into: &out)
        out.bytes.append(contentsOf: body.bytes)
        out.append("</svg>\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// One document with two layouts: `wide` for desktops and `narrow` for phones, as nested
    /// `<svg>` elements. The outer element takes the shown layout's aspect ratio and maximum
    /// width from custom properties, so its rules are the same in every figure and several
    /// figures on one page never conflict.
    static func write(_ wide: FigureScene, narrow: FigureScene) -> String {
        var classes = Set<String>()
        let wideBody = body(wide, classes: &classes)
        let narrowBody = body(narrow, classes: &classes)
        var out = SVGBuffer()
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gb-rs\" style=\"--gb-rs-w:")
        out.number(wide.width)
        out.append("px;--gb-rs-wr:")
        out.number(wide.width); out.append("/"); out.number(wide.height)
        out.append(";--gb-rs-n:")
        out.number(min(PhoneLayout.maxShownWidth, narrow.width * PhoneLayout.maxShownWidth / PhoneLayout.width))
        out.append("px;--gb-rs-nr:")
        out.number(narrow.width); out.append("/"); out.number(narrow.height)
        out.append("\" role=\"img\">\n")
        header(wide, classes: classes, responsive: true, into: &out)
        for (scene, name, bytes) in [(wide, "gb-rs-w", wideBody.bytes), (narrow, "gb-rs-n", narrowBody.bytes)] {
            out.append("<svg class=\""); out.append(name); out.append("\" viewBox=\"0 0 ")
            out.number(scene.width); out.append(" "); out.number(scene.height)
            out.append("\" width=\"100%\" height=\"100%\">\n")
            out.bytes.append(contentsOf: bytes)
            out.append("</svg>\n")
        }
        out.append("</svg>\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// CSS of a two-layout document: the wide layout, and below the phone breakpoint the
    /// narrow one. The same text in every figure.
    static var responsiveRules: String {
        ".gb-rs{display:block;width:100%;height:auto;max-width:var(--gb-rs-w);aspect-ratio:var(--gb-rs-wr)}"
            + ".gb-rs>.gb-rs-n{display:none}"
            + "@media (max-width:\(PhoneLayout.breakpoint)px){.gb-rs{max-width:var(--gb-rs-n);aspect-ratio:var(--gb-rs-nr)}"
            + ".gb-rs>.gb-rs-w{display:none}.gb-rs>.gb-rs-n{display:inline}}"
    }

    private static func header(_ scene: FigureScene, classes: Set<String>, responsive: Bool, into out: inout SVGBuffer) {
        out.append("<title>")
        out.append(MarkupText.escape(scene.title))
        out.append("</title>\n<desc>")
        out.append(MarkupText.escape(scene.description))
        out.append("</desc>\n<style>")
        out.append(SVGStyle.rules(for: classes))
        if responsive { out.append("\n"); out.append(responsiveRules) }
        out.append("</style>\n")
    }

    private static func body(_ scene: FigureScene, classes: inout Set<String>) -> SVGBuffer {
        var body = SVGBuffer()
        body.append("<rect class=\"gb-f-bg\" width=\"")
        body.number(scene.width)
        body.append("\" height=\"")
        body.number(scene.height)
        body.append("\"/>\n")
        classes.insert("gb-f-bg")
        for item in scene.items { writeItem(item, into: &body, classes: &classes) }
        return body
    }

    static func writeItem(_ item: SceneItem, into out: inout SVGBuffer, classes: inout Set<String>) {
        switch item {
        case let .path(subpaths, closed, fill, stroke, opacity):
            out.append("<path")
            paint(fill: fill, stroke: stroke, into: &out, classes: &classes)
            if opacity < 1 { out.append(" opacity=\""); out.number(opacity, decimals: 2); out.append("\"") }
            out.append(" d=\"")
            for path in subpaths where !path.isEmpty {
                for (index, point) in path.enumerated() {
                    out.append(index == 0 ? "M" : "L")
                    out.number(point.x); out.append(","); out.number(point.y)
                }
                if closed { out.append("Z") }
            }
            out.append("\"/>\n")
        case let .circles(centers, radii, fill, opacity):
            out.append("<g")
            paint(fill: fill, stroke: nil, into: &out, classes: &classes)
            if opacity < 1 { out.append(" fill-opacity=\""); out.number(opacity, decimals: 2); out.append("\"") }
            out.append(">")
            for (index, centre) in centers.enumerated() {
                out.append("<circle cx=\""); out.number(centre.x)
                out.append("\" cy=\""); out.number(centre.y)
                out.append("\" r=\""); out.number(radii.count == centers.count ? radii[index] : radii[0])
                out.append("\"/>")
            }
            out.append("</g>\n")
        case let .rects(rects, fill, stroke, opacity):
            out.append("<g")
            paint(fill: fill, stroke: stroke, into: &out, classes: &classes)
            if opacity < 1 { out.append(" fill-opacity=\""); out.number(opacity, decimals: 2); out.append("\"") }
            out.append(">")
            for rect in rects {
                out.append("<rect x=\""); out.number(rect.x)
                out.append("\" y=\""); out.number(rect.y)
                out.append("\" width=\""); out.number(rect.width)
                out.append("\" height=\""); out.number(rect.height)
                out.append("\"/>")
            }
            out.append("</g>\n")
        case let .image(image, rect, smooth):
            guard let bytes = try? PNGCodec.encode(image) else { return }
            out.append("<image x=\""); out.number(rect.x)
            out.append("\" y=\""); out.number(rect.y)
            out.append("\" width=\""); out.number(rect.width)
            out.append("\" height=\""); out.number(rect.height)
            out.append("\" preserveAspectRatio=\"none\"")
            if !smooth { out.append(" style=\"image-rendering:pixelated\"") }
            out.append(" href=\"data:image/png;base64,")
            out.append(Base64.encode(bytes))
            out.append("\"/>\n")
        case let .text(text, at, size, anchor, color, bold, italic, rotated):
            out.append("<text x=\""); out.number(at.x)
            out.append("\" y=\""); out.number(at.y)
            out.append("\" font-size=\""); out.number(size)
            out.append("\"")
            if anchor != .start { out.append(anchor == .middle ? " text-anchor=\"middle\"" : " text-anchor=\"end\"") }
            if bold { out.append(" font-weight=\"bold\"") }
            if italic { out.append(" font-style=\"italic\"") }
            if rotated {
                out.append(" transform=\"rotate(-90 "); out.number(at.x); out.append(" "); out.number(at.y); out.append(")\"")
            }
            classes.insert("gb-t")
            out.append(" class=\"gb-t")
            if let name = className(color, "f") { classes.insert(name); out.append(" "); out.append(name); out.append("\"") }
            else { out.append("\" fill=\""); out.append(color.hexString); out.append("\"") }
            out.append(">")
            writeRuns(text, size: size, into: &out)
            out.append("</text>\n")
        }
    }

    /// Text content with sub- and superscripts as `<tspan>`s shifted by `dy` (in figure
    /// pixels, undone after each script so the text returns to its baseline).
    static func writeRuns(_ text: String, size: Double, into out: inout SVGBuffer) {
        var offset = 0.0
        for run in ChartText.runs(text) {
            let target: Double
            switch run.shift {
            case .none: target = 0
            case .sub: target = size * 0.3
            case .sup: target = -size * 0.42
            }
            if run.shift == .none, target == offset {
                out.append(MarkupText.escape(run.text))
                continue
            }
            out.append("<tspan")
            if target != offset { out.append(" dy=\""); out.number(target - offset, decimals: 2); out.append("\"") }
            if run.shift != .none { out.append(" font-size=\""); out.number(size * ChartText.scriptScale, decimals: 2); out.append("\"") }
            out.append(">")
            out.append(MarkupText.escape(run.text))
            out.append("</tspan>")
            offset = target
        }
    }

    /// Fill and stroke attributes: a class for themable colours, a hex attribute otherwise.
    static func paint(fill: FigureColor?, stroke: Stroke?, into out: inout SVGBuffer, classes: inout Set<String>) {
        var names: [String] = []
        if let fill {
            if let name = className(fill, "f") { names.append(name) }
            else { out.append(" fill=\""); out.append(fill.hexString); out.append("\"") }
        } else {
            out.append(" fill=\"none\"")
        }
        if let stroke {
            if let name = className(stroke.color, "s") { names.append(name) }
            else { out.append(" stroke=\""); out.append(stroke.color.hexString); out.append("\"") }
            out.append(" stroke-width=\""); out.number(stroke.width, decimals: 2); out.append("\"")
            let pattern = stroke.style.pattern(width: stroke.width)
            if !pattern.isEmpty {
                out.append(" stroke-dasharray=\"")
                for (index, value) in pattern.enumerated() {
                    if index > 0 { out.append(" ") }
                    out.number(stroke.roundCaps && index % 2 == 0 ? 0.01 : value + (stroke.roundCaps ? stroke.width : 0), decimals: 2)
                }
                out.append("\"")
            }
            out.append(stroke.roundCaps ? " stroke-linecap=\"round\"" : "")
            out.append(" stroke-linejoin=\"round\"")
        }
        if !names.isEmpty {
            for name in names { classes.insert(name) }
            out.append(" class=\""); out.append(names.joined(separator: " ")); out.append("\"")
        }
    }

    /// `gb-f-real` for fill with `--gb-real`; nil for colours without a CSS custom property.
    static func className(_ color: FigureColor, _ kind: String) -> String? {
        guard let variable = color.variable, variable.hasPrefix("--gb-") else { return nil }
        return "gb-\(kind)-" + variable.dropFirst(5)
    }

}

/// A growing UTF-8 buffer with fast fixed-point number output.
struct SVGBuffer {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16_384) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends `value` rounded to `decimals` (1 or 2) decimals, trailing zeros trimmed.
    mutating func number(_ value: Double, decimals: Int = 1) {
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        let scale = decimals >= 2 ? 100.0 : 10.0
        var scaled = (value * scale).rounded()
        if scaled == 0 { bytes.append(UInt8(ascii: "0")); return }
        if scaled < 0 { bytes.append(UInt8(ascii: "-")); scaled = -scaled }
        guard scaled < 1e15 else { bytes.append(contentsOf: "999999999".utf8); return }
        let integer = UInt64(scaled)
        let unit: UInt64 = decimals >= 2 ? 100 : 10
        appendInteger(integer / unit)
        var fraction = integer % unit
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            if unit == 100 {
                bytes.append(UInt8(48 + fraction / 10))
                fraction %= 10
                if fraction != 0 { bytes.append(UInt8(48 + fraction)) }
            } else {
                bytes.append(UInt8(48 + fraction))
            }
        }
    }

    private mutating func appendInteger(_ value: UInt64) {
        if value >= 10 { appendInteger(value / 10) }
        bytes.append(UInt8(48 + value % 10))
    }
}
