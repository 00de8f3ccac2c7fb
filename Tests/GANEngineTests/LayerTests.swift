import Testing
@testable import GANEngine

@Suite struct LayerTests {
    @Test func dcganShapesAndDescriptions() throws {
        var rng = SeededGenerator(seed: 1)
        let g = Sequential([
            try Linear(100, 128 * 7 * 7, using: &rng), try BatchNorm1d(128 * 7 * 7), ReLU(), Reshape([128, 7, 7]),
            try ConvTranspose2d(128, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), ReLU(),
            try ConvTranspose2d(64, 1, kernelSize: 4, stride: 2, padding: 1, using: &rng), Tanh(),
        ])
        let d = Sequential([
            try Conv2d(1, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), LeakyReLU(0.2),
            try Conv2d(64, 128, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(128), LeakyReLU(0.2),
            Flatten(), try Linear(128 * 7 * 7, 1, using: &rng), Sigmoid(),
        ])
        Initializer.dcgan(g, using: &rng)
        let z = try Tensor.randn([2, 100], using: &rng)
        let img = try g(z)
        #expect(img.shape == [2, 1, 28, 28])
        #expect(try d(img).shape == [2, 1])
        #expect(g.layers[4].layerDescription == "ConvTranspose2d(128→64, k4, s2, p1)")
        #expect(d.layers[0].layerDescription == "Conv2d(1→64, k4, s2, p1)")
        #expect(g.layers[0].layerDescription == "Linear(100→6272)")
        // G: 633,472 + 12,544 + 131,136 + 128 + 1,025; D: 1,088 + 131,200 + 256 + 6,273 (as PyTorch counts them).
        #expect(g.parameterCount == 778_305)
        #expect(d.parameterCount == 138_817)
        #expect(g.namedParameters().first?.0 == "0.weight")
        #expect(g.namedBuffers().map(\.0).contains("1.running_mean"))
        let w = try Tensor(shape: [g.layers[4].namedParameters()[0].1.count], values: g.layers[4].namedParameters()[0].1.values)
        #expect(Swift.abs(try w.std().item() - 0.02) < 0.002)
    }

    @Test func convMatchesDirectLoop() throws {
        let x = try random([2, 3, 6, 5], seed: 1), w = try random([4, 3, 3, 3], seed: 2), b = try random([4], seed: 3)
        let y = try x.conv2d(weight: w, bias: b, stride: 2, padding: 1)
        #expect(y.shape == [2, 4, 3, 3])
        for n in 0..<2 { for o in 0..<4 { for i in 0..<3 { for j in 0..<3 {
            var acc = b.data[o]
            for c in 0..<3 { for ki in 0..<3 { for kj in 0..<3 {
                let ih = i * 2 - 1 + ki, iw = j * 2 - 1 + kj
                if ih >= 0 && ih < 6 && iw >= 0 && iw < 5 { acc += try x.value(at: [n, c, ih, iw]) * w.value(at: [o, c, ki, kj]) }
            } } }
            #expect(Swift.abs(try y.value(at: [n, o, i, j]) - acc) < 1e-4)
        } } } }
    }

    /// A large batch takes the parallel im2col/col2im path; each sample alone takes the serial one.
    @Test func batchedConvolutionsMatchPerSampleResults() throws {
        let x = try random([16, 8, 16, 16], seed: 4).requiringGradient()
        let w = try random([8, 8, 4, 4], seed: 5).requiringGradient()
        let y = try x.conv2d(weight: w, bias: nil, stride: 2, padding: 1)
        let t = try y.convTranspose2d(weight: w, bias: nil, stride: 2, padding: 1)
        try t.square().sum().backward()
        let batchedGrad = x.grad?.values ?? []
        for i in [0, 7, 15] {
            let xi = try x.detached().slice(axis: 0, start: i, length: 1).requiringGradient()
            let ti = try xi.conv2d(weight: w, bias: nil, stride: 2, padding: 1).convTranspose2d(weight: w, bias: nil, stride: 2, padding: 1)
            expectClose(ti.values, try t.detached().slice(axis: 0, start: i, length: 1).values, rtol: 1e-4, atol: 1e-4)
            try ti.square().sum().backward()
            let per = 8 * 16 * 16
            expectClose(xi.grad?.values ?? [], Array(batchedGrad[(i * per)..<((i + 1) * per)]), rtol: 1e-4, atol: 1e-3)
        }
    }

    /// One-sample chunks of `implicitScatter` (conv input gradient, conv-transpose forward) give
    /// bitwise the same values and gradients as the default chunks.
    @Test func chunkedConvolutionMatchesSingleChunk() throws {
        func run() throws -> [[Float]] {
            let x = try random([5, 3, 6, 6], seed: 8).requiringGradient()
            let w = try random([4, 3, 4, 4], seed: 9).requiringGradient(), b = try random([4], seed: 10).requiringGradient()
            let y = try x.conv2d(weight: w, bias: b, stride: 2, padding: 1)
            let t = try y.convTranspose2d(weight: w, bias: nil, stride: 2, padding: 1)
            try (y.square().sum() + t.square().sum()).backward()
            return [y.values, t.values, x.grad?.values ?? [], w.grad?.values ?? [], b.grad?.values ?? []]
        }
        let whole = try run()
        let saved = scatterColumnTarget
        scatterColumnTarget = 1
        let chunked = try run()
        scatterColumnTarget = saved
        for (a, b) in zip(chunked, whole) { #expect(a == b) }
    }

    @Test func invalidLayerArgumentsThrow() throws {
        var rng = SeededGenerator(seed: 1)
        #expect(throws: EngineError.self) { try Linear(0, 3, using: &rng) }
        #expect(throws: EngineError.self) { try Conv2d(0, 3, kernelSize: 3, using: &rng) }
        #expect(throws: EngineError.self) { try ConvTranspose2d(2, 3, kernelSize: 3, stride: 2, outputPadding: 2, using: &rng) }
        let conv = try Conv2d(1, 2, kernelSize: 5, using: &rng)
        let e = #expect(throws: EngineError.self) { try conv(Tensor.zeros([1, 1, 3, 3])) }
        #expect(e?.description.contains("kernel 5×5 is larger than the padded input 3×3") == true)
        #expect(throws: EngineError.self) { try conv(Tensor.zeros([1, 2, 8, 8])) }
        let fc = try Linear(4, 2, using: &rng)
        #expect(throws: EngineError.self) { try fc(Tensor.zeros([3, 5])) }
        #expect(throws: EngineError.self) { try BatchNorm2d(3)(Tensor.zeros([2, 3])) }
        #expect(throws: EngineError.self) { try Dropout(1) }
    }

    @Test func batchNormRunningStatsAndEval() throws {
        let bn = try BatchNorm1d(2)
        let x = try tensor([4, 2], [1, 10, 2, 20, 3, 30, 4, 40])
        let y = try bn(x)
        expectClose(try y.mean(axis: 0).values, [0, 0], atol: 1e-5)
        expectClose(bn.runningMean.values, [0.25, 2.5])
        expectClose(bn.runningVar.values, [0.9 + 0.1 * (5.0 / 3), 0.9 + 0.1 * (500.0 / 3)])
        bn.eval()
        let before = bn.runningMean.values
        let ye = try bn(x)
        #expect(bn.runningMean.values == before)
        expectClose(ye.values[0...0].map { $0 }, [(1 - 0.25) / (bn.runningVar.values[0] + 1e-5).squareRoot()])
    }

    @Test func dropoutTrainAndEval() throws {
        let drop = try Dropout(0.5, seed: 3)
        let x = try Tensor.ones([1000])
        let y = try drop(x)
        let zeros = y.values.filter { $0 == 0 }.count
        #expect(zeros > 400 && zeros < 600)
        #expect(y.values.allSatisfy { $0 == 0 || $0 == 2 })
        drop.eval()
        #expect(try drop(x).values == x.values)
    }

    @Test func trainEvalPropagatesThroughSequential() throws {
        let bn = try BatchNorm2d(3)
        let net = Sequential([Sequential([bn]), ReLU()])
        net.eval()
        #expect(!bn.isTraining)
        net.train()
        #expect(bn.isTraining)
    }
}
