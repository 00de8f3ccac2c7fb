import Foundation
import PortableMath

/// The exact 1-Wasserstein distance between the empirical distributions of two samples.
///
/// Computes ∫|F_a − F_b| over the merged sorted samples, which for equal sizes equals the mean of
/// |a₍ᵢ₎ − b₍ᵢ₎| over the sorted samples. Throws when a sample is empty or not finite.
///
/// ```swift
/// try wasserstein1(samples: [0, 1, 2], samples: [1, 2, 3])   // 1.0
/// ```
public func wasserstein1(samples a: [Double], samples b: [Double]) throws -> Double {
    let operation = "wasserstein1(samples:samples:)"
    try Check.samples(a, "first sample", in: operation)
    try Check.samples(b, "second sample", in: operation)
    let x = a.sorted()
    let y = b.sorted()
    var i = 0, j = 0
    var cdfA = 0.0, cdfB = 0.0
    var previous = min(x[0], y[0])
    var total = 0.0
    while i < x.count || j < y.count {
        let next = j >= y.count || (i < x.count && x[i] <= y[j]) ? x[i] : y[j]
        total += abs(cdfA - cdfB) * (next - previous)
        while i < x.count && x[i] == next { i += 1 }
        while j < y.count && y[j] == next { j += 1 }
        cdfA = Double(i) / Double(x.count)
        cdfB = Double(j) / Double(y.count)
        previous = next
    }
    return total
}

/// A histogram plug-in estimate of KL(p‖q) from samples of p and q, in nats.
///
/// Both samples are binned on `bins` shared bins over their joint range; every bin gets a
/// pseudo-count of ½ (Jeffreys smoothing) so that empty q-bins do not give +∞. **Bias**: the
/// estimate depends on the binning; smoothing pulls it towards 0 when samples are few, while
/// coarse bins also underestimate (merging detail can only lower KL); with few samples per bin the
/// plug-in estimate tends to overestimate. Use thousands of samples and compare estimates at two
/// bin counts. Throws on empty or non-finite samples, or bins < 1.
public func klEstimate(samples a: [Double], samples b: [Double], bins: Int = 50) throws -> Double {
    let (p, q) = try smoothedBinProbabilities(a, b, bins: bins, pseudoCount: 0.5, operation: "klEstimate(samples:samples:bins:)")
    return zip(p, q).reduce(0) { $0 + $1.0 * PortableMath.log($1.0 / $1.1) }
}

/// A histogram plug-in estimate of JS(p, q) from samples, in nats (0 … log 2).
///
/// No smoothing is needed (the mixture is positive wherever either histogram is). **Bias**: finite
/// samples make even identical distributions look different, so the estimate is biased upwards by
/// about (bins − 1)/(4n) nats for n samples each (Miller–Madow entropy bias) when the bins are well populated; coarse bins bias it
/// downwards. Throws on empty or non-finite samples, or bins < 1.
public func jsEstimate(samples a: [Double], samples b: [Double], bins: Int = 50) throws -> Double {
    let (p, q) = try smoothedBinProbabilities(a, b, bins: bins, pseudoCount: 0, operation: "jsEstimate(samples:samples:bins:)")
    var total = 0.0
    for (pi, qi) in zip(p, q) {
        let m = (pi + qi) / 2
        if pi > 0 { total += 0.5 * pi * PortableMath.log(pi / m) }
        if qi > 0 { total += 0.5 * qi * PortableMath.log(qi / m) }
    }
    return min(PortableMath.log(2), max(0, total))
}

/// Bin probabilities of both samples on shared bins, each count increased by `pseudoCount`.
private func smoothedBinProbabilities(_ a: [Double], _ b: [Double], bins: Int, pseudoCount: Double,
                                      operation: String) throws -> ([Double], [Double]) {
    try Check.samples(a, "first sample", in: operation)
    try Check.samples(b, "second sample", in: operation)
    guard bins >= 1 else { throw DistributionError(operation, "bins must be at least 1, got \(bins)") }
    let low = min(a.min() ?? 0, b.min() ?? 0)
    let high = max(a.max() ?? 0, b.max() ?? 0)
    let range = high > low ? low...high : (low - 0.5)...(high + 0.5)
    func probabilities(_ samples: [Double]) throws -> [Double] {
        let counts = try Histogram(samples: samples, bins: bins, range: range).counts
        let total = Double(samples.count) + pseudoCount * Double(bins)
        return counts.map { (Double($0) + pseudoCount) / total }
    }
    return (try probabilities(a), try probabilities(b))
}

/// A Gaussian kernel density estimate of the samples' density at each of `points`.
///
/// `bandwidth` defaults to Silverman's rule 0.9·min(σ̂, IQR/1.34)·n^(−1/5) (σ̂ when the IQR is 0).
/// Like any KDE it smooths: peaks come out lower and wider by about the bandwidth. Throws on
/// empty or non-finite samples or a bandwidth that is not positive and finite.
public func kernelDensity(samples: [Double], at points: [Double], bandwidth: Double? = nil) throws -> [Double] {
    let operation = "kernelDensity(samples:at:bandwidth:)"
    try Check.samples(samples, "samples", in: operation)
    let h = try bandwidth ?? silvermanBandwidth(samples)
    try Check.positive(h, "bandwidth", in: operation)
    let norm = 1 / (Double(samples.count) * h * (2 * Double.pi).squareRoot())
    return points.map { x in
        samples.reduce(0) { sum, s in let z = (x - s) / h; return sum + PortableMath.exp(-0.5 * z * z) } * norm
    }
}

/// Silverman's rule-of-thumb bandwidth; throws for a sample with no spread.
public func silvermanBandwidth(_ samples: [Double]) throws -> Double {
    let operation = "silvermanBandwidth(_:)"
    try Check.samples(samples, "samples", in: operation)
    let n = Double(samples.count)
    let mean = samples.reduce(0, +) / n
    let std = (samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, n - 1)).squareRoot()
    let sorted = samples.sorted()
    func quantile(_ u: Double) -> Double {
        let position = u * (n - 1)
        let below = Int(position.rounded(.down))
        let above = min(sorted.count - 1, below + 1)
        return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
    }
    let iqr = quantile(0.75) - quantile(0.25)
    let spread = iqr > 0 ? min(std, iqr / 1.34) : std
    guard spread > 0 else {
        throw DistributionError(operation, "all \(samples.count) samples are equal; pass a bandwidth")
    }
    return 0.9 * spread * PortableMath.pow(n, -0.2)
}

/// The 1-Wasserstein distance between the empirical distribution of `samples` and `distribution`:
/// ∫|F_n(x) − F(x)| dx, by quadrature between consecutive sorted samples.
///
/// ```swift
/// try wasserstein1(samples: generated, distribution: try Normal(mean: 4, std: 0.5))
/// ```
/// Throws when `samples` is empty or not finite.
public func wasserstein1(samples: [Double], distribution: any Distribution1D) throws -> Double {
    try Check.samples(samples, "samples", in: "wasserstein1(samples:distribution:)")
    let sorted = samples.sorted()
    let n = Double(sorted.count)
    let range = distribution.effectiveSupport
    let low = min(range.lowerBound, sorted[0])
    let high = max(range.upperBound, sorted[sorted.count - 1])
    // Samples cut the line into pieces where F_n is constant; integrate |k/n − F| on each piece.
    let cuts = [low] + sorted + [high]
    var total = 0.0
    var k = 0
    for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
        while k < sorted.count && sorted[k] <= a { k += 1 }
        let level = Double(k) / n
        total += Quadrature.integrate(over: a...b, breakpoints: distribution.integrationBreakpoints) {
            abs(level - distribution.cdf($0))
        }
    }
    return total
}
