import CellScript
import Figures
import GANEngine

/// A layer or model in a cell (`Linear(1, 16)`, `Sequential { … }`); its CellScript type is the
/// layer's name.
final class ModuleObject: Displayable {
    let module: any Module
    let typeName: String

    init(_ module: any Module, typeName: String) {
        self.module = module
        self.typeName = typeName
    }

    func rendered() throws -> RenderedDisplay {
        var lines = [typeName == "Sequential" ? "Sequential (\(module.parameterCount) parameters)" : module.layerDescription]
        if let sequential = module as? Sequential {
            lines += sequential.layers.enumerated().map { "  \($0.offset): \($0.element.layerDescription)" }
        }
        return .text(lines.joined(separator: "\n"))
    }
}

extension Builtins {
    /// Names of every layer type; each gets the model members (`model(x)`, `parameters`, …).
    static let layerTypes = ["Linear", "ReLU", "LeakyReLU", "Tanh", "Sigmoid", "Conv2d", "ConvTranspose2d",
                             "BatchNorm", "BatchNorm2d", "Reshape", "Flatten", "Dropout", "Sequential"]

    /// Layer initialisers (weights drawn from `context.generator`), `Sequential { … }` and the
    /// members shared by all layers and models.
    static func registerLayers(in r: BuiltinRegistrar, context: BuiltinContext) throws {
        try r.type("LayerDiagram", doc: "A model's layers drawn as boxes with their output shapes, shown as SVG.")
        func layer(_ signature: String, _ doc: String, sizeCheck: SizeCheck = .engineOnly,
                   _ make: @escaping (Arguments) throws -> any Module) throws {
            let name = String(signature.prefix { $0 != "(" })
            try r.type(name, doc: doc)
            try r.initializer(signature, sizeCheck: sizeCheck, doc: doc) { args, _ in .object(ModuleObject(try make(args), typeName: name)) }
        }
        let features = 1...(1 << 24), side = 1...1024
        try layer("Linear(_ inputs: Int, _ outputs: Int, bias: Bool = true)", "Fully connected layer y = x·Wᵀ + b (PyTorch default init).", sizeCheck: .counts([CountArgument(0, "inputs", features, bytesEach: 4), CountArgument(1, "outputs", features, bytesEach: 4)])) { args in
            try Linear(try args.int(0), try args.int(1), bias: args[2] == nil ? true : try args.bool(2), using: &context.generator)
        }
        try layer("ReLU()", "Activation max(x, 0).") { _ in GANEngine.ReLU() }
        try layer("LeakyReLU(_ slope: Double = 0.01)", "Activation x for x > 0, slope·x otherwise.") { args in
            GANEngine.LeakyReLU(Float(try args.double(0, default: 0.01)))
        }
        try layer("Tanh()", "Activation tanh(x), output in (−1, 1).") { _ in GANEngine.Tanh() }
        try layer("Sigmoid()", "Activation 1 / (1 + e⁻ˣ), output in (0, 1).") { _ in GANEngine.Sigmoid() }
        try layer("Conv2d(_ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, padding: Int = 0, bias: Bool = true)",
                  "2-D convolution over [n, c, h, w] inputs.", sizeCheck: .counts([CountArgument(0, "inChannels", 1...(1 << 16)), CountArgument(1, "outChannels", 1...(1 << 16)), CountArgument(2, "kernel", side), CountArgument(3, "stride", side), CountArgument(4, "padding", 0...1024)])) { args in
            try Conv2d(try args.int(0), try args.int(1), kernelSize: try args.int(2), stride: try args.int(3, default: 1),
                       padding: try args.int(4, default: 0), bias: args[5] == nil ? true : try args.bool(5), using: &context.generator)
        }
        try layer("ConvTranspose2d(_ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, padding: Int = 0, outputPadding: Int = 0, bias: Bool = true)",
                  "2-D transposed convolution (upsampling) over [n, c, h, w] inputs.", sizeCheck: .counts([CountArgument(0, "inChannels", 1...(1 << 16)), CountArgument(1, "outChannels", 1...(1 << 16)), CountArgument(2, "kernel", side), CountArgument(3, "stride", side), CountArgument(4, "padding", 0...1024), CountArgument(5, "outputPadding", 0...1024)])) { args in
            try ConvTranspose2d(try args.int(0), try args.int(1), kernelSize: try args.int(2), stride: try args.int(3, default: 1),
                                padding: try args.int(4, default: 0), outputPadding: try args.int(5, default: 0),
                                bias: args[6] == nil ? true : try args.bool(6), using: &context.generator)
        }
        try layer("BatchNorm(_ features: Int)", "Batch normalisation over the features of [n, features] inputs.", sizeCheck: .counts([CountArgument(0, "features", features, bytesEach: 16)])) { args in
            try BatchNorm1d(try args.int(0))
        }
        try layer("BatchNorm2d(_ channels: Int)", "Batch normalisation over the channels of [n, c, h, w] inputs.", sizeCheck: .counts([CountArgument(0, "channels", features, bytesEach: 16)])) { args in
            try BatchNorm2d(try args.int(0))
        }
        try layer("Reshape(_ shape: Int...)", "Reshapes each sample, e.g. `Reshape(128, 7, 7)` turns [n, 6272] into [n, 128, 7, 7].") { args in
            var items = try args.array(0)
            if items.count == 1, case .array(let inner) = items[0] { items = inner }
            let dims = try BuiltinValues.ints(.array(items), "Reshape: shape")
            guard !dims.isEmpty, dims.allSatisfy({ $0 > 0 }) else { throw HostError("Reshape: sizes \(dims) must be positive and not empty") }
            try SizeCheck.validateShape(.array(dims.map(Value.int)), "Reshape")
            return GANEngine.Reshape(dims)
        }
        try layer("Flatten()", "Flattens each sample to a vector: [n, c, h, w] → [n, c·h·w].") { _ in GANEngine.Flatten() }
        try layer("Dropout(_ probability: Double = 0.5)", "Zeroes each value with the given probability in training mode.") { args in
            try GANEngine.Dropout(Float(try args.double(0, default: 0.5)), seed: context.generator.next())
        }
        let sequentialDoc = "Layers applied in order, one per line: `Sequential { Linear(2, 64); ReLU(); Linear(64, 1) }`."
        try r.type("Sequential", doc: sequentialDoc)
        try r.initializer("Sequential(_ layers: () -> [Layer])", doc: sequentialDoc) { args, call in
            let items = try call.collect(try args.value(0)).flatMap { item -> [Value] in
                if case .array(let inner) = item { return inner }
                if case .void = item { return [] }
                return [item]
            }
            guard !items.isEmpty else { throw HostError("Sequential: needs at least one layer, got none") }
            let layers = try items.enumerated().map { try layerModule($0.element, $0.offset) }
            return .object(ModuleObject(GANEngine.Sequential(layers), typeName: "Sequential"))
        }
        for name in layerTypes { try registerModelMembers(r, on: name, context: context) }
    }

    static func layerModule(_ value: Value, _ index: Int) throws -> any Module {
        guard case .object(let object as ModuleObject) = value else {
            throw HostError("Sequential: line \(index + 1) is \(value.typeName), not a layer")
        }
        return object.module
    }

    private static func module(_ value: Value) throws -> any Module {
        guard case .object(let object as ModuleObject) = value else { throw HostError("expected a layer or model, got \(value.typeName)") }
        return object.module
    }

    private static func registerModelMembers(_ r: BuiltinRegistrar, on type: String, context: BuiltinContext) throws {
        try r.method(on: type, "callAsFunction(_ x: Tensor) -> Tensor", doc: "`model(x)`: the forward pass.") { v, args, _ in
            let model = try module(v)
            let input = try args.tensor(0)
            return BuiltinValues.tensorValue(try model.callAsFunction(input))
        }
        try r.property(on: type, "parameters: [Tensor]", doc: "Trainable tensors, for an optimizer.") { v, _ in
            .array(try module(v).parameters.map(BuiltinValues.tensorValue))
        }
        try r.property(on: type, "parameterCount: Int", doc: "Number of trainable values.") { v, _ in .int(try module(v).parameterCount) }
        try r.method(on: type, "train()", doc: "Training mode: batch statistics, dropout on.") { v, _, _ in
            try module(v).train(); return .void
        }
        try r.method(on: type, "eval()", doc: "Evaluation mode: running statistics, dropout off.") { v, _, _ in
            try module(v).eval(); return .void
        }
        try r.method(on: type, "zeroGrad()", doc: "Clears the gradients of all parameters.") { v, _, _ in
            try module(v).zeroGrad(); return .void
        }
        try r.method(on: type, "initialize(std: Double = 0.02)",
                     doc: "DCGAN init: conv/linear weights N(0, std), batch-norm γ N(1, std), biases and β 0.") { v, args, _ in
            let std = try args.double(0, default: 0.02)
            guard std >= 0, std.isFinite else { throw HostError("initialize: std must be finite and ≥ 0, got \(std)") }
            initialize(try module(v), std: Float(std), generator: &context.generator)
            return .void
        }
        try r.method(on: type, "clipWeights(_ bound: Double)", doc: "Clips every parameter into [−bound, bound] (WGAN critic).") { v, args, _ in
            try clipParameters(of: try module(v), to: Float(try args.double(0)))
            return .void
        }
        try r.method(on: type, "copyState(from source: \(type))",
                     doc: "Overwrites this model's parameters and batch-norm statistics with those of `source` (same layers).") { v, args, _ in
            try module(v).copyState(from: try module(try args.value(0)))
            return .void
        }
        try r.method(on: type, "moveAverage(toward source: \(type), decay: Double = 0.999)",
                     doc: "Weight averaging: every parameter and statistic becomes decay·own + (1 − decay)·source's.") { v, args, _ in
            try module(v).moveAverage(toward: try module(try args.value(0)), decay: Float(try args.double(1, default: 0.999)))
            return .void
        }
        try r.method(on: type, "diagram(input: [Int], title: String? = nil) -> LayerDiagram", effect: .readOnly,
                     sizeCheck: .shapeArgument(0), doc: "A layer-stack figure with each layer's output shape for one input of shape `input`.") { v, args, _ in
            let input = try BuiltinValues.ints(try args.value(0), "diagram: input")
            let diagram = try layerDiagram(try module(v), input: input, title: try args.optionalString(1))
            return .object(FigureObject(diagram, typeName: "LayerDiagram", title: diagram.title ?? "Layer diagram"))
        }
    }

    /// DCGAN-style initialisation with a chosen std, drawn from `generator`.
    static func initialize(_ module: any Module, std: Float, generator: inout SeededGenerator) {
        func weights(_ w: Tensor, _ b: Tensor?) {
            Initializer.normal(mean: 0, std: std).apply(to: w, using: &generator)
            if let b { Initializer.zeros.apply(to: b, using: &generator) }
        }
        for (_, m) in module.allModules() {
            switch m {
            case let l as Linear: weights(l.weight, l.bias)
            case let c as Conv2d: weights(c.weight, c.bias)
            case let c as ConvTranspose2d: weights(c.weight, c.bias)
            case let b as GANEngine.BatchNorm:
                Initializer.normal(mean: 1, std: std).apply(to: b.weight, using: &generator)
                Initializer.zeros.apply(to: b.bias, using: &generator)
            default: break
            }
        }
    }

    /// Runs one zero sample through the layers (evaluation mode, no gradients) to find each
    /// layer's output shape.
    static func layerDiagram(_ module: any Module, input: [Int], title: String?) throws -> LayerDiagram {
        guard !input.isEmpty, input.allSatisfy({ $0 > 0 }) else { throw HostError("diagram: input shape \(input) must be non-empty and positive") }
        let layers = (module as? Sequential)?.layers ?? [module]
        let wasTraining = module.isTraining
        module.eval()
        defer { if wasTraining { module.train() } }
        var x = try Tensor.zeros([1] + input)
        var rows: [(String, [Int])] = [("Input", input)]
        try GradMode.withoutGradient {
            for layer in layers {
                do { x = try layer.callAsFunction(x) } catch {
                    throw HostError("diagram: \(layer.layerDescription) cannot take shape \(Array(x.shape.dropFirst())): \(error)")
                }
                rows.append((layer.layerDescription, Array(x.shape.dropFirst())))
            }
        }
        return LayerDiagram(title: title, layers: rows)
    }
}
