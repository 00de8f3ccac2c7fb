/// Swift's `Result<Success, Failure>` is not in the cell language yet: its cases take their
/// payload types from the generic arguments (`.failure(.bad(3))` needs `Failure`), which cells
/// do not infer. A cell naming `Result` without declaring a type of that name stops at the
/// first use with "'Result' is not supported in cells" instead of blaming valid Swift.
enum ResultType {
    /// The range of the first `Result` the cell names without declaring it, or nil.
    static func undeclaredUse(_ tokens: [Token]) -> SourceRange? {
        var first: SourceRange?
        for (i, token) in tokens.enumerated() where token.identifier == "Result" {
            let before = i > 0 ? tokens[i - 1] : token
            if before.isKeyword(.enum) || before.isKeyword(.struct) || before.isKeyword(.class) || before.identifier == "typealias" {
                return nil
            }
            // `x.Result` is a member of another type.
            if i > 0, before.isSymbol("."), !token.spaceBefore { continue }
            if first == nil { first = token.range }
        }
        return first
    }
}
