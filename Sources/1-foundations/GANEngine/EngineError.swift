import ResourceBudget

/// Errors thrown by the engine. Every message names the operation and the values or shapes involved.
///
/// ```swift
/// do { _ = try a.matmul(b) } catch let error as EngineError { print(error) }
/// // matmul: shapes [64, 100] and [64, 6272] are not compatible
/// ```
public enum EngineError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Two or more shapes that an operation cannot combine.
    case incompatibleShapes(operation: String, shapes: [[Int]], detail: String = "")
    /// An axis outside `-rank..<rank`.
    case invalidAxis(operation: String, axis: Int, rank: Int)
    /// An index outside `0..<count`.
    case indexOutOfRange(operation: String, index: Int, count: Int)
    /// Any other invalid argument (layer sizes, kernel larger than the padded input, …).
    case invalidArgument(operation: String, message: String)
    /// A tensor with more elements than `EngineLimits.maxElements`.
    case tooManyElements(operation: String, shape: [Int], limit: Int)
    /// A NaN or infinite value where a finite one was required.
    case nonFinite(what: String, step: Int?, value: Float)
    /// A gradient request that cannot be met (no graph, non-scalar output, …).
    case gradient(operation: String, message: String)
    /// `createGraph: true` through an operation whose backward rule is not itself differentiable.
    case secondOrderUnsupported(operation: String)
    /// A checkpoint file that is truncated, foreign, corrupted or does not match the model.
    case checkpoint(path: String, message: String)

    public var description: String {
        switch self {
        case let .incompatibleShapes(operation, shapes, detail):
            let list = shapes.map { "\($0)" }
            let joined = list.count <= 2 ? list.joined(separator: " and ")
                : list.dropLast().joined(separator: ", ") + " and " + (list.last ?? "")
            return "\(operation): shapes \(joined) are not compatible" + (detail.isEmpty ? "" : " (\(detail))")
        case let .invalidAxis(operation, axis, rank):
            return "\(operation): axis \(axis) is out of range for a tensor of rank \(rank)"
        case let .indexOutOfRange(operation, index, count):
            return "\(operation): index \(index) is out of range 0..<\(count)"
        case let .invalidArgument(operation, message):
            return "\(operation): \(message)"
        case let .tooManyElements(operation, shape, limit):
            return "\(operation): shape \(shape) has more than \(limit) elements (EngineLimits.maxElements)"
        case let .nonFinite(what, step, value):
            return "\(what) is \(value)" + (step.map { " at step \($0)" } ?? "")
        case let .gradient(operation, message):
            return "\(operation): \(message)"
        case let .secondOrderUnsupported(operation):
            return "\(operation): backward with createGraph: true is not supported (its backward rule is not differentiable)"
        case let .checkpoint(path, message):
            return "checkpoint \(path): \(message)"
        }
    }
}

/// Limits that protect the process from runaway allocations.
public enum EngineLimits {
    /// Largest number of elements any single tensor may hold (default 2^28 = 1 GiB of Float32).
    /// Set it once at start-up; it is read without synchronisation.
    nonisolated(unsafe) public static var maxElements: Int = 1 << 28
}

/// Number of elements of a shape, with validation against negative dims and `EngineLimits.maxElements`.
func checkedElementCount(_ shape: [Int], _ operation: String) throws -> Int {
    var n = 1
    for d in shape {
        if d < 0 { throw EngineError.invalidArgument(operation: operation, message: "negative dimension in shape \(shape)") }
        let (p, overflow) = n.multipliedReportingOverflow(by: d)
        if overflow || p > EngineLimits.maxElements {
            throw EngineError.tooManyElements(operation: operation, shape: shape, limit: EngineLimits.maxElements)
        }
        n = p
    }
    return n
}

/// ``checkedElementCount(_:_:)`` for a new buffer: also checks its bytes against the memory
/// budget of the cell running on this thread (``MemoryBudget/current``; none outside cells).
func checkedAllocation(_ shape: [Int], _ operation: String) throws -> Int {
    let n = try checkedElementCount(shape, operation)
    // The same form as the builtins' own check (`zeros([4096, 4096])`), whichever of the two fires.
    try MemoryBudget.check(bytes: MemoryBudget.bytes(count: n, stride: MemoryLayout<Float>.stride), "\(operation)(\(shape))")
    return n
}

/// Normalises a possibly negative axis into `0..<rank`.
func normalizedAxis(_ axis: Int, rank: Int, _ operation: String) throws -> Int {
    let a = axis < 0 ? axis + rank : axis
    guard a >= 0, a < rank else { throw EngineError.invalidAxis(operation: operation, axis: axis, rank: rank) }
    return a
}
