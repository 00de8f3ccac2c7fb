import Foundation
import Testing
@testable import Distributions

@Test func ringHasDistinctModesAtMultiplesOfTheAngle() throws {
    let ring = try GaussianRing(modes: 8, radius: 2, std: 0.02)
    let centers = ring.centers
    #expect(centers.count == 8)
    for (k, c) in centers.enumerated() {
        let angle = 2 * Double.pi * Double(k) / 8
        #expect(abs(c.x - 2 * cos(angle)) < 1e-15 && abs(c.y - 2 * sin(angle)) < 1e-15)
    }
    // Neighbouring modes are 2·r·sin(π/8) apart; no two coincide (the linspace(0, 2π, 8) trap).
    for i in 0..<8 {
        for j in (i + 1)..<8 { #expect(centers[i].distance(to: centers[j]) > 1.5) }
    }
}

@Test func ringSamplesCoverEveryModeWithTheExpectedQuality() throws {
    let ring = try GaussianRing()
    var rng = SplitMix64(seed: 99)
    let points = try ring.sample(2500, using: &rng)
    let coverage = try modeCoverage(points, ring)
    #expect(coverage.modesCaptured == 8)
    #expect(coverage.countsPerMode.allSatisfy { $0 > 250 && $0 < 380 })   // ~309 each
    // P(distance ≤ 3σ) for an isotropic 2-D Gaussian = 1 − e^(−4.5) = 0.98889
    #expect(abs(coverage.highQualityShare - (1 - exp(-4.5))) < 0.006)
    var again = SplitMix64(seed: 99)
    #expect(try ring.sample(2500, using: &again) == points)
}

@Test func collapsedSamplesCaptureOneMode() throws {
    let ring = try GaussianRing()
    var rng = SplitMix64(seed: 5)
    let collapsed = try Normal(mean: 0, std: 0.01).sample(1000, using: &rng).map { Point2D(x: 2 + $0, y: $0) }
    let coverage = try modeCoverage(collapsed, ring)
    #expect(coverage.modesCaptured == 1 && coverage.countsPerMode[0] > 900)
    let blurred = (0..<800).map { i in Point2D(x: 0.001 * Double(i), y: 0) }   // between modes
    #expect(try modeCoverage(blurred, ring).highQualityShare < 0.1)
}

@Test func ringRejectsBadArguments() throws {
    #expect(throws: DistributionError.self) { try GaussianRing(modes: 0) }
    #expect(throws: DistributionError.self) { try GaussianRing(std: 0) }
    #expect(throws: DistributionError.self) { try modeCoverage([], try GaussianRing()) }
    #expect(throws: DistributionError.self) { try modeCoverage([Point2D(x: .nan, y: 0)], try GaussianRing()) }
}
