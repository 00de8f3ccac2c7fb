extension Tensor {
    /// Back-propagates from this tensor, accumulating into the `grad` of every leaf that requires it.
    ///
    /// - Parameters:
    ///   - seed: gradient of the final objective with respect to this tensor; defaults to 1 for
    ///     one-element tensors and is required otherwise.
    ///   - createGraph: record the backward computation itself so that the resulting gradients can
    ///     be differentiated again (needed for gradient penalties such as WGAN-GP).
    ///   - inputs: accumulate only into these tensors' `grad` (PyTorch's `backward(inputs=…)`);
    ///     the engine then skips every gradient that does not lead to one of them, such as a
    ///     discriminator's weight gradients during a generator step. Nil means every leaf.
    public func backward(seed: Tensor? = nil, createGraph: Bool = false, inputs: [Tensor]? = nil) throws {
        if let inputs {
            for (index, input) in inputs.enumerated() where !input.requiresGrad {
                throw EngineError.gradient(operation: "backward(inputs:)",
                                           message: "input \(index) of shape \(input.shape) does not require gradients")
            }
        }
        let leaves = try propagate(seed: seed, createGraph: createGraph, targets: inputs)
        for (leaf, g) in leaves {
            if let old = leaf.grad {
                leaf.grad = try GradMode.withGradient { createGraph ? try old + g : try GradMode.withoutGradient { try old + g } }
            } else {
                leaf.grad = createGraph ? g : g.detached()
            }
        }
    }

    /// Gradients of `output` with respect to `inputs` without touching any `grad` field
    /// (PyTorch's `torch.autograd.grad`). An input the output does not depend on gets zeros.
    public static func gradients(of output: Tensor, withRespectTo inputs: [Tensor], seed: Tensor? = nil,
                                 createGraph: Bool = false) throws -> [Tensor] {
        let found = try output.propagate(seed: seed, createGraph: createGraph, targets: inputs)
        var byID: [ObjectIdentifier: Tensor] = [:]
        for (t, g) in found { byID[ObjectIdentifier(t)] = g }
        return inputs.map { byID[ObjectIdentifier($0)] ?? Tensor.zeros(like: $0) }
    }

    /// Core of reverse mode: topological order, then each node's rule once, gradients summed.
    /// Returns (tensor, gradient) pairs for leaves requiring grad (targets == nil) or for `targets`.
    private func propagate(seed: Tensor?, createGraph: Bool, targets: [Tensor]?) throws -> [(Tensor, Tensor)] {
        guard requiresGrad else {
            throw EngineError.gradient(operation: "backward", message: "tensor of shape \(shape) does not require gradients (no recorded graph)")
        }
        let start: Tensor
        if let seed {
            guard seed.shape == shape else {
                throw EngineError.incompatibleShapes(operation: "backward seed", shapes: [shape, seed.shape])
            }
            start = seed
        } else {
            guard count == 1 else {
                throw EngineError.gradient(operation: "backward", message: "output of shape \(shape) is not a scalar; pass seed:")
            }
            start = try Tensor.ones(shape)
        }
        // Iterative DFS post-order over tensors that carry a node.
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(Tensor, Int)] = [(self, 0)]
        visited.insert(ObjectIdentifier(self))
        while let (t, i) = stack.popLast() {
            let inputs = t.node?.inputs ?? []
            if i < inputs.count {
                stack.append((t, i + 1))
                let child = inputs[i]
                if child.requiresGrad, visited.insert(ObjectIdentifier(child)).inserted {
                    stack.append((child, 0))
                }
            } else {
                order.append(t)
            }
        }
        var targetIDs = Set<ObjectIdentifier>()
        if let targets { for t in targets { targetIDs.insert(ObjectIdentifier(t)) } }
        func isTarget(_ t: Tensor) -> Bool {
            targets == nil ? t.node == nil : targetIDs.contains(ObjectIdentifier(t))
        }
        // A tensor matters when it is a target or feeds one; the post-order sees inputs first.
        var leadsToTarget = Set<ObjectIdentifier>()
        for t in order {
            let feedsTarget = t.node?.inputs.contains { leadsToTarget.contains(ObjectIdentifier($0)) } ?? false
            if isTarget(t) || feedsTarget { leadsToTarget.insert(ObjectIdentifier(t)) }
        }
        var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): start]
        var result: [(Tensor, Tensor)] = []

        let run = {
            for t in order.reversed() {
                let id = ObjectIdentifier(t)
                guard let g = grads.removeValue(forKey: id) else { continue }
                if isTarget(t) { result.append((t, g)) }
                guard let node = t.node else { continue }
                let needs = node.inputs.map { leadsToTarget.contains(ObjectIdentifier($0)) }
                guard needs.contains(true) else { continue }
                if createGraph && !node.op.supportsSecondOrder {
                    throw EngineError.secondOrderUnsupported(operation: node.op.name)
                }
                let inputGrads = try node.op.backward(inputs: node.inputs, output: t, grad: g, needs: needs)
                for (input, ig) in zip(node.inputs, inputGrads) {
                    guard let ig else { continue }
                    let key = ObjectIdentifier(input)
                    if let old = grads[key] { grads[key] = try old + ig } else { grads[key] = ig }
                }
            }
        }
        if createGraph { try GradMode.withGradient(run) } else { try GradMode.withoutGradient(run) }
        return result
    }
}
