// The slow path of the correctly rounded functions: the value computed in fixed point with
// 320, then 640, then 1280 bits (Ziv's strategy) until its rounding to a Double is certain.
// Reached for a few inputs in 10⁵–10⁶ (and for the tables at first use): it favours plain
// code over speed (about 0.1 ms a call in a release build).

extension PortableMath.CorrectlyRounded {
    /// Precisions tried, in 64-bit limbs after the point.
    static let ladder = [5, 10, 20]

    /// Rounds `value(limbs)` · 2^k(limbs) to a Double, raising the precision while undecided.
    static func ziv(_ value: (Int) -> (FixedPoint, Int), errorBits: (Int) -> Int) -> Double {
        for (step, limbs) in ladder.enumerated() {
            let (v, k) = value(limbs)
            if let d = v.roundedToDouble(timesTwoTo: k, errorBits: errorBits(64 * limbs), decide: step == ladder.count - 1) {
                return d
            }
        }
        return .nan     // unreachable: the last step always decides
    }

    /// x = m·2ᵉ with m in [√½, √2), as a fixed-point m and e, for finite x > 0.
    static func splitForLog(_ x: Double, limbs: Int) -> (FixedPoint, Int) {
        let (f, e) = PortableMath.logReduce(x)!
        return (FixedPoint(f + 1, fractionLimbs: limbs), e)        // f + 1 is exact
    }

    /// ln x in fixed point (absolute error below 2⁻⁽ᵖ⁻²⁴⁾), for finite x > 0.
    static func fixedLog(_ x: Double, limbs: Int) -> FixedPoint {
        let (m, e) = splitForLog(x, limbs: limbs)
        let ln2 = FixedPoint.ln2(fractionLimbs: limbs).times(UInt64(Swift.abs(e)))
        return m.logarithm() + (e < 0 ? -ln2 : ln2)
    }

    /// eᵗ as (fixed-point eʳ, k) with t = k·ln 2 + r; relative error below 2⁻⁽ᵖ⁻¹⁶⁾ plus t's own.
    static func fixedExp(_ t: FixedPoint) -> (FixedPoint, Int) {
        let k = Int(nearest(t.approximateDouble * log2E))
        let ln2 = FixedPoint.ln2(fractionLimbs: t.fractionLimbs).times(UInt64(Swift.abs(k)))
        let r = t - (k < 0 ? -ln2 : ln2)
        return (r.exponential(), k)
    }

    /// eˣ for 2⁻⁵⁴ ≤ |x| ≤ 746.
    static func accurateExp(_ x: Double) -> Double {
        ziv({ fixedExp(FixedPoint(x, fractionLimbs: $0)) }, errorBits: { $0 - 24 })
    }

    /// ln x for finite x > 0, x ≠ 1 (|ln x| ≥ 2⁻⁵⁴).
    static func accurateLog(_ x: Double) -> Double {
        ziv({ (fixedLog(x, limbs: $0), 0) }, errorBits: { $0 - 90 })
    }

    /// ln x · c for a constant c given by `constant(limbs)` (log₂, log₁₀), x ≠ 1.
    static func accurateScaledLog(_ x: Double, _ constant: @escaping (Int) -> FixedPoint) -> Double {
        ziv({ (fixedLog(x, limbs: $0) * constant($0), 0) }, errorBits: { $0 - 90 })
    }

    /// |x|ʸ for finite x ≠ 0, 1 and finite y ≠ 0 with |y·ln|x|| ≤ 746.
    static func accuratePow(_ x: Double, _ y: Double) -> Double {
        ziv({ limbs in
            let l = fixedLog(Swift.abs(x), limbs: limbs)
            // t = y·l: l times y's 53-bit integer significand, then the power of two.
            let m = UInt64(y.significandBitPattern) | (y.isNormal ? 1 << 52 : 0)
            let e = y.isNormal ? Int(y.exponent) - 52 : -1074
            var t = l.times(m).timesPowerOfTwo(e)
            if y < 0 { t = -t }
            return fixedExp(t)
        }, errorBits: { $0 - 100 })
    }

    /// 2ˣ for |x| ≤ 1076: 2ⁿ · e^(f·ln 2) with x = n + f.
    static func accurateExp2(_ x: Double) -> Double {
        let n = nearest(x), f = x - n                                  // exact
        return ziv({ limbs in
            let t = FixedPoint(f, fractionLimbs: limbs) * FixedPoint.ln2(fractionLimbs: limbs)
            let (v, k) = fixedExp(t)
            return (v, k + Int(n))
        }, errorBits: { $0 - 24 })
    }
}
