import Foundation
import Testing
@testable import Distributions

@Test func sampleW1MatchesScipy() throws {
    // stats.wasserstein_distance([0,1,3,7],[2,2.5,10]) -> 2.25
    #expect(close(try wasserstein1(samples: [0, 1, 3, 7], samples: [2, 2.5, 10]), 2.25, 1e-14))
    // Equal sizes: mean |sorted difference|.
    #expect(close(try wasserstein1(samples: [3, 0, 1], samples: [2, 1, 4]), (1 + 1 + 1) / 3.0, 1e-14))  // sorted: [0,1,3] vs [1,2,4]
    #expect(try wasserstein1(samples: [1, 1, 2], samples: [2, 1, 1]) == 0)
}

@Test func sampleW1ConvergesToTheTrueDistance() throws {
    var rng = SplitMix64(seed: 11)
    let a = try Normal.standard.sample(20_000, using: &rng)
    let b = try Normal(mean: 1.5, std: 1).sample(20_000, using: &rng)
    #expect(abs(try wasserstein1(samples: a, samples: b) - 1.5) < 0.05)
}

@Test func histogramEstimatesApproachTheExactDivergences() throws {
    var rng = SplitMix64(seed: 12)
    let p = Normal.standard
    let q = try Normal(mean: 1, std: 1.5)
    let a = try p.sample(50_000, using: &rng)
    let b = try q.sample(50_000, using: &rng)
    #expect(abs(try klEstimate(samples: a, samples: b, bins: 60) - kl(p, q)) < 0.05)
    #expect(abs(try jsEstimate(samples: a, samples: b, bins: 60) - js(p, q)) < 0.02)
}

@Test func jsEstimateOfIdenticalDistributionsShowsItsUpwardBias() throws {
    var rng = SplitMix64(seed: 13)
    let n = 5000
    let a = try Normal.standard.sample(n, using: &rng)
    let b = try Normal.standard.sample(n, using: &rng)
    let estimate = try jsEstimate(samples: a, samples: b, bins: 50)
    // The true JS is 0; the documented bias is about (bins − 1)/(4n) = 0.00245.
    #expect(estimate > 0.0005 && estimate < 0.006)
}

@Test func kernelDensityTracksTheDensity() throws {
    var rng = SplitMix64(seed: 14)
    let xs = try Normal.standard.sample(10_000, using: &rng)
    let points = try linspace(-2, 2, count: 5)
    let estimate = try kernelDensity(samples: xs, at: points)
    for (x, value) in zip(points, estimate) {
        #expect(abs(value - Normal.standard.density(x)) < 0.02, "KDE at \(x): \(value)")
    }
    #expect(throws: DistributionError.self) { try kernelDensity(samples: [1, 1, 1], at: [0]) }
    #expect(close(try kernelDensity(samples: [1, 1, 1], at: [1], bandwidth: 1)[0], Normal.standard.density(0), 1e-15))
}

@Test func sampleEstimatesRejectBadInput() {
    #expect(throws: DistributionError.self) { try wasserstein1(samples: [], samples: [1]) }
    #expect(throws: DistributionError.self) { try wasserstein1(samples: [.nan], samples: [1]) }
    #expect(throws: DistributionError.self) { try klEstimate(samples: [1, 2], samples: [1], bins: 0) }
    #expect(throws: DistributionError.self) { try jsEstimate(samples: [1, .infinity], samples: [1]) }
}

@Test func sampleToDistributionW1MatchesScipy() throws {
    // Fn = lambda x: (np.array([0,1,3.]) <= x).mean()
    // integrate.quad(lambda x: abs(Fn(x) - stats.uniform(0,2).cdf(x)), -1, 4, points=[0,2/3,1,4/3,2,3]) -> 11/18
    #expect(close(try wasserstein1(samples: [3, 0, 1], distribution: try Uniform(low: 0, high: 2)), 11.0 / 18, 1e-12))
    // Quantile-grid samples of N(0,1) against N(2,1): close to the shift, 2.
    let grid = try (0..<2000).map { try Normal.standard.quantile((Double($0) + 0.5) / 2000) }
    #expect(abs(try wasserstein1(samples: grid, distribution: try Normal(mean: 2, std: 1)) - 2) < 0.01)
    #expect(try wasserstein1(samples: grid, distribution: Normal.standard) < 0.01)
    #expect(throws: DistributionError.self) { try wasserstein1(samples: [], distribution: Normal.standard) }
}
