import Foundation
import PortableMath

/// Portable conversions from a generator's 64-bit words to the draws the samplers need.
///
/// Written out here (rather than `Double.random(in:using:)`) so a fixed generator gives the same
/// samples on every platform and Swift version.
enum RandomDraws {
    /// A double in [0, 1) from the top 53 bits of one word.
    static func unit<G: RandomNumberGenerator>(_ generator: inout G) -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    /// A double in (0, 1], safe to take the logarithm of.
    static func openUnit<G: RandomNumberGenerator>(_ generator: inout G) -> Double {
        Double((generator.next() >> 11) + 1) * 0x1p-53
    }

    /// An index in 0..<count (count > 0), by multiply-shift of one word (bias below 2^-50).
    static func index<G: RandomNumberGenerator>(below count: Int, _ generator: inout G) -> Int {
        Int(generator.next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// `n` standard normal draws by the Box–Muller transform (two words per pair of draws).
    static func standardNormals<G: RandomNumberGenerator>(_ n: Int, _ generator: inout G) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(n + 1)
        while result.count < n {
            let radius = (-2 * PortableMath.log(openUnit(&generator))).squareRoot()
            let angle = 2 * Double.pi * unit(&generator)
            result.append(radius * PortableMath.cos(angle))
            result.append(radius * PortableMath.sin(angle))
        }
        if result.count > n { result.removeLast() }
        return result
    }
}
