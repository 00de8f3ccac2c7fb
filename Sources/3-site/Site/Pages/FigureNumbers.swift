import Course

/// Numbers the figures of a lesson (`图 2.3`: chapter 2, third figure) and, with their own
/// counter, its tables (`表 4.1`), for captions and `@fig-`/`@tbl-` cross-references. A cell is
/// a table when its label starts with `tbl-`, else a figure when it has a caption or a label
/// starting with `fig-`.
struct FigureNumbers {
    private(set) var numbers: [String: String] = [:]

    init(lesson: Lesson) {
        var figures = 0, tables = 0
        for cell in lesson.document.cells where cell.isFigure || cell.isTable {
            let word = cell.isTable ? "表" : "图"
            if cell.isTable { tables += 1 } else { figures += 1 }
            let count = cell.isTable ? tables : figures
            numbers[cell.name] = lesson.number.map { "\(word) \($0).\(count)" } ?? "\(word) \(count)"
        }
    }

    subscript(label: String) -> String? { numbers[label] }

    /// The link a cross-reference becomes. An unknown label still becomes a link, to `#label`,
    /// which the link checker then reports with the reference's location.
    func link(for reference: CrossReference) -> HTMLNode {
        .el("a", [("class", "xref"), ("href", "#" + reference.label)], [.text(numbers[reference.label] ?? "@" + reference.label)])
    }
}
