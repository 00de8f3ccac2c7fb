/// An `@fig-label` cross-reference in prose.
public struct CrossReference: Sendable, Equatable {
    /// The label referred to, e.g. `fig-train`.
    public var label: String
    public var line: Int
    public var column: Int
}

/// A `$…$` or `$$…$$` span found in a lesson, with its TeX source and position.
public struct MathSpan: Sendable, Equatable {
    public var tex: String
    public var display: Bool
    /// Where the TeX source starts (after the dollars), in the lesson file.
    public var line: Int
    public var column: Int
}

/// Finds math spans in Markdown before cmark-gfm sees it and replaces them by placeholders.
///
/// Rules (pandoc's `tex_math_dollars`): `$$…$$` is display math; `$…$` is inline math when the
/// opening `$` is not followed by a space and the closing `$` is not preceded by a space nor
/// followed by a digit. `\$` is a literal dollar. Fenced code blocks and code spans are left
/// untouched. Spans never cross a blank line.
///
/// Where pandoc silently prints an opener that never closes as a literal dollar, ganbook records
/// it as a problem (an authoring error): a `$$` with no closing `$$` in its paragraph, and a `$`
/// that opens inline math (not followed by a space) with no valid closing `$`, except when it is
/// followed by a digit, which is a price (`costs $5`) as in pandoc. An opening fence that is never
/// closed is recorded too.
struct MathProtector {
    /// An opener that never closes: where it is and what it is.
    struct Unclosed: Equatable {
        enum Kind: Equatable { case displayMath, inlineMath, fence(String) }
        var kind: Kind
        var line: Int
        var column: Int
    }

    /// Openers that never close, in file order (the parser reports the first).
    var unclosed: [Unclosed] = []
    /// The Markdown with math replaced by placeholders.
    var text: String = ""
    var spans: [MathSpan] = []
    var references: [CrossReference] = []
    /// Maps a line of `text` to the line of the original file.
    var lineMap = LineMap()

    private let bytes: [UInt8]
    private let firstLine: Int

    init(markdown: String, firstLine: Int) {
        bytes = Array(markdown.utf8)
        self.firstLine = firstLine
        lineMap = LineMap(firstLine: firstLine)
    }

    /// Scans the whole document.
    mutating func run() {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let lines = LineCursor(bytes: bytes)
        var fence: Fence?
        var fenceStart: Unclosed?
        var position = 0
        var originalLine = firstLine
        var outputLine = firstLine
        while position < bytes.count {
            let lineEnd = lines.endOfLine(from: position)
            if let open = fence {
                if Fence.closes(open, bytes[position..<lineEnd]) { fence = nil }
                output += bytes[position..<min(lineEnd + 1, bytes.count)]
                position = lineEnd + 1; originalLine += 1; outputLine += 1
                continue
            }
            if let open = Fence.opening(bytes[position..<lineEnd]) {
                fence = open
                let indent = bytes[position..<lineEnd].prefix(while: { $0 == 0x20 }).count
                let marker = String(decoding: bytes[(position + indent)..<lineEnd], as: UTF8.self)
                fenceStart = Unclosed(kind: .fence(marker.trimmingWhitespace), line: originalLine, column: indent + 1)
                output += bytes[position..<min(lineEnd + 1, bytes.count)]
                position = lineEnd + 1; originalLine += 1; outputLine += 1
                continue
            }
            // A run of text lines up to the next blank line or fence: the unit math may span.
            var blockEnd = lineEnd
            while blockEnd + 1 < bytes.count {
                let next = lines.endOfLine(from: blockEnd + 1)
                let line = bytes[(blockEnd + 1)..<next]
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) || Fence.opening(line) != nil { break }
                blockEnd = next
            }
            let consumed = scanInline(from: position, to: blockEnd, startLine: originalLine,
                                      outputLine: &outputLine, into: &output)
            originalLine += consumed
            position = blockEnd + 1
            if position <= bytes.count, blockEnd < bytes.count { output.append(0x0A) }
            outputLine += 1; originalLine += 1
        }
        if fence != nil, let fenceStart { unclosed.append(fenceStart) }
        text = String(decoding: output, as: UTF8.self)
    }

    /// Scans bytes[start..<end] (text lines without their final newline) for code spans, escapes
    /// and math. Returns the number of newlines inside the range.
    private mutating func scanInline(from start: Int, to end: Int, startLine: Int,
                                     outputLine: inout Int, into output: inout [UInt8]) -> Int {
        var i = start
        var line = startLine
        var lineStart = start
        var newlines = 0
        while i < end {
            let byte = bytes[i]
            switch byte {
            case 0x0A:
                output.append(byte); i += 1; line += 1; newlines += 1; outputLine += 1; lineStart = i
            case 0x5C where i + 1 < end && bytes[i + 1] == 0x24: // \$
                output += [0x5C, 0x24]; i += 2
            case 0x5C where i + 1 < end:
                output += [byte, bytes[i + 1]]; i += 2
            case 0x60: // backticks: copy a whole code span
                let run = runLength(of: 0x60, at: i, end: end)
                if let close = closingBackticks(run: run, from: i + run, end: end) {
                    for j in i..<(close + run) where bytes[j] == 0x0A {
                        line += 1; newlines += 1; outputLine += 1; lineStart = j + 1
                    }
                    output += bytes[i..<(close + run)]; i = close + run
                } else {
                    output += bytes[i..<(i + run)]; i += run
                }
            case 0x24:
                let scan = mathSpan(at: i, end: end, line: line, lineStart: lineStart)
                if case .unterminated(let display) = scan {
                    let column = bytes[lineStart..<i].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
                    unclosed.append(Unclosed(kind: display ? .displayMath : .inlineMath, line: line, column: column))
                }
                if case .span(let span, let after) = scan {
                    let spanNewlines = bytes[i..<after].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    if spanNewlines > 0 {
                        if let last = bytes[i..<after].lastIndex(of: 0x0A) { lineStart = last + 1 }
                        line += spanNewlines; newlines += spanNewlines
                        lineMap.record(outputLine: outputLine + 1, originalLine: line + 1)
                    }
                    output += Array(Placeholder.token(.math, spans.count).utf8)
                    spans.append(span)
                    i = after
                } else {
                    output.append(byte); i += 1
                }
            case 0x40 where isReferenceStart(i, end: end, lineStart: lineStart):
                var j = i + 1
                while j < end && isLabelByte(bytes[j]) { j += 1 }
                while j > i + 5 && (bytes[j - 1] == 0x2D || bytes[j - 1] == 0x5F) { j -= 1 }
                let label = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                let column = bytes[lineStart..<i].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
                output += Array(Placeholder.token(.reference, references.count).utf8)
                references.append(CrossReference(label: label, line: line, column: column))
                i = j
            default:
                output.append(byte); i += 1
            }
        }
        return newlines
    }

    /// `@fig-` or `@tbl-` followed by a label character, not preceded by a letter or digit (so
    /// e-mail addresses are left alone).
    private func isReferenceStart(_ i: Int, end: Int, lineStart: Int) -> Bool {
        let count = 5
        guard i + count < end, [Array("@fig-".utf8), Array("@tbl-".utf8)].contains(Array(bytes[i..<(i + count)])),
              isLabelByte(bytes[i + count]) else { return false }
        guard i > lineStart else { return true }
        let before = bytes[i - 1]
        return !(isLabelByte(before) && before != 0x2D) && before != 0x2E
    }

    private func isLabelByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
    }

    private func runLength(of byte: UInt8, at start: Int, end: Int) -> Int {
        var j = start
        while j < end && bytes[j] == byte { j += 1 }
        return j - start
    }

    private func closingBackticks(run: Int, from start: Int, end: Int) -> Int? {
        var j = start
        while j < end {
            if bytes[j] == 0x60 {
                let length = runLength(of: 0x60, at: j, end: end)
                if length == run { return j }
                j += length
            } else { j += 1 }
        }
        return nil
    }

    /// What a `$` starts: a math span (and the index just after it), no math (a literal dollar,
    /// as pandoc reads it), or an opener that never closes.
    private enum Scan {
        case span(MathSpan, Int)
        case notMath
        case unterminated(display: Bool)
    }

    /// Scans the `$` at `start` with pandoc's rules; see the type's comment for `unterminated`.
    private func mathSpan(at start: Int, end: Int, line: Int, lineStart: Int) -> Scan {
        let display = start + 1 < end && bytes[start + 1] == 0x24
        let contentStart = start + (display ? 2 : 1)
        guard contentStart < end else { return display ? .unterminated(display: true) : .notMath }
        let first = bytes[contentStart]
        if !display && (first == 0x20 || first == 0x0A || first == 0x09 || first == 0x0D) { return .notMath }
        // An opener that fails: a price (`$5`) is a literal dollar, anything else an error.
        let failed: Scan = display || !(0x30...0x39).contains(first) ? .unterminated(display: display) : .notMath
        var j = contentStart
        while j < end {
            switch bytes[j] {
            case 0x5C: j += 2
            case 0x24:
                if display {
                    guard j + 1 < end, bytes[j + 1] == 0x24 else { j += 1; continue }
                    guard j > contentStart else { return .notMath }
                    return .span(makeSpan(contentStart, j, display: true, line: line, lineStart: lineStart), j + 2)
                }
                let before = bytes[j - 1]
                let after: UInt8 = j + 1 < end ? bytes[j + 1] : 0x20
                if before == 0x20 || before == 0x0A || before == 0x09 || (0x30...0x39).contains(after) { return failed }
                return .span(makeSpan(contentStart, j, display: false, line: line, lineStart: lineStart), j + 1)
            default: j += 1
            }
        }
        return failed
    }

    private func makeSpan(_ from: Int, _ to: Int, display: Bool, line: Int, lineStart: Int) -> MathSpan {
        var start = from
        var line = line
        var lineStart = lineStart
        if display {
            // Display TeX is trimmed, so its position is that of its first non-blank character.
            while start < to, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 || bytes[start] == 0x0D {
                if bytes[start] == 0x0A { line += 1; lineStart = start + 1 }
                start += 1
            }
        }
        let tex = String(decoding: bytes[start..<to], as: UTF8.self)
        let column = bytes[lineStart..<start].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return MathSpan(tex: display ? tex.trimmingWhitespace : tex, display: display, line: line, column: column)
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
