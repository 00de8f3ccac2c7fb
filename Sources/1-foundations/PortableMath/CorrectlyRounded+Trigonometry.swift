// Correctly rounded sin and cos: x = k·π/2 + r, r = j/256 + s with |s| ≤ 2⁻⁹,
// sin r = sin(j/256)·cos s + cos(j/256)·sin s (tables in double-double from the fixed-point
// slow path), Ziv's test, and the fixed-point series at 320–1280 bits when undecided or when
// |x| ≥ 2²⁰ (with a Payne–Hanek reduction, so every finite Double is handled).

extension FixedPoint {
    /// π/2 = 8·atan(1/5) − 2·atan(1/239) (Machin); error below 2⁻⁽ᵖ⁻¹⁰⁾.
    static func halfPi(fractionLimbs: Int) -> FixedPoint {
        func arctangentOfReciprocal(_ n: UInt64) -> FixedPoint {
            var power = FixedPoint(1, timesTwoTo: 0, fractionLimbs: fractionLimbs).divided(by: n)
            var sum = FixedPoint(zeroWith: fractionLimbs), k: UInt64 = 0
            while !power.isZero {
                let term = power.divided(by: 2 * k + 1)
                sum = k % 2 == 0 ? sum + term : sum - term
                power = power.divided(by: n * n)
                k += 1
            }
            return sum
        }
        return arctangentOfReciprocal(5).times(8) - arctangentOfReciprocal(239).times(2)
    }

    /// (sin r, cos r) for |r| ≤ 1 by their Taylor series; errors below 2⁻⁽ᵖ⁻¹⁰⁾.
    func sineAndCosine() -> (sin: FixedPoint, cos: FixedPoint) {
        let square = self * self
        var sine = self, term = self, n: UInt64 = 1
        while !term.isZero {
            term = (term * square).divided(by: (2 * n) * (2 * n + 1))
            sine = n % 2 == 1 ? sine - term : sine + term
            n += 1
        }
        let one = FixedPoint(1, timesTwoTo: 0, fractionLimbs: fractionLimbs)
        var cosine = one
        term = one
        n = 1
        while !term.isZero {
            term = (term * square).divided(by: (2 * n - 1) * (2 * n))
            cosine = n % 2 == 1 ? cosine - term : cosine + term
            n += 1
        }
        return (sine, cosine)
    }
}

/// π/2 in four parts (k·p1 and k·p2 exact for |k| < 2²⁰) and sin, cos of j/256 for j = 0 … 202.
struct TrigonometryTables: Sendable {
    let p1: Double, p2: Double, p3: Double, p4: Double
    let sines: [DoubleDouble], cosines: [DoubleDouble]

    init() {
        let limbs = 5
        let halfPi = FixedPoint.halfPi(fractionLimbs: limbs)
        func truncated(_ d: Double) -> Double { Double(bitPattern: d.bitPattern & ~((1 << 20) - 1)) }   // 33 bits
        p1 = truncated(halfPi.doubleDouble.hi)
        let rest1 = halfPi - FixedPoint(p1, fractionLimbs: limbs)
        p2 = truncated(rest1.doubleDouble.hi)
        let rest2 = (rest1 - FixedPoint(p2, fractionLimbs: limbs)).doubleDouble
        p3 = rest2.hi
        p4 = rest2.lo
        let pairs = (0...202).map { j in
            FixedPoint(UInt64(j), timesTwoTo: -8, fractionLimbs: limbs).sineAndCosine()
        }
        sines = pairs.map { $0.sin.doubleDouble }
        cosines = pairs.map { $0.cos.doubleDouble }
    }
}

let trigonometryTables = TrigonometryTables()

extension PortableMath.CorrectlyRounded {
    static let trigonometryBound = 0x1p-68

    /// sin x, correctly rounded (−NaN for ±∞ as glibc on x86-64; a NaN comes back as it is).
    public static func sin(_ x: Double) -> Double {
        let a = Swift.abs(x)
        if a < 0x1p-26 { return x }                                    // x − x³/6 rounds to x
        if !a.isFinite { return x.isNaN ? x : -Double.nan }             // glibc on x86-64
        if a < 0x1p20, let r = trigonometryFast(x, cosine: false) { return r }
        return accurateTrigonometry(x, cosine: false)
    }

    /// cos x, correctly rounded (−NaN for ±∞ as glibc on x86-64; a NaN comes back as it is).
    public static func cos(_ x: Double) -> Double {
        let a = Swift.abs(x)
        if a < 0x1p-27 { return 1 }                                    // 1 − x²/2 rounds to 1
        if !a.isFinite { return x.isNaN ? x : -Double.nan }             // glibc on x86-64
        if a < 0x1p20, let r = trigonometryFast(x, cosine: true) { return r }
        return accurateTrigonometry(x, cosine: true)
    }

    /// The fast path for 2⁻²⁷ ≤ |x| < 2²⁰, or nil when Ziv's test cannot decide.
    static func trigonometryFast(_ x: Double, cosine: Bool) -> Double? {
        let t = trigonometryTables
        let kd = nearest(x * 0.6366197723675814)                       // 2/π
        // r = x − k·π/2 in double-double (k·p1, k·p2 exact; the subtractions exact or carried).
        let a = x - kd * t.p1
        let s0 = twoSum(a, -(kd * t.p2))
        let c = twoProduct(kd, t.p3)
        let t0 = twoSum(s0.hi, -c.hi)
        let r = fastTwoSum(t0.hi, ((s0.lo - c.lo) + t0.lo) - kd * t.p4)
        // r = j/256 + s, |s| ≤ 2⁻⁹ (s.hi exact: a difference of nearby numbers).
        let jd = nearest(r.hi * 256)
        let j = Int(Swift.abs(jd))
        guard j <= 202 else { return nil }
        let sh = r.hi - jd * 0x1p-8, sl = r.lo
        let square = twoProduct(sh, sh), z = square.hi
        // sin s = s − s³/6 + s⁵/120 − s⁷/5040; cos s = 1 − s²/2 + s⁴/24 − s⁶/720 + s⁸/40320.
        let sineTail = sh * z * (-1.0 / 6 + z * (1.0 / 120 - z * (1.0 / 5040)))
        let sinS0 = fastTwoSum(sh, sl + sineTail)
        let cosineTail = z * z * (1.0 / 24 - z * (1.0 / 720 - z * (1.0 / 40320)))
        let cos1 = fastTwoSum(1, -0.5 * z)
        let cosS0 = fastTwoSum(cos1.hi, cos1.lo + ((-0.5 * square.lo - sh * sl) + cosineTail))
        let sinS = DoubleDouble(sinS0.hi, sinS0.lo), cosS = DoubleDouble(cosS0.hi, cosS0.lo)
        var sinA = t.sines[j]
        let cosA = t.cosines[j]
        if jd < 0 { sinA = DoubleDouble(-sinA.hi, -sinA.lo) }
        let sinR = sinA * cosS + cosA * sinS
        let minusSinA = DoubleDouble(-sinA.hi, -sinA.lo)
        let cosR = cosA * cosS + minusSinA * sinS
        let quadrant = Int(kd) & 3 + (cosine ? 1 : 0)
        let v: DoubleDouble
        switch quadrant & 3 {
        case 0: v = sinR
        case 1: v = cosR
        case 2: v = DoubleDouble(-sinR.hi, -sinR.lo)
        default: v = DoubleDouble(-cosR.hi, -cosR.lo)
        }
        return roundIfSure(v, trigonometryBound)
    }

    /// sin x or cos x for finite |x| ≥ 2⁻²⁷ in fixed point. With |x| = m·2ᵉ, q = m·(2/π)·2ᵉ
    /// is needed only modulo 4 (the quadrant) plus its fraction, so 2/π is carried to e + 128
    /// more bits than the precision and the bits of q above 2⁶⁴ are dropped (Payne–Hanek).
    static func accurateTrigonometry(_ x: Double, cosine: Bool) -> Double {
        let a = Swift.abs(x)
        let m = UInt64(a.significandBitPattern) | 1 << 52              // |x| ≥ 2⁻²⁷ is normal
        let e = Int(a.exponent) - 52
        return ziv({ limbs in
            let wide = limbs + Swift.max(0, e) / 64 + 2
            let halfPi = FixedPoint.halfPi(fractionLimbs: wide)
            var q = halfPi.reciprocal().times(m).timesPowerOfTwo(e)   // |x|·2/π modulo 2⁶⁴
            let up = q.bit(64 * wide - 1)                              // fraction ≥ 1/2
            let k = up ? q.limbs[wide] &+ 1 : q.limbs[wide]
            q.limbs[wide] = 0
            if up { q = q - FixedPoint(1, timesTwoTo: 0, fractionLimbs: wide) }
            var r = q * halfPi                                         // |x| − k·π/2, |r| ≤ π/4
            if x < 0 { r = -r }
            // x = ±(k·π/2) + r: the quadrant is k, or −k for negative x; cos θ = sin(θ + π/2).
            let quadrant = (Int(k & 3) * (x < 0 ? 3 : 1) + (cosine ? 1 : 0)) & 3
            let (s, c) = r.sineAndCosine()
            switch quadrant {
            case 0: return (s, 0)
            case 1: return (c, 0)
            case 2: return (-s, 0)
            default: return (-c, 0)
            }
        }, errorBits: { $0 - 150 })
    }
}
