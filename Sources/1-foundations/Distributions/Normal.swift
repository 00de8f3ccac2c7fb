import Foundation
import PortableMath

/// The normal (Gaussian) distribution N(mean, std²).
///
/// ```swift
/// let p = try Normal(mean: 4, std: 0.5)
/// p.density(4)          // 0.7978845608
/// try p.quantile(0.975) // 4.979981992
/// ```
public struct Normal: Distribution1D, Equatable {
    /// The location μ.
    public let location: Double
    /// The scale σ > 0.
    public let scale: Double

    /// Creates N(mean, std²); throws when `mean` is not finite or `std` is not positive and finite.
    public init(mean: Double, std: Double) throws {
        try Check.finite(mean, "mean", in: "Normal(mean:std:)")
        try Check.positive(std, "std", in: "Normal(mean:std:)")
        location = mean
        scale = std
    }

    /// N(0, 1).
    public static let standard = Normal(validMean: 0, std: 1)

    init(validMean mean: Double, std: Double) {
        location = mean
        scale = std
    }

    public var mean: Double { location }
    public var variance: Double { scale * scale }
    public var support: Support { .realLine }
    public var effectiveSupport: ClosedRange<Double> { (location - 12 * scale)...(location + 12 * scale) }
    public var integrationBreakpoints: [Double] { stride(from: -12.0, through: 12, by: 1).map { location + $0 * scale } }

    public func logDensity(_ x: Double) -> Double {
        StandardNormal.logDensity((x - location) / scale) - PortableMath.log(scale)
    }

    public func cdf(_ x: Double) -> Double { StandardNormal.cdf((x - location) / scale) }

    public func quantile(_ u: Double) throws -> Double {
        try checkProbability(u, in: "quantile(_:)")
        return location + scale * StandardNormal.quantile(u)
    }

    public func sample<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) throws -> [Double] {
        try Check.count(n, in: "\(description).sample(_:using:)")
        return RandomDraws.standardNormals(n, &generator).map { location + scale * $0 }
    }

    public var description: String { "Normal(mean: \(location), std: \(scale))" }
}
