/// A Substring cut from a String by a range of indices (`text[i...]`) shares its base's
/// indices in Swift: its `startIndex` is `i`, not the first position. Cells keep an index as
/// a Character offset into the value it was made from, so asking such a slice for indices
/// (`startIndex`, `firstIndex(of:)`, `index(after:)`…) would give offsets that differ from
/// Swift's when they are used on the base string. That is refused, with a hint, where the
/// checker can see the slice: the receiver written as `text[range]`, or a name declared from one.
/// `String(text[range])` starts its own indices at 0 in Swift too, so it is always allowed.
extension TypeChecker {
    static let indexProducingMembers: Set<String> = ["startIndex", "endIndex", "indices", "index", "firstIndex", "lastIndex", "distance", "insert", "remove"]

    /// Marks each name `pattern` binds as holding a slice (or not) for later checks.
    func noteSlice(_ pattern: Pattern, _ value: Expr?) {
        guard case .name(let name, _) = pattern else { return }
        let isSlice = value.map(isIndexRangeSlice) ?? false
        if isSlice || lookup("slice " + name) != nil { bind("slice " + name, isSlice ? .string : .void) }
        let isArraySlice = value.map(isArrayRangeSlice) ?? false
        if isArraySlice || lookup("arrayslice " + name) != nil { bind("arrayslice " + name, isArraySlice ? .int : .void) }
    }

    /// `text[a..<b]`, `text[a...]`… of a String with String.Index bounds (after checking).
    func isIndexRangeSlice(_ e: Expr) -> Bool {
        guard case .subscriptAccess(let base, let arguments) = e.kind, arguments.count == 1 else { return false }
        if case .unary(let op, _) = arguments[0].value.kind, Self.oneSidedOperators.contains(op) { return expression(base, expected: nil).type == .string }
        guard case .binary(let op, _, _, _) = arguments[0].value.kind, op == "..<" || op == "..." else { return false }
        return expression(base, expected: nil).type == .string && expression(arguments[0].value, expected: nil).type != .range(closed: op == "...")
    }

    /// An error when indices are asked of a slice (see the type's comment).
    func rejectIndexOfSlice(_ base: Expr, _ name: String, _ range: SourceRange) {
        guard Self.indexProducingMembers.contains(name) else { return }
        var isSlice = isIndexRangeSlice(base)
        if case .identifier(let variable) = base.kind, lookup("slice " + variable) == .string { isSlice = true }
        guard isSlice else { return }
        error("the indices of a Substring cut by a String.Index range are not supported in cells: make it a String first, e.g. String(text[range])", range)
    }
}
