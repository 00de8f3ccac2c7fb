/// An ArraySlice (`a[2..<5]`, `a[2...]`) keeps its base's positions in Swift: its first
/// element is at index 2, `startIndex` is 2, and `s[0]` traps. Cells give such a slice as an
/// Array whose positions start at 0, which prints, iterates, counts and maps as Swift does but
/// would read other elements by position. Reading by position or asking for indices is refused
/// where the checker can see the slice (written `a[range]`, or a name declared from one), with
/// the hint Swift users write anyway: `Array(a[range])`, whose positions start at 0 in Swift too.
extension TypeChecker {
    /// `a[x..<y]`, `a[x...]`, `a[..<y]` of an Array with Int bounds (after checking).
    func isArrayRangeSlice(_ e: Expr) -> Bool {
        guard case .subscriptAccess(let base, let arguments) = e.kind, arguments.count == 1, arguments[0].label == nil else { return false }
        let isRange: Bool
        switch arguments[0].value.kind {
        case .unary(let op, _): isRange = Self.oneSidedOperators.contains(op)
        case .binary(let op, _, _, _): isRange = op == "..<" || op == "..."
        default:
            if case .range = expression(arguments[0].value, expected: nil).type { isRange = true } else { isRange = false }
        }
        guard isRange, case .array = expression(base, expected: nil).type else { return false }
        return true
    }

    private func isKnownArraySlice(_ base: Expr) -> Bool {
        if isArrayRangeSlice(base) { return true }
        if case .identifier(let variable) = base.kind, lookup("arrayslice " + variable) == .int { return true }
        return false
    }

    /// `slice[i]` on an ArraySlice.
    func rejectPositionInArraySlice(_ base: Expr, _ range: SourceRange) {
        guard isKnownArraySlice(base) else { return }
        error(Self.arraySliceMessage, range)
    }

    /// `slice.startIndex`, `slice.firstIndex(of:)`… on an ArraySlice.
    func rejectIndexOfArraySlice(_ base: Expr, _ name: String, _ range: SourceRange) {
        guard ["startIndex", "endIndex", "indices", "firstIndex", "lastIndex", "index"].contains(name), isKnownArraySlice(base) else { return }
        error(Self.arraySliceMessage, range)
    }

    static let arraySliceMessage = Unsupported.message("indexing an ArraySlice")
        + ": its positions start where the range starts in Swift; make it an Array first, e.g. Array(a[range])"
}
