/// Swift's bitwise and wrapping integer operators, read from the tokens that spell them: the
/// lexer keeps `<` and `>` single (so `Array<Array<Int>>` closes two generic lists), and the
/// parser joins adjacent tokens: `<<`, `>>`, `&<<`, `&>>`, `&+`, `&-`, `&*`, `&`, `|`, `^`.
/// Compound forms (`<<=`, `&=`, `|=`, `^=`, `&+=` …) become `x = x op y`.
extension Parser {
    /// The bitwise/wrapping operators cells support on `Int` (see `IntegerOperator`).
    static let integerOperators: Set<String> = ["<<", ">>", "&<<", "&>>", "&+", "&-", "&*", "&", "|", "^"]

    /// The operator spelled at the current token and how many tokens it spans; a single-token
    /// symbol is returned as itself. Nil when the tokens spell a compound assignment.
    func binaryOperatorAtCurrent() -> (op: String, count: Int)? {
        guard case .symbol(let first) = current.kind else { return nil }
        if let custom = joinedCustomOperator(in: customInfixSpellings) { return custom }
        let (spelled, count) = joinedOperator(first)
        if Self.compoundIntegerAssignments[spelled] != nil { return nil }
        return (spelled, count)
    }

    /// The longest integer operator or compound assignment spelled by adjacent symbols from the
    /// current token (`first` itself when none is).
    private func joinedOperator(_ first: String) -> (String, Int) {
        var best = (first, 1)
        var spelled = first
        var count = 1
        while case .symbol(let next) = peekToken(count).kind, !peekToken(count).spaceBefore {
            spelled += next
            count += 1
            guard Self.joinedSpellings.contains(where: { $0.hasPrefix(spelled) }) else { break }
            if Self.joinedSpellings.contains(spelled) { best = (spelled, count) }
        }
        return best
    }

    private static let joinedSpellings: Set<String> = integerOperators.union(compoundIntegerAssignments.keys)

    /// `<<=` and the other compound assignments of the integer operators, by spelling.
    static let compoundIntegerAssignments: [String: String] = [
        "<<=": "<<", ">>=": ">>", "&<<=": "&<<", "&>>=": "&>>", "&+=": "&+", "&-=": "&-", "&*=": "&*",
        "&=": "&", "|=": "|", "^=": "^",
    ]

    /// A compound integer assignment at the current token (consumed): its operator and range.
    mutating func matchCompoundIntegerAssignment() -> (op: String, range: SourceRange)? {
        guard case .symbol(let first) = current.kind else { return nil }
        let (spelled, count) = joinedOperator(first)
        guard let op = Self.compoundIntegerAssignments[spelled] else { return nil }
        let start = current.range
        for _ in 1..<count { advance() }
        return (op, start.union(advance().range))
    }
}
