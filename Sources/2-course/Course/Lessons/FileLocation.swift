/// A position in a lesson file, 1-based, as editors and compilers print it.
public struct FileLocation: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the prefix of every diagnostic.
    public var description: String { "\(path):\(line):\(column)" }
}
