/// Benchmarks of the Engine suite (not yet written).
enum EngineBench {
    struct NotWritten: Error, CustomStringConvertible { var description: String { "the Engine suite is not written yet" } }
    static func run(_ arguments: [String]) throws { throw NotWritten() }
}
