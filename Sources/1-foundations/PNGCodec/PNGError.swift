/// An error from encoding, decoding, reading or writing a PNG.
///
/// `message` is libpng's own message when libpng reported the failure; `path` names the file
/// for file operations.
public struct PNGError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done: "encode", "decode", "read", "write", "PNGImage".
    public let operation: String
    /// Why it failed (libpng's message when it came from libpng).
    public let message: String
    /// The file involved, if any.
    public let path: String?

    /// Creates an error.
    public init(operation: String, message: String, path: String? = nil) {
        self.operation = operation
        self.message = message
        self.path = path
    }

    public var description: String {
        if let path { return "PNG \(operation) '\(path)': \(message)" }
        return "PNG \(operation): \(message)"
    }
}
