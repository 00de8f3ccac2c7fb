/// Benchmarks of the Figures suite (not yet written).
enum FiguresBench {
    struct NotWritten: Error, CustomStringConvertible { var description: String { "the Figures suite is not written yet" } }
    static func run(_ arguments: [String]) throws { throw NotWritten() }
}
