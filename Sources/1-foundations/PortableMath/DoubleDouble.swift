// Double-double arithmetic: a value carried as the unevaluated sum hi + lo of two Doubles
// (about 106 significant bits), built from IEEE-754 operations and fused multiply-add only,
// so the correctly rounded functions give the same bits on every platform.

/// The exact sum a + b as (rounded sum, rounding error).
@inline(__always) func twoSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let s = a + b
    let bb = s - a
    return (s, (a - (s - bb)) + (b - bb))
}

/// The exact sum a + b as (rounded sum, rounding error) when |a| ≥ |b| or a is zero.
@inline(__always) func fastTwoSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let s = a + b
    return (s, b - (s - a))
}

/// The exact product a · b as (rounded product, rounding error) through fused multiply-add.
@inline(__always) func twoProduct(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let p = a * b
    return (p, (-p).addingProduct(a, b))
}

/// A double-double number hi + lo with |lo| ≤ ulp(hi)/2.
struct DoubleDouble: Sendable {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double) { self.hi = hi; self.lo = lo }

    /// (a.hi + a.lo) · (b.hi + b.lo), relative error about 2⁻¹⁰².
    @inline(__always) static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let p = twoProduct(a.hi, b.hi)
        let lo = p.lo + (a.hi * b.lo + a.lo * b.hi)
        let s = fastTwoSum(p.hi, lo)
        return DoubleDouble(s.hi, s.lo)
    }

    /// a · b for a plain Double b.
    @inline(__always) static func * (a: DoubleDouble, b: Double) -> DoubleDouble {
        let p = twoProduct(a.hi, b)
        let s = fastTwoSum(p.hi, p.lo + a.lo * b)
        return DoubleDouble(s.hi, s.lo)
    }

    /// a + b with both high parts added exactly (accurate unless the sum cancels deeply).
    @inline(__always) static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let s = twoSum(a.hi, b.hi)
        let r = fastTwoSum(s.hi, s.lo + (a.lo + b.lo))
        return DoubleDouble(r.hi, r.lo)
    }

    /// a + b for a plain Double b.
    @inline(__always) static func + (a: DoubleDouble, b: Double) -> DoubleDouble {
        let s = twoSum(a.hi, b)
        let r = fastTwoSum(s.hi, s.lo + a.lo)
        return DoubleDouble(r.hi, r.lo)
    }
}
