// tan, atan and atan2 from IEEE operations only (see PortableMath.swift).
//
// tan uses sin's and cos's reduction and kernels. atan reduces |x| > 1 to 1/|x| (atan x =
// π/2 − atan(1/x)), then to |t| ≤ 1/16 around the nearest c = j/8 (atan u = atan c +
// atan((u − c)/(1 + u·c))), with atan c stored in two parts, and sums the odd Taylor series of
// atan t (twelve terms: truncation below 2⁻⁹⁰).

/// atan(j/8) for j = 0…8 in two parts (computed to 300 bits, then rounded).
@usableFromInline let atanEighthsHigh: [Double] = [
    0, 0.12435499454676144, 0.24497866312686414, 0.35877067027057225, 0.4636476090008061,
    0.5585993153435624, 0.6435011087932844, 0.7188299996216245, 0.7853981633974483,
]
@usableFromInline let atanEighthsLow: [Double] = [
    0, -3.1253241424539383e-18, 1.0698755618734451e-17, -2.4623815582638635e-17, 2.2698777452961687e-17,
    -5.4556305485916264e-18, 1.5834785051444286e-17, -2.1478388444456983e-17, 3.061616997868383e-17,
]
/// π/2 and π in two parts.
@usableFromInline let halfPiHigh = 1.5707963267948966, halfPiLow = 6.123233995736766e-17
@usableFromInline let piHigh = 3.141592653589793, piLow = 1.2246467991473532e-16

extension PortableMath {
    /// tan x (radians), within about 2 ulp for |x| < 1.6·10⁶ (beyond, the reduction loses bits).
    @inlinable public static func tan(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        if x == 0 { return x }
        if Swift.abs(x) < 0.7853981633974483 { return sinKernel(x, 0) / cosKernel(x, 0) }
        let (r, rLow, quadrant) = reduce(x)
        let s = sinKernel(r, rLow), c = cosKernel(r, rLow)
        return quadrant & 1 == 0 ? s / c : -c / s
    }

    /// atan u for 0 ≤ u ≤ 1 as a high part and a small correction.
    @usableFromInline @inline(__always) static func atanUnit(_ u: Double) -> (Double, Double) {
        let j = Int(nearest(u * 8))
        let c = Double(j) * 0.125
        let t = j == 0 ? u : (u - c) / (1.0).addingProduct(u, c)
        let z = t * t
        // atan t = t − t³/3 + t⁵/5 − …, |t| ≤ 1/16: to t²³.
        var p = -1.0 / 23
        for d in stride(from: 21, through: 3, by: -2) { p = p * z + (d % 4 == 1 ? 1.0 : -1.0) / Double(d) }
        let series = t + t * (z * p)
        if j == 0 { return (series, 0) }
        return (atanEighthsHigh[j], atanEighthsLow[j] + series)
    }

    /// atan x in [−π/2, π/2], within about 2 ulp.
    @inlinable public static func atan(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x == 0 { return x }
        let a = Swift.abs(x)
        let magnitude: Double
        if a > 0x1p60 {
            magnitude = halfPiHigh
        } else if a > 1 {
            let (hi, lo) = atanUnit(1 / a)
            magnitude = (halfPiHigh - hi) + (halfPiLow - lo)
        } else {
            let (hi, lo) = atanUnit(a)
            magnitude = hi + lo
        }
        return x < 0 ? -magnitude : magnitude
    }

    /// The angle of the point (x, y) in [−π, π], within about 2 ulp, with C's special values
    /// (signed zeros and infinities as in C99 Annex F).
    @inlinable public static func atan2(_ y: Double, _ x: Double) -> Double {
        if x.isNaN || y.isNaN { return .nan }
        let negativeY = y.sign == .minus
        func signed(_ v: Double) -> Double { negativeY ? -v : v }
        let ax = Swift.abs(x), ay = Swift.abs(y)
        if ay == 0 {
            if x.sign == .minus { return signed(piHigh) }                 // atan2(±0, −0 or x < 0) = ±π
            return y                                                      // atan2(±0, +0 or x > 0) = ±0
        }
        if ax == 0 { return signed(halfPiHigh) }
        if ax.isInfinite || ay.isInfinite {
            if ax.isInfinite && ay.isInfinite { return signed(x > 0 ? 0.7853981633974483 : 2.356194490192345) }
            if ay.isInfinite { return signed(halfPiHigh) }
            return signed(x > 0 ? 0 : piHigh)
        }
        // The angle of (|x|, |y|) in [0, π/2] as hi + lo.
        var hi: Double, lo: Double
        if ay > ax {
            let q = ax / ay
            (hi, lo) = atanUnit(q)
            (hi, lo) = (halfPiHigh - hi, halfPiLow - lo)
        } else {
            (hi, lo) = atanUnit(ay / ax)
        }
        let angle = x < 0 ? (piHigh - hi) + (piLow - lo) : hi + lo
        return signed(angle)
    }
}
