/// `String.Index` and the String members that make and use indices (`startIndex`,
/// `index(after:)`, `index(_:offsetBy:limitedBy:)`, `distance(from:to:)`, `s[i]`, `s[a..<b]`).
///
/// At run time an index is an `.int` holding a Character offset into its string (0 is
/// `startIndex`, `count` is `endIndex`); the checker gives it the static type `String.Index`,
/// so it is never mixed with an Int, printed or used as a number (see
/// `TypeChecker+StringIndex.swift`). For every index a program makes from one string and
/// uses on that string this is exactly Swift's behaviour. `firstIndex(of:)`,
/// `lastIndex(where:)`… of a String are the Sequence methods, whose offsets are these indices.
enum StringIndices {
    static let outOfBounds = "String index is out of bounds"

    /// The Character at offset `i` (Swift's `s[i]`).
    static func character(_ s: String, _ i: Int) throws -> Value {
        guard i >= 0, let index = s.index(s.startIndex, offsetBy: i, limitedBy: s.endIndex), index < s.endIndex else {
            throw HostError(outOfBounds)
        }
        return .string(String(s[index]))
    }

    /// The characters of `s` in `range` (Swift's `s[a..<b]`, `s[a...b]`), as text.
    static func substring(_ s: String, _ range: IntRange) throws -> Value {
        let count = s.count
        guard range.lowerBound >= 0, range.lowerBound <= range.upperBound, range.upperBound <= count else {
            throw HostError(outOfBounds)
        }
        let start = s.index(s.startIndex, offsetBy: range.lowerBound)
        let end = s.index(start, offsetBy: range.upperBound - range.lowerBound)
        return .string(String(s[start..<end]))
    }

    /// `index(_:offsetBy:limitedBy:)` on offsets: nil when the move passes `limit` (which
    /// counts only when it lies in the direction of the move), as Swift's.
    static func offset(_ i: Int, by distance: Int, limitedBy limit: Int?, count: Int) throws -> Int? {
        guard i >= 0, i <= count else { throw HostError(outOfBounds) }
        let (target, overflow) = i.addingReportingOverflow(distance)
        if let limit {
            if distance >= 0, limit >= i, overflow || target > limit { return nil }
            if distance < 0, limit <= i, overflow || target < limit { return nil }
        }
        guard !overflow, target >= 0, target <= count else { throw HostError(outOfBounds) }
        return target
    }
}

extension StandardLibrary {
    static func registerStringIndices(_ r: HostRegistry) throws {
        let s = "String"
        try r.property(on: s, "startIndex: String.Index", doc: "The position of the first character.") { _, _ in .int(0) }
        try r.property(on: s, "endIndex: String.Index", doc: "The position one past the last character.") { v, _ in
            .int(try text(v).count)
        }
        try r.property(on: s, "indices: DefaultIndices<String>", doc: "The valid subscript positions, in order.") { v, _ in
            .range(IntRange(lowerBound: 0, upperBound: try text(v).count, isClosed: false))
        }
        try r.method(on: s, "index(after i: String.Index) -> String.Index", doc: "The position after i.") { v, args, _ in
            let i = try args.int(0)
            guard i >= 0, i < (try text(v).count) else { throw HostError(StringIndices.outOfBounds) }
            return .int(i + 1)
        }
        try r.method(on: s, "index(before i: String.Index) -> String.Index", doc: "The position before i.") { v, args, _ in
            let i = try args.int(0)
            guard i > 0, i <= (try text(v).count) else { throw HostError(StringIndices.outOfBounds) }
            return .int(i - 1)
        }
        try r.method(on: s, "index(_ i: String.Index, offsetBy distance: Int) -> String.Index", doc: "The position distance characters from i.") { v, args, _ in
            let target = try StringIndices.offset(try args.int(0), by: try args.int(1), limitedBy: nil, count: try text(v).count)
            return target.map(Value.int) ?? .nil
        }
        try r.method(on: s, "index(_ i: String.Index, offsetBy distance: Int, limitedBy limit: String.Index) -> String.Index?",
                      doc: "The position distance characters from i, or nil if that passes limit.") { v, args, _ in
            let target = try StringIndices.offset(try args.int(0), by: try args.int(1), limitedBy: try args.int(2), count: try text(v).count)
            return target.map(Value.int) ?? .nil
        }
        try r.method(on: s, "remove(at i: String.Index) -> Character", mutating: true, doc: "Removes and returns the character at i.") { v, args, _ in
            guard case .string(var t) = v else { throw HostError("remove(at:): the receiver must be a String") }
            let i = try args.int(0)
            guard i >= 0, let index = t.index(t.startIndex, offsetBy: i, limitedBy: t.endIndex), index < t.endIndex else {
                throw HostError(StringIndices.outOfBounds)
            }
            v = .void
            let removed = t.remove(at: index)
            v = .string(t)
            return .string(String(removed))
        }
        try r.method(on: s, "distance(from start: String.Index, to end: String.Index) -> Int", doc: "The number of characters from start to end (negative backwards).") { v, args, _ in
            let a = try args.int(0), b = try args.int(1), count = try text(v).count
            guard a >= 0, a <= count, b >= 0, b <= count else { throw HostError(StringIndices.outOfBounds) }
            return .int(b - a)
        }
    }
}
