import CCmarkGFM
import Foundation

/// Turns a lesson's Markdown body into a `LessonDocument`: math protected, cells and headings
/// replaced by placeholder tokens, the rest rendered by cmark-gfm.
public struct LessonParser: Sendable {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Parses `body`, which starts on line `firstLine` of the file at `path`.
    /// - Throws: `CourseError` for invalid cell options or reserved characters.
    public func parse(body: String, firstLine: Int, path: String) throws -> LessonDocument {
        try rejectReservedCharacters(body, firstLine: firstLine, path: path)
        var protector = MathProtector(markdown: body, firstLine: firstLine)
        protector.run()
        if let first = protector.unclosed.first {
            let location = FileLocation(path: path, line: first.line, column: first.column)
            switch first.kind {
            case .displayMath: throw CourseError.unterminatedMath(location, display: true)
            case .inlineMath: throw CourseError.unterminatedMath(location, display: false)
            case .fence(let marker): throw CourseError.unclosedFence(location, fence: marker)
            }
        }
        let document = CmarkDocument(markdown: protector.text, allowRawHTML: allowRawHTML)
        let fileLine = { (cmarkLine: Int) in protector.lineMap.originalLine(cmarkLine + firstLine - 1) }

        var cells: [CellSource] = []
        var blockCount = 0
        var inlineCount = 0
        var headings: [Heading] = []
        var slugger = HeadingSlugger()
        lazy var bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for pointer in document.nodes() {
            let node = CmarkNode(pointer: pointer)
            if node.type == CMARK_NODE_CODE_BLOCK, node.isFenced, CellSource.isCell(info: node.fenceInfo) {
                let cell = try CellSource.parse(index: cells.count, ordinal: blockCount, info: node.fenceInfo,
                                                literal: node.literal, fenceLine: fileLine(node.startLine), path: path)
                document.replaceWithParagraph(pointer, text: Placeholder.token(.cell, cells.count))
                cells.append(cell)
                blockCount += 1
            } else if node.type == CMARK_NODE_CODE, let expression = CellSource.inlineExpression(node.literal) {
                let line = fileLine(node.startLine)
                let column = Self.inlineColumn(of: expression, line: line, lines: bodyLines, firstLine: firstLine)
                guard !expression.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw CourseError.emptyInlineValue(FileLocation(path: path, line: line, column: column))
                }
                cells.append(.inline(index: cells.count, ordinal: inlineCount, expression: expression, line: line, column: column))
                document.replaceWithText(pointer, text: Placeholder.token(.cell, cells.count - 1))
                inlineCount += 1
            } else if node.type == CMARK_NODE_HEADING {
                let text = Placeholder.substitute(in: node.plainText) { kind, index in
                    kind == .math && index < protector.spans.count ? protector.spans[index].tex : ""
                }
                headings.append(Heading(level: node.headingLevel, text: text, id: slugger.slug(for: text),
                                        line: fileLine(node.startLine)))
                document.prependText(pointer, text: Placeholder.token(.heading, headings.count - 1))
            }
        }
        try rejectDuplicateNames(cells, path: path)
        try rejectDuplicateIDs(headings: headings, cells: cells, path: path)
        CJKLineJoiner.join(in: document)
        return LessonDocument(html: document.html(), headings: headings, cells: cells, math: protector.spans,
                              references: protector.references)
    }

    /// Two cells with one name would share an element id (`cell-NAME`), a figure number and a
    /// frozen output; a label may also take the `cell-N` name of a later unlabelled cell.
    private func rejectDuplicateNames(_ cells: [CellSource], path: String) throws {
        var seen: [String: CellSource] = [:]
        for cell in cells {
            if let first = seen[cell.name] {
                throw CourseError.duplicateCellName(FileLocation(path: path, line: cell.nameLine), name: cell.name,
                                                    first: FileLocation(path: path, line: first.nameLine))
            }
            seen[cell.name] = cell
        }
    }

    /// A heading's anchor may not be the id of a cell or figure (`## fig-loss` and a figure
    /// labelled `fig-loss`): links to it would go to whichever comes first.
    private func rejectDuplicateIDs(headings: [Heading], cells: [CellSource], path: String) throws {
        var cellIDs: [String: CellSource] = [:]
        for cell in cells { for id in cell.elementIDs { cellIDs[id] = cell } }
        for heading in headings {
            if let cell = cellIDs[heading.id] {
                throw CourseError.duplicateElementID(FileLocation(path: path, line: heading.line), id: heading.id,
                                                     other: FileLocation(path: path, line: cell.nameLine))
            }
        }
    }

    /// The file column where an inline value's expression starts: after the `{swift}` marker of
    /// that line (the first whose expression follows), 1 when it cannot be found (a span across lines).
    static func inlineColumn(of expression: String, line: Int, lines: [Substring], firstLine: Int) -> Int {
        let offset = line - firstLine
        guard offset >= 0, offset < lines.count else { return 1 }
        let text = lines[offset]
        let head = expression.prefix(8)
        var searchFrom = text.startIndex
        while let marker = text.range(of: CellSource.inlineMarker, range: searchFrom..<text.endIndex) {
            let start = text[marker.upperBound...].firstIndex { $0 != " " } ?? text.endIndex
            if text[start...].hasPrefix(head) { return text.distance(from: text.startIndex, to: start) + 1 }
            searchFrom = marker.upperBound
        }
        return 1
    }

    private func rejectReservedCharacters(_ body: String, firstLine: Int, path: String) throws {
        var line = firstLine
        var column = 1
        for scalar in body.unicodeScalars {
            if scalar == "\u{E000}" || scalar == "\u{E001}" {
                throw CourseError.reservedCharacter(FileLocation(path: path, line: line, column: column))
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
    }
}
