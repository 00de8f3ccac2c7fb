import CellScript
import Distributions
import GANEngine

/// A 1-D distribution in a cell (`Normal`, `Uniform`, `Mixture`).
final class DistributionObject: Displayable {
    let distribution: any Distribution1D
    let typeName: String

    init(_ distribution: any Distribution1D, typeName: String) {
        self.distribution = distribution
        self.typeName = typeName
    }

    func rendered() throws -> RenderedDisplay { .text(distribution.description) }
}

/// A ring of 2-D Gaussians in a cell (`GaussianRing(modes: 8, radius: 2, std: 0.02)`).
final class RingObject: Displayable {
    let ring: GaussianRing
    var typeName: String { "GaussianRing" }
    init(_ ring: GaussianRing) { self.ring = ring }
    func rendered() throws -> RenderedDisplay { .text(ring.description) }
}

extension Builtins {
    static let distributionTypes = ["Normal", "Uniform", "Mixture"]

    /// Distributions, divergences (closed form, numerical or from samples), `linspace`, `mean`, `std`.
    static func registerDistributions(in r: BuiltinRegistrar, context: BuiltinContext) throws {
        func distribution(_ signature: String, _ doc: String, _ make: @escaping (Arguments) throws -> any Distribution1D) throws {
            let name = String(signature.prefix { $0 != "(" })
            try r.type(name, doc: doc)
            try r.initializer(signature, doc: doc) { args, _ in .object(DistributionObject(try make(args), typeName: name)) }
        }
        try distribution("Normal(mean: Double = 0, std: Double = 1)", "Normal distribution N(mean, std²).") { args in
            try Normal(mean: try args.double(0, default: 0), std: try args.double(1, default: 1))
        }
        try distribution("Uniform(low: Double = 0, high: Double = 1)", "Uniform distribution on [low, high].") { args in
            try Uniform(low: try args.double(0, default: 0), high: try args.double(1, default: 1))
        }
        try distribution("Mixture(_ components: [Distribution], weights: [Double]? = nil)", "Weighted mixture of distributions (equal weights by default).") { args in
            let components = try args.array(0).enumerated().map { try distribution1D($0.element, "Mixture: component \($0.offset)") }
            let weights = args[1] == nil ? nil : try args.doubles(1)
            return try Mixture(components, weights: weights)
        }
        for name in distributionTypes { try registerDistributionMembers(r, on: name, context: context) }
        try registerRing(r, context: context)
        try registerDivergences(r)
        try registerStatistics(r)
    }

    static func distribution1D(_ value: Value, _ what: String) throws -> any Distribution1D {
        guard case .object(let object as DistributionObject) = value else {
            throw HostError("\(what) must be a distribution (Normal, Uniform, Mixture), got \(value.typeName)")
        }
        return object.distribution
    }

    private static func registerDistributionMembers(_ r: BuiltinRegistrar, on type: String, context: BuiltinContext) throws {
        let d = { (v: Value) in try distribution1D(v, "receiver") }
        try r.method(on: type, "sample(_ n: Int) -> Tensor", effect: .readOnly, sizeCheck: .counts([CountArgument(0, "n", 0...EngineLimits.maxElements, bytesEach: 12)]), doc: "n independent draws from the cell's random stream, a Tensor of shape [n].") { v, args, _ in
            let samples = try d(v).sample(try args.int(0), using: &context.generator)
            return BuiltinValues.tensorValue(try Tensor(shape: [samples.count], values: samples.map(Float.init)))
        }
        // `density` and `logDensity` only read too, but the analysis has always counted them as
        // changes; declaring them `.readOnly` changes cell keys, so it waits for a key bump.
        let pointwise: [(String, String, BuiltinEffect, (any Distribution1D, Double) -> Double)] = [
            ("density", "Probability density at x (a number or [Double]).", .mutates, { $0.density($1) }),
            ("logDensity", "Natural log of the density at x (a number or [Double]).", .mutates, { $0.logDensity($1) }),
            ("cdf", "Cumulative distribution P(X ≤ x) (a number or [Double]).", .readOnly, { $0.cdf($1) }),
        ]
        for (name, doc, effect, f) in pointwise {
            try r.method(on: type, "\(name)(_ x: Double) -> Double", effect: effect, doc: doc) { v, args, _ in
                let p = try d(v)
                let x = try args.value(0)
                if let number = x.asDouble { return .double(f(p, number)) }
                return BuiltinValues.doublesValue(try BuiltinValues.doubles(x, "\(name): x").map { f(p, $0) })
            }
        }
        try r.property(on: type, "mean: Double", doc: "The expected value.") { v, _ in .double(try d(v).mean) }
        try r.property(on: type, "std: Double", doc: "The standard deviation.") { v, _ in .double(try d(v).standardDeviation) }
        try r.property(on: type, "variance: Double", doc: "The variance.") { v, _ in .double(try d(v).variance) }
    }

    private static func registerRing(_ r: BuiltinRegistrar, context: BuiltinContext) throws {
        try r.type("GaussianRing", doc: "Mixture of equal 2-D Gaussians on a circle (mode-collapse benchmark).")
        try r.initializer("GaussianRing(modes: Int = 8, radius: Double = 2, std: Double = 0.02)",
                          sizeCheck: .counts([CountArgument(0, "modes", 1...100_000, bytesEach: 16)]), doc: "`modes` isotropic Gaussians with standard deviation `std` evenly spaced on a circle of `radius`.") { args, _ in
            .object(RingObject(try GaussianRing(modes: try args.int(0, default: 8), radius: try args.double(1, default: 2),
                                                std: try args.double(2, default: 0.02))))
        }
        let ring = { (v: Value) throws -> GaussianRing in
            guard case .object(let object as RingObject) = v else { throw HostError("expected a GaussianRing, got \(v.typeName)") }
            return object.ring
        }
        try r.method(on: "GaussianRing", "sample(_ n: Int) -> Tensor", effect: .readOnly, sizeCheck: .counts([CountArgument(0, "n", 0...EngineLimits.maxElements / 2, bytesEach: 40)]), doc: "n points from the cell's random stream, a Tensor of shape [n, 2].") { v, args, _ in
            let points = try ring(v).sample(try args.int(0), using: &context.generator)
            return BuiltinValues.tensorValue(try Tensor(shape: [points.count, 2], values: points.flatMap { [Float($0.x), Float($0.y)] }))
        }
        try r.property(on: "GaussianRing", "centers: Tensor", doc: "Mode centres, a Tensor of shape [modes, 2].") { v, _ in
            let centers = try ring(v).centers
            return BuiltinValues.tensorValue(try Tensor(shape: [centers.count, 2], values: centers.flatMap { [Float($0.x), Float($0.y)] }))
        }
        try r.property(on: "GaussianRing", "modes: Int", doc: "Number of modes.") { v, _ in .int(try ring(v).modes) }
        try r.property(on: "GaussianRing", "radius: Double", doc: "Radius of the circle.") { v, _ in .double(try ring(v).radius) }
        try r.property(on: "GaussianRing", "std: Double", doc: "Standard deviation of each mode.") { v, _ in .double(try ring(v).std) }
        try r.function("modeCoverage(_ samples: Tensor, _ ring: GaussianRing) -> (modes: Int, quality: Double)", effect: .freshValue,
                       doc: "Modes captured by 2-D samples [n, 2], and the share of samples within 3σ of a mode (`.modes`, `.quality`).") { args, _ in
            let samples = try args.tensor(0)
            guard samples.rank == 2, samples.shape[1] == 2 else { throw HostError("modeCoverage: samples must have shape [n, 2], got \(samples.shape)") }
            let values = samples.values
            let points = (0..<samples.shape[0]).map { Point2D(x: Double(values[2 * $0]), y: Double(values[2 * $0 + 1])) }
            let coverage = try modeCoverage(points, try ring(try args.value(1)))
            return .tuple([.int(coverage.modesCaptured), .double(coverage.highQualityShare)])
        }
    }
}
