import Foundation
import PortableMath

/// The Wasserstein (earth mover's) distance of the given order between two 1-D distributions.
///
/// - order 1: W₁ = ∫|F_p(x) − F_q(x)| dx, by quadrature over both effective supports;
/// - order 2 between two ``Normal``s: the closed form ((μ₁−μ₂)² + (σ₁−σ₂)²)^½;
/// - otherwise: (∫₀¹ |F_p⁻¹(u) − F_q⁻¹(u)|^order du)^(1/order) through the quantile functions.
///
/// Throws when `order` is not a finite number ≥ 1.
///
/// ```swift
/// try wasserstein(try Normal(mean: 0, std: 1), try Normal(mean: 3, std: 1))   // 3.0
/// ```
public func wasserstein(_ p: any Distribution1D, _ q: any Distribution1D, order: Double = 1) throws -> Double {
    guard order.isFinite, order >= 1 else {
        throw DistributionError("wasserstein(_:_:order:)", "order must be a finite number ≥ 1, got \(order)")
    }
    if order == 1 {
        return Quadrature.integrate(over: hull(p, q),
                                    breakpoints: p.integrationBreakpoints + q.integrationBreakpoints) { x in
            abs(p.cdf(x) - q.cdf(x))
        }
    }
    if order == 2, let p = p as? Normal, let q = q as? Normal {
        let dm = p.location - q.location
        let ds = p.scale - q.scale
        return (dm * dm + ds * ds).squareRoot()
    }
    // Dyadic breakpoints towards both ends, where the quantile functions may diverge.
    let tails = (1...12).map { PortableMath.pow(10, -Double($0)) }
    let breakpoints = tails + tails.map { 1 - $0 } + [0.5]
    let integral = Quadrature.integrate(over: 0...1, breakpoints: breakpoints) { u in
        guard let a = try? p.quantile(u), let b = try? q.quantile(u), a.isFinite, b.isFinite else { return 0 }
        return PortableMath.pow(abs(a - b), order)
    }
    return PortableMath.pow(integral, 1 / order)
}
