import CellScript

/// Registers the cell API (`/work/briefs/cell-api.md`) in a CellScript registry: tensors,
/// layers, optimizers, losses, distributions, data sets and figures.
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
    /// Names of the free functions and initialisers cells can call (standard library and
    /// builtins); none of them changes its arguments.
    package static var freeFunctionNames: Set<String> { analysisNames.freeFunctions }

    /// Methods that never change their receiver, for the dependency analysis: every method of
    /// the value types (arrays, strings, numbers) not registered as mutating, and host methods
    /// checked by hand to only read (`digits.batch`, `ring.sample`, `t.toArray()`, `G.diagram`).
    /// A name counts only if it is read-only on every type that has it.
    package static var readOnlyMethodNames: Set<String> { analysisNames.readOnlyMethods }

    /// Both name sets, from one registration of the standard library and every builtin (a
    /// registry never used to run a cell).
    private static let analysisNames: (freeFunctions: Set<String>, readOnlyMethods: Set<String>) = {
        let registry = HostRegistry.standard()
        try? register(in: registry, context: BuiltinContext(lessonsFolder: ""))
        let readOnlyHostMethods: Set<String> = [
            "batch", "sample", "toArray", "item", "mean", "sum", "max", "min", "std", "norm", "argmax", "argmin",
            "reshaped", "clamped", "detached", "formatted", "pow", "exp", "log", "sqrt", "abs", "square", "diagram",
            "cdf", "pdf", "logPdf", "quantile", "transposed", "flattened",
        ]
        var readOnly = Set<String>(), changing = Set<String>()
        for (type, names) in registry.methodNamesByType {
            for name in names {
                let isValueType = !registry.hostTypeNames.contains(type)
                let isReadOnly = isValueType ? !registry.mutatingMethods.contains(name) : readOnlyHostMethods.contains(name)
                if isReadOnly { readOnly.insert(name) } else { changing.insert(name) }
            }
        }
        return (registry.freeFunctionNames, readOnly.subtracting(changing))
    }()

    /// Builtin functions whose result is a new value that holds none of their arguments
    /// (`uniform([n, zDim])` shares nothing with `zDim`), for the alias analysis.
    package static let freshResultFunctions: Set<String> = [
        "uniform", "randn", "rand", "zeros", "ones", "full", "linspace", "concat", "matmul", "mean", "std", "grad",
        "modeCoverage", "show",
    ]

    /// An interpreter with the standard library and every builtin, drawing randomness, displays
    /// and data files through `context`.
    public static func interpreter(context: BuiltinContext) throws -> Interpreter {
        let interpreter = Interpreter(registry: .standard())
        try register(in: interpreter.registry, context: context)
        return interpreter
    }

    /// Registers every builtin family. Randomness is drawn from `context.generator`, displays go
    /// to `context.show`, data files are read through `context.readDataFile`.
    /// - Throws: `HostError` when a signature is malformed (a bug in this module, not in a cell).
    public static func register(in registry: HostRegistry, context: BuiltinContext) throws {
        try registerTensors(in: registry, context: context)
        try registerTensorMath(in: registry)
        try registerLayers(in: registry, context: context)
        try registerOptimizers(in: registry)
        try registerLosses(in: registry)
        try registerDistributions(in: registry, context: context)
        try registerData(in: registry, context: context)
        try registerMarks(in: registry)
        try registerFigures(in: registry, context: context)
        try registerLabelledTuples(in: registry)
    }

    /// CellScript tuples carry no labels, so `d.batch(64).images` and `modeCoverage(…).quality`
    /// are served by positional properties on every tuple: `images`/`modes` → element 0,
    /// `labels`/`quality` → element 1.
    static func registerLabelledTuples(in registry: HostRegistry) throws {
        let labels: [(String, String, Int, String)] = [
            ("images", "Tensor", 0, "The images of a `Digits.batch(_:)` result (element 0)."),
            ("labels", "[Int]", 1, "The labels of a `Digits.batch(_:)` result (element 1)."),
            ("modes", "Int", 0, "Modes captured, from `modeCoverage(_:_:)` (element 0)."),
            ("quality", "Double", 1, "Share of high-quality samples, from `modeCoverage(_:_:)` (element 1)."),
        ]
        for (name, type, index, doc) in labels {
            try registry.property(on: "Tuple", "\(name): \(type)", doc: doc) { tuple, _ in
                guard case .tuple(let items) = tuple, index < items.count else {
                    throw HostError("tuple has no element '\(name)' (it has \(tuple.typeName))")
                }
                return items[index]
            }
        }
    }
}
