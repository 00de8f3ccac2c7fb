// Branch-free vector loops for the activations fused into batch norm and for its input gradient.
//
// Written as scalar loops with `?:`, these compiled (baseline x86-64, no `-march`) to one branch
// per element, taken at random (the sign of a normalised value): 11% of a lesson-03 training step
// went to mispredicted branches in batch norm's backward pass. Here every lane computes both
// sides and a mask selects one — the same value the scalar expression gives, bit for bit (a
// select does no arithmetic; every product and difference is the scalar expression's, unfused),
// so the results do not depend on the vector width.

private typealias Lanes = SIMD8<Float>

@inline(__always) private func load(_ p: UnsafePointer<Float>, _ i: Int) -> Lanes {
    UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self)
}

@inline(__always) private func store(_ v: Lanes, _ p: UnsafeMutablePointer<Float>, _ i: Int) {
    UnsafeMutableRawPointer(p + i).storeBytes(of: v, as: Lanes.self)
}

/// `p[i] = p[i] > 0 ? p[i] : 0` for `i < n` (ReLU in place; NaN and −0 become +0).
func reluInPlace(_ p: UnsafeMutablePointer<Float>, _ n: Int) {
    let zero = Lanes(repeating: 0)
    var i = 0
    while i + 8 <= n { let y = load(p, i); store(zero.replacing(with: y, where: y .> zero), p, i); i += 8 }
    while i < n { let y = p[i]; p[i] = y > 0 ? y : 0; i += 1 }
}

/// `p[i] = p[i] > 0 ? p[i] : p[i]·slope` for `i < n` (LeakyReLU in place).
func leakyReluInPlace(_ p: UnsafeMutablePointer<Float>, _ n: Int, slope: Float) {
    let zero = Lanes(repeating: 0), s = Lanes(repeating: slope)
    var i = 0
    while i + 8 <= n { let y = load(p, i); store((y * s).replacing(with: y, where: y .> zero), p, i); i += 8 }
    while i < n { let y = p[i]; p[i] = y > 0 ? y : y * slope; i += 1 }
}

/// `target[i] = output[i] > 0 ? g[i] : 0` (ReLU's gradient from its output).
func reluBackward(_ g: UnsafePointer<Float>, output: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, _ n: Int) {
    let zero = Lanes(repeating: 0)
    var i = 0
    while i + 8 <= n { store(zero.replacing(with: load(g, i), where: load(output, i) .> zero), target, i); i += 8 }
    while i < n { target[i] = output[i] > 0 ? g[i] : 0; i += 1 }
}

/// `target[i] = output[i] > 0 ? g[i] : g[i]·slope` (LeakyReLU's gradient from its output).
func leakyReluBackward(_ g: UnsafePointer<Float>, output: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>,
                       _ n: Int, slope: Float) {
    let zero = Lanes(repeating: 0), s = Lanes(repeating: slope)
    var i = 0
    while i + 8 <= n {
        let v = load(g, i)
        store((v * s).replacing(with: v, where: load(output, i) .> zero), target, i)
        i += 8
    }
    while i < n { target[i] = output[i] > 0 ? g[i] : g[i] * slope; i += 1 }
}

/// Batch norm's input gradient over one plane in training:
/// `gx[i] = f · (n·g[i] − s1 − x̂[i]·s2)`, evaluated left to right as written.
func batchNormInputGradient(_ g: UnsafePointer<Float>, xhat: UnsafePointer<Float>, into gx: UnsafeMutablePointer<Float>,
                            _ count: Int, f: Float, n: Float, s1: Float, s2: Float) {
    let vf = Lanes(repeating: f), vn = Lanes(repeating: n), v1 = Lanes(repeating: s1), v2 = Lanes(repeating: s2)
    var i = 0
    while i + 8 <= count { store(vf * (vn * load(g, i) - v1 - load(xhat, i) * v2), gx, i); i += 8 }
    while i < count { gx[i] = f * (n * g[i] - s1 - xhat[i] * s2); i += 1 }
}

/// `gx[i] = sc · g[i]` (batch norm's input gradient in evaluation).
func scaleFloats(_ g: UnsafePointer<Float>, into gx: UnsafeMutablePointer<Float>, _ count: Int, by sc: Float) {
    let v = Lanes(repeating: sc)
    var i = 0
    while i + 8 <= count { store(v * load(g, i), gx, i); i += 8 }
    while i < count { gx[i] = sc * g[i]; i += 1 }
}
