import Testing
@testable import Distributions

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator for deterministic tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// |a − b| ≤ tolerance·max(1, |b|).
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

func meanAndStd(_ xs: [Double]) -> (mean: Double, std: Double) {
    let n = Double(xs.count)
    let mean = xs.reduce(0, +) / n
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, variance.squareRoot())
}

/// 0.3·N(−2, 0.5) + 0.7·N(2, 1), the mixture the scipy fixtures below use.
func referenceMixture() throws -> Mixture {
    try Mixture([try Normal(mean: -2, std: 0.5), try Normal(mean: 2, std: 1)], weights: [3, 7])
}

@Test func splitMixMatchesPublishedFirstOutput() {
    // Reference value of SplitMix64 seeded with 0 (first output), as in Vigna's splitmix64.c.
    var rng = SplitMix64(seed: 0)
    #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
}
