import Distributions

/// Writes and reads the 1-D distributions of `Distributions` by kind and parameters.
enum DistributionRecord {
    static func write(_ distribution: any Distribution1D, to out: inout SnapshotWriter) throws {
        switch distribution {
        case let d as Normal: out.string("Normal"); out.f64(d.location); out.f64(d.scale)
        case let d as Uniform: out.string("Uniform"); out.f64(d.low); out.f64(d.high)
        case let d as LogNormal: out.string("LogNormal"); out.f64(d.mu); out.f64(d.sigma)
        case let d as Mixture:
            out.string("Mixture")
            out.u32(d.components.count)
            for component in d.components { try write(component, to: &out) }
            for weight in d.weights { out.f64(weight) }
        default:
            throw SnapshotError.unsnapshottable(typeName: String(describing: type(of: distribution)))
        }
    }

    static func read(from reader: inout SnapshotReader, depth: Int = 0) throws -> any Distribution1D {
        guard depth < 32 else { throw SnapshotError.malformed("mixtures nested too deeply") }
        do {
            switch try reader.string() {
            case "Normal": return try Normal(mean: try reader.f64(), std: try reader.f64())
            case "Uniform": return try Uniform(low: try reader.f64(), high: try reader.f64())
            case "LogNormal": return try LogNormal(mu: try reader.f64(), sigma: try reader.f64())
            case "Mixture":
                let count = try reader.u32()
                guard count <= 1 << 16 else { throw SnapshotError.malformed("a mixture of \(count) components") }
                let components = try (0..<count).map { _ in try read(from: &reader, depth: depth + 1) }
                return try Mixture(components, weights: try (0..<count).map { _ in try reader.f64() })
            case let other: throw SnapshotError.malformed("unknown distribution '\(other)'")
            }
        } catch let error as DistributionError {
            throw SnapshotError.malformed("stored distribution: \(error)")
        }
    }
}
