/// Int arithmetic for typed code: Swift's results and traps (as located errors, with the
/// messages the untyped operators give), on unboxed operands.
extension ArithmeticOperator {
    /// `x op y` on Ints; overflow and division by zero throw at `range`.
    @inline(__always)
    func applyInt(_ x: Int, _ y: Int, at range: SourceRange) throws -> Int {
        let (result, overflow): (Int, Bool)
        switch self {
        case .add: (result, overflow) = x.addingReportingOverflow(y)
        case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
        case .multiply: (result, overflow) = x.multipliedReportingOverflow(by: y)
        case .divide:
            guard y != 0 else { throw ScriptError("division by zero", range) }
            (result, overflow) = x.dividedReportingOverflow(by: y)
        case .remainder:
            guard y != 0 else { throw ScriptError("division by zero in remainder operation", range) }
            (result, overflow) = x.remainderReportingOverflow(dividingBy: y)
        }
        if overflow { throw overflowError(x, y, range) }
        return result
    }

    /// `arithmetic overflow in x op y`, kept out of line so the fast paths stay small.
    @inline(never)
    func overflowError(_ x: Int, _ y: Int, _ range: SourceRange) -> ScriptError {
        ScriptError("arithmetic overflow in \(x) \(symbol) \(y)", range)
    }
}
