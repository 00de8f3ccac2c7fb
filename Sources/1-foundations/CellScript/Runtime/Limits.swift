import ResourceBudget

/// Resource limits of one cell run; the notebook sets them per cell.
///
/// ```swift
/// interpreter.limits = Limits(timeLimit: 120, maximumOutputBytes: 1 << 20, maximumCallDepth: 10_000,
///                             memoryBudget: 8 << 30)
/// ```
public struct Limits: Sendable, Hashable {
    /// Seconds a cell may run before `cell exceeded its N s time limit`.
    public var timeLimit: Double
    /// Bytes of printed output kept per cell; more is dropped with a note.
    public var maximumOutputBytes: Int
    /// Nested CellScript calls allowed before a recursion error (Swift runs a 5 000-deep
    /// recursion; cells allow 10 000 frames on the cell thread's 512 MB stack).
    public var maximumCallDepth: Int
    /// Bytes a cell may add to the heap (``MemoryBudget``); default a quarter of physical
    /// memory, at most 4 GiB. Checked before every large allocation a cell asks for.
    public var memoryBudget: Int

    public init(timeLimit: Double = 30, maximumOutputBytes: Int = 1 << 20, maximumCallDepth: Int = 10_000,
                memoryBudget: Int = MemoryBudget.defaultLimit) {
        self.timeLimit = timeLimit
        self.maximumOutputBytes = maximumOutputBytes
        self.maximumCallDepth = maximumCallDepth
        self.memoryBudget = memoryBudget
    }

    /// Largest array a single operation may build (guards memory; loops are bounded by time).
    public static let maximumCollectionCount = 10_000_000
    /// Longest string a single operation may build, in UTF-8 bytes.
    public static let maximumStringBytes = 100_000_000
}
