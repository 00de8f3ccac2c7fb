/// A fenced code block of a lesson that `ganbook` treats as a cell (` ```swift `).
///
/// ````markdown
/// ```swift
/// //| label: train-1d
/// //| timeout: 120
/// let data = Normal(mean: 4, std: 0.5)
/// ```
/// ````
public struct CellSource: Sendable, Equatable {
    /// Position of the cell among the lesson's cells, from 0.
    public var index: Int
    /// The fence's info string, e.g. `swift` or `swift norun`.
    public var info: String
    /// `//| key: value` options, in source order.
    public var options: CellOptions
    /// The code without the option lines.
    public var code: String
    /// The whole block content as written (options included).
    public var source: String
    /// The file line of the opening fence.
    public var fenceLine: Int
    /// The file line of the first line of `code`.
    public var codeLine: Int
    /// The file line of the `//| label:` option, if any.
    public var labelLine: Int? = nil
    /// An inline value in prose (`` `{swift} expr` ``) rather than a fenced block: its code is one
    /// expression whose value is written into the sentence. It runs, is keyed and frozen like any
    /// cell (so `--frozen` fails when it is stale), but has no block of its own on the page.
    public var isInline = false
    /// Position among the lesson's blocks (or, for an inline value, among its inline values),
    /// from 0: what `cell-N` and `inline-N` count, so an inline value never renames a block.
    public var ordinal = 0

    /// The column where the cell starts on `fenceLine`: 1 for a block, the expression's column
    /// for an inline value (its code is indented to it).
    public var startColumn: Int { isInline ? code.prefix(while: { $0 == " " }).count + 1 : 1 }

    /// Where the cell's name comes from: its label option, else its opening fence.
    public var nameLine: Int { labelLine ?? fenceLine }

    /// Whether the cell is meant to run (not `swift norun`, not `eval: false`).
    public var isRunnable: Bool {
        !info.split(separator: " ").contains("norun") && options.eval
    }

    /// The label, or `cell-N` (`inline-N` for an inline value) from the position.
    public var name: String { options.label ?? (isInline ? "inline-\(ordinal + 1)" : "cell-\(ordinal + 1)") }

    /// A numbered table (`表 4.1`): its label starts with `tbl-`.
    public var isTable: Bool { name.hasPrefix("tbl-") }
    /// A numbered figure (`图 2.3`): a caption, or a label starting with `fig-`.
    public var isFigure: Bool { !isTable && (options.caption != nil || name.hasPrefix("fig-")) }

    /// The ids the cell's HTML carries: `cell-NAME` on its block, and `NAME` on the `<figure>`
    /// of a numbered figure or table (what `@fig-NAME` links to).
    public var elementIDs: [String] { ["cell-" + name] + (isFigure || isTable ? [name] : []) }
}

extension CellSource {
    /// Whether a fence info string marks a cell: its first word is `swift`.
    static func isCell(info: String) -> Bool {
        info.split(separator: " ", maxSplits: 1).first == "swift"
    }

    /// Builds a cell from a code block's literal content starting at `contentLine`.
    static func parse(index: Int, ordinal: Int, info: String, literal: String, fenceLine: Int, path: String) throws -> CellSource {
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        var optionLines: [(Int, Substring)] = []
        var codeStart = 0
        for (offset, line) in lines.enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            guard trimmed.hasPrefix("//|") else { break }
            optionLines.append((fenceLine + 1 + offset, trimmed.dropFirst(3)))
            codeStart = offset + 1
        }
        let options = try CellOptions(lines: optionLines, path: path)
        let code = lines[codeStart...].joined(separator: "\n")
        let labelLine = optionLines.last { $0.1.drop(while: { $0 == " " }).hasPrefix("label") }?.0
        return CellSource(index: index, info: info, options: options, code: code, source: literal,
                          fenceLine: fenceLine, codeLine: fenceLine + 1 + codeStart, labelLine: labelLine, ordinal: ordinal)
    }

    /// The marker that makes a code span an inline value: `` `{swift} mean(losses)` ``.
    public static let inlineMarker = "{swift}"

    /// The expression of a code span that is an inline value, or nil for ordinary code.
    static func inlineExpression(_ literal: String) -> String? {
        guard literal.hasPrefix(inlineMarker) else { return nil }
        return String(literal.dropFirst(inlineMarker.count).drop(while: { $0 == " " }))
    }

    /// An inline value found on `line` at `column` (of its expression). The code is indented by
    /// `column - 1` spaces, so that the language's diagnostics point at the right column.
    static func inline(index: Int, ordinal: Int, expression: String, line: Int, column: Int) -> CellSource {
        let code = String(repeating: " ", count: max(0, column - 1)) + expression
        return CellSource(index: index, info: "swift", options: CellOptions(), code: code, source: expression,
                          fenceLine: line, codeLine: line, isInline: true, ordinal: ordinal)
    }
}
