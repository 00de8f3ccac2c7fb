/// Whether operations record the autodiff graph in the current task or thread.
///
/// ```swift
/// let sample = try GradMode.withoutGradient { try generator(z) }   // no graph is built
/// ```
public enum GradMode {
    @TaskLocal static var disabled: Bool = false

    /// Whether new operations are recorded for autodiff.
    public static var isEnabled: Bool { !disabled }

    /// Runs `body` with recording off (PyTorch's `torch.no_grad()`).
    public static func withoutGradient<R>(_ body: () throws -> R) rethrows -> R {
        try $disabled.withValue(true) { try body() }
    }

    /// Runs `body` with recording on, even inside a `withoutGradient` scope.
    public static func withGradient<R>(_ body: () throws -> R) rethrows -> R {
        try $disabled.withValue(false) { try body() }
    }
}

/// One recorded operation: what it was and which tensors it read.
final class GradNode {
    let op: Op
    let inputs: [Tensor]
    init(_ op: Op, _ inputs: [Tensor]) { self.op = op; self.inputs = inputs }
}

extension Tensor {
    /// Attaches a graph node to `result` when any input requires gradients and recording is on.
    @inline(__always)
    static func record(_ result: Tensor, _ op: @autoclosure () -> Op, _ inputs: [Tensor]) -> Tensor {
        var any = false
        for t in inputs where t.requiresGrad { any = true; break }
        if any && !GradMode.disabled {
            result.requiresGrad = true
            result.node = GradNode(op(), inputs)
        }
        return result
    }

    @inline(__always)
    static func record1(_ result: Tensor, _ op: @autoclosure () -> Op, _ input: Tensor) -> Tensor {
        if input.requiresGrad && !GradMode.disabled {
            result.requiresGrad = true
            result.node = GradNode(op(), [input])
        }
        return result
    }
}
