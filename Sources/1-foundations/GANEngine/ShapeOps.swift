// Reshape, permute, broadcast and their gradients.
extension Tensor {
    /// Same values with a new shape; one dimension may be -1 (inferred). Shares storage.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var target = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        if inferred.count > 1 {
            throw EngineError.invalidArgument(operation: "reshape", message: "more than one -1 in \(newShape)")
        }
        if let i = inferred.first {
            let known = newShape.enumerated().filter { $0.offset != i }.reduce(1) { $0 * $1.element }
            guard known > 0, count % known == 0 else {
                throw EngineError.incompatibleShapes(operation: "reshape", shapes: [shape, newShape])
            }
            target[i] = count / known
        }
        let n = try checkedElementCount(target, "reshape")
        guard n == count else { throw EngineError.incompatibleShapes(operation: "reshape", shapes: [shape, newShape]) }
        if target == shape && !requiresGrad { return self }
        return Tensor.record1(Tensor(shape: target, count: n, storage: storage), .reshape, self)
    }

    /// Collapses dimensions `startAxis...` into one (PyTorch's `flatten(start_dim)`).
    public func flattened(startAxis: Int = 1) throws -> Tensor {
        if rank == 0 { return try reshaped([1]) }
        let a = try normalizedAxis(startAxis, rank: rank, "flatten")
        return try reshaped(Array(shape[..<a]) + [shape[a...].reduce(1, *)])
    }

    /// Reorders dimensions: result dim `i` is input dim `permutation[i]`.
    public func permuted(_ permutation: [Int]) throws -> Tensor {
        guard permutation.count == rank, Set(permutation) == Set(0..<rank) else {
            throw EngineError.invalidArgument(operation: "permute", message: "\(permutation) is not a permutation of 0..<\(rank)")
        }
        let outShape = permutation.map { shape[$0] }
        var inStrides = [Int](repeating: 1, count: rank)
        if rank > 1 { for i in stride(from: rank - 2, through: 0, by: -1) { inStrides[i] = inStrides[i + 1] * shape[i + 1] } }
        let strides = permutation.map { inStrides[$0] }
        let out = Tensor.make(outShape, count)
        copyStrided(from: data, strides: strides, shape: outShape, to: out.data)
        return Tensor.record1(out, .permute(permutation), self)
    }

    /// Swaps two axes (default: the last two).
    public func transposed(_ axis0: Int = -2, _ axis1: Int = -1) throws -> Tensor {
        guard rank >= 2 else { throw EngineError.invalidArgument(operation: "transpose", message: "tensor of shape \(shape) has rank < 2") }
        let a = try normalizedAxis(axis0, rank: rank, "transpose"), b = try normalizedAxis(axis1, rank: rank, "transpose")
        var perm = Array(0..<rank)
        perm.swapAt(a, b)
        return try permuted(perm)
    }

    /// Expands size-1 (or missing leading) dimensions to `target` (NumPy broadcasting), with gradient.
    public func broadcast(to target: [Int]) throws -> Tensor {
        if target == shape { return self }
        return Tensor.record1(try broadcastValues(to: target), .broadcastTo, self)
    }

    /// Broadcast copy of the values without recording.
    func broadcastValues(to target: [Int]) throws -> Tensor {
        guard try broadcastShape(shape, target, "broadcast") == target else {
            throw EngineError.incompatibleShapes(operation: "broadcast", shapes: [shape, target])
        }
        if target == shape { return self }
        let n = try checkedAllocation(target, "broadcast")
        let out = Tensor.make(target, n)
        if count == 1 { out.data.update(repeating: data[0], count: n); return out }
        copyStrided(from: data, strides: broadcastStrides(shape, toRank: target.count, outShape: target), shape: target, to: out.data)
        return out
    }
}

/// Copies a strided view (`strides` per output dim) into contiguous `out`.
func copyStrided(from src: UnsafeMutablePointer<Float>, strides: [Int], shape: [Int], to out: UnsafeMutablePointer<Float>) {
    let rank = shape.count
    let n = shape.reduce(1, *)
    if n == 0 { return }
    if rank == 0 { out[0] = src[0]; return }
    let inner = shape[rank - 1], si = strides[rank - 1]
    var index = [Int](repeating: 0, count: rank)
    var off = 0, o = 0
    while o < n {
        if si == 1 { for j in 0..<inner { out[o + j] = src[off + j] } }
        else { for j in 0..<inner { out[o + j] = src[off + j * si] } }
        o += inner
        var d = rank - 2
        while d >= 0 {
            index[d] += 1; off += strides[d]
            if index[d] < shape[d] { break }
            off -= strides[d] * shape[d]; index[d] = 0; d -= 1
        }
    }
}
