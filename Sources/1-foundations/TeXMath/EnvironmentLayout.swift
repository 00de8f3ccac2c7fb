/// How an alignment environment (`aligned`, `cases`, `pmatrix`, `array`, …) is laid out.
struct EnvironmentLayout: Sendable {
    enum Columns: Sendable {
        /// `aligned`: right, left, right, left… with the pairs packed together.
        case alternating
        /// `cases`: all left with a gap before the condition.
        case cases
        /// Every column the same (`matrix`, `gathered`).
        case uniform(String)
        /// Given per column (`array`).
        case explicit([String])
    }

    var columns: Columns
    /// TeX display style in the cells (`aligned`, `gathered`).
    var displayStyle: Bool
    var opening: String? = nil
    var closing: String? = nil

    static func named(_ name: String) -> EnvironmentLayout? {
        switch name {
        case "aligned", "align", "align*", "split", "alignat", "alignat*", "alignedat", "eqnarray", "eqnarray*", "flalign", "flalign*":
            EnvironmentLayout(columns: .alternating, displayStyle: true)
        case "gathered", "gather", "gather*", "equation", "equation*", "multline", "multline*":
            EnvironmentLayout(columns: .uniform("center"), displayStyle: true)
        case "cases":
            EnvironmentLayout(columns: .cases, displayStyle: false, opening: "{")
        case "dcases":
            EnvironmentLayout(columns: .cases, displayStyle: true, opening: "{")
        case "rcases":
            EnvironmentLayout(columns: .cases, displayStyle: false, closing: "}")
        case "matrix", "smallmatrix":
            EnvironmentLayout(columns: .uniform("center"), displayStyle: false)
        case "pmatrix": matrix("(", ")")
        case "bmatrix": matrix("[", "]")
        case "Bmatrix": matrix("{", "}")
        case "vmatrix": matrix("|", "|")
        case "Vmatrix": matrix("‖", "‖")
        case "array", "subarray":
            EnvironmentLayout(columns: .explicit([]), displayStyle: false)
        default:
            nil
        }
    }

    private static func matrix(_ opening: String, _ closing: String) -> EnvironmentLayout {
        EnvironmentLayout(columns: .uniform("center"), displayStyle: false, opening: opening, closing: closing)
    }

    /// Whether an empty ordinary atom starts the cell, so `&= b` spaces `=` as a relation.
    func startsWithEmptyAtom(column: Int) -> Bool {
        if case .alternating = columns { return column % 2 == 1 }
        return false
    }

    /// The alignment and CSS of a cell. MathML Core has no `columnalign` (kept for other
    /// renderers); Chromium lays out an `mtd`'s content at its start edge for `text-align:
    /// left`, `right` and `center` alike, and honours only the legacy `-webkit-left`/
    /// `-webkit-right` values (measured in Chromium 156 by scripts/math-layout-check), so the
    /// standard value comes first and the prefixed one overrides it where it is understood.
    func cellAttributes(column: Int) -> [(name: String, value: String)] {
        switch columns {
        case .alternating:
            if column % 2 == 1 { return [("columnalign", "left"), ("style", Self.textAlign("left") + ";padding-left:0")] }
            let gap = column == 0 ? "padding-left:0" : "padding-left:2em"
            return [("columnalign", "right"), ("style", Self.textAlign("right") + ";padding-right:0;" + gap)]
        case .cases:
            let gap = column == 0 ? "padding-left:0" : "padding-left:1em"
            return [("columnalign", "left"), ("style", Self.textAlign("left") + ";" + gap)]
        case .uniform(let alignment):
            return alignment == "center" ? [] : [("columnalign", alignment), ("style", Self.textAlign(alignment))]
        case .explicit(let alignments):
            let alignment = column < alignments.count ? alignments[column] : "center"
            return alignment == "center" ? [] : [("columnalign", alignment), ("style", Self.textAlign(alignment))]
        }
    }

    /// `text-align:right;text-align:-webkit-right` (and the same for `left`).
    static func textAlign(_ alignment: String) -> String {
        "text-align:\(alignment);text-align:-webkit-\(alignment)"
    }
}
