/// A layer or network: a callable with named parameters, buffers and a train/eval mode.
///
/// ```swift
/// var rng = SeededGenerator(seed: 1)
/// let d = Sequential([try Linear(1, 16, using: &rng), LeakyReLU(0.2), try Linear(16, 1, using: &rng), Sigmoid()])
/// let p = try d(x)                    // forward
/// print(d.parameterCount, d.namedParameters().map(\.0))   // 49 ["0.weight", "0.bias", "2.weight", "2.bias"]
/// ```
public protocol Module: AnyObject {
    /// Forward pass.
    func callAsFunction(_ input: Tensor) throws -> Tensor
    /// Trainable tensors with dotted names in PyTorch `state_dict` style (`"0.weight"`).
    func namedParameters() -> [(String, Tensor)]
    /// Non-trainable state saved with the model (batch-norm running statistics).
    func namedBuffers() -> [(String, Tensor)]
    /// Sub-modules with their names (empty for leaf layers).
    var children: [(String, any Module)] { get }
    /// Training mode (batch statistics, dropout active) or evaluation mode.
    var isTraining: Bool { get set }
    /// One-line description for architecture figures, e.g. `ConvTranspose2d(128→64, k4, s2, p1)`.
    var layerDescription: String { get }
}

extension Module {
    public func namedParameters() -> [(String, Tensor)] {
        children.flatMap { name, child in child.namedParameters().map { ("\(name).\($0.0)", $0.1) } }
    }
    public func namedBuffers() -> [(String, Tensor)] {
        children.flatMap { name, child in child.namedBuffers().map { ("\(name).\($0.0)", $0.1) } }
    }
    public var children: [(String, any Module)] { [] }

    /// Trainable tensors in a stable order.
    public var parameters: [Tensor] { namedParameters().map(\.1) }
    /// Total number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
    /// Switches this module and its children to training mode.
    public func train() { isTraining = true }
    /// Switches this module and its children to evaluation mode.
    public func eval() { isTraining = false }
    /// Clears every parameter's gradient.
    public func zeroGrad() { for p in parameters { p.grad = nil } }
    /// This module and all descendants, depth first, with dotted names ("" for self).
    public func allModules() -> [(String, any Module)] {
        [("", self)] + children.flatMap { name, child in
            child.allModules().map { ($0.0.isEmpty ? name : "\(name).\($0.0)", $0.1) }
        }
    }
}

/// Modules applied in order.
public final class Sequential: Module {
    /// The layers, in call order.
    public let layers: [any Module]
    public var isTraining: Bool = true {
        didSet { for l in layers { l.isTraining = isTraining } }
    }

    /// Chains `layers`; names of their parameters are prefixed with the index (`"0.weight"`).
    public init(_ layers: [any Module]) { self.layers = layers }

    /// Applies the layers in order; a `BatchNorm` directly followed by `ReLU` or `LeakyReLU` runs
    /// as one fused node (same values and gradients, one pass less over the activations).
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        var x = input
        var i = 0
        while i < layers.count {
            if i + 1 < layers.count, let norm = layers[i] as? BatchNorm, let activation = FusedActivation(layers[i + 1]) {
                x = try norm(x, activation: activation)
                i += 2
            } else {
                x = try layers[i](x)
                i += 1
            }
        }
        return x
    }

    public var children: [(String, any Module)] { layers.enumerated().map { (String($0.offset), $0.element) } }
    public var layerDescription: String { "Sequential(\(layers.count) layers)" }
}
