import Testing
@testable import GANEngine

/// Builds a tensor from literal values.
func tensor(_ shape: [Int], _ values: [Float], grad: Bool = false) throws -> Tensor {
    let t = try Tensor(shape: shape, values: values)
    return grad ? t.requiringGradient() : t
}

/// Largest elementwise |a - b| / (atol + rtol·|b|); ≤ 1 means close.
func closeness(_ a: [Float], _ b: [Float], rtol: Float, atol: Float) -> Float {
    guard a.count == b.count else { return .infinity }
    var worst: Float = 0
    for (x, y) in zip(a, b) {
        let r = Swift.abs(x - y) / (atol + rtol * Swift.abs(y))
        if !(r <= worst) { worst = r.isNaN ? .infinity : r }
    }
    return worst
}

/// Expects two value lists to agree within tolerances.
func expectClose(_ a: [Float], _ b: [Float], rtol: Float = 1e-4, atol: Float = 1e-6, _ what: String = "",
                 sourceLocation: SourceLocation = #_sourceLocation) {
    let c = closeness(a, b, rtol: rtol, atol: atol)
    #expect(c <= 1, "\(what): mismatch (closeness \(c))\n got \(a.prefix(8))\nwant \(b.prefix(8))", sourceLocation: sourceLocation)
}

/// Central finite-difference check of d(sum(f(inputs)·w))/d(input) for every input, against autodiff.
func gradientCheck(_ inputs: [Tensor], epsilon: Float = 1e-2, rtol: Float = 2e-2, atol: Float = 2e-3,
                   sourceLocation: SourceLocation = #_sourceLocation,
                   _ f: ([Tensor]) throws -> Tensor) throws {
    for t in inputs { t.requiringGradient(); t.grad = nil }
    let out = try f(inputs)
    var rng = SeededGenerator(seed: 99)
    let weights = try Tensor.rand(out.shape, low: 0.5, high: 1.5, using: &rng)
    try (out * weights).sum().backward()
    for (k, t) in inputs.enumerated() {
        let analytic = t.grad?.values ?? Array(repeating: 0, count: t.count)
        var numeric = [Float](repeating: 0, count: t.count)
        for i in 0..<t.count {
            let saved = t.data[i]
            t.data[i] = saved + epsilon
            let plus = try GradMode.withoutGradient { try Double((f(inputs) * weights).sum().item()) }
            t.data[i] = saved - epsilon
            let minus = try GradMode.withoutGradient { try Double((f(inputs) * weights).sum().item()) }
            t.data[i] = saved
            numeric[i] = Float((plus - minus) / Double(2 * epsilon))
        }
        expectClose(analytic, numeric, rtol: rtol, atol: atol, "input \(k)", sourceLocation: sourceLocation)
    }
}

/// Random tensor with values in [low, high).
func random(_ shape: [Int], seed: UInt64, low: Float = -1, high: Float = 1) throws -> Tensor {
    var rng = SeededGenerator(seed: seed)
    return try Tensor.rand(shape, low: low, high: high, using: &rng)
}
