// Matrix products (plain and batched) and the fused linear map.
extension Tensor {
    /// Matrix product `op(self) · op(other)` for 2-D or batched 3-D tensors; a 2-D operand is
    /// broadcast over the other's batch.
    /// - Throws: `matmul: shapes [64, 100] and [64, 6272] are not compatible` on mismatch.
    public func matmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) throws -> Tensor {
        let a = self, b = other
        if a.rank == 3 && b.rank == 2 {
            if !transposeSelf {
                let flat = try a.reshaped([a.shape[0] * a.shape[1], a.shape[2]])
                let r = try flat.matmul(b, transposeOther: transposeOther)
                return try r.reshaped([a.shape[0], a.shape[1], r.shape[1]])
            }
            return try a.matmul(b.broadcast(to: [a.shape[0]] + b.shape), transposeSelf: true, transposeOther: transposeOther)
        }
        if a.rank == 2 && b.rank == 3 {
            return try a.broadcast(to: [b.shape[0]] + a.shape).matmul(b, transposeSelf: transposeSelf, transposeOther: transposeOther)
        }
        guard (a.rank == 2 && b.rank == 2) || (a.rank == 3 && b.rank == 3 && a.shape[0] == b.shape[0]) else {
            throw EngineError.incompatibleShapes(operation: "matmul", shapes: [a.shape, b.shape], detail: "expected 2-D or equal-batch 3-D operands")
        }
        let r = a.rank
        let m = transposeSelf ? a.shape[r - 1] : a.shape[r - 2], ka = transposeSelf ? a.shape[r - 2] : a.shape[r - 1]
        let kb = transposeOther ? b.shape[r - 1] : b.shape[r - 2], n = transposeOther ? b.shape[r - 2] : b.shape[r - 1]
        guard ka == kb else {
            let detail = transposeSelf || transposeOther ? "transposeSelf: \(transposeSelf), transposeOther: \(transposeOther)" : ""
            throw EngineError.incompatibleShapes(operation: "matmul", shapes: [a.shape, b.shape], detail: detail)
        }
        let batch = r == 3 ? a.shape[0] : 1
        let outShape = r == 3 ? [batch, m, n] : [m, n]
        let out = try Tensor.uninitialized(outShape, "matmul")
        for i in 0..<batch {
            sgemm(transposeSelf, transposeOther, m: m, n: n, k: ka, a.data + i * m * ka, b.data + i * ka * n, out.data + i * m * n)
        }
        return Tensor.record(out, .matmul(transposeA: transposeSelf, transposeB: transposeOther), [a, b])
    }

    /// Fused affine map `self · weightᵀ + bias` for `self` of shape `[N, in]`, `weight` `[out, in]`,
    /// `bias` `[out]` (PyTorch's `F.linear`).
    public func linear(weight: Tensor, bias: Tensor?) throws -> Tensor {
        guard rank == 2, weight.rank == 2, shape[1] == weight.shape[1] else {
            throw EngineError.incompatibleShapes(operation: "linear", shapes: [shape, weight.shape])
        }
        let n = shape[0], inF = shape[1], outF = weight.shape[0]
        if let bias, bias.shape != [outF] {
            throw EngineError.incompatibleShapes(operation: "linear bias", shapes: [weight.shape, bias.shape])
        }
        let out = try Tensor.uninitialized([n, outF], "linear")
        if let bias {
            for i in 0..<n { (out.data + i * outF).update(from: bias.data, count: outF) }
        }
        sgemm(false, true, m: n, n: outF, k: inF, data, weight.data, out.data, beta: bias == nil ? 0 : 1)
        return Tensor.record(out, .affineRows, bias.map { [self, weight, $0] } ?? [self, weight])
    }
}

/// Gradients of `op(A)·op(B)` expressed as (differentiable) matmuls.
func matmulBackward(_ g: Tensor, _ a: Tensor, _ b: Tensor, _ ta: Bool, _ tb: Bool, needs: [Bool]) throws -> [Tensor?] {
    var ga: Tensor?, gb: Tensor?
    switch (ta, tb) {
    case (false, false):
        if needs[0] { ga = try g.matmul(b, transposeOther: true) }
        if needs[1] { gb = try a.matmul(g, transposeSelf: true) }
    case (false, true):
        if needs[0] { ga = try g.matmul(b) }
        if needs[1] { gb = try g.matmul(a, transposeSelf: true) }
    case (true, false):
        if needs[0] { ga = try b.matmul(g, transposeOther: true) }
        if needs[1] { gb = try a.matmul(g) }
    case (true, true):
        if needs[0] { ga = try b.matmul(g, transposeSelf: true, transposeOther: true) }
        if needs[1] { gb = try g.matmul(a, transposeSelf: true, transposeOther: true) }
    }
    return [ga, gb]
}

/// Gradients of `x·Wᵀ + b`.
func linearBackward(_ g: Tensor, _ x: Tensor, _ w: Tensor, _ b: Tensor?, needs: [Bool]) throws -> [Tensor?] {
    let gx = needs[0] ? try g.matmul(w) : nil
    let gw = needs[1] ? try g.matmul(x, transposeSelf: true) : nil
    var result: [Tensor?] = [gx, gw]
    if let b { result.append(needs[2] ? try g.sum(to: [b.count]) : nil) }
    return result
}
