import Foundation
import Testing
@testable import GANEngine

/// Compares the engine with PyTorch results stored in Fixtures/torch_reference.json
/// (schema: Tests/Reference/README.md).
@Suite struct TorchParityTests {
    struct TensorJSON: Decodable { let shape: [Int]; let data: [Float] }
    struct Config: Decodable {
        let layer: String?, op: String?, loss: String?, optimizer: String?
        let in_features: Int?, out_features: Int?, bias: Bool?, train: Bool?
        let in_channels: Int?, out_channels: Int?, kernel_size: Int?, stride: Int?, padding: Int?, output_padding: Int?
        let num_features: Int?, momentum: Float?, eps: Float?, negative_slope: Float?
        let axes: [Int]?, keepdim: Bool?
        let lr: Float?, betas: [Float]?, weight_decay: Float?, alpha: Float?, nesterov: Bool?
    }
    struct Step: Decodable { let grad: TensorJSON; let param_after: TensorJSON; let state_after: [String: TensorJSON] }
    struct Case: Decodable {
        let name: String, kind: String, config: Config
        let inputs: [String: TensorJSON]?, parameters: [String: TensorJSON]?
        let output: TensorJSON?, upstream: TensorJSON?, grads: [String: TensorJSON]?
        let buffers_before: [String: TensorJSON]?, buffers_after: [String: TensorJSON]?
        let intermediates: [String: TensorJSON]?
        let steps: [Step]?
    }
    struct Fixture: Decodable { let cases: [Case] }

    static func load() throws -> [Case] {
        guard let url = Bundle.module.url(forResource: "torch_reference", withExtension: "json", subdirectory: "Fixtures") else {
            throw EngineError.invalidArgument(operation: "fixture", message: "torch_reference.json not found in the test bundle")
        }
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).cases
    }

    func make(_ t: TensorJSON, grad: Bool = false) throws -> Tensor { try tensor(t.shape, t.data, grad: grad) }

    func check(_ got: Tensor?, _ want: TensorJSON?, _ what: String, rtol: Float = 1e-4) {
        // A key the engine has but the fixture lacks is a failure: a renamed parameter or buffer
        // must not turn its comparison into a silent pass.
        guard let want else { Issue.record("\(what): no expected value in torch_reference.json"); return }
        guard let got else { Issue.record("\(what): missing"); return }
        #expect(got.shape == want.shape, "\(what): shape \(got.shape) vs \(want.shape)")
        expectClose(got.values, want.data, rtol: rtol, atol: 1e-5, what)
    }

    /// Builds the engine counterpart of a layer case with the fixture's parameters copied in.
    func layer(_ c: Case) throws -> any Module {
        var rng = SeededGenerator(seed: 0)
        let k = c.config
        let module: any Module
        switch k.layer ?? "" {
        case "Linear": module = try Linear(k.in_features ?? 0, k.out_features ?? 0, bias: k.bias ?? true, using: &rng)
        case "Conv2d":
            module = try Conv2d(k.in_channels ?? 0, k.out_channels ?? 0, kernelSize: k.kernel_size ?? 0, stride: k.stride ?? 1,
                                padding: k.padding ?? 0, using: &rng)
        case "ConvTranspose2d":
            module = try ConvTranspose2d(k.in_channels ?? 0, k.out_channels ?? 0, kernelSize: k.kernel_size ?? 0, stride: k.stride ?? 1,
                                         padding: k.padding ?? 0, outputPadding: k.output_padding ?? 0, using: &rng)
        case "BatchNorm1d": module = try BatchNorm1d(k.num_features ?? 0, momentum: k.momentum ?? 0.1, epsilon: k.eps ?? 1e-5)
        case "BatchNorm2d": module = try BatchNorm2d(k.num_features ?? 0, momentum: k.momentum ?? 0.1, epsilon: k.eps ?? 1e-5)
        case "ReLU": module = ReLU()
        case "LeakyReLU": module = LeakyReLU(k.negative_slope ?? 0.01)
        case "Tanh": module = Tanh()
        case "Sigmoid": module = Sigmoid()
        default: throw EngineError.invalidArgument(operation: "parity", message: "unknown layer \(k.layer ?? "nil")")
        }
        module.isTraining = k.train ?? true
        for (name, p) in module.namedParameters() { if let v = c.parameters?[name] { try p.assign(values: v.data) } }
        for (name, b) in module.namedBuffers() { if let v = c.buffers_before?[name] { try b.assign(values: v.data) } }
        return module
    }

    @Test func fixtureCoversEveryKind() throws {
        let kinds = Dictionary(grouping: try Self.load(), by: \.kind).mapValues(\.count)
        #expect(kinds["layer"] == 13 && kinds["loss"] == 5 && kinds["op"] == 14)
        #expect(kinds["optimizer"] == 5 && kinds["gradient_penalty"] == 1)
    }

    @Test func layers() throws {
        for c in try Self.load() where c.kind == "layer" {
            let module = try layer(c)
            guard let xj = c.inputs?["x"] else { Issue.record("\(c.name): no input"); continue }
            let x = try make(xj, grad: true)
            let y = try module(x)
            check(y, c.output, "\(c.name) output")
            if let up = c.upstream { try (y * make(up)).sum().backward() }
            check(x.grad, c.grads?["x"], "\(c.name) grad x")
            for (name, p) in module.namedParameters() { check(p.grad, c.grads?[name], "\(c.name) grad \(name)") }
            for (name, b) in module.namedBuffers() { check(b, c.buffers_after?[name], "\(c.name) buffer \(name)") }
        }
    }

    @Test func lossesAndOps() throws {
        for c in try Self.load() where c.kind == "loss" || c.kind == "op" {
            var inputs: [String: Tensor] = [:]
            for (n, v) in c.inputs ?? [:] { inputs[n] = try make(v, grad: true) }
            func input(_ n: String) throws -> Tensor {
                guard let t = inputs[n] else { throw EngineError.invalidArgument(operation: c.name, message: "missing input \(n)") }
                return t
            }
            let out: Tensor
            switch c.config.loss ?? c.config.op ?? "" {
            case "BCELoss": out = try Loss.binaryCrossEntropy(input("input"), targets: input("target").detached())
            case "BCEWithLogitsLoss": out = try Loss.binaryCrossEntropyWithLogits(input("input"), targets: input("target").detached())
            case "MSELoss": out = try Loss.meanSquaredError(input("input"), targets: input("target"))
            case "L1Loss": out = try Loss.l1(input("input"), targets: input("target"))
            case "GaussianKL": out = try Loss.gaussianKL(mean: input("mu"), logVariance: input("logvar"))
            case "add": out = try input("a") + input("b")
            case "sub": out = try input("a") - input("b")
            case "mul": out = try input("a") * input("b")
            case "div": out = try input("a") / input("b")
            case "matmul": out = try input("a").matmul(input("b"))
            case "softplus": out = try input("x").softplus()
            case "exp": out = try input("x").exp()
            case "log": out = try input("x").log()
            case "logsumexp": out = try input("x").logsumexp(axis: c.config.axes?.first ?? 0, keepingDims: c.config.keepdim ?? false)
            case "sum": out = try input("x").sum(axes: c.config.axes, keepingDims: c.config.keepdim ?? false)
            case "mean": out = try input("x").mean(axes: c.config.axes, keepingDims: c.config.keepdim ?? false)
            default: Issue.record("\(c.name): unknown op"); continue
            }
            check(out, c.output, "\(c.name) output")
            if let up = c.upstream { try (out * make(up)).sum().backward() }
            for (n, g) in c.grads ?? [:] { check(inputs[n]?.grad, g, "\(c.name) grad \(n)") }
        }
    }

    @Test func optimizers() throws {
        for c in try Self.load() where c.kind == "optimizer" {
            guard let p0 = c.parameters?["p"], let steps = c.steps else { Issue.record("\(c.name): malformed"); continue }
            let p = try make(p0, grad: true)
            let k = c.config
            let opt: any Optimizer
            switch k.optimizer ?? "" {
            case "Adam":
                opt = try Adam(parameters: [p], learningRate: k.lr ?? 0, beta1: k.betas?[0] ?? 0.9, beta2: k.betas?[1] ?? 0.999,
                               epsilon: k.eps ?? 1e-8, weightDecay: k.weight_decay ?? 0)
            case "RMSprop": opt = try RMSProp(parameters: [p], learningRate: k.lr ?? 0, alpha: k.alpha ?? 0.99, epsilon: k.eps ?? 1e-8)
            case "SGD":
                opt = try SGD(parameters: [p], learningRate: k.lr ?? 0, momentum: k.momentum ?? 0, nesterov: k.nesterov ?? false)
            default: Issue.record("\(c.name): unknown optimizer \(k.optimizer ?? "nil")"); continue
            }
            for (i, s) in steps.enumerated() {
                p.grad = try make(s.grad)
                try opt.step()
                check(p, s.param_after, "\(c.name) step \(i + 1) param", rtol: 1e-5)
                var state: [String: Tensor] = [:]
                for (n, t) in opt.namedState() where n.hasPrefix("0.") { state[String(n.dropFirst(2))] = t }
                for (n, want) in s.state_after { check(state[n], want, "\(c.name) step \(i + 1) \(n)", rtol: 1e-5) }
            }
        }
    }

    @Test func gradientPenalty() throws {
        for c in try Self.load() where c.kind == "gradient_penalty" {
            var rng = SeededGenerator(seed: 0)
            let critic = Sequential([try Linear(2, 8, using: &rng), LeakyReLU(0.2), try Linear(8, 8, using: &rng), Tanh(),
                                     try Linear(8, 1, using: &rng)])
            for (name, p) in critic.namedParameters() { if let v = c.parameters?[name] { try p.assign(values: v.data) } }
            guard let xj = c.inputs?["xhat"] else { Issue.record("no xhat"); continue }
            let xhat = try make(xj, grad: true)
            let d = try critic(xhat)
            check(d, c.intermediates?["critic_output"], "critic output")
            let g = try Tensor.gradients(of: d.sum(), withRespectTo: [xhat], createGraph: true)[0]
            check(g, c.intermediates?["grad_xhat"], "grad xhat")
            let norm = try g.square().sum(axis: 1).sqrt()
            check(norm, c.intermediates?["grad_norm"], "grad norm")
            let penalty = try (norm - 1).square().mean()
            check(penalty, c.output, "penalty")
            try penalty.backward()
            check(xhat.grad, c.grads?["xhat"], "d penalty / d xhat", rtol: 1e-3)
            for (name, p) in critic.namedParameters() {
                check(p.grad ?? Tensor.zeros(like: p), c.grads?[name], "d penalty / d \(name)", rtol: 1e-3)
            }
        }
    }
}
