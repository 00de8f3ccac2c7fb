/// Updates parameters from their gradients; keeps per-parameter state (momentum buffers, moments).
///
/// ```swift
/// let opt = Adam(parameters: g.parameters, learningRate: 2e-4, beta1: 0.5)
/// opt.zeroGrad(); try loss.backward(); try opt.step()
/// ```
public protocol Optimizer: AnyObject {
    /// Tensors updated in place by `step()`, in a fixed order.
    var parameters: [Tensor] { get }
    /// Step size.
    var learningRate: Float { get set }
    /// Applies one update to every parameter that has a gradient (others are skipped).
    func step() throws
    /// Per-parameter state as named tensors (`"3.exp_avg"`), for checkpoints.
    func namedState() -> [(String, Tensor)]
    /// Restores state saved by `namedState()`; throws on missing names or wrong shapes.
    func loadState(_ state: [String: Tensor]) throws
}

extension Optimizer {
    /// Clears every parameter's gradient (PyTorch's `zero_grad(set_to_none=True)`).
    public func zeroGrad() { for p in parameters { p.grad = nil } }

    /// Gradient of parameter `i`, validated against its shape.
    func gradient(of p: Tensor, _ name: String) throws -> Tensor? {
        guard let g = p.grad else { return nil }
        guard g.count == p.count else {
            throw EngineError.incompatibleShapes(operation: "\(name).step", shapes: [p.shape, g.shape], detail: "gradient shape")
        }
        return g
    }
}

/// Copies a named state tensor into `target` after checking it exists and has the right size.
func restore(_ state: [String: Tensor], _ name: String, into target: Tensor, _ optimizer: String) throws {
    guard let t = state[name] else {
        throw EngineError.invalidArgument(operation: "\(optimizer).loadState", message: "missing state \"\(name)\"")
    }
    guard t.count == target.count else {
        throw EngineError.incompatibleShapes(operation: "\(optimizer).loadState \(name)", shapes: [target.shape, t.shape])
    }
    target.data.update(from: t.data, count: t.count)
}

/// Clips every parameter of `module` into `[-bound, bound]` in place (WGAN critic weight clipping).
public func clipParameters(of module: any Module, to bound: Float) throws {
    guard bound > 0, bound.isFinite else {
        throw EngineError.invalidArgument(operation: "clipParameters", message: "bound \(bound) must be positive and finite")
    }
    for p in module.parameters {
        for i in 0..<p.count { p.data[i] = Swift.min(Swift.max(p.data[i], -bound), bound) }
    }
}
