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

    /// Where the cell's name comes from: its label option, else its opening fence.
    public var nameLine: Int { labelLine ?? fenceLine }

    /// Whether the cell is meant to run (not `swift norun`, not `eval: false`).
    public var isRunnable: Bool {
        !info.split(separator: " ").contains("norun") && options.eval
    }

    /// The label, or `cell-N` from the position.
    public var name: String { options.label ?? "cell-\(index + 1)" }

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
    static func parse(index: Int, info: String, literal: String, fenceLine: Int, path: String) throws -> CellSource {
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
                          fenceLine: fenceLine, codeLine: fenceLine + 1 + codeStart, labelLine: labelLine)
    }
}
