import PortableMath
// Sums, means, maxima, logsumexp.
extension Tensor {
    /// Sum over `axes` (all axes when nil); dims are kept as size 1 when `keepingDims`.
    public func sum(axes: [Int]? = nil, keepingDims: Bool = false) throws -> Tensor {
        let list = try (axes ?? Array(0..<rank)).map { try normalizedAxis($0, rank: rank, "sum") }
        var keptShape = shape
        for a in list { keptShape[a] = 1 }
        let kept = try sumKeep(keptShape)
        if keepingDims { return kept }
        let reduced = Set(list)
        return try kept.reshaped(shape.indices.filter { !reduced.contains($0) }.map { shape[$0] })
    }

    /// Sum over one axis.
    public func sum(axis: Int, keepingDims: Bool = false) throws -> Tensor { try sum(axes: [axis], keepingDims: keepingDims) }

    /// Mean over `axes` (all when nil).
    public func mean(axes: [Int]? = nil, keepingDims: Bool = false) throws -> Tensor {
        let list = try (axes ?? Array(0..<rank)).map { try normalizedAxis($0, rank: rank, "mean") }
        let n = Set(list).reduce(1) { $0 * shape[$1] }
        return try sum(axes: list, keepingDims: keepingDims) * (1 / Float(Swift.max(n, 1)))
    }

    /// Mean over one axis.
    public func mean(axis: Int, keepingDims: Bool = false) throws -> Tensor { try mean(axes: [axis], keepingDims: keepingDims) }

    /// Variance over `axes` (all when nil); `unbiased` divides by n-1.
    public func variance(axes: [Int]? = nil, unbiased: Bool = true, keepingDims: Bool = false) throws -> Tensor {
        let list = try (axes ?? Array(0..<rank)).map { try normalizedAxis($0, rank: rank, "variance") }
        let n = Set(list).reduce(1) { $0 * shape[$1] }
        let centered = try self - mean(axes: list, keepingDims: true)
        return try centered.square().sum(axes: list, keepingDims: keepingDims) * (1 / Float(Swift.max(unbiased ? n - 1 : n, 1)))
    }

    /// Standard deviation over `axes` (all when nil).
    public func std(axes: [Int]? = nil, unbiased: Bool = true, keepingDims: Bool = false) throws -> Tensor {
        try variance(axes: axes, unbiased: unbiased, keepingDims: keepingDims).sqrt()
    }

    /// Reduces a broadcast gradient back to `target` (sums leading and size-1 dims).
    public func sum(to target: [Int]) throws -> Tensor {
        if target == shape { return self }
        guard target.count <= rank, try broadcastShape(target, shape, "sum(to:)") == shape else {
            throw EngineError.incompatibleShapes(operation: "sum(to:)", shapes: [shape, target])
        }
        let lead = rank - target.count
        var kept = shape
        for i in 0..<rank where i < lead || target[i - lead] == 1 { kept[i] = 1 }
        let k = try sumKeep(kept)
        return kept == target ? k : try k.reshaped(target)
    }

    /// Sum to a same-rank shape whose dims are either equal to ours or 1 (recorded primitive).
    func sumKeep(_ kept: [Int]) throws -> Tensor {
        if kept == shape { return self }
        var current = detached()
        for axis in 0..<rank where kept[axis] == 1 && shape[axis] != 1 {
            current = current.sumAlong(axis)
        }
        return Tensor.record1(current, .sumKeep, self)
    }

    /// Unrecorded single-axis sum keeping the axis (size 1).
    func sumAlong(_ axis: Int) -> Tensor {
        let n = shape[axis]
        let outer = shape[..<axis].reduce(1, *), inner = shape[(axis + 1)...].reduce(1, *)
        var outShape = shape
        outShape[axis] = 1
        let out = Tensor.make(outShape, outer * inner)
        let src = data, dst = out.data
        if n == 0 { dst.update(repeating: 0, count: outer * inner); return out }
        for o in 0..<outer {
            let d = dst + o * inner
            if inner == 1 {
                let s = src + o * n
                var acc: Float = 0
                for j in 0..<n { acc += s[j] }
                d[0] = acc
            } else {
                d.update(from: src + o * n * inner, count: inner)
                for j in 1..<n {
                    let s = src + (o * n + j) * inner
                    for i in 0..<inner { d[i] += s[i] }
                }
            }
        }
        return out
    }

    /// Maximum along `axis` (gradient flows to the first maximal element).
    public func max(axis: Int, keepingDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, "max")
        let (values, argmax) = try maxAlong(a)
        let rec = Tensor.record1(values, .maxAlong(axis: a, argmax: argmax), self)
        if keepingDims { return rec }
        var s = shape; s.remove(at: a)
        return try rec.reshaped(s)
    }

    /// Maximum of all elements.
    public func max() throws -> Tensor { try reshaped([count]).max(axis: 0) }

    /// Index of the maximum along `axis` (as Float values, axis removed).
    public func argmax(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, "argmax")
        let (_, idx) = try maxAlong(a)
        var s = shape; s.remove(at: a)
        return try Tensor(shape: s, values: idx.map { Float($0) })
    }

    private func maxAlong(_ axis: Int) throws -> (Tensor, [Int32]) {
        let n = shape[axis]
        guard n > 0 else { throw EngineError.invalidArgument(operation: "max", message: "axis \(axis) of shape \(shape) is empty") }
        let outer = shape[..<axis].reduce(1, *), inner = shape[(axis + 1)...].reduce(1, *)
        var outShape = shape; outShape[axis] = 1
        let out = Tensor.make(outShape, outer * inner)
        var idx = [Int32](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = data[o * n * inner + i], bi = 0
                for j in 1..<n {
                    let v = data[(o * n + j) * inner + i]
                    if v > best || (v.isNaN && !best.isNaN) { best = v; bi = j }
                }
                out.data[o * inner + i] = best
                idx[o * inner + i] = Int32(bi)
            }
        }
        return (out, idx)
    }

    /// Stable `log Σ exp(x)` along `axis`.
    public func logsumexp(axis: Int, keepingDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, "logsumexp")
        let (m, _) = try detached().maxAlong(a)
        let shifted = try broadcastBinary(self, m, "logsumexp") { PortableMath.exp($0 - ($1.isFinite ? $1 : 0)) }
        let s = shifted.sumAlong(a)
        for i in 0..<s.count { let mv = m.data[i]; s.data[i] = PortableMath.log(s.data[i]) + (mv.isFinite ? mv : 0) }
        let rec = Tensor.record1(s, .logsumexp(axis: a, output: s.detached()), self)
        if keepingDims { return rec }
        var sh = shape; sh.remove(at: a)
        return try rec.reshaped(sh)
    }
}

/// Scatters the gradient of `max` to the argmax positions.
func maxBackward(_ g: Tensor, axis: Int, argmax: [Int32], inputShape: [Int]) -> Tensor {
    let n = inputShape[axis]
    let outer = inputShape[..<axis].reduce(1, *), inner = inputShape[(axis + 1)...].reduce(1, *)
    let out = Tensor(shape: inputShape, count: outer * n * inner, storage: Storage(count: outer * n * inner, repeating: 0))
    for o in 0..<outer {
        for i in 0..<inner {
            let j = Int(argmax[o * inner + i])
            out.data[(o * n + j) * inner + i] = g.data[o * inner + i]
        }
    }
    return out
}
