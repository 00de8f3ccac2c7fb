// ln 2, eʳ, ln m and 1/a on fixed-point numbers, each with an error of a few units of the last
// limb: the slow path of the correctly rounded functions and the source of their tables.

extension FixedPoint {
    /// ln 2 = 2·atanh(1/3) = Σ 2 / ((2k+1)·3^(2k+1)); error below 2⁻⁽ᵖ⁻⁸⁾.
    static func ln2(fractionLimbs: Int) -> FixedPoint {
        var power = FixedPoint(2, timesTwoTo: 0, fractionLimbs: fractionLimbs).divided(by: 3)   // 2/3^(2k+1)
        var sum = FixedPoint(zeroWith: fractionLimbs)
        var k: UInt64 = 0
        while !power.isZero {
            sum = sum + power.divided(by: 2 * k + 1)
            power = power.divided(by: 9)
            k += 1
        }
        return sum
    }

    /// eʳ for |r| ≤ 1 by its Taylor series; error below 2⁻⁽ᵖ⁻¹⁰⁾ (p the precision in bits).
    func exponential() -> FixedPoint {
        let one = FixedPoint(1, timesTwoTo: 0, fractionLimbs: fractionLimbs)
        var sum = one, term = one, n: UInt64 = 1
        while !term.isZero {
            term = (term * self).divided(by: n)
            sum = sum + term
            n += 1
        }
        return sum
    }

    /// ln m for 1/2 ≤ m ≤ 2 by Newton's iteration y ← y + m·e^(−y) − 1 from the Double
    /// logarithm (each step doubles the correct bits); error below 2⁻⁽ᵖ⁻¹²⁾.
    func logarithm() -> FixedPoint {
        var y = FixedPoint(PortableMath.log(approximateDouble), fractionLimbs: fractionLimbs)
        let one = FixedPoint(1, timesTwoTo: 0, fractionLimbs: fractionLimbs)
        var correctBits = 50
        while correctBits < precision + 20 {
            y = y + (self * (-y).exponential() - one)
            correctBits *= 2
        }
        return y
    }

    /// 1/a for 1/4 ≤ |a| ≤ 4 by Newton's iteration z ← z·(2 − a·z); error below 2⁻⁽ᵖ⁻⁸⁾.
    func reciprocal() -> FixedPoint {
        var z = FixedPoint(1 / approximateDouble, fractionLimbs: fractionLimbs)
        let two = FixedPoint(2, timesTwoTo: 0, fractionLimbs: fractionLimbs)
        var correctBits = 50
        while correctBits < precision + 20 {
            z = z * (two - self * z)
            correctBits *= 2
        }
        return z
    }
}

/// Rounding a fixed-point approximation to the nearest Double.
extension FixedPoint {
    /// The Double nearest to self · 2^k (ties to even), or nil when the approximation, whose
    /// relative error is below 2^(−errorBits), lies too close to a midpoint between two Doubles
    /// to decide. With `decide`, such a value is taken as the midpoint itself (the last step
    /// of a Ziv loop, reached only by exact midpoints such as pow(2²⁷ − 1, 2)).
    func roundedToDouble(timesTwoTo k: Int, errorBits: Int, decide: Bool = false) -> Double? {
        let length = bitLength
        if length == 0 { return negative ? -0.0 : 0 }
        let p = precision
        let leadingExponent = length - 1 + k - p
        // Bits of M below the Double's last place: 53 significant bits, or down to 2⁻¹⁰⁷⁴.
        let drop = leadingExponent >= -1022 ? length - 53 : -1074 - k + p
        var mantissa: UInt64 = 0
        if drop <= 0 {
            for i in 0..<length where bit(i) { mantissa |= 1 << UInt64(i) }
        } else {
            for i in drop..<Swift.max(drop, length) where bit(i) { mantissa |= 1 << UInt64(i - drop) }
            let half = bit(drop - 1)
            // The true value lies within 2^noise units of M (bits below `noise` mean nothing).
            let noise = Swift.max(0, length - errorBits)
            var restIsOpposite = true                                 // 1000… or 0111… down to the noise
            if drop - 2 >= noise {
                for i in stride(from: drop - 2, through: noise, by: -1) where bit(i) == half {
                    restIsOpposite = false
                    break
                }
            }
            if noise >= drop - 1 || restIsOpposite {
                let exactMidpoint = noise == 0 && half && restIsOpposite
                let exactBelow = noise == 0 && !half
                if !exactBelow {
                    guard exactMidpoint || decide else { return nil }
                    if mantissa & 1 == 1 { mantissa += 1 }            // the midpoint, ties to even
                }
            } else if half {
                mantissa += 1
            }
        }
        let value = scale(Double(mantissa), Swift.max(drop, 0) + k - p)
        return negative ? -value : value
    }
}
