import Course

/// Numbers the figures of a lesson (`图 2.3`: chapter 2, third figure) for captions and `@fig-`
/// cross-references. A cell is a figure when it has a caption or a label starting with `fig-`.
struct FigureNumbers {
    private(set) var numbers: [String: String] = [:]

    init(lesson: Lesson) {
        var count = 0
        for cell in lesson.document.cells where cell.isFigure {
            count += 1
            numbers[cell.name] = lesson.number.map { "图 \($0).\(count)" } ?? "图 \(count)"
        }
    }

    subscript(label: String) -> String? { numbers[label] }

    /// The link a cross-reference becomes. An unknown label still becomes a link, to `#label`,
    /// which the link checker then reports with the reference's location.
    func link(for reference: CrossReference) -> HTMLNode {
        .el("a", [("class", "xref"), ("href", "#" + reference.label)], [.text(numbers[reference.label] ?? "@" + reference.label)])
    }
}

extension CellSource {
    var isFigure: Bool { options.caption != nil || name.hasPrefix("fig-") }
}
