/// An invalid argument given to a distribution, divergence or helper of this module.
///
/// The message names the operation and the offending values, for example
/// `Normal(mean:std:): std must be positive and finite, got -1.0`.
public struct DistributionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation that rejected its arguments, e.g. `"Normal(mean:std:)"`.
    public let operation: String
    /// What was wrong, with the values involved.
    public let reason: String

    /// Creates an error for `operation` explaining `reason`.
    public init(_ operation: String, _ reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "\(operation): \(reason)" }
}

/// Checks shared by the initialisers and functions of this module.
enum Check {
    static func finite(_ value: Double, _ name: String, in operation: String) throws {
        guard value.isFinite else {
            throw DistributionError(operation, "\(name) must be finite, got \(value)")
        }
    }

    static func positive(_ value: Double, _ name: String, in operation: String) throws {
        guard value.isFinite, value > 0 else {
            throw DistributionError(operation, "\(name) must be positive and finite, got \(value)")
        }
    }

    static func count(_ n: Int, in operation: String) throws {
        guard n >= 0 else {
            throw DistributionError(operation, "sample count must be non-negative, got \(n)")
        }
    }

    static func samples(_ values: [Double], _ name: String, in operation: String) throws {
        guard !values.isEmpty else {
            throw DistributionError(operation, "\(name) must not be empty")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw DistributionError(operation, "\(name)[\(bad)] is \(values[bad]); samples must be finite")
        }
    }
}
