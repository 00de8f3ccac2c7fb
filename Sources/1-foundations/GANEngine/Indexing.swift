// Concatenation, slicing and index selection.
extension Tensor {
    /// Joins tensors along `axis`; all other dims must match.
    public static func concat(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw EngineError.invalidArgument(operation: "concat", message: "no tensors to concatenate")
        }
        let a = try normalizedAxis(axis, rank: first.rank, "concat")
        for t in tensors {
            var s1 = t.shape, s0 = first.shape
            guard s1.count == s0.count else { throw EngineError.incompatibleShapes(operation: "concat", shapes: tensors.map(\.shape)) }
            s1[a] = 0; s0[a] = 0
            guard s1 == s0 else { throw EngineError.incompatibleShapes(operation: "concat", shapes: tensors.map(\.shape)) }
        }
        var outShape = first.shape
        outShape[a] = tensors.reduce(0) { $0 + $1.shape[a] }
        let out = try Tensor.uninitialized(outShape, "concat")
        let outer = first.shape[..<a].reduce(1, *), inner = first.shape[(a + 1)...].reduce(1, *)
        let rowOut = outShape[a] * inner
        var offset = 0
        for t in tensors {
            let chunk = t.shape[a] * inner
            for o in 0..<outer { (out.data + o * rowOut + offset).update(from: t.data + o * chunk, count: chunk) }
            offset += chunk
        }
        return record(out, .concat(axis: a, sizes: tensors.map { $0.shape[a] }), tensors)
    }

    /// Elements `start..<start+length` along `axis`.
    public func slice(axis: Int, start: Int, length: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, "slice")
        guard start >= 0, length >= 0, start + length <= shape[a] else {
            throw EngineError.invalidArgument(operation: "slice", message: "range \(start)..<\(start + length) is outside 0..<\(shape[a]) on axis \(a) of shape \(shape)")
        }
        var outShape = shape; outShape[a] = length
        let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
        let out = Tensor.make(outShape, outer * length * inner)
        for o in 0..<outer {
            (out.data + o * length * inner).update(from: data + (o * shape[a] + start) * inner, count: length * inner)
        }
        return Tensor.record1(out, .slice(axis: a, start: start), self)
    }

    /// Places this tensor at `start` along `axis` inside zeros of size `total` (inverse of `slice`).
    func embedded(axis a: Int, start: Int, total: Int) throws -> Tensor {
        var outShape = shape; outShape[a] = total
        let length = shape[a]
        let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
        let out = Tensor(shape: outShape, count: outer * total * inner, storage: Storage(count: outer * total * inner, repeating: 0))
        for o in 0..<outer {
            (out.data + (o * total + start) * inner).update(from: data + o * length * inner, count: length * inner)
        }
        return Tensor.record1(out, .embed(axis: a, start: start), self)
    }

    /// Rows (entries along `axis`) picked by `indices`, in that order; indices may repeat.
    public func indexSelect(axis: Int, indices: [Int]) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank, "indexSelect")
        for i in indices where i < 0 || i >= shape[a] {
            throw EngineError.indexOutOfRange(operation: "indexSelect axis \(a)", index: i, count: shape[a])
        }
        var outShape = shape; outShape[a] = indices.count
        let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
        let out = try Tensor.uninitialized(outShape, "indexSelect")
        for o in 0..<outer {
            for (k, i) in indices.enumerated() {
                (out.data + (o * indices.count + k) * inner).update(from: data + (o * shape[a] + i) * inner, count: inner)
            }
        }
        return Tensor.record1(out, .indexSelect(axis: a, indices: indices), self)
    }

    /// Row `index` of the first axis, with that axis removed (`x[i]`).
    public func row(_ index: Int) throws -> Tensor {
        guard rank >= 1 else { throw EngineError.invalidArgument(operation: "row", message: "scalar tensor has no rows") }
        guard index >= 0, index < shape[0] else { throw EngineError.indexOutOfRange(operation: "row", index: index, count: shape[0]) }
        return try slice(axis: 0, start: index, length: 1).reshaped(Array(shape.dropFirst()))
    }
}

/// Gradient of `indexSelect`: adds each selected row's gradient back at its index.
func indexAddBackward(_ g: Tensor, axis a: Int, indices: [Int], inputShape: [Int]) throws -> Tensor {
    let outer = inputShape[..<a].reduce(1, *), inner = inputShape[(a + 1)...].reduce(1, *)
    let n = outer * inputShape[a] * inner
    let out = Tensor(shape: inputShape, count: n, storage: Storage(count: n, repeating: 0))
    for o in 0..<outer {
        for (k, i) in indices.enumerated() {
            let d = out.data + (o * inputShape[a] + i) * inner, s = g.data + (o * indices.count + k) * inner
            for j in 0..<inner { d[j] += s[j] }
        }
    }
    return out
}
