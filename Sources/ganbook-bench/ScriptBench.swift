/// Benchmarks of the Script suite (not yet written).
enum ScriptBench {
    struct NotWritten: Error, CustomStringConvertible { var description: String { "the Script suite is not written yet" } }
    static func run(_ arguments: [String]) throws { throw NotWritten() }
}
