extension Expr {
    /// True for an integer literal the type checker left to adapt to its siblings' type.
    var isAdaptiveIntLiteral: Bool {
        if case .adaptiveIntLiteral = kind { return true }
        return false
    }
}

extension Value {
    /// The adaptive integer literals among `values` (`adaptive[i]`) become Doubles when a sibling
    /// is a Double: the type Swift would have inferred for the whole collection.
    static func adaptIntLiterals(_ values: inout [Value], _ adaptive: [Bool]) {
        guard values.contains(where: { if case .double = $0 { return true } else { return false } }) else { return }
        for index in values.indices where adaptive[index] {
            if case .int(let i) = values[index] { values[index] = .double(Double(i)) }
        }
    }
}
