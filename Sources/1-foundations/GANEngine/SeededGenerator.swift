import PortableMath
/// A portable, seeded random number generator (xoshiro256**, seeded through SplitMix64).
///
/// The same seed yields the same bit stream on every platform; `normal()` uses Box–Muller in
/// Double precision and caches the second value, so tensors drawn from equal seeds are bitwise equal.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// let z = try Tensor.randn([64, 100], using: &rng)
/// let coin = Bool.random(using: &rng)   // works with any Swift API taking a RandomNumberGenerator
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable, Codable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareNormal: Double?

    /// Creates a generator whose whole future stream is determined by `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
        spareNormal = nil
    }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 { nextBits() }

    @usableFromInline mutating func nextBits() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform Double in [0, 1) with 53 random bits.
    public mutating func uniformDouble() -> Double {
        Double(nextBits() >> 11) * 0x1.0p-53
    }

    /// Uniform Float in [0, 1) with 24 random bits.
    public mutating func uniform() -> Float {
        Float(nextBits() >> 40) * 0x1.0p-24
    }

    /// Standard normal sample (Box–Muller, Double precision, second value cached).
    public mutating func normal() -> Double {
        if let spare = spareNormal { spareNormal = nil; return spare }
        var u1 = uniformDouble()
        while u1 <= 0 { u1 = uniformDouble() }
        let u2 = uniformDouble()
        let r = (-2.0 * PortableMath.log(u1)).squareRoot()
        let theta = 2.0 * Double.pi * u2
        spareNormal = r * PortableMath.sin(theta)
        return r * PortableMath.cos(theta)
    }
}


