/// `count` evenly spaced values from `start` to `end`, both included (like NumPy's `linspace`).
///
/// The last value is exactly `end`. Throws when `count < 2` or an end is NaN or infinite.
///
/// ```swift
/// try linspace(0, 1, count: 5)   // [0.0, 0.25, 0.5, 0.75, 1.0]
/// ```
public func linspace(_ start: Double, _ end: Double, count: Int) throws -> [Double] {
    let operation = "linspace(_:_:count:)"
    try Check.finite(start, "start", in: operation)
    try Check.finite(end, "end", in: operation)
    guard count >= 2 else {
        throw DistributionError(operation, "count must be at least 2, got \(count)")
    }
    let step = (end - start) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? end : start + Double($0) * step }
}
