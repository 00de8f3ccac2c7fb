// The complementary error function and hypot from IEEE operations only (see PortableMath.swift).
//
// erfc: for |x| < 0.5, 1 − erf x with erf's Taylor series (erf ≤ 0.53: no cancellation to
// speak of); for x ≥ 0.5, erfc x = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), the
// continued fraction evaluated from a depth N(x) (≈ 180/x² + 30/x + 12 terms: 800 at x = 0.5,
// 14 from x ≈ 30) back to the front, with e^(−x²) from x² in two parts; for x ≤ −0.5, 2 − erfc(−x).

/// 2/√π and 1/√π.
@usableFromInline let twoOverRootPi = 1.1283791670955126
@usableFromInline let oneOverRootPi = 0.5641895835477563

/// (−1)ⁿ / (n!·(2n+1)) for n = 0…14 (n!·(2n+1) is exact in Double, so each is one rounding).
@usableFromInline let erfCoefficients: [Double] = (0..<15).map { n in
    let factorial = (0..<n).reduce(1.0) { $0 * Double($1 + 1) }
    return (n % 2 == 0 ? 1 : -1) / (factorial * Double(2 * n + 1))
}

extension PortableMath {
    /// erfc x = 1 − erf x, within about 4 ulp (relative, in the right tail too, down to the least normal number).
    @inlinable public static func erfc(_ x: Double) -> Double {
        if x.isNaN { return x }
        if Swift.abs(x) < 0.5 { return 1 - erfSeries(x) }
        if x < 0 { return 2 - erfcTail(-x) }
        return erfcTail(x)
    }

    /// erf x for |x| < 0.5: 2/√π · Σ (−1)ⁿ x²ⁿ⁺¹ / (n!·(2n+1)), to n = 14 (truncation < 2⁻⁶⁵).
    @usableFromInline static func erfSeries(_ x: Double) -> Double {
        let z = x * x
        var p = 0.0
        for n in stride(from: 14, through: 0, by: -1) { p = p * z + erfCoefficients[n] }
        return twoOverRootPi * (x * p)
    }

    /// erfc x for x ≥ 0.5.
    @usableFromInline static func erfcTail(_ x: Double) -> Double {
        if x > 27.3 { return 0 }                               // below the least subnormal
        let depth = Int(180 / (x * x) + 30 / x) + 12
        var t = 0.0
        for n in stride(from: depth, through: 1, by: -1) { t = (Double(n) * 0.5) / (x + t) }
        let fraction = 1 / (x + t)
        let square = x * x, squareLow = (-square).addingProduct(x, x)   // x² = square + squareLow exactly
        return exp(-square) * (1 - squareLow) * (oneOverRootPi * fraction)
    }

    /// √(x² + y²) without overflow or underflow in between, within 1 ulp; +∞ if either is
    /// infinite (even with a NaN), else NaN if either is NaN.
    @inlinable public static func hypot(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite || y.isInfinite { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        var a = Swift.abs(x), b = Swift.abs(y)
        if a < b { swap(&a, &b) }
        if b == 0 || a > b * 0x1p60 { return a }                 // b²/a² below 2⁻¹²⁰: √ rounds to a
        // Scale by a power of two (exact) so that the squares neither overflow nor underflow.
        var factor = 1.0, undo = 1.0
        if a > 0x1p500 { factor = 0x1p-600; undo = 0x1p600 } else if b < 0x1p-500 { factor = 0x1p600; undo = 0x1p-600 }
        a *= factor; b *= factor
        // a² + b² in two parts (fused multiply-adds give each square's rounding error exactly).
        let aa = a * a, aaLow = (-aa).addingProduct(a, a)
        let bb = b * b, bbLow = (-bb).addingProduct(b, b)
        let sum = aa + bb, sumLow = ((aa - sum) + bb) + (aaLow + bbLow)
        let r = sum.squareRoot()
        // One Newton correction: r + (sum + sumLow − r²)/(2r).
        let residual = sum.addingProduct(-r, r) + sumLow
        return (r + residual / (2 * r)) * undo
    }
}
