import Foundation

/// Reads a course file as UTF-8 text, so that a bad byte is an error at its line and column
/// rather than a file-wide "not UTF-8".
enum LessonText {
    /// Decodes `bytes` (the file at `path`) strictly as UTF-8.
    /// - Throws: `CourseError.invalidUTF8` at the first byte that does not decode; the column
    ///   counts the characters before it on its line, as every diagnostic does.
    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if var text = String(validating: bytes, as: UTF8.self) {
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }  // a byte-order mark is not text
            return text
        }
        try locateInvalidByte(bytes, path: path)
    }

    /// Decodes scalar by scalar up to the first bad byte, and throws there.
    private static func locateInvalidByte(_ bytes: [UInt8], path: String) throws -> Never {
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                throw CourseError.unreadableFile(path: path, reason: "not valid UTF-8")
            case .error:
                let location = FileLocation(path: path, line: line, column: column)
                throw CourseError.invalidUTF8(location, byte: bytes[offset], offset: offset)
            }
        }
    }

    /// Reads and decodes the file at `path`.
    static func read(path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CourseError.unreadableFile(path: path, reason: "permission denied or not a file")
        }
        return try decode([UInt8](data), path: path)
    }
}
