import CellScript

/// Registers the cell API in a CellScript registry: tensors, layers, optimizers, losses,
/// distributions, data sets and figures, one ``BuiltinRecord`` per builtin.
///
/// ```swift
/// let registry = HostRegistry.standard()
/// let context = BuiltinContext(lessonsFolder: "lessons")
/// try Builtins.register(in: registry, context: context)
/// let interpreter = Interpreter(registry: registry)
/// context.beginCell(seed: 42)
/// let result = interpreter.run("randn([2, 3]).shape")   // [2, 3]
/// ```
public enum Builtins {
    /// An interpreter with the standard library and every builtin, drawing randomness, displays
    /// and data files through `context`.
    public static func interpreter(context: BuiltinContext) throws -> Interpreter {
        let interpreter = Interpreter(registry: .standard())
        try register(in: interpreter.registry, context: context)
        return interpreter
    }

    /// Registers every builtin family. Randomness is drawn from `context.generator`, displays go
    /// to `context.show`, data files are read through `context.readDataFile`.
    /// - Returns: one record per builtin, in registration order.
    /// - Throws: `HostError` when a signature is malformed (a bug in this module, not in a cell).
    @discardableResult
    public static func register(in registry: HostRegistry, context: BuiltinContext) throws -> [BuiltinRecord] {
        let r = BuiltinRegistrar(registry)
        try registerTensors(in: r, context: context)
        try registerTensorMath(in: r)
        try registerLayers(in: r, context: context)
        try registerOptimizers(in: r)
        try registerLosses(in: r)
        try registerDistributions(in: r, context: context)
        try registerData(in: r, context: context)
        try registerMarks(in: r)
        try registerFigures(in: r, context: context)
        try registerLabelledTuples(in: r)
        return r.records
    }

    /// CellScript tuples carry no labels, so `d.batch(64).images` and `modeCoverage(…).quality`
    /// are served by positional properties on every tuple: `images`/`modes` → element 0,
    /// `labels`/`quality` → element 1.
    static func registerLabelledTuples(in r: BuiltinRegistrar) throws {
        let labels: [(String, String, Int, String)] = [
            ("images", "Tensor", 0, "The images of a `Digits.batch(_:)` result (element 0)."),
            ("labels", "[Int]", 1, "The labels of a `Digits.batch(_:)` result (element 1)."),
            ("modes", "Int", 0, "Modes captured, from `modeCoverage(_:_:)` (element 0)."),
            ("quality", "Double", 1, "Share of high-quality samples, from `modeCoverage(_:_:)` (element 1)."),
        ]
        for (name, type, index, doc) in labels {
            try r.property(on: "Tuple", "\(name): \(type)", doc: doc) { tuple, _ in
                guard case .tuple(let items) = tuple, index < items.count else {
                    throw HostError("tuple has no element '\(name)' (it has \(tuple.typeName))")
                }
                return items[index]
            }
        }
    }
}
