// 2-D convolution and transposed convolution: direct loops for few output channels, otherwise
// the engine's implicit GEMMs (ImplicitConvolution.swift; ImplicitScatter.swift where column
// rows are summed back into an image).
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
            return Tensor.record(out, .conv2d(g), inputs)
        }
        implicitConvolution(image: data, weight: weight.data, bias: bias?.data, g, into: out.data)
        return Tensor.record(out, .conv2d(g), inputs)
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
        _ = try checkedAllocation([g.batch, g.imageChannels, oh, ow], op)
        let out = Tensor.make([g.batch, g.imageChannels, oh, ow], g.batch * g.imageChannels * oh * ow)
        implicitScatter(weight: weight.data, grid: data, g, into: out.data)
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

/// Gradients of conv2d with respect to input, weight and bias: by the direct loops for few
/// output channels; otherwise the weight gradient by an implicit GEMM over the input's windows
/// and the input gradient by `col2im(Wᵀ · grad)` (`implicitScatter`).
func conv2dBackward(_ grad: Tensor, input: Tensor, weight: Tensor, bias: Tensor?,
                    geometry g: ConvGeometry, needs: [Bool]) throws -> [Tensor?] {
    let wantsInput = needs[0], wantsWeight = needs[1]
    let gw = wantsWeight ? Tensor.make(weight.shape, weight.count) : nil
    let gx = wantsInput ? Tensor.make(input.shape, input.count) : nil
    if g.usesDirectConvolution {
        directConv2dBackward(grad: grad.data, image: input.data, weight: weight.data, g,
                             inputGradient: gx?.data, weightGradient: gw?.data)
    } else {
        if let gw { implicitConvolutionWeightGradient(grid: grad.data, image: input.data, g, into: gw.data) }
        if let gx { implicitScatter(weight: weight.data, grid: grad.data, g, into: gx.data) }
    }
    var result: [Tensor?] = [gx, gw]
    if bias != nil {
        result.append(needs[2] ? channelSums(grad.data, batch: g.batch, channels: g.gridChannels, plane: g.gridH * g.gridW) : nil)
    }
    return result
}

/// Gradients of convTranspose2d with respect to input, weight and bias: both GEMMs are implicit
/// over the windows of the output gradient (the input gradient is a conv2d of it).
func convTranspose2dBackward(_ grad: Tensor, input: Tensor, weight: Tensor, bias: Tensor?,
                             geometry g: ConvGeometry, needs: [Bool]) throws -> [Tensor?] {
    var result: [Tensor?] = [nil, nil]
    if needs[0] {
        let gx = Tensor.make(input.shape, input.count)
        implicitConvolution(image: grad.data, weight: weight.data, bias: nil, g, into: gx.data)
        result[0] = gx
    }
    if needs[1] {
        let gw = Tensor.make(weight.shape, weight.count)
        implicitConvolutionWeightGradient(grid: input.data, image: grad.data, g, into: gw.data)
        result[1] = gw
    }
    if bias != nil {
        result.append(needs[2] ? channelSums(grad.data, batch: g.batch, channels: g.imageChannels, plane: g.imageH * g.imageW) : nil)
    }
    return result
}
