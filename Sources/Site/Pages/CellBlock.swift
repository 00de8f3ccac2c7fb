import Notebook

/// The HTML of one cell: a header with its label, and its code (hidden behind a `<details>`
/// toggle when `echo: false`).
enum CellBlock {
    static func render(_ cell: CellSource, code: HTMLNode, figureNumber: String? = nil) -> HTMLNode {
        var classes = ["cell"]
        if !cell.isRunnable { classes.append("cell-norun") }
        let header = HTMLNode.el("div", [("class", "cell-header")], [
            .el("span", [("class", "cell-label")], [.text(cell.name)]),
            .el("span", [("class", "cell-status")], [.text(cell.isRunnable ? "swift" : "swift · 不运行")]),
        ])
        let pre = HTMLNode.el("pre", [("class", "cell-code")], [.el("code", [("class", "language-swift")], [code])])
        let body: HTMLNode = cell.options.echo
            ? pre
            : .el("details", [("class", "cell-hidden-code")], [.el("summary", [], [.text("显示代码")]), pre])
        let block = HTMLNode.el("div", [("class", classes.joined(separator: " ")), ("id", "cell-" + cell.name),
                                        ("data-line", String(cell.fenceLine))], [header, body])
        guard let figureNumber else { return block }
        var caption: [HTMLNode] = [.el("span", [("class", "figure-number")], [.text(figureNumber)])]
        if let text = cell.options.caption { caption.append(.text(" " + text)) }
        return .el("figure", [("class", "cell-figure"), ("id", cell.name)], [block, .el("figcaption", [], caption)])
    }
}
