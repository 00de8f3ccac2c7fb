import Testing
@testable import Distributions

@Test func samplingIsDeterministicForAFixedGenerator() throws {
    let distributions: [any Distribution1D] = [Normal.standard, try Uniform(low: 0, high: 1),
                                               try LogNormal(mu: 0, sigma: 1), try referenceMixture()]
    for p in distributions {
        var first = SplitMix64(seed: 7)
        var second = SplitMix64(seed: 7)
        var other = SplitMix64(seed: 8)
        let a = try p.sample(101, using: &first)
        #expect(a.count == 101)
        #expect(a == (try p.sample(101, using: &second)))
        #expect(a != (try p.sample(101, using: &other)))
    }
}

@Test func sampleMomentsMatchTheDistribution() throws {
    var rng = SplitMix64(seed: 2026)
    let n = 40_000
    let cases: [any Distribution1D] = [try Normal(mean: 4, std: 0.5), try Uniform(low: -1, high: 3),
                                       try LogNormal(mu: 0, sigma: 0.4), try referenceMixture()]
    for p in cases {
        let (mean, std) = meanAndStd(try p.sample(n, using: &rng))
        // 5 standard errors of the mean; the std within 3 %.
        #expect(abs(mean - p.mean) < 5 * p.standardDeviation / Double(n).squareRoot(), "\(p) mean \(mean)")
        #expect(abs(std / p.standardDeviation - 1) < 0.03, "\(p) std \(std)")
    }
}

@Test func uniformSamplesStayInside() throws {
    var rng = SplitMix64(seed: 1)
    let xs = try Uniform(low: 2, high: 2.5).sample(5000, using: &rng)
    #expect(xs.allSatisfy { $0 >= 2 && $0 < 2.5 })
}

@Test func mixtureSamplesFollowTheWeights() throws {
    var rng = SplitMix64(seed: 3)
    let m = try Mixture([try Normal(mean: -10, std: 1), try Normal(mean: 10, std: 1)], weights: [1, 3])
    let xs = try m.sample(20_000, using: &rng)
    let share = Double(xs.filter { $0 > 0 }.count) / Double(xs.count)
    #expect(abs(share - 0.75) < 0.015)   // binomial sd 0.003
}

@Test func zeroSamplesIsEmptyAndNegativeThrows() throws {
    var rng = SplitMix64(seed: 1)
    #expect(try Normal.standard.sample(0, using: &rng).isEmpty)
    #expect(throws: DistributionError.self) { try Normal.standard.sample(-1, using: &rng) }
}
