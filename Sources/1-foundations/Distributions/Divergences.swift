import Foundation
import PortableMath

/// The Kullback–Leibler divergence KL(p‖q) = ∫ p log(p/q), in nats.
///
/// Closed form for two ``Normal``s and two ``Uniform``s; otherwise adaptive Gauss–Kronrod
/// quadrature over p's effective support (relative accuracy about 1e-10). Returns `+∞` when q's
/// support does not cover p's, or when p has mass where q's density is zero (a gap in a mixture).
///
/// ```swift
/// kl(try Normal(mean: 0, std: 1), try Normal(mean: 1, std: 1))   // 0.5
/// kl(try Uniform(low: 0, high: 1), try Uniform(low: 2, high: 3)) // +∞
/// ```
public func kl(_ p: any Distribution1D, _ q: any Distribution1D) -> Double {
    if let p = p as? Normal, let q = q as? Normal {
        let shift = p.location - q.location
        return PortableMath.log(q.scale / p.scale) + (p.variance + shift * shift) / (2 * q.variance) - 0.5
    }
    if let p = p as? Uniform, let q = q as? Uniform {
        return q.support.covers(p.support) ? PortableMath.log(q.width / p.width) : .infinity
    }
    guard q.support.covers(p.support) else { return .infinity }
    let value = Quadrature.integrate(over: p.effectiveSupport,
                                     breakpoints: p.integrationBreakpoints + q.integrationBreakpoints) { x in
        let logP = p.logDensity(x)
        guard logP > -.infinity else { return 0 }
        let logQ = q.logDensity(x)
        guard logQ > -.infinity else { return .infinity }
        return PortableMath.exp(logP) * (logP - logQ)
    }
    return max(0, value)
}

/// The Jensen–Shannon divergence ½KL(p‖m) + ½KL(q‖m) with m = (p+q)/2, in nats.
///
/// Symmetric, finite, between 0 and log 2 (reached when the supports are disjoint); computed by
/// quadrature over the hull of both effective supports.
///
/// ```swift
/// js(try Normal(mean: 0, std: 1), try Normal(mean: 50, std: 1))  // 0.693147… = log 2
/// ```
public func js(_ p: any Distribution1D, _ q: any Distribution1D) -> Double {
    let logTwo = PortableMath.log(2.0)
    let value = Quadrature.integrate(over: hull(p, q),
                                     breakpoints: p.integrationBreakpoints + q.integrationBreakpoints) { x in
        let logP = p.logDensity(x)
        let logQ = q.logDensity(x)
        let logM = logSumExp([logP, logQ]) - logTwo
        var sum = 0.0
        if logP > -.infinity { sum += PortableMath.exp(logP) * (logP - logM) }
        if logQ > -.infinity { sum += PortableMath.exp(logQ) * (logQ - logM) }
        return sum / 2
    }
    return min(logTwo, max(0, value))
}

/// The total variation distance ½∫|p − q|, between 0 and 1.
public func totalVariation(_ p: any Distribution1D, _ q: any Distribution1D) -> Double {
    let value = Quadrature.integrate(over: hull(p, q),
                                     breakpoints: p.integrationBreakpoints + q.integrationBreakpoints) { x in
        abs(p.density(x) - q.density(x)) / 2
    }
    return min(1, max(0, value))
}

/// The smallest interval holding both effective supports.
func hull(_ p: any Distribution1D, _ q: any Distribution1D) -> ClosedRange<Double> {
    let a = p.effectiveSupport
    let b = q.effectiveSupport
    return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
}
