/// One thing a cell produced, in the order it produced it. In `cells.json` each output is one
/// flat object with a `kind` (`{"kind": "text", "text": "…"}`), easy to read in a review.
public enum CellOutput: Sendable, Equatable {
    /// Printed text (consecutive prints are merged).
    case text(String)
    /// A figure as an SVG file of the freeze, named by its content hash, with its accessible text.
    case svg(file: String, title: String)
    /// An image as a PNG file of the freeze.
    case png(file: String, width: Int, height: Int)
    /// A value shown as text: a number, a string, a tensor preview.
    case value(String)
    /// An HTML table built from typed cells (escaped when rendered).
    case table(header: [String], rows: [[String]])
}

extension CellOutput: Codable {
    private enum Key: String, CodingKey { case kind, text, file, title, width, height, header, rows }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        guard let kind = try container.decodeIfPresent(String.self, forKey: .kind) else {
            self = try LegacyCellOutput(from: decoder).output
            return
        }
        switch kind {
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "value": self = .value(try container.decode(String.self, forKey: .text))
        case "svg": self = .svg(file: try container.decode(String.self, forKey: .file), title: try container.decode(String.self, forKey: .title))
        case "png":
            self = .png(file: try container.decode(String.self, forKey: .file), width: try container.decode(Int.self, forKey: .width),
                        height: try container.decode(Int.self, forKey: .height))
        case "table":
            self = .table(header: try container.decode([String].self, forKey: .header), rows: try container.decode([[String]].self, forKey: .rows))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown output kind '\(kind)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .kind); try container.encode(text, forKey: .text)
        case .value(let text):
            try container.encode("value", forKey: .kind); try container.encode(text, forKey: .text)
        case .svg(let file, let title):
            try container.encode("svg", forKey: .kind); try container.encode(file, forKey: .file); try container.encode(title, forKey: .title)
        case .png(let file, let width, let height):
            try container.encode("png", forKey: .kind); try container.encode(file, forKey: .file)
            try container.encode(width, forKey: .width); try container.encode(height, forKey: .height)
        case .table(let header, let rows):
            try container.encode("table", forKey: .kind); try container.encode(header, forKey: .header); try container.encode(rows, forKey: .rows)
        }
    }
}

/// The first format of `cells.json` (Swift's synthesized enum coding, `{"text": {"_0": …}}`),
/// still read so older freezes stay valid; the next save writes the flat form.
private enum LegacyCellOutput: Decodable {
    case text(String)
    case svg(file: String, title: String)
    case png(file: String, width: Int, height: Int)
    case value(String)
    case table(header: [String], rows: [[String]])

    var output: CellOutput {
        switch self {
        case .text(let text): return .text(text)
        case .svg(let file, let title): return .svg(file: file, title: title)
        case .png(let file, let width, let height): return .png(file: file, width: width, height: height)
        case .value(let text): return .value(text)
        case .table(let header, let rows): return .table(header: header, rows: rows)
        }
    }
}

/// A cell's failure: the message, where it happened, and the rendered diagnostic (source line
/// and caret, traceback) as the terminal shows it.
public struct CellFailure: Sendable, Equatable, Codable, Error {
    public var message: String
    public var line: Int
    public var column: Int
    public var rendered: String

    /// Most bytes of `rendered` kept: a diagnostic quoting a 10 MB source line (and a caret
    /// line as long) once put 20 MB into the freeze, the terminal and the page.
    public static let maxRenderedBytes = 64 << 10

    public init(message: String, line: Int, column: Int, rendered: String) {
        self.message = message
        self.line = line
        self.column = column
        self.rendered = Self.capped(rendered)
    }

    /// `text` cut at a character boundary within `maxRenderedBytes`, saying how much was cut.
    static func capped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > maxRenderedBytes else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: maxRenderedBytes)
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        let omitted = utf8.distance(from: end, to: utf8.endIndex)
        return String(decoding: utf8[..<end], as: UTF8.self) + "\n… (\(omitted) more bytes of this error report not kept)"
    }
}
