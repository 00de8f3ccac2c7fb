import Foundation
import Testing
@testable import GANEngine

@Suite struct OptimizerAndCheckpointTests {
    @Test func sgdStepsByHand() throws {
        let p = try tensor([2], [1, -1], grad: true)
        let opt = try SGD(parameters: [p], learningRate: 0.1, momentum: 0.5, weightDecay: 0.1)
        p.grad = try tensor([2], [1, 1])
        try opt.step()
        expectClose(p.values, [1 - 0.1 * 1.1, -1 - 0.1 * 0.9])
        opt.zeroGrad()
        #expect(p.grad == nil)
        try opt.step()   // no gradient: unchanged
        expectClose(p.values, [0.89, -1.09])
    }

    @Test func weightClipping() throws {
        var rng = SeededGenerator(seed: 2)
        let critic = try Linear(3, 4, using: &rng)
        try critic.weight.assign(values: (0..<12).map { Float($0) - 6 })
        try clipParameters(of: critic, to: 0.01)
        #expect(critic.parameters.allSatisfy { $0.values.allSatisfy { Swift.abs($0) <= 0.01 } })
        #expect(throws: EngineError.self) { try clipParameters(of: critic, to: -1) }
    }

    @Test func saveLoadRoundTripWithOptimizerState() throws {
        var rng = SeededGenerator(seed: 5)
        let net = Sequential([try Linear(3, 4, using: &rng), try BatchNorm1d(4), ReLU(), try Linear(4, 1, using: &rng)])
        let opt = try Adam(parameters: net.parameters, learningRate: 0.01)
        let x = try Tensor.randn([8, 3], using: &rng)
        try net(x).square().mean().backward()
        try opt.step()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ganengine-\(UUID().uuidString).ckpt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Checkpoint.save(module: net, optimizer: opt, to: url)

        var rng2 = SeededGenerator(seed: 99)
        let copy = Sequential([try Linear(3, 4, using: &rng2), try BatchNorm1d(4), ReLU(), try Linear(4, 1, using: &rng2)])
        let opt2 = try Adam(parameters: copy.parameters, learningRate: 0.01)
        try Checkpoint.load(into: copy, optimizer: opt2, from: url)
        for ((n1, a), (_, b)) in zip(net.namedParameters() + net.namedBuffers(), copy.namedParameters() + copy.namedBuffers()) {
            #expect(a.values == b.values, "\(n1)")
        }
        // Identical next steps prove the optimizer state came back too.
        for (model, o) in [(net, opt), (copy, opt2)] {
            model.zeroGrad()
            try model(x).square().mean().backward()
            try o.step()
        }
        #expect(net.parameters.map(\.values) == copy.parameters.map(\.values))
    }

    @Test func corruptedOrForeignFilesThrow() throws {
        let t = try tensor([2], [1, 2])
        let bytes = Checkpoint.encode([("w", t)])
        #expect(try Checkpoint.decode(bytes)[0].1.values == [1, 2])
        #expect(throws: EngineError.self) { try Checkpoint.decode(Array(bytes.dropLast(3))) }
        var flipped = bytes; flipped[20] ^= 1
        #expect(throws: EngineError.self) { try Checkpoint.decode(flipped) }
        #expect(throws: EngineError.self) { try Checkpoint.decode(Array("PNG not a checkpoint at all".utf8)) }
        var rng = SeededGenerator(seed: 1)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ganengine-\(UUID().uuidString).ckpt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Checkpoint.save(module: try Linear(2, 2, using: &rng), to: url)
        let e = #expect(throws: EngineError.self) { try Checkpoint.load(into: try Linear(3, 2, using: &rng), from: url) }
        #expect(e?.description.contains("shape [2, 2], model expects [2, 3]") == true)
        #expect(throws: EngineError.self) { try Checkpoint.load(from: url.appendingPathExtension("missing")) }
    }
}
