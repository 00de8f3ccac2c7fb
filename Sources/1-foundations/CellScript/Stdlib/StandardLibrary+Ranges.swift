/// Ranges Swift has beyond `Range<Int>`: `ClosedRange<Int>`'s bounds, and ranges of text
/// (`"A"..."H"`, a `ClosedRange<String>`), which print as Swift prints them (`A...H`), compare
/// with `==` and answer `contains` by Swift's String order.
final class TextRange: HostObject, CustomStringConvertible {
    let lowerBound: String
    let upperBound: String
    let isClosed: Bool
    var typeName: String { isClosed ? "ClosedRange<String>" : "Range<String>" }

    init(lowerBound: String, upperBound: String, isClosed: Bool) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.isClosed = isClosed
    }

    var description: String { "\(lowerBound)\(isClosed ? "..." : "..<")\(upperBound)" }

    func contains(_ value: String) -> Bool {
        value >= lowerBound && (isClosed ? value <= upperBound : value < upperBound)
    }

    /// `"a"..."z"` of two texts; Swift's trap for reversed bounds is an error.
    static func make(_ lower: String, _ upper: String, closed: Bool) throws -> Value {
        guard lower <= upper else { throw ScriptError("Range requires lowerBound <= upperBound") }
        return .object(TextRange(lowerBound: lower, upperBound: upper, isClosed: closed))
    }
}

extension StandardLibrary {
    static func registerRanges(_ r: HostRegistry) throws {
        try r.property(on: "ClosedRange", "lowerBound: Int", doc: "The first value of the range.") { v, _ in
            guard case .range(let range) = v else { throw HostError("lowerBound: expected a range of Int") }
            return .int(range.lowerBound)
        }
        try r.property(on: "ClosedRange", "upperBound: Int", doc: "The last value of the range.") { v, _ in
            guard case .range(let range) = v else { throw HostError("upperBound: expected a range of Int") }
            return .int(range.upperBound - 1)
        }
        for owner in ["ClosedRange<String>", "Range<String>"] {
            func range(_ v: Value) throws -> TextRange {
                guard case .object(let r as TextRange) = v else { throw HostError("expected a range of String, got \(v.typeName)") }
                return r
            }
            try r.method(on: owner, "contains(_ element: String) -> Bool", doc: "True if the text lies between the bounds (Swift's String order).") { v, args, _ in
                .bool(try range(v).contains(try args.string(0)))
            }
            try r.property(on: owner, "lowerBound: String", doc: "The range's lower bound.") { v, _ in .string(try range(v).lowerBound) }
            try r.property(on: owner, "upperBound: String", doc: "The range's upper bound.") { v, _ in .string(try range(v).upperBound) }
            try r.property(on: owner, "isEmpty: Bool", doc: "True if the range holds no value.") { v, _ in
                let t = try range(v)
                return .bool(!t.isClosed && t.lowerBound == t.upperBound)
            }
            try r.infixOperator("==", lhs: owner, rhs: owner, doc: "True if both bounds are equal.") { a, b, _ in
                guard case .object(let x as TextRange) = a, case .object(let y as TextRange) = b else { return .bool(false) }
                return .bool(x.lowerBound == y.lowerBound && x.upperBound == y.upperBound && x.isClosed == y.isClosed)
            }
        }
    }
}
