// The engine's own elementary functions: the same bits on every CPU and C library.
//
// glibc, Apple's libm and others round the last bit of exp, log, sin, … differently, so a
// seeded run printed other numbers on another machine. Every function here is built from
// IEEE-754 +, −, ×, ÷, fused multiply-add and square root only (all correctly rounded on
// every platform Swift targets), in a fixed order: the same input gives the same bits
// everywhere. Accuracy (measured against 300-bit references in PortableMathTests):
// Double functions within about 1 ulp, Float functions evaluated in Double and rounded once.

/// Namespace of the portable elementary functions.
public enum PortableMath {}

// MARK: - Helpers

/// 2^k as a Double for -1022 ≤ k ≤ 1023.
@usableFromInline @inline(__always) func powerOfTwo(_ k: Int) -> Double {
    Double(bitPattern: UInt64(k + 1023) << 52)
}

/// `x · 2^k` for any k in -2200...2200 (rounded once if the result is subnormal).
@usableFromInline @inline(__always) func scale(_ x: Double, _ k: Int) -> Double {
    if k > 1023 { return x * powerOfTwo(1023) * powerOfTwo(k - 1023) }
    if k < -1022 {
        // Two steps: the first keeps x normal (exact), the second rounds once into the subnormals.
        return x * powerOfTwo(k + 54) * powerOfTwo(-54)
    }
    return x * powerOfTwo(k)
}

/// Nearest integer to `x` (ties to even), as Double, for |x| < 2⁵¹: adding and subtracting
/// 1.5·2⁵² rounds away the fraction (plain IEEE arithmetic: no SSE4.1 `roundsd`, no libm call).
@usableFromInline @inline(__always) func nearest(_ x: Double) -> Double { (x + 6755399441055744.0) - 6755399441055744.0 }

/// ln 2 in 32 significant bits (k · ln2High is exact for |k| < 2²¹) and the rest.
@usableFromInline let ln2High = 0.6931471803691238
@usableFromInline let ln2Low = 1.9082149292705877e-10
@usableFromInline let log2E = 1.4426950408889634

// MARK: - Double

extension PortableMath {
    /// eˣ, within about 1 ulp.
    @inlinable public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782712893384 { return .infinity }
        if x < -745.1332191019412 { return 0 }
        let (k, t) = reducedExpMinusOne(x)
        return scale(1 + t, Int(k))
    }

    /// The reduction both `exp` and `expm1` use: x = k·ln2 + r with k a whole number and
    /// |r| ≤ 0.35, and t = eʳ − 1.
    @inlinable static func reducedExpMinusOne(_ x: Double) -> (k: Double, t: Double) {
        let k = nearest(x * log2E)
        // r = x − k·ln2 in two parts (k·ln2High is exact).
        let hi = x - k * ln2High, lo = k * ln2Low
        let r = hi - lo
        // eʳ − 1 − r = r²·(1/2 + r/6 + …): Taylor to r¹³ (truncation < 2⁻⁶⁰ relative).
        var p = 1.0 / 6_227_020_800
        p = p * r + 1.0 / 479_001_600
        p = p * r + 1.0 / 39_916_800
        p = p * r + 1.0 / 3_628_800
        p = p * r + 1.0 / 362_880
        p = p * r + 1.0 / 40_320
        p = p * r + 1.0 / 5_040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        return (k, hi - (lo - r * r * p))
    }

    /// eˣ − 1, within about 1 ulp (accurate near 0).
    @inlinable public static func expm1(_ x: Double) -> Double {
        if x.isNaN { return x }
        if Swift.abs(x) < 0.3 {
            // x + x²/2 + x³·(1/3! + x/4! + … + x¹³/16!): truncation < 2⁻⁶⁰ relative for |x| < 0.3.
            var p = 1.0 / 20_922_789_888_000                      // 1/16!
            p = p * x + 1.0 / 1_307_674_368_000
            p = p * x + 1.0 / 87_178_291_200
            p = p * x + 1.0 / 6_227_020_800
            p = p * x + 1.0 / 479_001_600
            p = p * x + 1.0 / 39_916_800
            p = p * x + 1.0 / 3_628_800
            p = p * x + 1.0 / 362_880
            p = p * x + 1.0 / 40_320
            p = p * x + 1.0 / 5_040
            p = p * x + 1.0 / 720
            p = p * x + 1.0 / 120
            p = p * x + 1.0 / 24
            p = p * x + 1.0 / 6                                    // 1/3!
            return x + x * x * (0.5 + x * p)
        }
        if x > 709 { return exp(x) }
        if x < -50 { return -1 }
        // eˣ − 1 = 2ᵏ·(t + (1 − 2⁻ᵏ)) with t = eʳ − 1 from exp's reduction (1 − 2⁻ᵏ exact).
        let (k, t) = reducedExpMinusOne(x)
        let n = Int(k)
        if n > 52 || n < -53 { return scale(1 + t, n) - 1 }
        return scale(t + (1 - powerOfTwo(-n)), n)
    }

    /// Natural logarithm, within about 1 ulp.
    @inlinable public static func log(_ x: Double) -> Double {
        guard let (f, e) = logReduce(x) else { return logSpecial(x) }
        return Double(e) * ln2High + logNear1(f, correction: Double(e) * ln2Low)
    }

    /// log(1 + f) + correction for |f| ≤ 0.42 (exact f), in the order that keeps it within 1 ulp.
    @usableFromInline @inline(__always) static func logNear1(_ f: Double, correction: Double) -> Double {
        let s = f / (2 + f), z = s * s
        // R = 2·(z/3 + z²/5 + … ): atanh series to s²³ (z ≤ 0.0295).
        var r = 2.0 / 23
        for d in stride(from: 21, through: 3, by: -2) { r = r * z + 2 / Double(d) }
        r *= z
        let halfSquare = 0.5 * f * f
        return f - (halfSquare - (s * (halfSquare + r) + correction))
    }

    /// log(1 + x), within about 1 ulp (accurate near 0).
    @inlinable public static func log1p(_ x: Double) -> Double {
        if x.isNaN || x < -1 { return .nan }
        if x == -1 { return -.infinity }
        if Swift.abs(x) < 0.25 { return logNear1(x, correction: 0) }
        let u = 1 + x
        // log(u) plus the rounding of 1 + x, to first order.
        let c = u > 2 ? 1 - (u - x) : x - (u - 1)
        return log(u) + c / u
    }

    /// sin x (radians), within about 1 ulp for |x| < 1.6·10⁶ (beyond, the reduction loses bits).
    @inlinable public static func sin(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        if Swift.abs(x) < 0.7853981633974483 { return sinKernel(x, 0) }
        let (r, rLow, quadrant) = reduce(x)
        switch quadrant & 3 {
        case 0: return sinKernel(r, rLow)
        case 1: return cosKernel(r, rLow)
        case 2: return -sinKernel(r, rLow)
        default: return -cosKernel(r, rLow)
        }
    }

    /// cos x (radians), within about 1 ulp for |x| < 1.6·10⁶.
    @inlinable public static func cos(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        if Swift.abs(x) < 0.7853981633974483 { return cosKernel(x, 0) }
        let (r, rLow, quadrant) = reduce(x)
        switch quadrant & 3 {
        case 0: return cosKernel(r, rLow)
        case 1: return -sinKernel(r, rLow)
        case 2: return -cosKernel(r, rLow)
        default: return sinKernel(r, rLow)
        }
    }

    /// x = quadrant·π/2 + (r + rLow), |r| ≤ π/4 (three-part π/2, each part's product exact).
    @usableFromInline @inline(__always) static func reduce(_ x: Double) -> (Double, Double, Int) {
        let k = nearest(x * 0.6366197723675814)
        let a = x - k * 1.5707963267341256           // exact (Sterbenz)
        let b = k * 6.077100506303966e-11            // exact (33 + 20 bits)
        let r1 = a - b
        let rLow = ((a - r1) - b) - k * 2.0222662487959506e-21
        let r = r1 + rLow
        return (r, rLow - (r - r1), Int(k))
    }

    /// sin(r + low) for |r| ≤ π/4, |low| ≤ ulp(r).
    @usableFromInline @inline(__always) static func sinKernel(_ r: Double, _ low: Double) -> Double {
        let z = r * r
        // sin r = r + r³·(−1/6 + z/120 − …): Taylor to r¹⁷.
        var p = 1.0 / 355_687_428_096_000       // r¹⁷/17!
        p = -1.0 / 1_307_674_368_000 + z * p     // r¹⁵
        p = 1.0 / 6_227_020_800 + z * p          // r¹³
        p = -1.0 / 39_916_800 + z * p            // r¹¹
        p = 1.0 / 362_880 + z * p                // r⁹
        p = -1.0 / 5_040 + z * p                 // r⁷
        p = 1.0 / 120 + z * p                    // r⁵
        let tail = z * p                         // r³ terms after −1/6
        // r + r·z·(−1/6 + tail) + low·(1 − z/2)
        return r + (r * z * (tail - 1.0 / 6) + low * (1 - 0.5 * z))
    }

    /// cos(r + low) for |r| ≤ π/4.
    @usableFromInline @inline(__always) static func cosKernel(_ r: Double, _ low: Double) -> Double {
        let z = r * r
        // cos r = 1 − z/2 + z²·(1/24 − z/720 + …): Taylor to r¹⁸.
        var p = -1.0 / 6_402_373_705_728_000     // r¹⁸/18!
        p = 1.0 / 20_922_789_888_000 + z * p     // r¹⁶
        p = -1.0 / 87_178_291_200 + z * p        // r¹⁴
        p = 1.0 / 479_001_600 + z * p            // r¹²
        p = -1.0 / 3_628_800 + z * p             // r¹⁰
        p = 1.0 / 40_320 + z * p                 // r⁸
        p = -1.0 / 720 + z * p                   // r⁶
        p = 1.0 / 24 + z * p                     // r⁴
        let half = 0.5 * z, w = 1 - half
        // w + ((1 − w) − half) recovers the rounding of 1 − z/2; −r·low is the first-order term of low.
        return w + (((1 - w) - half) + (z * z * p - r * low))
    }

    /// xʸ: exact cases as C's pow, else e^(y·log x) with the product's rounding error carried
    /// (relative error about |y·log x|·2⁻⁵³ plus 1 ulp).
    @inlinable public static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 { return 1 }
        if x == 1 { return 1 }
        if x.isNaN || y.isNaN { return .nan }
        let yIsInteger = y.rounded(.towardZero) == y
        let yIsOdd = yIsInteger && Swift.abs(y) < 9007199254740992 && y.truncatingRemainder(dividingBy: 2) != 0
        if y.isInfinite {
            if x == -1 { return 1 }
            let big = Swift.abs(x) > 1
            return (big == (y > 0)) ? .infinity : 0
        }
        if x == 0 {
            if y < 0 { return yIsOdd ? (x.sign == .minus ? -.infinity : .infinity) : .infinity }
            return yIsOdd ? x : 0
        }
        if x.isInfinite {
            if x > 0 { return y > 0 ? .infinity : 0 }
            if y > 0 { return yIsOdd ? -.infinity : .infinity }
            return yIsOdd ? -0.0 : 0
        }
        if x < 0 && !yIsInteger { return .nan }
        if yIsInteger && Swift.abs(y) <= 64 {
            // Small integer powers by repeated squaring (x², x³ … as students expect them).
            var result = 1.0, base = Swift.abs(x), n = Int(Swift.abs(y))
            while n > 0 { if n & 1 == 1 { result *= base }; base *= base; n >>= 1 }
            if y < 0 { result = 1 / result }
            return x < 0 && yIsOdd ? -result : result
        }
        let l = log(Swift.abs(x))
        let hi = y * l, lo = (-hi).addingProduct(y, l)       // y·l = hi + lo exactly
        let magnitude = exp(hi) * (1 + lo)
        return x < 0 && yIsOdd ? -magnitude : magnitude
    }

    /// tanh x, within a few ulp.
    @inlinable public static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let a = Swift.abs(x)
        if a > 22 { return x > 0 ? 1 : -1 }
        let t = expm1(2 * a)
        let y = t / (t + 2)
        return x < 0 ? -y : y
    }
}

// MARK: - Float (evaluated in Double, rounded once)

extension PortableMath {
    /// eˣ in Float.
    @inlinable @inline(__always) public static func exp(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x > 88.73 { return .infinity }
        if x < -104 { return 0 }
        return Float(expForFloat(Double(x)))
    }

    /// eˣ for |x| ≤ 104 to about 2⁻⁴² relative: enough for one rounding to Float.
    @usableFromInline @inline(__always) static func expForFloat(_ xd: Double) -> Double {
        let k = nearest(xd * log2E)
        let r = xd - k * 0.6931471805599453
        // Taylor to r¹⁰ (|r| ≤ 0.35: truncation < 2⁻⁴²).
        var p = 1.0 / 3_628_800
        p = p * r + 1.0 / 362_880
        p = p * r + 1.0 / 40_320
        p = p * r + 1.0 / 5_040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        return p * powerOfTwo(Int(k))
    }

    /// Natural logarithm in Float.
    @inlinable @inline(__always) public static func log(_ x: Float) -> Float {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        let bits = Double(x).bitPattern
        var e = Int((bits >> 52) & 0x7ff) - 1023
        var m = Double(bitPattern: (bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
        if m > 1.4142135623730951 { m *= 0.5; e += 1 }
        let s = (m - 1) / (m + 1), z = s * s
        // 2·atanh(s) to s¹³ (z ≤ 0.0295: truncation < 2⁻⁴⁵).
        var p = 2.0 / 13
        p = p * z + 2.0 / 11
        p = p * z + 2.0 / 9
        p = p * z + 2.0 / 7
        p = p * z + 2.0 / 5
        p = p * z + 2.0 / 3
        p = p * z + 2
        return Float(Double(e) * 0.6931471805599453 + s * p)
    }

    /// log(1 + x) in Float.
    @inlinable @inline(__always) public static func log1p(_ x: Float) -> Float { Float(log1p(Double(x))) }

    /// tanh x in Float.
    @inlinable @inline(__always) public static func tanh(_ x: Float) -> Float {
        if x.isNaN { return x }
        let a = Swift.abs(Double(x))
        let y: Double
        if a > 9.1 {
            y = 1
        } else if a < 0.0009765625 {
            let z = a * a
            y = a - a * z * (1.0 / 3 - z * (2.0 / 15))
        } else {
            // (e − 1)/(e + 1): the cancellation in e − 1 costs at most 2⁹ of expForFloat's 2⁻⁴².
            let e = expForFloat(2 * a)
            y = (e - 1) / (e + 1)
        }
        return Float(x < 0 ? -y : y)
    }

    /// 1 / (1 + e^(−x)) in Float.
    @inlinable @inline(__always) public static func sigmoid(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x < -104 { return 0 }
        if x > 104 { return 1 }
        return Float(1 / (1 + expForFloat(-Double(x))))
    }

    /// xʸ in Float (through the Double function).
    @inlinable @inline(__always) public static func pow(_ x: Float, _ y: Float) -> Float { Float(pow(Double(x), Double(y))) }
}
