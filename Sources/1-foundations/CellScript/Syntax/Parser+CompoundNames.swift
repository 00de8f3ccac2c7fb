/// `callable.callAsFunction(_:scale:)`: a member named with its argument labels, as a value.
/// The labels only pick an overload in Swift; cells read the reference by its base name.
extension Parser {
    /// Consumes `(label:label:…)` right after a member name (no space before `(`); returns
    /// false, consuming nothing, when the parenthesis is not such a label list.
    mutating func skipCompoundNameLabels() -> Bool {
        guard check("("), !current.spaceBefore else { return false }
        var ahead = 1
        var labels = 0
        while peekToken(ahead).identifier != nil, peekToken(ahead + 1).isSymbol(":"), !peekToken(ahead + 1).spaceBefore {
            ahead += 2
            labels += 1
        }
        guard labels > 0, peekToken(ahead).isSymbol(")") else { return false }
        for _ in 0...ahead { advance() }
        return true
    }
}
