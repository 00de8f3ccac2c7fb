/// Maps line numbers of protected Markdown (where multi-line math became one placeholder) back
/// to lines of the original lesson file.
struct LineMap: Sendable {
    /// (first output line of a stretch, original line it corresponds to), ascending.
    private var anchors: [(output: Int, original: Int)] = []

    init(firstLine: Int = 1) {
        anchors = [(firstLine, firstLine)]
    }

    mutating func record(outputLine: Int, originalLine: Int) {
        anchors.append((outputLine, originalLine))
    }

    /// The original line of `outputLine`, where `outputLine` counts from the same first line.
    func originalLine(_ outputLine: Int) -> Int {
        var best = anchors[0]
        for anchor in anchors where anchor.output <= outputLine { best = anchor }
        return best.original + (outputLine - best.output)
    }
}

/// Finds line ends in a UTF-8 buffer.
struct LineCursor {
    let bytes: [UInt8]

    /// The index of the newline ending the line that starts at `start`, or `bytes.count`.
    func endOfLine(from start: Int) -> Int {
        var j = start
        while j < bytes.count && bytes[j] != 0x0A { j += 1 }
        return j
    }
}

/// A fenced code block's opening fence: its character and length.
struct Fence: Equatable {
    var character: UInt8
    var length: Int

    /// The fence a line opens (up to three spaces of indent, then ``` or ~~~ or longer).
    static func opening(_ line: ArraySlice<UInt8>) -> Fence? {
        var i = line.startIndex
        var indent = 0
        while i < line.endIndex && line[i] == 0x20 && indent < 4 { i += 1; indent += 1 }
        guard indent < 4, i < line.endIndex, line[i] == 0x60 || line[i] == 0x7E else { return nil }
        let character = line[i]
        var length = 0
        while i < line.endIndex && line[i] == character { i += 1; length += 1 }
        guard length >= 3 else { return nil }
        if character == 0x60 && line[i...].contains(0x60) { return nil }
        return Fence(character: character, length: length)
    }

    /// Whether `line` closes the block opened by `open`.
    static func closes(_ open: Fence, _ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        var indent = 0
        while i < line.endIndex && line[i] == 0x20 && indent < 4 { i += 1; indent += 1 }
        guard indent < 4 else { return false }
        var length = 0
        while i < line.endIndex && line[i] == open.character { i += 1; length += 1 }
        guard length >= open.length else { return false }
        return line[i...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
