import Foundation
import PortableMath

/// A point in the plane.
public struct Point2D: Sendable, Equatable, CustomStringConvertible {
    public var x: Double
    public var y: Double

    /// Creates the point (x, y).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The Euclidean distance to `other`.
    public func distance(to other: Point2D) -> Double { PortableMath.hypot(x - other.x, y - other.y) }

    public var description: String { "(\(x), \(y))" }
}

/// An equal-weight mixture of isotropic 2-D Gaussians centred on a circle: the mode-collapse toy.
///
/// Mode k (k = 0 … modes−1) sits at angle 2πk/modes, i.e. `radius·(cos, sin)` — not at
/// `linspace(0, 2π, modes)`, which would put the last mode on top of the first.
///
/// ```swift
/// let ring = try GaussianRing(modes: 8, radius: 2, std: 0.02)
/// let points = try ring.sample(2500, using: &rng)
/// let coverage = try modeCoverage(points, ring)   // 8 modes, ~98.9 % high quality
/// ```
public struct GaussianRing: Sendable, Equatable, CustomStringConvertible {
    /// The number of modes (≥ 1).
    public let modes: Int
    /// The circle's radius (> 0).
    public let radius: Double
    /// Each Gaussian's standard deviation per coordinate (> 0).
    public let std: Double

    /// Throws when `modes < 1` or `radius` or `std` is not positive and finite.
    public init(modes: Int = 8, radius: Double = 2, std: Double = 0.02) throws {
        let operation = "GaussianRing(modes:radius:std:)"
        guard modes >= 1 else { throw DistributionError(operation, "modes must be at least 1, got \(modes)") }
        try Check.positive(radius, "radius", in: operation)
        try Check.positive(std, "std", in: operation)
        self.modes = modes
        self.radius = radius
        self.std = std
    }

    /// The mode centres, in order k = 0 … modes−1.
    public var centers: [Point2D] {
        (0..<modes).map { k in
            let angle = 2 * Double.pi * Double(k) / Double(modes)
            return Point2D(x: radius * PortableMath.cos(angle), y: radius * PortableMath.sin(angle))
        }
    }

    /// `n` points: a uniformly chosen mode plus N(0, std²) noise on each coordinate.
    public func sample<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) throws -> [Point2D] {
        try Check.count(n, in: "\(description).sample(_:using:)")
        let centers = centers
        return (0..<n).map { _ in
            let center = centers[RandomDraws.index(below: modes, &generator)]
            let noise = RandomDraws.standardNormals(2, &generator)
            return Point2D(x: center.x + std * noise[0], y: center.y + std * noise[1])
        }
    }

    public var description: String { "GaussianRing(modes: \(modes), radius: \(radius), std: \(std))" }
}

/// How well a set of 2-D samples covers the modes of a ``GaussianRing``.
public struct ModeCoverage: Sendable, Equatable {
    /// High-quality samples per mode (index k = mode k).
    public let countsPerMode: [Int]
    /// The number of modes with at least `minimumCount` high-quality samples.
    public let modesCaptured: Int
    /// The share of all samples that are high quality (within `sigmas`·std of their nearest mode).
    public let highQualityShare: Double
    /// The number of high-quality samples a mode needed to count as captured.
    public let minimumCount: Int
}

/// Counts the modes of `ring` that `samples` capture.
///
/// A sample is **high quality** when its Euclidean distance to the nearest mode centre is at
/// most `sigmas · ring.std` (for the ring itself that happens with probability 1 − e^(−sigmas²/2),
/// 98.9 % for 3σ). A mode is **captured** when it has at least `minimumCount` high-quality samples;
/// by default 1 % of the count a perfect generator would give it, n / modes / 100, and at least 1.
/// Throws when `samples` is empty, holds NaN, or `sigmas` is not positive.
public func modeCoverage(_ samples: [Point2D], _ ring: GaussianRing, sigmas: Double = 3,
                         minimumCount: Int? = nil) throws -> ModeCoverage {
    let operation = "modeCoverage(_:_:sigmas:minimumCount:)"
    guard !samples.isEmpty else { throw DistributionError(operation, "samples must not be empty") }
    if let bad = samples.firstIndex(where: { !$0.x.isFinite || !$0.y.isFinite }) {
        throw DistributionError(operation, "samples[\(bad)] is \(samples[bad]); samples must be finite")
    }
    try Check.positive(sigmas, "sigmas", in: operation)
    let needed = minimumCount ?? max(1, samples.count / ring.modes / 100)
    guard needed >= 1 else { throw DistributionError(operation, "minimumCount must be at least 1, got \(needed)") }
    let centers = ring.centers
    let limit = sigmas * ring.std
    var counts = Array(repeating: 0, count: ring.modes)
    for point in samples {
        var best = 0
        var bestDistance = Double.infinity
        for (k, center) in centers.enumerated() {
            let d = point.distance(to: center)
            if d < bestDistance { bestDistance = d; best = k }
        }
        if bestDistance <= limit { counts[best] += 1 }
    }
    return ModeCoverage(countsPerMode: counts,
                        modesCaptured: counts.filter { $0 >= needed }.count,
                        highQualityShare: Double(counts.reduce(0, +)) / Double(samples.count),
                        minimumCount: needed)
}
