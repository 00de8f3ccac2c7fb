// 2-D convolution and transposed convolution via im2col/col2im + one batched GEMM.
extension Tensor {
    /// Convolution of `self` `[B, Cin, H, W]` with `weight` `[Cout, Cin, kH, kW]` (PyTorch layout),
    /// optional `bias` `[Cout]`; output `[B, Cout, (H+2p-kH)/s+1, (W+2p-kW)/s+1]`.
    public func conv2d(weight: Tensor, bias: Tensor?, stride: Int = 1, padding: Int = 0) throws -> Tensor {
        let op = "conv2d"
        guard rank == 4, weight.rank == 4, shape[1] == weight.shape[1] else {
            throw EngineError.incompatibleShapes(operation: op, shapes: [shape, weight.shape], detail: "input [B, Cin, H, W], weight [Cout, Cin, kH, kW]")
        }
        try validateConvArgs(op, stride: stride, padding: padding, channels: [shape[1], weight.shape[0]])
        let (kh, kw) = (weight.shape[2], weight.shape[3])
        guard shape[2] + 2 * padding >= kh, shape[3] + 2 * padding >= kw else {
            throw EngineError.invalidArgument(operation: op, message: "kernel \(kh)×\(kw) is larger than the padded input \(shape[2] + 2 * padding)×\(shape[3] + 2 * padding)")
        }
        if let bias, bias.shape != [weight.shape[0]] {
            throw EngineError.incompatibleShapes(operation: "conv2d bias", shapes: [weight.shape, bias.shape])
        }
        let g = ConvGeometry(batch: shape[0], imageChannels: shape[1], imageH: shape[2], imageW: shape[3],
                             gridChannels: weight.shape[0], gridH: (shape[2] + 2 * padding - kh) / stride + 1,
                             gridW: (shape[3] + 2 * padding - kw) / stride + 1,
                             kernelH: kh, kernelW: kw, stride: stride, padding: padding)
        let out = try Tensor.uninitialized([g.batch, g.gridChannels, g.gridH, g.gridW], op)
        let inputs = bias.map { [self, weight, $0] } ?? [self, weight]
        if g.usesDirectConvolution {
            directConv2d(image: data, weight: weight.data, bias: bias?.data, g, into: out.data)
            return Tensor.record(out, .conv2d(g, columns: nil), inputs)
        }
        let plane = g.gridH * g.gridW
        // Training keeps the whole column matrix for the weight gradient (one im2col per step, not two).
        let keep = weight.requiresGrad && GradMode.isEnabled && g.columnRows * g.columnCount <= convolutionKeptColumnsLimit
        let chunks = BatchChunks(batch: g.batch, target: chunkSize(g))
        let workers = Swift.min(EngineThreads.parallelWidth, chunks.count), chunk = chunks.largest
        let cols = keep ? Tensor.make([g.columnRows, g.columnCount], g.columnRows * g.columnCount) : nil
        // Per worker: a column block (unless the whole matrix is kept) and a GEMM output block.
        let scratch = (0..<workers).map { _ in
            (keep ? nil : Tensor.make([g.columnRows, chunk * plane], g.columnRows * chunk * plane),
             Tensor.make([g.gridChannels, chunk * plane], g.gridChannels * chunk * plane))
        }
        let serial = workers <= 1
        distributeChunks(chunks.count) { index, worker in
            let b0 = chunks.start(index)
            var part = g
            part.batch = chunks.size(index)
            // Kept columns are written block by block into the whole matrix; the GEMM reads each block while it is in cache.
            let block = cols.map { $0.data + b0 * plane } ?? scratch[worker].0!.data
            let rowStride = keep ? g.columnCount : part.columnCount
            let grid = scratch[worker].1
            im2col(data + b0 * g.imageChannels * g.imageH * g.imageW, part, block, rowStride: rowStride, parallel: serial)
            sgemm(false, false, m: g.gridChannels, n: part.columnCount, k: g.columnRows, weight.data, block, grid.data,
                  ldb: rowStride, splittable: serial)
            swapLeadingAxes(grid.data, a: g.gridChannels, b: part.batch, inner: plane,
                            out.data + b0 * g.gridChannels * plane, bias: bias?.data)
        }
        return Tensor.record(out, .conv2d(g, columns: cols), inputs)
    }

    /// Transposed convolution of `self` `[B, Cin, H, W]` with `weight` `[Cin, Cout, kH, kW]` (PyTorch
    /// layout); output side `(H-1)·s - 2p + kH + outputPadding`.
    public func convTranspose2d(weight: Tensor, bias: Tensor?, stride: Int = 1, padding: Int = 0,
                                outputPadding: Int = 0) throws -> Tensor {
        let op = "convTranspose2d"
        guard rank == 4, weight.rank == 4, shape[1] == weight.shape[0] else {
            throw EngineError.incompatibleShapes(operation: op, shapes: [shape, weight.shape], detail: "input [B, Cin, H, W], weight [Cin, Cout, kH, kW]")
        }
        try validateConvArgs(op, stride: stride, padding: padding, channels: [shape[1], weight.shape[1]])
        guard outputPadding >= 0, outputPadding < stride else {
            throw EngineError.invalidArgument(operation: op, message: "output padding \(outputPadding) must be in 0..<stride (\(stride))")
        }
        let (kh, kw) = (weight.shape[2], weight.shape[3])
        let oh = (shape[2] - 1) * stride - 2 * padding + kh + outputPadding
        let ow = (shape[3] - 1) * stride - 2 * padding + kw + outputPadding
        guard oh > 0, ow > 0 else {
            throw EngineError.invalidArgument(operation: op, message: "output size \(oh)×\(ow) is not positive (input \(shape), kernel \(kh)×\(kw), padding \(padding))")
        }
        if let bias, bias.shape != [weight.shape[1]] {
            throw EngineError.incompatibleShapes(operation: "convTranspose2d bias", shapes: [weight.shape, bias.shape])
        }
        let g = ConvGeometry(batch: shape[0], imageChannels: weight.shape[1], imageH: oh, imageW: ow,
                             gridChannels: shape[1], gridH: shape[2], gridW: shape[3],
                             kernelH: kh, kernelW: kw, stride: stride, padding: padding)
        _ = try checkedElementCount([g.batch, g.imageChannels, oh, ow], op)
        let xt = try Tensor.uninitialized([g.gridChannels, g.columnCount], op)
        swapLeadingAxes(data, a: g.batch, b: g.gridChannels, inner: g.gridH * g.gridW, xt.data)
        let out = Tensor.make([g.batch, g.imageChannels, oh, ow], g.batch * g.imageChannels * oh * ow)
        scatterColumns(weight: weight.data, gridT: xt.data, g, into: out.data)
        if let bias {
            let plane = oh * ow
            for b in 0..<g.batch {
                for c in 0..<g.imageChannels {
                    let p = out.data + (b * g.imageChannels + c) * plane, v = bias.data[c]
                    for i in 0..<plane { p[i] += v }
                }
            }
        }
        let inputs = bias.map { [self, weight, $0] } ?? [self, weight]
        return Tensor.record(out, .convTranspose2d(g), inputs)
    }
}

private func validateConvArgs(_ op: String, stride: Int, padding: Int, channels: [Int]) throws {
    guard stride >= 1 else { throw EngineError.invalidArgument(operation: op, message: "stride \(stride) must be at least 1") }
    guard padding >= 0 else { throw EngineError.invalidArgument(operation: op, message: "padding \(padding) must be non-negative") }
    guard channels.allSatisfy({ $0 > 0 }) else {
        throw EngineError.invalidArgument(operation: op, message: "channel counts \(channels) must be positive")
    }
}

/// Per-channel sum of `[B, C, H·W]` into `[C]`.
private func channelSums(_ p: UnsafeMutablePointer<Float>, batch: Int, channels: Int, plane: Int) -> Tensor {
    let out = Tensor(shape: [channels], count: channels, storage: Storage(count: channels, repeating: 0))
    forEachRange(channels, work: batch * channels * plane, minimumWork: 1 << 16) { range in
        for b in 0..<batch {
            for c in range {
                out.data[c] += sumFloats(p + (b * channels + c) * plane, plane)
            }
        }
    }
    return out
}

/// Samples per im2col chunk: keeps the column buffer near 2 MB so it stays in cache between
/// im2col, GEMM and col2im (at least one sample, at most the batch).
func chunkSize(_ g: ConvGeometry) -> Int {
    let perSample = Swift.max(1, g.columnRows * g.gridH * g.gridW * 4)
    return Swift.max(1, Swift.min(g.batch, convolutionChunkBytes / perSample))
}

/// Target size of one im2col chunk in bytes (results do not depend on it; tests shrink it).
nonisolated(unsafe) var convolutionChunkBytes = 2 << 20

/// Largest column matrix (in floats) a recorded conv2d keeps for its backward pass (64 MB);
/// larger ones are rebuilt chunk by chunk (results do not depend on it; tests lower it).
nonisolated(unsafe) var convolutionKeptColumnsLimit = 16 << 20

/// Gradients of conv2d with respect to input, weight and bias: by the direct loops for few
/// output channels, else from the forward pass's `columns` when it kept them, otherwise by
/// rebuilding them chunk by chunk.
func conv2dBackward(_ grad: Tensor, input: Tensor, weight: Tensor, bias: Tensor?,
                    geometry g: ConvGeometry, columns: Tensor?, needs: [Bool]) throws -> [Tensor?] {
    let wantsInput = needs[0], wantsWeight = needs[1]
    var result: [Tensor?]
    if g.usesDirectConvolution {
        let gw = wantsWeight ? Tensor.make(weight.shape, weight.count) : nil
        let gx = wantsInput ? Tensor.make(input.shape, input.count) : nil
        directConv2dBackward(grad: grad.data, image: input.data, weight: weight.data, g,
                             inputGradient: gx?.data, weightGradient: gw?.data)
        result = [gx, gw]
    } else if let columns {
        result = conv2dBackward(grad, input: input, weight: weight, geometry: g, columns: columns,
                                wantsInput: wantsInput, wantsWeight: wantsWeight)
    } else {
        result = conv2dBackwardInChunks(grad, input: input, weight: weight, geometry: g,
                                        wantsInput: wantsInput, wantsWeight: wantsWeight)
    }
    if bias != nil {
        result.append(needs[2] ? channelSums(grad.data, batch: g.batch, channels: g.gridChannels, plane: g.gridH * g.gridW) : nil)
    }
    return result
}

/// Input and weight gradients of conv2d, rebuilding the forward pass's columns chunk by chunk.
private func conv2dBackwardInChunks(_ grad: Tensor, input: Tensor, weight: Tensor, geometry g: ConvGeometry,
                                    wantsInput: Bool, wantsWeight: Bool) -> [Tensor?] {
    let plane = g.gridH * g.gridW, imageSize = g.imageChannels * g.imageH * g.imageW
    let chunk = chunkSize(g)
    let gt = Tensor.make([g.gridChannels, chunk * plane], g.gridChannels * chunk * plane)
    let cols = Tensor.make([g.columnRows, chunk * plane], g.columnRows * chunk * plane)
    let gw = wantsWeight ? Tensor.make(weight.shape, weight.count) : nil
    let gx = wantsInput ? Tensor.make(input.shape, input.count) : nil
    for b0 in Swift.stride(from: 0, to: g.batch, by: chunk) {
        var part = g
        part.batch = Swift.min(chunk, g.batch - b0)
        swapLeadingAxes(grad.data + b0 * g.gridChannels * plane, a: part.batch, b: g.gridChannels, inner: plane, gt.data)
        if let gw {
            im2col(input.data + b0 * imageSize, part, cols.data)
            sgemm(false, true, m: g.gridChannels, n: g.columnRows, k: part.columnCount, gt.data, cols.data, gw.data,
                  beta: b0 == 0 ? 0 : 1)
        }
        if let gx {
            sgemm(true, false, m: g.columnRows, n: part.columnCount, k: g.gridChannels, weight.data, gt.data, cols.data)
            col2im(cols.data, part, gx.data + b0 * imageSize)
        }
    }
    return [gx, gw]
}

/// Input and weight gradients of conv2d from the whole column matrix of the forward pass.
private func conv2dBackward(_ grad: Tensor, input: Tensor, weight: Tensor, geometry g: ConvGeometry,
                            columns: Tensor, wantsInput: Bool, wantsWeight: Bool) -> [Tensor?] {
    let plane = g.gridH * g.gridW
    let gt = Tensor.make([g.gridChannels, g.columnCount], g.gridChannels * g.columnCount)
    swapLeadingAxes(grad.data, a: g.batch, b: g.gridChannels, inner: plane, gt.data)
    var gw: Tensor?, gx: Tensor?
    if wantsWeight {
        let w = Tensor.make(weight.shape, weight.count)
        sgemm(false, true, m: g.gridChannels, n: g.columnRows, k: g.columnCount, gt.data, columns.data, w.data)
        gw = w
    }
    if wantsInput {
        let x = Tensor.make(input.shape, input.count)
        scatterColumns(weight: weight.data, gridT: gt.data, g, into: x.data)
        gx = x
    }
    return [gx, gw]
}

/// `image = col2im(Wᵀ · gridT)` for `W` `[gridChannels, columnRows]` and `gridT`
/// `[gridChannels, B·OH·OW]`, in batch blocks whose columns fit in a core's L2 cache, so col2im
/// reads them while they are still there.
func scatterColumns(weight: UnsafeMutablePointer<Float>, gridT: UnsafeMutablePointer<Float>, _ g: ConvGeometry,
                    into image: UnsafeMutablePointer<Float>) {
    let plane = g.gridH * g.gridW, imageSize = g.imageChannels * g.imageH * g.imageW
    let chunks = BatchChunks(batch: g.batch, target: scatterChunkSize(g))
    let workers = Swift.min(EngineThreads.parallelWidth, chunks.count), serial = workers <= 1, chunk = chunks.largest
    let scratch = (0..<workers).map { _ in Tensor.make([g.columnRows, chunk * plane], g.columnRows * chunk * plane) }
    // Each sample's image depends only on its own columns, so workers take whole chunks.
    distributeChunks(chunks.count) { index, worker in
        let b0 = chunks.start(index)
        var part = g
        part.batch = chunks.size(index)
        let cols = scratch[worker]
        sgemm(true, false, m: g.columnRows, n: part.columnCount, k: g.gridChannels, weight, gridT + b0 * plane, cols.data,
              ldb: g.columnCount, splittable: serial)
        col2im(cols.data, part, image + b0 * imageSize, parallel: serial)
    }
}

/// Target size in bytes of the column block `scatterColumns` computes at a time.
nonisolated(unsafe) var scatterChunkBytes = 1 << 20

/// Samples per column block of `scatterColumns` and `convTranspose2dBackward` (at least one).
func scatterChunkSize(_ g: ConvGeometry) -> Int {
    Swift.max(1, Swift.min(g.batch, scatterChunkBytes / Swift.max(1, g.columnRows * g.gridH * g.gridW * 4)))
}

/// Gradients of convTranspose2d with respect to input, weight and bias. The gradient's columns
/// are built in L2-sized batch blocks; on one thread both GEMMs use each block while it is in
/// cache, on several the blocks are built in parallel first (the weight gradient's sums keep
/// the same order either way).
func convTranspose2dBackward(_ grad: Tensor, input: Tensor, weight: Tensor, bias: Tensor?,
                             geometry g: ConvGeometry, needs: [Bool]) throws -> [Tensor?] {
    let plane = g.gridH * g.gridW, imageSize = g.imageChannels * g.imageH * g.imageW
    let chunk = scatterChunkSize(g)
    let gxt = needs[0] ? Tensor.make([g.gridChannels, g.columnCount], input.count) : nil
    let gw = needs[1] ? Tensor.make(weight.shape, weight.count) : nil
    let xt = needs[1] ? Tensor.make([g.gridChannels, g.columnCount], input.count) : nil
    if let xt { swapLeadingAxes(input.data, a: g.batch, b: g.gridChannels, inner: plane, xt.data) }
    let chunks = (g.batch + chunk - 1) / chunk
    let workers = Swift.min(EngineThreads.parallelWidth, chunks)
    if workers > 1, g.columnRows * g.columnCount <= convolutionKeptColumnsLimit {
        // Two passes keep every sum in the single-thread order. 1: each thread builds whole
        // chunks of the gradient's columns and their input-gradient columns (disjoint writes;
        // balanced chunks, as no sum crosses a chunk). 2: the weight gradient adds the
        // single-thread chunks up in order, each GEMM split across the threads.
        let all = Tensor.make([g.columnRows, g.columnCount], g.columnRows * g.columnCount)
        let balanced = BatchChunks(batch: g.batch, target: chunk)
        distributeChunks(balanced.count) { index, _ in
            let b0 = balanced.start(index)
            var part = g
            part.batch = balanced.size(index)
            let block = all.data + b0 * plane
            im2col(grad.data + b0 * imageSize, part, block, rowStride: g.columnCount, parallel: false)
            if let gxt {
                sgemm(false, false, m: g.gridChannels, n: part.columnCount, k: g.columnRows, weight.data, block,
                      gxt.data + b0 * plane, ldb: g.columnCount, ldc: g.columnCount, splittable: false)
            }
        }
        if let gw, let xt {
            for b0 in Swift.stride(from: 0, to: g.batch, by: chunk) {
                let count = Swift.min(chunk, g.batch - b0) * plane
                sgemm(false, true, m: g.gridChannels, n: g.columnRows, k: count, xt.data + b0 * plane, all.data + b0 * plane,
                      gw.data, beta: b0 == 0 ? 0 : 1, lda: g.columnCount, ldb: g.columnCount)
            }
        }
    } else {
        let dcols = Tensor.make([g.columnRows, chunk * plane], g.columnRows * chunk * plane)
        for b0 in Swift.stride(from: 0, to: g.batch, by: chunk) {
            var part = g
            part.batch = Swift.min(chunk, g.batch - b0)
            im2col(grad.data + b0 * imageSize, part, dcols.data)
            if let gxt {
                sgemm(false, false, m: g.gridChannels, n: part.columnCount, k: g.columnRows, weight.data, dcols.data,
                      gxt.data + b0 * plane, ldc: g.columnCount)
            }
            if let gw, let xt {
                sgemm(false, true, m: g.gridChannels, n: g.columnRows, k: part.columnCount, xt.data + b0 * plane, dcols.data,
                      gw.data, beta: b0 == 0 ? 0 : 1, lda: g.columnCount)
            }
        }
    }
    var result: [Tensor?] = [nil, gw]
    if let gxt {
        let gx = Tensor.make(input.shape, input.count)
        swapLeadingAxes(gxt.data, a: g.gridChannels, b: g.batch, inner: plane, gx.data)
        result[0] = gx
    }
    if bias != nil {
        result.append(needs[2] ? channelSums(grad.data, batch: g.batch, channels: g.imageChannels, plane: g.imageH * g.imageW) : nil)
    }
    return result
}
