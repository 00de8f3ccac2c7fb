/// Counts of samples in equal-width bins over a closed range.
///
/// ```swift
/// let h = try Histogram(samples: xs, bins: 40, range: -4...4)
/// h.densities   // counts / (n · width): comparable with a density curve
/// ```
public struct Histogram: Sendable, Equatable {
    /// `bins + 1` increasing bin edges; bin i is [edges[i], edges[i+1]) and the last is closed.
    public let edges: [Double]
    /// Samples per bin (samples outside the range are not counted).
    public let counts: [Int]
    /// The number of samples given, including those outside the range.
    public let total: Int

    /// Bins `samples` into `bins` equal bins over `range` (default: the samples' min...max).
    /// Throws when `bins < 1`, `samples` is empty or holds NaN/infinity, or the range is empty.
    public init(samples: [Double], bins: Int, range: ClosedRange<Double>? = nil) throws {
        let operation = "Histogram(samples:bins:range:)"
        try Check.samples(samples, "samples", in: operation)
        guard bins >= 1 else { throw DistributionError(operation, "bins must be at least 1, got \(bins)") }
        var low = range?.lowerBound ?? samples.min() ?? 0
        var high = range?.upperBound ?? samples.max() ?? 0
        guard low.isFinite, high.isFinite else {
            throw DistributionError(operation, "range must be finite, got \(low)...\(high)")
        }
        if high == low {
            guard range == nil else { throw DistributionError(operation, "range \(low)...\(high) is empty") }
            low -= 0.5
            high += 0.5
        }
        var counts = Array(repeating: 0, count: bins)
        let scale = Double(bins) / (high - low)
        for x in samples where x >= low && x <= high {
            counts[min(bins - 1, Int((x - low) * scale))] += 1
        }
        let width = (high - low) / Double(bins)
        edges = (0...bins).map { $0 == bins ? high : low + Double($0) * width }
        self.counts = counts
        total = samples.count
    }

    /// The bin centres.
    public var centers: [Double] { zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 } }

    /// counts / (total · bin width): integrates to the share of samples inside the range.
    public var densities: [Double] {
        zip(counts, zip(edges, edges.dropFirst())).map { Double($0) / (Double(total) * ($1.1 - $1.0)) }
    }
}
