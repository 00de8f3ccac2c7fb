// Multiple-precision fixed-point numbers for the correctly rounded functions' slow path:
// sign · M · 2^(−64·fractionLimbs), M an unsigned integer in little-endian 64-bit limbs with
// one limb of integer part. Every operation is exact or truncates (error below one unit of
// the last limb), so a result's error bound is a count of such units.

/// A fixed-point number with `fractionLimbs` 64-bit limbs after the binary point.
struct FixedPoint: Sendable {
    /// Magnitude, least significant limb first; `count == fractionLimbs + 1`.
    var limbs: [UInt64]
    var negative: Bool

    var fractionLimbs: Int { limbs.count - 1 }
    /// Bits after the binary point.
    var precision: Int { 64 * fractionLimbs }

    /// Zero with `fractionLimbs` limbs of fraction.
    init(zeroWith fractionLimbs: Int) {
        limbs = [UInt64](repeating: 0, count: fractionLimbs + 1)
        negative = false
    }

    /// m · 2^shift (shift may be negative: bits below the last limb are dropped).
    init(_ m: UInt64, timesTwoTo shift: Int, fractionLimbs: Int, negative: Bool = false) {
        self.init(zeroWith: fractionLimbs)
        self.negative = negative
        let position = shift + 64 * fractionLimbs          // bit index of m's lowest bit in M
        for bit in 0..<64 where m >> UInt64(bit) & 1 == 1 {
            let i = position + bit
            if i >= 0 && i < 64 * limbs.count { limbs[i >> 6] |= 1 << UInt64(i & 63) }
        }
    }

    /// The exact value of a finite Double with |x| < 2⁶⁴ (bits below the last limb dropped).
    init(_ x: Double, fractionLimbs: Int) {
        let m = UInt64(x.significandBitPattern) | (x.isNormal ? 1 << 52 : 0)
        let e = x.isNormal ? Int(x.exponent) - 52 : -1074
        self.init(x == 0 ? 0 : m, timesTwoTo: e, fractionLimbs: fractionLimbs, negative: x < 0)
    }

    var isZero: Bool { limbs.allSatisfy { $0 == 0 } }

    /// Number of significant bits of M (0 for zero).
    var bitLength: Int {
        for i in stride(from: limbs.count - 1, through: 0, by: -1) where limbs[i] != 0 {
            return 64 * i + 64 - limbs[i].leadingZeroBitCount
        }
        return 0
    }

    /// Bit `i` of M (0 beyond its limbs).
    func bit(_ i: Int) -> Bool { i >= 0 && i < 64 * limbs.count && limbs[i >> 6] >> UInt64(i & 63) & 1 == 1 }

    static prefix func - (a: FixedPoint) -> FixedPoint {
        var r = a
        r.negative.toggle()
        return r
    }

    static func + (a: FixedPoint, b: FixedPoint) -> FixedPoint {
        if a.negative == b.negative { return FixedPoint(limbs: addMagnitudes(a.limbs, b.limbs), negative: a.negative) }
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return FixedPoint(limbs: subtractMagnitudes(a.limbs, b.limbs), negative: a.negative)
        }
        return FixedPoint(limbs: subtractMagnitudes(b.limbs, a.limbs), negative: b.negative)
    }

    static func - (a: FixedPoint, b: FixedPoint) -> FixedPoint { a + (-b) }

    /// The product, truncated to the same precision (|a · b| must stay below 2⁶⁴).
    static func * (a: FixedPoint, b: FixedPoint) -> FixedPoint {
        let n = a.limbs.count, f = a.fractionLimbs
        var product = [UInt64](repeating: 0, count: 2 * n)
        for i in 0..<n where a.limbs[i] != 0 {
            var carry: UInt64 = 0
            for j in 0..<n {
                let (high, low) = a.limbs[i].multipliedFullWidth(by: b.limbs[j])
                let (s1, c1) = product[i + j].addingReportingOverflow(low)
                let (s2, c2) = s1.addingReportingOverflow(carry)
                product[i + j] = s2
                carry = high &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
            }
            product[i + n] = carry
        }
        return FixedPoint(limbs: Array(product[f..<(f + n)]), negative: a.negative != b.negative)
    }

    /// a · k for a whole number k (|a · k| must stay below 2⁶⁴).
    func times(_ k: UInt64) -> FixedPoint {
        var r = self, carry: UInt64 = 0
        for i in 0..<limbs.count {
            let (high, low) = limbs[i].multipliedFullWidth(by: k)
            let (s, c) = low.addingReportingOverflow(carry)
            r.limbs[i] = s
            carry = high &+ (c ? 1 : 0)
        }
        return r
    }

    /// a / k for a whole number k > 0, truncated.
    func divided(by k: UInt64) -> FixedPoint {
        var r = self, remainder: UInt64 = 0
        for i in stride(from: limbs.count - 1, through: 0, by: -1) {
            let (q, rem) = k.dividingFullWidth((remainder, limbs[i]))
            r.limbs[i] = q
            remainder = rem
        }
        return r
    }

    /// a · 2^k (bits shifted below the last limb are dropped; bits above the integer limb lost).
    func timesPowerOfTwo(_ k: Int) -> FixedPoint {
        var r = FixedPoint(zeroWith: fractionLimbs)
        r.negative = negative
        let total = 64 * limbs.count
        for i in 0..<total where bit(i) {
            let j = i + k
            if j >= 0 && j < total { r.limbs[j >> 6] |= 1 << UInt64(j & 63) }
        }
        return r
    }

    /// The value rounded to a Double (ties away; for constants and estimates, not results).
    var approximateDouble: Double {
        var value = 0.0
        for i in stride(from: limbs.count - 1, through: Swift.max(0, limbs.count - 3), by: -1) {
            value += Double(limbs[i]) * scale(1, 64 * (i - fractionLimbs))
        }
        return negative ? -value : value
    }

    private init(limbs: [UInt64], negative: Bool) { self.limbs = limbs; self.negative = negative }
}

private func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
    for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
    return 0
}

private func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
    var r = a, carry = false
    for i in 0..<a.count {
        let (s1, c1) = a[i].addingReportingOverflow(b[i])
        let (s2, c2) = s1.addingReportingOverflow(carry ? 1 : 0)
        r[i] = s2
        carry = c1 || c2
    }
    return r
}

/// a − b for |a| ≥ |b|.
private func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
    var r = a, borrow = false
    for i in 0..<a.count {
        let (d1, b1) = a[i].subtractingReportingOverflow(b[i])
        let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
        r[i] = d2
        borrow = b1 || b2
    }
    return r
}
