/// The interval outside which a distribution has zero density; either end may be infinite.
///
/// ```swift
/// Normal.standard.support        // Support(lower: -.infinity, upper: .infinity)
/// try Uniform(low: 0, high: 2).support.covers(Support(lower: 0.5, upper: 1))   // true
/// ```
public struct Support: Sendable, Equatable, CustomStringConvertible {
    /// The lower end (`-.infinity` when unbounded below).
    public let lower: Double
    /// The upper end (`.infinity` when unbounded above).
    public let upper: Double

    /// Creates the support `[lower, upper]`; callers guarantee `lower <= upper`.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The whole real line.
    public static let realLine = Support(lower: -.infinity, upper: .infinity)

    /// Whether `x` lies in the closed interval.
    public func contains(_ x: Double) -> Bool { x >= lower && x <= upper }

    /// Whether this interval contains all of `other`.
    public func covers(_ other: Support) -> Bool { lower <= other.lower && upper >= other.upper }

    /// The smallest interval containing both.
    public func hull(_ other: Support) -> Support {
        Support(lower: Swift.min(lower, other.lower), upper: Swift.max(upper, other.upper))
    }

    public var description: String { "[\(lower), \(upper)]" }
}
