import MarkupText
import Course

/// Renders a cell's frozen outputs below its code: text, values, inline SVG figures, PNG images
/// (copied into the site's `figures/` folder), tables and errors.
struct CellOutputRenderer {
    let slug: String
    /// The bytes of an asset of this lesson by file name, nil when missing or damaged.
    let asset: (String) -> [UInt8]?
    /// Site path → bytes of the images the rendered outputs refer to.
    private(set) var images: [String: [UInt8]] = [:]

    init(slug: String, asset: @escaping (String) -> [UInt8]?) {
        self.slug = slug
        self.asset = asset
    }

    mutating func render(_ frozen: FrozenCell, alt: String?, expectsError: Bool = false) -> HTMLNode {
        var children: [HTMLNode] = []
        for output in frozen.outputs {
            children.append(render(output, alt: alt))
        }
        if let failure = frozen.failure {
            let (report, omitted) = OutputCaps.prefix(of: failure.rendered, limit: OutputCaps.errorBytes)
            children.append(expectsError
                ? .el("pre", [("class", "cell-error cell-error-expected")], [.text(report)])
                : .el("pre", [("class", "cell-error"), ("role", "alert")], [.text(report)]))
            if let omitted {
                let note = "错误报告过长：后面还有 \(omitted.lines) 行（\(OutputCaps.size(omitted.bytes))）未显示。"
                children.append(.el("p", [("class", "cell-note")], [.text(note)]))
            }
        }
        return .el("div", [("class", "cell-outputs")], children)
    }

    private mutating func render(_ output: CellOutput, alt: String?) -> HTMLNode {
        switch output {
        case .text(let text):
            return capped(text, limit: OutputCaps.textBytes, class: "cell-stdout", what: "输出")
        case .value(let text):
            return capped(text, limit: OutputCaps.valueBytes, class: "cell-value", what: "值")
        case .svg(let file, let title):
            guard let bytes = asset(file) else { return missing(file) }
            var svg = String(decoding: bytes, as: UTF8.self)
            if let alt, !alt.isEmpty { svg = Self.replacingDescription(in: svg, with: alt) }
            return .el("div", [("class", "cell-figure-svg"), ("title", title)], [.trusted(svg)])
        case .png(let file, let width, let height):
            guard let bytes = asset(file) else { return missing(file) }
            let path = "figures/\(slug)-\(file)"
            images[path] = bytes
            return .el("div", [("class", "cell-image")], [
                .void("img", attributes: [("src", path), ("width", String(width)), ("height", String(height)),
                                          ("alt", alt ?? ""), ("loading", "lazy")]),
            ])
        case .table(let header, let rows):
            let shown = rows.prefix(OutputCaps.tableRows)
            var children: [HTMLNode] = [.el("table", [], [
                .el("thead", [], [.el("tr", [], header.map { .el("th", [], [.text($0)]) })]),
                .el("tbody", [], shown.map { row in .el("tr", [], row.map { .el("td", [], [.text($0)]) }) }),
            ])]
            if rows.count > shown.count {
                children.append(.el("p", [("class", "cell-note")], [.text("表格过长：只显示前 \(shown.count) 行，共 \(rows.count) 行。")]))
            }
            return .el("div", [("class", "cell-table")], children)
        }
    }

    /// A text output in a `<pre>`, cut at `limit` bytes with a note after it.
    private func capped(_ text: String, limit: Int, class name: String, what: String) -> HTMLNode {
        let (kept, omitted) = OutputCaps.prefix(of: text, limit: limit)
        let pre = HTMLNode.el("pre", [("class", name)], [.text(kept)])
        guard let omitted else { return pre }
        let note = "\(what)过长：后面还有 \(omitted.lines) 行（\(OutputCaps.size(omitted.bytes))）未显示。"
        return .fragment([pre, .el("p", [("class", "cell-note")], [.text(note)])])
    }

    private func missing(_ file: String) -> HTMLNode {
        .el("pre", [("class", "cell-error")], [.text("frozen output \(file) is missing or damaged; rebuild without --frozen")])
    }

    /// Puts the cell's `alt` text into the SVG's `<desc>` so screen readers read the author's words.
    static func replacingDescription(in svg: String, with alt: String) -> String {
        guard let start = svg.range(of: "<desc>"), let end = svg.range(of: "</desc>", range: start.upperBound..<svg.endIndex) else {
            return svg
        }
        return svg.replacingCharacters(in: start.upperBound..<end.lowerBound, with: MarkupText.escape(alt))
    }
}
