import Foundation
import PortableMath

/// A probability distribution on the real line with a density.
///
/// Conforming types: ``Normal``, ``Uniform``, ``LogNormal`` and ``Mixture``. Divergences
/// (``kl(_:_:)``, ``js(_:_:)``, ``wasserstein(_:_:order:)``, ``totalVariation(_:_:)``) accept any two.
///
/// ```swift
/// let p = try Normal(mean: 0, std: 1)
/// var rng = SeededGenerator(seed: 42)   // any RandomNumberGenerator; seeded ones make runs repeatable
/// let xs = try p.sample(1000, using: &rng)
/// print(p.density(0), p.cdf(1.96), kl(p, try Normal(mean: 1, std: 1)))  // 0.3989… 0.975… 0.5
/// ```
public protocol Distribution1D: Sendable, CustomStringConvertible {
    /// Where the density is non-zero.
    var support: Support { get }
    /// The expected value.
    var mean: Double { get }
    /// The variance.
    var variance: Double { get }
    /// A finite interval holding all but a negligible (< 1e-30) share of the probability mass;
    /// numerical integrals are taken over it.
    var effectiveSupport: ClosedRange<Double> { get }
    /// Points where numerical integration should split its interval: discontinuities of the
    /// density and a grid across each narrow bump, so no feature falls between quadrature nodes.
    var integrationBreakpoints: [Double] { get }

    /// The natural logarithm of the density at `x` (`-.infinity` outside the support).
    func logDensity(_ x: Double) -> Double
    /// The probability density at `x`.
    func density(_ x: Double) -> Double
    /// The cumulative distribution function P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// The inverse CDF: the smallest x with cdf(x) ≥ u; throws unless 0 ≤ u ≤ 1.
    func quantile(_ u: Double) throws -> Double
    /// `n` independent draws; the same generator state gives the same draws. Throws when n < 0.
    func sample<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) throws -> [Double]
}

extension Distribution1D {
    /// The density as `exp(logDensity(x))`.
    public func density(_ x: Double) -> Double { PortableMath.exp(logDensity(x)) }

    /// The standard deviation, √variance.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The quantile by bisection on ``cdf(_:)`` (to about 1e-13 of the effective support's width).
    public func quantile(_ u: Double) throws -> Double {
        try checkProbability(u, in: "quantile(_:)")
        if u == 0 { return support.lower }
        if u == 1 { return support.upper }
        return bisectQuantile(u)
    }

    /// Densities at many points.
    public func density(_ xs: [Double]) -> [Double] { xs.map { density($0) } }

    /// CDF values at many points.
    public func cdf(_ xs: [Double]) -> [Double] { xs.map { cdf($0) } }

    func checkProbability(_ u: Double, in operation: String) throws {
        guard u >= 0, u <= 1 else {
            throw DistributionError("\(description).\(operation)", "probability must be in [0, 1], got \(u)")
        }
    }

    /// Bisection for cdf(x) = u inside the effective support, widened while it does not bracket u.
    func bisectQuantile(_ u: Double) -> Double {
        var low = effectiveSupport.lowerBound
        var high = effectiveSupport.upperBound
        var width = max(high - low, 1)
        while cdf(low) > u, low > -Double.greatestFiniteMagnitude / 4 { low -= width; width *= 2 }
        width = max(high - low, 1)
        while cdf(high) < u, high < Double.greatestFiniteMagnitude / 4 { high += width; width *= 2 }
        for _ in 0..<200 {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { break }
            if cdf(middle) < u { low = middle } else { high = middle }
        }
        return high
    }
}
