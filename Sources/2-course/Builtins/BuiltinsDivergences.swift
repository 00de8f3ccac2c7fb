import CellScript
import Distributions
import Foundation

extension Builtins {
    /// `kl`, `js`, `totalVariation`, `wasserstein` between two distributions (closed form or
    /// numerical) or between two sets of samples (Tensors or [Double]).
    static func registerDivergences(_ r: BuiltinRegistrar) throws {
        let divergences: [(String, String, (any Distribution1D, any Distribution1D) throws -> Double, (([Double], [Double]) throws -> Double)?)] = [
            ("kl", "KL(p ‖ q) in nats; may be infinity. With samples: a histogram estimate.", { Distributions.kl($0, $1) },
             { try klEstimate(samples: $0, samples: $1) }),
            ("js", "Jensen–Shannon divergence in nats (at most log 2). With samples: a histogram estimate.", { Distributions.js($0, $1) },
             { try jsEstimate(samples: $0, samples: $1) }),
            ("totalVariation", "Total variation distance sup|P(A) − Q(A)|, in [0, 1].", { Distributions.totalVariation($0, $1) }, nil),
            ("wasserstein", "Earth mover's distance W₁; between two sample sets (Tensors or [Double]) the empirical W₁.",
             { try Distributions.wasserstein($0, $1) }, { try wasserstein1(samples: $0, samples: $1) }),
        ]
        for (name, doc, exact, fromSamples) in divergences {
            try r.function("\(name)(_ p: Distribution, _ q: Distribution) -> Double", doc: doc) { args, _ in
                let p = try args.value(0), q = try args.value(1)
                if case .object(let a as DistributionObject) = p, case .object(let b as DistributionObject) = q {
                    return .double(try exact(a.distribution, b.distribution))
                }
                guard let fromSamples else {
                    throw HostError("\(name): both arguments must be distributions (Normal, Uniform, Mixture), got \(p.typeName) and \(q.typeName)")
                }
                return .double(try fromSamples(try BuiltinValues.doubles(p, "\(name): p"), try BuiltinValues.doubles(q, "\(name): q")))
            }
        }
    }

    /// `linspace`, and `mean` / `std` of numbers.
    static func registerStatistics(_ r: BuiltinRegistrar) throws {
        try r.function("linspace(_ start: Double, _ end: Double, count: Int) -> [Double]", effect: .freshValue, sizeCheck: .counts([CountArgument(2, "count", 0...Limits.maximumCollectionCount, bytesEach: 32)]), doc: "`count` evenly spaced numbers from start to end (both included).") { args, _ in
            BuiltinValues.doublesValue(try linspace(try args.double(0), try args.double(1), count: try args.int(2)))
        }
        try r.function("mean(_ xs: [Double]) -> Double", effect: .freshValue, doc: "Arithmetic mean of numbers (or a Tensor's values).") { args, _ in
            let xs = try args.numbers(0)
            guard !xs.isEmpty else { throw HostError("mean: the array is empty") }
            return .double(xs.reduce(0, +) / Double(xs.count))
        }
        try r.function("std(_ xs: [Double]) -> Double", effect: .freshValue, doc: "Population standard deviation √(mean of squared deviations) of numbers.") { args, _ in
            let xs = try args.numbers(0)
            guard !xs.isEmpty else { throw HostError("std: the array is empty") }
            let mean = xs.reduce(0, +) / Double(xs.count)
            return .double((xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count)).squareRoot())
        }
    }
}
