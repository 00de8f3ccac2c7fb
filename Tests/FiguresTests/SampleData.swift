import Foundation

/// Deterministic data for the sample figures (no system randomness).
struct SampleRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }

    mutating func uniform() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (Double(state >> 11) + 0.5) / Double(1 << 53)
    }

    /// Box–Muller standard normal.
    mutating func normal() -> Double {
        let u = uniform(), v = uniform()
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

enum SampleData {
    static func grid(_ low: Double, _ high: Double, _ count: Int) -> [Double] {
        (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
    }

    static func normalDensity(_ x: Double, mean: Double, std: Double) -> Double {
        let z = (x - mean) / std
        return Foundation.exp(-0.5 * z * z) / (std * (2 * Double.pi).squareRoot())
    }

    /// Quantile of the normal distribution by bisection on erf.
    static func normalQuantile(_ p: Double, mean: Double, std: Double) -> Double {
        var low = -10.0, high = 10.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if 0.5 * (1 + erf(mid / 2.squareRoot())) < p { low = mid } else { high = mid }
        }
        return mean + std * (low + high) / 2
    }
}
