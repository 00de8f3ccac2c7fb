import Foundation
import PortableMath

/// The continuous uniform distribution on [low, high].
///
/// ```swift
/// let u = try Uniform(low: -1, high: 1)
/// u.density(0.3)   // 0.5
/// u.cdf(0)         // 0.5
/// ```
public struct Uniform: Distribution1D, Equatable {
    /// The lower end.
    public let low: Double
    /// The upper end (> low).
    public let high: Double

    /// Creates U[low, high]; throws unless both ends are finite and low < high.
    public init(low: Double, high: Double) throws {
        try Check.finite(low, "low", in: "Uniform(low:high:)")
        try Check.finite(high, "high", in: "Uniform(low:high:)")
        guard low < high else {
            throw DistributionError("Uniform(low:high:)", "low must be less than high, got low \(low), high \(high)")
        }
        self.low = low
        self.high = high
    }

    /// The width high − low.
    public var width: Double { high - low }
    public var mean: Double { low + width / 2 }
    public var variance: Double { width * width / 12 }
    public var support: Support { Support(lower: low, upper: high) }
    public var effectiveSupport: ClosedRange<Double> { low...high }
    public var integrationBreakpoints: [Double] { [low, high] }

    public func logDensity(_ x: Double) -> Double { x >= low && x <= high ? -PortableMath.log(width) : -.infinity }

    public func cdf(_ x: Double) -> Double { x <= low ? 0 : x >= high ? 1 : (x - low) / width }

    public func quantile(_ u: Double) throws -> Double {
        try checkProbability(u, in: "quantile(_:)")
        return u == 1 ? high : low + u * width
    }

    public func sample<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) throws -> [Double] {
        try Check.count(n, in: "\(description).sample(_:using:)")
        return (0..<n).map { _ in low + width * RandomDraws.unit(&generator) }
    }

    public var description: String { "Uniform(low: \(low), high: \(high))" }
}
