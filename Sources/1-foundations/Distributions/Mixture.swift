import Foundation
import PortableMath

/// A finite mixture Σ wᵢ·pᵢ of 1-D distributions; weights are normalised to sum to 1.
///
/// ```swift
/// let bimodal = try Mixture([try Normal(mean: -2, std: 0.5), try Normal(mean: 2, std: 0.5)],
///                           weights: [0.3, 0.7])
/// bimodal.mean   // 0.8
/// ```
public struct Mixture: Distribution1D {
    /// The component distributions.
    public let components: [any Distribution1D]
    /// The normalised weights (same count as `components`, each ≥ 0, sum 1).
    public let weights: [Double]

    /// Creates a mixture; `weights` default to equal. Throws when there are no components, the
    /// counts differ, or a weight is negative, NaN or infinite, or they all are zero.
    public init(_ components: [any Distribution1D], weights: [Double]? = nil) throws {
        let operation = "Mixture(_:weights:)"
        guard !components.isEmpty else { throw DistributionError(operation, "a mixture needs at least one component") }
        let raw = weights ?? Array(repeating: 1, count: components.count)
        guard raw.count == components.count else {
            throw DistributionError(operation, "\(components.count) components but \(raw.count) weights")
        }
        if let bad = raw.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw DistributionError(operation, "weights[\(bad)] is \(raw[bad]); weights must be finite and non-negative")
        }
        let total = raw.reduce(0, +)
        guard total > 0 else { throw DistributionError(operation, "weights sum to zero") }
        self.components = components
        self.weights = raw.map { $0 / total }
    }

    public var mean: Double { zip(weights, components).reduce(0) { $0 + $1.0 * $1.1.mean } }

    public var variance: Double {
        let m = mean
        return zip(weights, components).reduce(0) { sum, pair in
            let (w, p) = pair
            return sum + w * (p.variance + (p.mean - m) * (p.mean - m))
        }
    }

    /// The hull of the components' supports (gaps between components are not represented here;
    /// the densities are zero there and divergences see it).
    public var support: Support {
        components.dropFirst().reduce(components[0].support) { $0.hull($1.support) }
    }

    public var effectiveSupport: ClosedRange<Double> {
        components.dropFirst().reduce(components[0].effectiveSupport) { range, p in
            Swift.min(range.lowerBound, p.effectiveSupport.lowerBound)...Swift.max(range.upperBound, p.effectiveSupport.upperBound)
        }
    }

    public var integrationBreakpoints: [Double] { components.flatMap(\.integrationBreakpoints) }

    public func logDensity(_ x: Double) -> Double {
        let terms = zip(weights, components).compactMap { w, p in w > 0 ? PortableMath.log(w) + p.logDensity(x) : nil }
        return logSumExp(terms)
    }

    public func cdf(_ x: Double) -> Double {
        min(1, zip(weights, components).reduce(0) { $0 + $1.0 * $1.1.cdf(x) })
    }

    public func sample<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) throws -> [Double] {
        try Check.count(n, in: "Mixture.sample(_:using:)")
        var cumulative: [Double] = []
        var running = 0.0
        for w in weights { running += w; cumulative.append(running) }
        var result: [Double] = []
        result.reserveCapacity(n)
        for _ in 0..<n {
            let u = RandomDraws.unit(&generator) * running
            let k = cumulative.firstIndex(where: { u < $0 }) ?? (weights.lastIndex(where: { $0 > 0 }) ?? 0)
            result.append(contentsOf: try components[k].sample(1, using: &generator))
        }
        return result
    }

    public var description: String {
        let parts = zip(weights, components).map { "\($0) × \($1)" }
        return "Mixture(\(parts.joined(separator: ", ")))"
    }
}

/// log Σ exp(tᵢ), stable; `-.infinity` for an empty list or all-`-.infinity` terms.
func logSumExp(_ terms: [Double]) -> Double {
    guard let top = terms.max(), top > -.infinity else { return -.infinity }
    if top == .infinity { return .infinity }
    return top + PortableMath.log(terms.reduce(0) { $0 + PortableMath.exp($1 - top) })
}
