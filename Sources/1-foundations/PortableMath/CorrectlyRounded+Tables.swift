// The constants and tables of the correctly rounded functions' fast paths, computed once at
// first use by the fixed-point slow path (320 bits) and rounded to double-double: no literal
// digits to trust, and the same bits on every platform.

extension FixedPoint {
    /// The value as a double-double (hi the nearest Double, lo the nearest to the rest).
    var doubleDouble: DoubleDouble {
        let hi = roundedToDouble(timesTwoTo: 0, errorBits: precision - 16, decide: true)!
        let rest = self - FixedPoint(hi, fractionLimbs: fractionLimbs)
        return DoubleDouble(hi, rest.roundedToDouble(timesTwoTo: 0, errorBits: precision - 16, decide: true)!)
    }
}

/// Tables and constants for `PortableMath.CorrectlyRounded`.
struct CorrectlyRoundedTables: Sendable {
    /// 2^(j/64) for j = 0 … 63.
    let exp2Table: [DoubleDouble]
    /// ln 2 / 64 in three parts: c1 has 36 significant bits (k·c1 is exact for |k| < 2¹⁷).
    let c1: Double, c2: Double, c3: Double
    /// cⱼ ≈ 1/mⱼ for the 128 subintervals of the logarithm's reduction (c₀ = c₁₂₇ = 1).
    let logInverse: [Double]
    /// −ln cⱼ.
    let logTable: [DoubleDouble]
    let ln2: DoubleDouble, log2E: DoubleDouble, log10E: DoubleDouble, third: DoubleDouble

    static let limbs = 5

    init() {
        let limbs = Self.limbs
        let ln2 = FixedPoint.ln2(fractionLimbs: limbs)
        self.ln2 = ln2.doubleDouble
        let ln2Over64 = ln2.divided(by: 64)
        exp2Table = (0..<64).map { j in
            (ln2Over64.times(UInt64(j))).exponential().doubleDouble
        }
        let c = ln2Over64.doubleDouble.hi
        c1 = Double(bitPattern: c.bitPattern & ~((1 << 17) - 1))       // 53 − 17 = 36 bits
        let rest = ln2Over64 - FixedPoint(c1, fractionLimbs: limbs)
        let rest2 = rest.doubleDouble
        c2 = rest2.hi
        c3 = rest2.lo
        logInverse = (0..<128).map { j in
            if j == 0 || j == 127 { return 1 }
            let middle = 1 + (Double(j) + 0.5) / 128
            return 1 / (j >= 64 ? middle / 2 : middle)
        }
        logTable = logInverse.map { (-PortableMath.CorrectlyRounded.fixedLog($0, limbs: limbs)).doubleDouble }
        log2E = ln2.reciprocal().doubleDouble
        let ln10 = PortableMath.CorrectlyRounded.fixedLog(10, limbs: limbs)
        log10E = ln10.reciprocal().doubleDouble
        let one = FixedPoint(1, timesTwoTo: 0, fractionLimbs: limbs)
        third = one.divided(by: 3).doubleDouble
    }
}

/// Built on first use (a few milliseconds), then shared.
let correctlyRoundedTables = CorrectlyRoundedTables()
