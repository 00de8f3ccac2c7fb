import Course
import Foundation

/// Replaces the code of one cell in a lesson file's text, leaving every other byte as it was:
/// the fence lines, the cell's `//|` option lines and the rest of the file are kept.
public enum LessonCellEdit {
    /// Why an edit was refused (the page shows `description`).
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// A cell found in a lesson's text.
    public struct Located: Sendable, Equatable {
        /// The cell's name (label or `cell-N`).
        public var name: String
        /// The code without option lines, as the editor shows it.
        public var code: String
        /// The `//|` option lines, as written.
        public var options: [String]
        /// The file line of the opening fence (1-based).
        public var fenceLine: Int
        /// Whether the cell runs (not `norun`, not `eval: false`).
        public var runnable: Bool
        /// The block's whole content (options and code) as the parser read it.
        public var source: String
    }

    /// The cells of a lesson file's `text` (`path` only names it in errors).
    public static func cells(in text: String, path: String) throws -> [Located] {
        let split = try FrontMatter.split(text, path: path)
        let document = try LessonParser().parse(body: split.body, firstLine: split.bodyStartLine, path: path)
        return document.cells.map { cell in
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
            let options = lines.prefix { $0.drop(while: { $0 == " " }).hasPrefix("//|") }.map(String.init)
            return Located(name: cell.name, code: cell.code, options: options, fenceLine: cell.fenceLine, runnable: cell.isRunnable,
                           source: cell.source)
        }
    }

    /// `text` with the code of cell `name` replaced by `newCode` (option lines kept).
    /// - Throws: `Refusal` when there is no such cell, its fence is indented (inside a list), or
    ///   `newCode` holds a line that would close the fence.
    public static func replacing(cell name: String, code newCode: String, in text: String, path: String) throws -> String {
        guard !text.utf8.contains(13) else {
            // The lesson's line numbers would not be the file's lines: refuse rather than guess.
            throw Refusal(description: "\(path) has CR line endings; convert it to LF (\\n) to edit its cells in the page")
        }
        guard let cell = try cells(in: text, path: path).first(where: { $0.name == name }) else {
            throw Refusal(description: "\(path) has no cell '\(name)'")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fenceIndex = cell.fenceLine - 1
        guard fenceIndex < lines.count else { throw Refusal(description: "\(path):\(cell.fenceLine): the cell's fence is not where the lesson says") }
        let fence = lines[fenceIndex]
        guard let marker = fence.first, marker == "`" || marker == "~" else {
            throw Refusal(description: "\(path):\(cell.fenceLine): the cell's fence is indented; edit this cell in the file")
        }
        let fenceLength = fence.prefix { $0 == marker }.count
        func closes(_ line: String) -> Bool {
            let body = line.drop { $0 == " " }
            let run = body.prefix { $0 == marker }.count
            return line.count - body.count <= 3 && run >= fenceLength && body.dropFirst(run).allSatisfy(\.isWhitespace)
        }
        guard let closing = lines.indices.dropFirst(fenceIndex + 1).first(where: { closes(lines[$0]) }) else {
            throw Refusal(description: "\(path):\(cell.fenceLine): the cell's fence is never closed")
        }
        let content = lines[(fenceIndex + 1)..<closing].map { $0 + "\n" }.joined()
        guard content == cell.source else {
            throw Refusal(description: "\(path):\(cell.fenceLine): the cell's lines are not its code as parsed; edit this cell in the file")
        }
        var code = String(decoding: newCode.utf8.filter { $0 != 13 }, as: UTF8.self)
        if code.hasSuffix("\n") { code.removeLast() }
        let codeLines = code.isEmpty ? [] : code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let bad = codeLines.firstIndex(where: closes) {
            throw Refusal(description: "line \(bad + 1) of the new code would close the cell's fence (\(String(repeating: marker, count: fenceLength)))")
        }
        let kept = Array(lines[(fenceIndex + 1)..<closing].prefix(cell.options.count))
        lines.replaceSubrange((fenceIndex + 1)..<closing, with: kept + codeLines)
        return lines.joined(separator: "\n")
    }
}
