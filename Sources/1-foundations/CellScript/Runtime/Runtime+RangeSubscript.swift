/// Subscripts of a half-open `Range<Int>`, a collection whose elements are its own indices:
/// `(0..<10)[3]` is 3 and `(0..<10)[2..<5]` is the range `2..<5` (a range's slice is a range).
/// Out of bounds is an error, where Swift traps. (A `ClosedRange<Int>` is indexed by
/// `ClosedRange.Index`, not Int, so it has no such subscript.)
extension Runtime {
    func rangeSubscript(_ container: Value, _ index: Value) throws -> Value? {
        guard case .range(let r) = container, !r.isClosed else { return nil }
        switch index {
        case .int(let i):
            guard i >= r.lowerBound, i < r.upperBound else {
                throw ScriptError("index out of range: index \(i), but the range is \(container.debugDescription)")
            }
            return .int(i)
        case .range(let s):
            guard s.lowerBound >= r.lowerBound, s.upperBound <= r.upperBound, s.lowerBound <= s.upperBound else {
                throw ScriptError("range \(index.debugDescription) out of bounds for the range \(container.debugDescription)")
            }
            return .range(IntRange(lowerBound: s.lowerBound, upperBound: s.upperBound, isClosed: false))
        default:
            return nil
        }
    }
}
