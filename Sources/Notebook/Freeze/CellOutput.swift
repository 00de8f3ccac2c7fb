/// One thing a cell produced, in the order it produced it.
public enum CellOutput: Sendable, Equatable, Codable {
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

/// A cell's failure: the message, where it happened, and the rendered diagnostic (source line
/// and caret, traceback) as the terminal shows it.
public struct CellFailure: Sendable, Equatable, Codable, Error {
    public var message: String
    public var line: Int
    public var column: Int
    public var rendered: String

    public init(message: String, line: Int, column: Int, rendered: String) {
        self.message = message
        self.line = line
        self.column = column
        self.rendered = rendered
    }
}
