/// `-0.5...1` or `0.0..<2.5`: a range of Doubles. It is a value to pass on (chart axis ranges,
/// `contains`), not a sequence: iterating it is an error that points to `stride(from:to:by:)`.
public final class DoubleRange: HostSequence, CustomStringConvertible {
    public let lowerBound: Double
    public let upperBound: Double
    public let isClosed: Bool
    public var typeName: String { isClosed ? "ClosedRange" : "Range" }

    public init(lowerBound: Double, upperBound: Double, isClosed: Bool) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.isClosed = isClosed
    }

    public var description: String { "\(lowerBound)\(isClosed ? "..." : "..<")\(upperBound)" }

    public func count() throws -> Int {
        throw HostError("ranges of Double cannot be iterated; use stride(from:to:by:)")
    }

    public func element(at index: Int) throws -> Value { _ = try count(); return .nil }

    public func willIterate(index: Int, of count: Int) {}
    public func didFinish() {}
}
