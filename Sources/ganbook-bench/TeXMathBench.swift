/// Benchmarks of the TeXMath suite (not yet written).
enum TeXMathBench {
    struct NotWritten: Error, CustomStringConvertible { var description: String { "the TeXMath suite is not written yet" } }
    static func run(_ arguments: [String]) throws { throw NotWritten() }
}
