import CellScript
import GANEngine

/// An optimizer in a cell (`Adam(G.parameters, lr: 2e-4, beta1: 0.5)`).
final class OptimizerObject: Displayable {
    let optimizer: any Optimizer
    let typeName: String

    init(_ optimizer: any Optimizer, typeName: String) {
        self.optimizer = optimizer
        self.typeName = typeName
    }

    func rendered() throws -> RenderedDisplay {
        .text("\(typeName)(\(optimizer.parameters.count) tensors, lr: \(BuiltinValues.format(Double(optimizer.learningRate))))")
    }
}

extension Builtins {
    /// Adam, RMSProp and SGD with `zeroGrad()`, `step()` and a writable `lr`.
    static func registerOptimizers(in r: BuiltinRegistrar) throws {
        func optimizer(_ signature: String, _ doc: String, _ make: @escaping ([Tensor], Arguments) throws -> any Optimizer) throws {
            let name = String(signature.prefix { $0 != "(" })
            try r.type(name, doc: doc)
            try r.initializer(signature, doc: doc) { args, _ in
                let parameters = try args.array(0).enumerated().map {
                    try BuiltinValues.tensor($0.element, "\(name): parameter \($0.offset)")
                }
                guard !parameters.isEmpty else { throw HostError("\(name): the parameter list is empty") }
                return .object(OptimizerObject(try make(parameters, args), typeName: name))
            }
            try r.method(on: name, "zeroGrad()", doc: "Clears the gradients of the optimised parameters.") { v, _, _ in
                try optimizerObject(v).optimizer.zeroGrad()
                return .void
            }
            try r.method(on: name, "step()", doc: "Updates every parameter from its gradient.") { v, _, _ in
                try optimizerObject(v).optimizer.step()
                return .void
            }
            try r.property(on: name, "lr: Double", doc: "The learning rate (writable).", get: { v, _ in
                .double(Double(try optimizerObject(v).optimizer.learningRate))
            }, set: { v, newValue, _ in
                guard let lr = newValue.asDouble, lr > 0, lr.isFinite else { throw HostError("\(name).lr must be a positive number, got \(newValue)") }
                try optimizerObject(v).optimizer.learningRate = Float(lr)
            })
        }
        try optimizer("Adam(_ parameters: [Tensor], lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999)",
                      "Adam optimizer (Kingma & Ba).") { parameters, args in
            try Adam(parameters: parameters, learningRate: Float(try args.double(1, default: 1e-3)),
                     beta1: Float(try args.double(2, default: 0.9)), beta2: Float(try args.double(3, default: 0.999)))
        }
        try optimizer("RMSProp(_ parameters: [Tensor], lr: Double = 1e-2, alpha: Double = 0.99, momentum: Double = 0)",
                      "RMSProp optimizer (used by the original WGAN).") { parameters, args in
            try RMSProp(parameters: parameters, learningRate: Float(try args.double(1, default: 1e-2)),
                        alpha: Float(try args.double(2, default: 0.99)), momentum: Float(try args.double(3, default: 0)))
        }
        try optimizer("SGD(_ parameters: [Tensor], lr: Double, momentum: Double = 0)",
                      "Stochastic gradient descent, optionally with momentum.") { parameters, args in
            try SGD(parameters: parameters, learningRate: Float(try args.double(1)), momentum: Float(try args.double(2, default: 0)))
        }
    }

    private static func optimizerObject(_ value: Value) throws -> OptimizerObject {
        guard case .object(let object as OptimizerObject) = value else { throw HostError("expected an optimizer, got \(value.typeName)") }
        return object
    }
}
