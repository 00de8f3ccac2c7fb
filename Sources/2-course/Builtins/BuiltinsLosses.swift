import CellScript
import GANEngine

extension Builtins {
    /// Loss functions, each the mean over all elements (a one-element tensor).
    static func registerLosses(in r: BuiltinRegistrar) throws {
        let losses: [(String, String, (Tensor, Tensor) throws -> Tensor)] = [
            ("bce(_ p: Tensor, _ target: Tensor) -> Tensor", "Binary cross-entropy of probabilities p against targets (mean).",
             { try Loss.binaryCrossEntropy($0, targets: $1) }),
            ("bceWithLogits(_ logits: Tensor, _ target: Tensor) -> Tensor", "Binary cross-entropy of sigmoid(logits), computed stably (mean).",
             { try Loss.binaryCrossEntropyWithLogits($0, targets: $1) }),
            ("mse(_ a: Tensor, _ b: Tensor) -> Tensor", "Mean squared error.", { try Loss.meanSquaredError($0, targets: $1) }),
            ("l1(_ a: Tensor, _ b: Tensor) -> Tensor", "Mean absolute error.", { try Loss.l1($0, targets: $1) }),
            ("gaussianKL(_ mu: Tensor, _ logvar: Tensor) -> Tensor", "KL(N(μ, e^logvar) ‖ N(0, I)): batch mean of −½Σ(1 + logvar − μ² − e^logvar).",
             { try Loss.gaussianKL(mean: $0, logVariance: $1) }),
        ]
        for (signature, doc, loss) in losses {
            try r.function(signature, doc: doc + " A number as the second argument means a tensor full of it.") { args, _ in
                let a = try args.tensor(0)
                let second = try args.value(1)
                let b = try second.asDouble.map { try Tensor.full(a.shape, value: Float($0)) }
                    ?? BuiltinValues.tensor(second, "\(args.signature.name): argument 2")
                return BuiltinValues.tensorValue(try loss(a, b))
            }
        }
    }
}
