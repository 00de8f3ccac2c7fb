// Correctly rounded eˣ, 2ˣ, ln x, log₂ x, log₁₀ x and xʸ (sin and cos in
// CorrectlyRounded+Trigonometry.swift): the Double nearest to the exact value (ties to even),
// as IEEE-754 recommends; glibc 2.36's results differ in about 0.1% of exp, pow, sin and cos
// inputs. Fast path: the value as a double-double with a relative error below 2⁻⁶⁹ or better,
// kept when adding ± that bound cannot change its rounding (Ziv's test); otherwise (measured:
// exp and log about 1 in 10⁶ random inputs, pow 2 in 10⁵, sin/cos 5 in 10⁵, and results
// in the subnormal range) the fixed-point slow path (CorrectlyRounded+Accurate.swift). The engine's
// functions (`PortableMath.exp` …) are unchanged: their bits are pinned by trained lessons.

extension PortableMath {
    /// Correctly rounded elementary functions (the cell language's scalar math).
    public enum CorrectlyRounded {}
}

extension PortableMath.CorrectlyRounded {
    /// Error bounds of the fast paths (relative), with a wide margin over the analysis.
    static let expBound = 0x1p-73, logBound = 0x1p-77, powBound = 0x1p-69

    /// The Double nearest to v.hi + v.lo if every value within `bound`·|v| rounds the same.
    @inline(__always) static func roundIfSure(_ v: DoubleDouble, _ bound: Double) -> Double? {
        let e = Swift.abs(v.hi) * bound
        let a = v.hi + (v.lo - e), b = v.hi + (v.lo + e)
        return a == b ? a : nil
    }

    /// e^(xh + xl) = 2^q · v with v in [1, 2) roughly, for |xh| ≤ 746 and |xl| ≤ 2⁻⁵⁰·|xh|:
    /// x = k·ln2/64 + r, |r| ≤ 0.0055, eˣ = 2^(k/64)·eʳ, eʳ by a polynomial (relative error
    /// below 2⁻⁷⁶).
    @inline(__always) static func expKernel(_ xh: Double, _ xl: Double) -> (q: Int, v: DoubleDouble) {
        let t = correctlyRoundedTables
        let kd = nearest(xh * 92.33248261689366)                       // 64 / ln 2
        let a = xh - kd * t.c1                                          // exact
        let b = twoProduct(kd, t.c2)
        let s = twoSum(a, -b.hi)
        let r0 = twoSum(s.hi, ((s.lo - b.lo) - kd * t.c3) + xl)
        let r = DoubleDouble(r0.hi, r0.lo), rh = r0.hi
        // eʳ = 1 + r + r²/2 + r³·(1/6 + r/24 + … + r⁶/362880): 1 + rh and r²/2 exact, the
        // cubic tail (below 2⁻²⁵) in Double (error below 2⁻⁷⁶).
        var q = 1.0 / 362_880
        q = q * rh + 1.0 / 40_320
        q = q * rh + 1.0 / 5_040
        q = q * rh + 1.0 / 720
        q = q * rh + 1.0 / 120
        q = q * rh + 1.0 / 24
        q = q * rh + 1.0 / 6
        let square = twoProduct(rh, rh)
        let tail = rh * square.hi * q
        let one = fastTwoSum(1, rh)
        let two = twoSum(one.hi, 0.5 * square.hi)
        let lo = (one.lo + two.lo) + (((r.lo + 0.5 * square.lo) + rh * r.lo) + tail)
        let sum = fastTwoSum(two.hi, lo)
        let p = DoubleDouble(sum.hi, sum.lo)
        let k = Int(kd)
        return (k >> 6, t.exp2Table[k & 63] * p)
    }

    /// ln x as a double-double (relative error about 2⁻⁸⁵) for finite x > 0: x = 2ᵉ·m,
    /// m·cⱼ = 1 + r with |r| < 2⁻⁷, ln x = e·ln 2 − ln cⱼ + log1p(r).
    @inline(__always) static func logDoubleDouble(_ x: Double) -> DoubleDouble {
        let t = correctlyRoundedTables
        var bits = x.bitPattern, e = 0
        if x < Double.leastNormalMagnitude { bits = (x * 0x1p54).bitPattern; e = -54 }
        e += Int(bits >> 52) - 1023
        let j = Int((bits >> 45) & 127)
        var m = Double(bitPattern: (bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
        if j >= 64 { m *= 0.5; e += 1 }
        let product = twoProduct(m, t.logInverse[j])
        let r0 = twoSum(product.hi - 1, product.lo)                    // m·c − 1, exactly
        let r = DoubleDouble(r0.hi, r0.lo), rh = r0.hi
        // log1p(r) = r·(1 + r·(−1/2 + r·(1/3 + r·(−1/4 + r·q)))), q = 1/5 − r/6 + … − r⁹/14.
        var q = -1.0 / 14
        q = q * rh + 1.0 / 13
        q = q * rh - 1.0 / 12
        q = q * rh + 1.0 / 11
        q = q * rh - 1.0 / 10
        q = q * rh + 1.0 / 9
        q = q * rh - 1.0 / 8
        q = q * rh + 1.0 / 7
        q = q * rh - 1.0 / 6
        q = q * rh + 1.0 / 5
        let s0 = twoSum(-0.25, rh * q)
        var p = DoubleDouble(s0.hi, s0.lo)
        p = r * p + t.third
        p = r * p + -0.5
        p = r * p + 1
        p = r * p
        let ed = Double(e)
        let whole = twoProduct(ed, t.ln2.hi)
        let eLn2 = DoubleDouble(whole.hi, whole.lo).plainSum(ed * t.ln2.lo)
        return eLn2 + (t.logTable[j] + p)
    }

    /// eˣ, correctly rounded.
    public static func exp(_ x: Double) -> Double {
        if !(Swift.abs(x) <= 708) {
            if x.isNaN { return x }
            if x > 709.79 { return .infinity }
            if x < -745.2 { return 0 }
        }
        let (q, v) = expKernel(x, 0)
        if q > -1022, let r = roundIfSure(v, expBound) { return scale(r, q) }
        if Swift.abs(x) < 0x1p-54 { return 1 }
        return accurateExp(x)
    }

    /// 2ˣ, correctly rounded.
    public static func exp2(_ x: Double) -> Double {
        if !(Swift.abs(x) <= 1020) {
            if x.isNaN { return x }
            if x >= 1024 { return .infinity }
            if x <= -1075 { return 0 }
        }
        if x.rounded(.towardZero) == x { return scale(1, Int(x)) }     // exact
        let t = correctlyRoundedTables
        let xl = twoProduct(x, t.ln2.hi)
        let (q, v) = expKernel(xl.hi, xl.lo + x * t.ln2.lo)
        if q > -1022, let r = roundIfSure(v, expBound) { return scale(r, q) }
        if Swift.abs(x) < 0x1p-54 { return 1 }
        return accurateExp2(x)
    }

    /// glibc's results for x ≤ 0, ∞ and NaN on x86-64: a NaN argument comes back as it is, a
    /// negative one gives the negative "default NaN" that x86's invalid operations produce
    /// (printed "-nan", as `swiftc` programs print it there), except in log₁₀.
    static func logSpecial(_ x: Double, negativeNaN: Bool = true) -> Double {
        if x.isNaN { return x }
        if x < 0 { return negativeNaN ? -Double.nan : .nan }
        return x == 0 ? -.infinity : .infinity
    }

    /// ln x, correctly rounded (glibc's special values for 0, negatives, ∞ and NaN).
    public static func log(_ x: Double) -> Double {
        guard x > 0, x < .infinity else { return logSpecial(x) }
        if x == 1 { return 0 }
        if let r = roundIfSure(logDoubleDouble(x), logBound) { return r }
        return accurateLog(x)
    }

    /// log₂ x, correctly rounded (whole numbers for powers of two).
    public static func log2(_ x: Double) -> Double {
        guard x > 0, x < .infinity else { return logSpecial(x) }
        if x == 1 { return 0 }
        if let r = roundIfSure(logDoubleDouble(x) * correctlyRoundedTables.log2E, logBound) { return r }
        return accurateScaledLog(x) { FixedPoint.ln2(fractionLimbs: $0).reciprocal() }
    }

    /// log₁₀ x, correctly rounded (n for 10ⁿ).
    public static func log10(_ x: Double) -> Double {
        guard x > 0, x < .infinity else { return logSpecial(x, negativeNaN: false) }
        if x == 1 { return 0 }
        if let r = roundIfSure(logDoubleDouble(x) * correctlyRoundedTables.log10E, logBound) { return r }
        return accurateScaledLog(x) { fixedLog(10, limbs: $0).reciprocal() }
    }

    /// xʸ, correctly rounded, with C's special cases (pow(x, 0) = 1, pow(1, y) = 1, …).
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if let special = powSpecial(x, y) { return special }
        let negate = x < 0 && isOddInteger(y)
        let l = logDoubleDouble(Swift.abs(x))
        let th = twoProduct(y, l.hi)
        if th.hi > 709.8 { return negate ? -.infinity : .infinity }
        if th.hi < -745.2 { return negate ? -0.0 : 0 }
        let (q, v) = expKernel(th.hi, th.lo + y * l.lo)
        let magnitude: Double
        if q > -1022, let r = roundIfSure(v, powBound) {
            magnitude = scale(r, q)
        } else if Swift.abs(th.hi) < 0x1p-60 {
            magnitude = 1
        } else {
            magnitude = accuratePow(x, y)
        }
        return negate ? -magnitude : magnitude
    }

    static func isOddInteger(_ y: Double) -> Bool {
        y.rounded(.towardZero) == y && Swift.abs(y) < 0x1p53 && y.truncatingRemainder(dividingBy: 2) != 0
    }

    /// C99's pow for the cases decided without a logarithm (zeros, infinities, NaN, x = 1,
    /// y = 0, negative x with a non-integer y), NaNs as glibc gives them on x86-64; nil for
    /// finite x ≠ 0, 1 and finite y ≠ 0.
    static func powSpecial(_ x: Double, _ y: Double) -> Double? {
        if y == 0 || x == 1 { return 1 }
        if x.isNaN || y.isNaN { return x.isNaN ? x : y }
        let yIsOdd = isOddInteger(y)
        if y.isInfinite {
            if x == -1 { return 1 }
            return (Swift.abs(x) > 1) == (y > 0) ? .infinity : 0
        }
        if x == 0 {
            if y < 0 { return yIsOdd && x.sign == .minus ? -.infinity : .infinity }
            return yIsOdd ? x : 0
        }
        if x.isInfinite {
            if x > 0 { return y > 0 ? .infinity : 0 }
            if y > 0 { return yIsOdd ? -.infinity : .infinity }
            return yIsOdd ? -0.0 : 0
        }
        if x < 0 && y.rounded(.towardZero) != y { return -Double.nan }      // x86's default NaN, as glibc
        return nil
    }
}

extension DoubleDouble {
    /// hi + (lo + b) without renormalising: b is far below lo's magnitude class.
    @inline(__always) func plainSum(_ b: Double) -> DoubleDouble {
        let s = fastTwoSum(hi, lo + b)
        return DoubleDouble(s.hi, s.lo)
    }
}
