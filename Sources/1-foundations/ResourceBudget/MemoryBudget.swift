import CHeapStatistics

/// How many bytes one cell may add to the heap, checked before every large allocation a cell
/// can ask for (tensors, arrays, materialised ranges, formatted and repeated strings).
///
/// ```swift
/// let budget = MemoryBudget(limit: 8 << 30)                 // `//| memory: 8 GB`
/// try MemoryBudget.$current.withValue(budget) {
///     try MemoryBudget.check(bytes: 4 << 30, "zeros([32768, 32768])")   // throws past the budget
/// }
/// ```
///
/// **How live bytes are measured.** The cell is charged with what the C allocator reports in
/// use now (glibc `mallinfo2`: `uordblks + hblkhd`, every arena and every mmapped block; macOS:
/// `malloc_zone_statistics` of all zones) minus what it reported when the cell began, plus the
/// new request. Explicit accounting would have to follow every array, string and tensor the
/// cell frees again (Swift arrays give no hook for that) and would miss memory that builtins and
/// the engine allocate internally; the allocator already knows the true figure, frees included.
/// Resident set size would not do: freed memory stays resident under the engine's trim
/// threshold, so a cell that freed 2 GB would still be charged for it. The baseline makes values
/// left by earlier cells free for this one. Reading the statistics walks the allocator's free
/// lists (tens of microseconds), so requests under ``measuredThreshold`` are not checked: many
/// small allocations are bounded by the time limit and, in the worker, by `RLIMIT_AS`.
/// Where the platform has no statistics, only the request itself is compared with the budget.
public struct MemoryBudget: Sendable, Hashable {
    /// Bytes the cell may add to the heap.
    public var limit: Int
    /// Heap bytes in use when the cell began.
    public var baseline: Int

    /// A budget of `limit` bytes counted from the heap in use now.
    public init(limit: Int) {
        self.limit = Swift.max(0, limit)
        self.baseline = MemoryBudget.heapBytesInUse ?? 0
    }

    /// The budget of the cell running on this thread (bound by the interpreter for each cell);
    /// nil outside cells, where only the engine's own size limits apply.
    @TaskLocal public static var current: MemoryBudget?

    /// A quarter of physical memory, at most 4 GiB (4 GiB where the size is unknown).
    public static let defaultLimit: Int = {
        let physical = Int(clamping: ganbook_physical_memory_bytes())
        return physical > 0 ? Swift.min(physical / 4, 4 << 30) : 4 << 30
    }()

    /// Requests smaller than this are not measured (see the type's documentation).
    public static let measuredThreshold = 1 << 20

    /// The C allocator's bytes in use, or nil where the platform cannot say.
    public static var heapBytesInUse: Int? {
        let bytes = ganbook_heap_bytes_in_use()
        return bytes == .max ? nil : Int(clamping: bytes)
    }

    /// Bytes the cell holds beyond its baseline now (0 if unknown).
    public var bytesInUse: Int { Swift.max(0, (MemoryBudget.heapBytesInUse ?? baseline) - baseline) }

    /// Throws ``MemoryBudgetExceeded`` if `bytes` more would take the cell past its budget.
    public func check(bytes: Int, _ what: @autoclosure () -> String) throws {
        guard bytes >= MemoryBudget.measuredThreshold else { return }
        let held = bytes > limit ? 0 : bytesInUse
        if bytes > limit - held {
            throw MemoryBudgetExceeded(what: what(), requested: bytes, limit: limit, held: held)
        }
    }

    /// Checks `bytes` against the current cell's budget; does nothing outside cells.
    public static func check(bytes: Int, _ what: @autoclosure () -> String) throws {
        try current?.check(bytes: bytes, what())
    }

    /// `count × stride` bytes, saturating at `Int.max` (a request that large always fails the
    /// check instead of trapping on the multiplication).
    public static func bytes(count: Int, stride: Int) -> Int {
        let (product, overflow) = Swift.max(0, count).multipliedReportingOverflow(by: Swift.max(0, stride))
        return overflow ? Int.max : product
    }
}

/// `memory budget exceeded: zeros([16384, 16384]) asked for 1 GB (budget 4 GB; the cell already
/// holds 3.5 GB)`, or with `requested` 0 (found by a periodic check, not at a request):
/// `memory budget exceeded: this loop has grown the cell's memory to 4.1 GB (budget 4 GB)`.
/// GB means 2³⁰ bytes here, as in the `//| memory: 8 GB` cell option.
public struct MemoryBudgetExceeded: Error, Sendable, CustomStringConvertible {
    public var what: String
    public var requested: Int
    public var limit: Int
    public var held: Int

    public init(what: String, requested: Int, limit: Int, held: Int) {
        self.what = what
        self.requested = requested
        self.limit = limit
        self.held = held
    }

    public var description: String {
        if requested == 0 {
            return "memory budget exceeded: \(what) has grown the cell's memory to \(MemoryBudgetExceeded.gigabytes(held)) (budget \(MemoryBudgetExceeded.gigabytes(limit)))"
        }
        var text = "memory budget exceeded: \(what) asked for \(MemoryBudgetExceeded.gigabytes(requested)) (budget \(MemoryBudgetExceeded.gigabytes(limit))"
        if held >= MemoryBudget.measuredThreshold { text += "; the cell already holds \(MemoryBudgetExceeded.gigabytes(held))" }
        return text + ")"
    }

    /// `0.25 GB`, `1.5 GB`, `12 GB`; `Int.max` (a saturated request) as `over 8 589 934 591 GB`.
    public static func gigabytes(_ bytes: Int) -> String {
        if bytes == Int.max { return "over \(Int.max >> 30) GB" }
        let value = Double(bytes) / Double(1 << 30)
        if value >= 10 { return "\(Int(value.rounded())) GB" }
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 10) == 0 {
            let tenths = Int(hundredths / 10)
            return tenths % 10 == 0 ? "\(tenths / 10) GB" : "\(tenths / 10).\(tenths % 10) GB"
        }
        let h = Int(hundredths)
        return "\(h / 100).\(h % 100 < 10 ? "0" : "")\(h % 100) GB"
    }
}
