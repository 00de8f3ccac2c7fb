import CellScript
import Testing
@testable import Builtins

/// The names lesson writers use (`/work/briefs/cell-api.md`) stay registered, each documented.
@Suite struct BuiltinsContractTests {
    static let functions = ["linspace", "mean", "std", "kl", "js", "wasserstein", "totalVariation", "modeCoverage",
                            "zeros", "ones", "full", "randn", "rand", "uniform", "sigmoid", "tanh", "relu", "softplus",
                            "matmul", "concat", "grad", "bce", "bceWithLogits", "mse", "l1", "gaussianKL", "show"]
    static let types = ["Progress", "Normal", "Uniform", "Mixture", "GaussianRing", "Tensor", "Linear", "ReLU", "LeakyReLU", "Tanh",
                        "Sigmoid", "Conv2d", "ConvTranspose2d", "BatchNorm", "BatchNorm2d", "Reshape", "Flatten", "Dropout",
                        "Sequential", "Adam", "RMSProp", "SGD", "Digits", "Chart", "LineMark", "AreaMark", "PointMark",
                        "RuleMark", "BarMark", "Histogram", "HeatMap", "ArrowMark", "TextMark", "MappingMark", "Panels",
                        "ImageGrid", "MatrixFigure", "Table"]
    static let members: [String: [String]] = [
        "Tensor": ["shape", "count", "sum", "mean", "std", "min", "max", "argmax", "item", "toArray", "reshaped", "detached",
                   "subscript", "exp", "log", "sqrt", "square", "abs", "clamped", "pow", "norm", "backward", "grad", "requiresGrad"],
        "Sequential": ["callAsFunction", "parameters", "parameterCount", "train", "eval", "initialize", "diagram", "clipWeights"],
        "Linear": ["callAsFunction", "parameters"],
        "Adam": ["zeroGrad", "step"], "RMSProp": ["zeroGrad", "step"], "SGD": ["zeroGrad", "step"],
        "Normal": ["sample", "density", "cdf", "mean", "std"], "Mixture": ["sample", "density", "cdf", "mean", "std"],
        "GaussianRing": ["sample"], "Digits": ["load", "images", "labels", "count", "batch"],
    ]

    @Test func everyContractNameIsRegisteredAndDocumented() throws {
        let registry = HostRegistry.standard()
        try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: "lessons"))
        func name(_ entry: HostRegistry.Entry) -> String {
            String(entry.signature.prefix { $0 != "(" && $0 != ":" }).trimmingCharacters(in: .whitespaces)
        }
        let functionNames = Set(registry.entries.filter { $0.kind == .function }.map(name))
        let typeNames = Set(registry.entries.filter { $0.kind == .type }.map(name))
        for function in Self.functions { #expect(functionNames.contains(function), "function \(function)") }
        for type in Self.types { #expect(typeNames.contains(type), "type \(type)") }
        for (owner, names) in Self.members {
            let registered = Set(registry.entries.filter { $0.owner == owner }.map(name))
            for member in names { #expect(registered.contains(member), "\(owner).\(member)") }
        }
        for entry in registry.entries {
            #expect(!entry.doc.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.signature) has no doc")
        }
        #expect(registry.setupErrors.isEmpty)
        let builtinEntries = registry.entries.count - HostRegistry.standard().entries.count
        print("cell API: \(builtinEntries) registry entries beyond the standard library")
    }
}
