import Foundation
import PortableMath

/// The log-normal distribution: X = exp(Y) with Y ~ N(mu, sigma²).
///
/// ```swift
/// let x = try LogNormal(mu: 0, sigma: 0.5)
/// x.mean     // exp(0.125) = 1.1331
/// ```
public struct LogNormal: Distribution1D, Equatable {
    /// The mean of log X.
    public let mu: Double
    /// The standard deviation of log X (> 0).
    public let sigma: Double

    /// Creates the law of exp(N(mu, sigma²)); throws unless mu is finite and sigma positive and finite.
    public init(mu: Double, sigma: Double) throws {
        try Check.finite(mu, "mu", in: "LogNormal(mu:sigma:)")
        try Check.positive(sigma, "sigma", in: "LogNormal(mu:sigma:)")
        self.mu = mu
        self.sigma = sigma
    }

    public var mean: Double { PortableMath.exp(mu + sigma * sigma / 2) }
    public var variance: Double { PortableMath.expm1(sigma * sigma) * PortableMath.exp(2 * mu + sigma * sigma) }
    public var support: Support { Support(lower: 0, upper: .infinity) }
    public var effectiveSupport: ClosedRange<Double> { 0...PortableMath.exp(mu + 12 * sigma) }
    public var integrationBreakpoints: [Double] {
        [0] + stride(from: -12.0, through: 12, by: 1).map { PortableMath.exp(mu + $0 * sigma) }
    }

    public func logDensity(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        let logX = PortableMath.log(x)
        return StandardNormal.logDensity((logX - mu) / sigma) - PortableMath.log(sigma) - logX
    }

    public func cdf(_ x: Double) -> Double { x <= 0 ? 0 : StandardNormal.cdf((PortableMath.log(x) - mu) / sigma) }

    public func quantile(_ u: Double) throws -> Double {
        try checkProbability(u, in: "quantile(_:)")
        return PortableMath.exp(mu + sigma * StandardNormal.quantile(u))
    }

    public func sample<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) throws -> [Double] {
        try Check.count(n, in: "\(description).sample(_:using:)")
        return RandomDraws.standardNormals(n, &generator).map { PortableMath.exp(mu + sigma * $0) }
    }

    public var description: String { "LogNormal(mu: \(mu), sigma: \(sigma))" }
}
