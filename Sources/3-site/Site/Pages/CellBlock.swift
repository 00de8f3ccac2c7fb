import Course

/// The HTML of one cell: a header (label, where its outputs come from, seconds), its code
/// (behind a `<details>` toggle when `echo: false`), then its outputs (unless `output: false`).
enum CellBlock {
    struct Parts {
        var code: HTMLNode
        /// Said below the code when it was cut (see `OutputCaps`).
        var codeNote: HTMLNode? = nil
        var outputs: HTMLNode?
        var frozen: FrozenCell?
        var figureNumber: String?
        /// Where the cell is written: `lessons/03-dcgan.md:412` (its opening fence).
        var source: String? = nil
    }

    /// What "冻结输出" means and how to edit and rerun a cell, said once above a lesson's cells.
    static let legendText = "「冻结输出」是单元上次运行时保存下来的结果：打开本页不会运行任何代码。"
        + "想改代码再运行：在课程目录执行 ganbook serve，在它打开的页面里点单元上的「编辑」，改好后点「运行」。"

    static var legend: HTMLNode { .el("p", [("class", "cell-legend")], [.text(legendText)]) }

    static func render(_ cell: CellSource, _ parts: Parts) -> HTMLNode {
        var classes = ["cell"]
        if !cell.isRunnable { classes.append("cell-norun") }
        if parts.frozen?.failure != nil { classes.append(cell.options.expectsError ? "cell-expected-error" : "cell-failed") }
        var top: [HTMLNode] = [.el("span", [("class", "cell-label")], [.text(cell.name)])]
        if let source = parts.source { top.append(.el("span", [("class", "cell-source"), ("title", "这个单元写在这个文件的这一行")], [.text(source)])) }
        top.append(.el("span", [("class", "cell-status")], status(cell, parts)))
        let header = HTMLNode.el("div", [("class", "cell-header")], top)
        let pre = HTMLNode.el("pre", [("class", "cell-code")], [.el("code", [("class", "language-swift")], [parts.code])])
        let shown = parts.codeNote.map { HTMLNode.fragment([pre, $0]) } ?? pre
        let code: HTMLNode = cell.options.echo
            ? shown
            : .el("details", [("class", "cell-hidden-code")], [.el("summary", [], [.text("显示代码")]), shown])
        var children = [header, code]
        if let skipped = parts.frozen?.skippedBecause {
            children.append(.el("p", [("class", "cell-skipped")], [.text(skipped)]))
        } else if let outputs = parts.outputs, cell.options.output || parts.frozen?.failure != nil {
            children.append(outputs)
        }
        let block = HTMLNode.el("div", [("class", classes.joined(separator: " ")), ("id", "cell-" + cell.name),
                                        ("data-line", String(cell.fenceLine))], children)
        guard let figureNumber = parts.figureNumber else { return block }
        var caption: [HTMLNode] = [.el("span", [("class", "figure-number")], [.text(figureNumber)])]
        if let text = cell.options.caption { caption.append(.text(" " + text)) }
        return .el("figure", [("class", "cell-figure"), ("id", cell.name)], [block, .el("figcaption", [], caption)])
    }

    /// Where the outputs come from. The origin is marked `data-origin="frozen"` so the live
    /// preview can relabel the cells that just ran without reading the label's text.
    private static func status(_ cell: CellSource, _ parts: Parts) -> [HTMLNode] {
        guard cell.isRunnable else { return [.text("swift · 不运行")] }
        guard let frozen = parts.frozen else { return [.text("swift · 未运行")] }
        let seconds = frozen.seconds < 0.01 ? "<0.01 s" : String(format: "%.2f s", frozen.seconds)
        return [.el("span", [("class", "cell-origin"), ("data-origin", "frozen"), ("title", legendText)], [.text("冻结输出")]),
                .text(" · " + seconds)]
    }
}
