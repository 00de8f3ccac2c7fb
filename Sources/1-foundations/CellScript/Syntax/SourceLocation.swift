/// A position in a cell's source: 1-based line and column (columns count Unicode scalars,
/// so a Chinese character is one column), plus the scalar offset from the start of the cell.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line inside the cell.
    public var line: Int
    /// 1-based column (Unicode scalars) inside the line.
    public var column: Int
    /// 0-based offset in Unicode scalars from the start of the cell.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of source, `start` inclusive and `end` exclusive.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    /// Creates a range.
    public init(_ start: SourceLocation, _ end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both ranges.
    func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    /// An empty range at the very start of a cell.
    static let zero = SourceRange(SourceLocation(line: 1, column: 1, offset: 0), SourceLocation(line: 1, column: 1, offset: 0))
    public var description: String { start.description }
}
