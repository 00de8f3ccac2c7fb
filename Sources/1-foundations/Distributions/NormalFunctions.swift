import Foundation
import PortableMath

/// The standard normal distribution's functions, shared by ``Normal``, ``LogNormal`` and tests.
enum StandardNormal {
    static let logSqrtTwoPi = 0.5 * PortableMath.log(2 * Double.pi)

    static func logDensity(_ z: Double) -> Double { -0.5 * z * z - logSqrtTwoPi }

    /// Φ(z), accurate in both tails through `erfc`.
    static func cdf(_ z: Double) -> Double { 0.5 * PortableMath.erfc(-z / 2.0.squareRoot()) }

    /// Φ⁻¹(u) for 0 < u < 1: Acklam's rational approximation (relative error 1.2e-9) refined by
    /// one Halley step on Φ, which brings it to about machine precision.
    static func quantile(_ u: Double) -> Double {
        if u <= 0 { return -.infinity }
        if u >= 1 { return .infinity }
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                 3.754408661907416e+00]
        let lowTail = 0.02425
        var z: Double
        if u < lowTail || u > 1 - lowTail {
            let q = (-2 * PortableMath.log(u < lowTail ? u : 1 - u)).squareRoot()
            let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
            let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
            z = numerator / denominator
            if u > 1 - lowTail { z = -z }
        } else {
            let q = u - 0.5
            let r = q * q
            let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
            z = numerator / denominator
        }
        // Halley refinement; for u > ½ work with the upper tail to keep precision.
        let error = u > 0.5 ? -(0.5 * PortableMath.erfc(z / 2.0.squareRoot()) - (1 - u)) : cdf(z) - u
        let step = error * PortableMath.exp(0.5 * z * z + logSqrtTwoPi)
        z -= step / (1 + z * step / 2)
        return z
    }
}
