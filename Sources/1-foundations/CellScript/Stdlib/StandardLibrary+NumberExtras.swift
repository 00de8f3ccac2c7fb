import Foundation

/// Number members students use beyond the basics: `rounded(.up)`, `truncatingRemainder`,
/// `quotientAndRemainder`, and an array's `startIndex`/`endIndex`.
extension StandardLibrary {
    static func registerNumberExtras(_ r: HostRegistry) throws {
        try r.method(on: "Double", "rounded(_ rule: FloatingPointRoundingRule) -> Double", doc: "Rounded by a rule (.up, .down, .towardZero, .toNearestOrEven…).") { v, args, _ in
            guard case .symbol(let symbol) = try args.value(0) else { throw HostError("rounded(_:): expected a rounding rule such as .up") }
            let rules: [String: FloatingPointRoundingRule] = [
                "up": .up, "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
                "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero,
            ]
            guard let rule = rules[symbol.name] else { throw HostError("rounded(_:): '.\(symbol.name)' is not a FloatingPointRoundingRule") }
            return .double((v.asDouble ?? 0).rounded(rule))
        }
        try r.method(on: "Double", "truncatingRemainder(dividingBy other: Double) -> Double", doc: "The remainder of truncating division (Swift's % for Doubles).") { v, args, _ in
            .double((v.asDouble ?? 0).truncatingRemainder(dividingBy: try args.double(0)))
        }
        try r.method(on: "Double", "remainder(dividingBy other: Double) -> Double", doc: "The IEEE remainder: self minus the nearest multiple of other.") { v, args, _ in
            .double((v.asDouble ?? 0).remainder(dividingBy: try args.double(0)))
        }
        try r.method(on: "Int", "quotientAndRemainder(dividingBy rhs: Int) -> (quotient: Int, remainder: Int)", doc: "Quotient and remainder of truncating division.") { v, args, _ in
            guard case .int(let a) = v else { throw HostError("quotientAndRemainder(dividingBy:): the receiver must be an Int") }
            let b = try args.int(0)
            guard b != 0 else { throw HostError("Division by zero in quotientAndRemainder(dividingBy:)") }
            guard !(a == .min && b == -1) else { throw HostError("Division results in an overflow in quotientAndRemainder(dividingBy:)") }
            let (q, rem) = a.quotientAndRemainder(dividingBy: b)
            return .tuple([.int(q), .int(rem)])
        }
        try r.property(on: "Array", "startIndex: Int", doc: "The first index, 0.") { _, _ in .int(0) }
        try r.property(on: "Array", "endIndex: Int", doc: "One past the last index, count.") { v, _ in
            guard case .array(let items) = v else { return .int(0) }
            return .int(items.count)
        }
    }
}
