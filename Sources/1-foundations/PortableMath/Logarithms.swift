// Base-2 and base-10 logarithms from the natural logarithm's reduction: x = m·2ᵉ with
// m in [√½, √2), log_b x = e·log_b 2 + ln(m)·log_b e, the last product carried in two parts
// (fused multiply-add) so that only ln(m)'s own error (about 1 ulp of a number below 0.35)
// and the final roundings remain (2 ulp at most, measured). Exact powers of two give whole numbers exactly in log2, and
// the powers of ten that a Double holds exactly (10⁰ … 10²²) give whole numbers in log10.

/// log₂ e in two parts.
@usableFromInline let log2ELow = 2.0355273740931033e-17
/// log₁₀ e in two parts.
@usableFromInline let log10E = 0.4342944819032518
@usableFromInline let log10ELow = 1.098319650216765e-17
/// log₁₀ 2 in 32 significant bits (e · log10TwoHigh is exact for |e| < 2²¹) and the rest.
@usableFromInline let log10TwoHigh = 0.3010299955494702
@usableFromInline let log10TwoLow = 1.1451100898021838e-10

extension PortableMath {
    /// x = m·2ᵉ with m in [√½, √2) (subnormals included); nil for NaN, negative, 0 and +∞.
    @usableFromInline @inline(__always) static func logReduce(_ x: Double) -> (f: Double, e: Int)? {
        guard x > 0, x < .infinity else { return nil }
        var m = x, e = 0
        if m < Double.leastNormalMagnitude { m *= 18014398509481984; e = -54 }   // 2⁵⁴
        let bits = m.bitPattern
        e += Int((bits >> 52) & 0x7ff) - 1023
        m = Double(bitPattern: (bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)   // [1, 2)
        if m > 1.4142135623730951 { m *= 0.5; e += 1 }
        return (m - 1, e)
    }

    /// The special values C's log functions give: NaN for NaN and x < 0, −∞ for ±0, +∞ for +∞.
    @usableFromInline @inline(__always) static func logSpecial(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        return x == 0 ? -.infinity : .infinity
    }

    /// log₂ x, within about 2 ulp; exact for powers of two.
    @inlinable public static func log2(_ x: Double) -> Double {
        guard let (f, e) = logReduce(x) else { return logSpecial(x) }
        let l = logNear1(f, correction: 0)
        let hi = l * log2E, lo = (-hi).addingProduct(l, log2E) + l * log2ELow   // l·log₂e = hi + lo
        return Double(e) + (hi + lo)
    }

    /// log₁₀ x, within about 2 ulp; 10ⁿ gives n for 0 ≤ n ≤ 22.
    @inlinable public static func log10(_ x: Double) -> Double {
        guard let (f, e) = logReduce(x) else { return logSpecial(x) }
        let l = logNear1(f, correction: 0)
        let hi = l * log10E, lo = (-hi).addingProduct(l, log10E) + l * log10ELow
        let whole = Double(e) * log10TwoHigh                                  // exact
        let result = whole + (hi + (lo + Double(e) * log10TwoLow))
        // A result next to a whole number n with 10ⁿ == x is n (C's log10 is exact there).
        let n = nearest(result)
        if n != result, n >= 0, n <= 22, Swift.abs(result - n) < 1e-14, powerOfTen(Int(n)) == x { return n }
        return result
    }

    /// 10ⁿ for 0 ≤ n ≤ 22, exactly (every product is exact in Double).
    @usableFromInline static func powerOfTen(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }
}
