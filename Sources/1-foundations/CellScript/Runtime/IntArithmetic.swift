/// Int arithmetic for typed code: Swift's results and traps (as located errors, with the
/// messages the untyped operators give), on unboxed operands.
extension ArithmeticOperator {
    /// `x op y` on Ints; overflow and division by zero throw at `range`.
    @inline(__always)
    func applyInt(_ x: Int, _ y: Int, at range: SourceRange) throws -> Int {
        guard let (result, overflow) = reportingOverflow(x, y) else { throw ScriptError(divisionByZeroMessage, range) }
        if overflow { throw overflowError(x, y, range) }
        return result
    }

    /// The error of a division or remainder that `reportingOverflow` refused (nil) or flagged.
    @inline(never)
    func divisionError(_ x: Int, _ y: Int, _ range: SourceRange) -> ScriptError {
        y == 0 ? ScriptError(divisionByZeroMessage, range) : overflowError(x, y, range)
    }

    /// `arithmetic overflow in x op y`, kept out of line so the fast paths stay small.
    @inline(never)
    func overflowError(_ x: Int, _ y: Int, _ range: SourceRange) -> ScriptError {
        ScriptError("arithmetic overflow in \(x) \(symbol) \(y)", range)
    }
}
