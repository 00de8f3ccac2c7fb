import Testing
@testable import GANEngine

@Suite struct WeightAverageTests {
    private func network(seed: UInt64) throws -> Sequential {
        var rng = SeededGenerator(seed: seed)
        return Sequential([try Linear(2, 3, using: &rng), try BatchNorm1d(3), ReLU(), try Linear(3, 1, using: &rng)])
    }

    @Test func copyStateMakesTheSameFunction() throws {
        let source = try network(seed: 1), target = try network(seed: 2)
        var rng = SeededGenerator(seed: 3)
        let x = try Tensor.randn([5, 2], using: &rng)
        _ = try source(x)   // moves the running statistics away from their start
        try target.copyState(from: source)
        source.eval(); target.eval()
        #expect(try target(x).values == source(x).values)
        // A copy, not a shared tensor: changing the source leaves the target alone.
        try source.parameters[0].assign(values: [Float](repeating: 7, count: 6))
        #expect(target.parameters[0].values != source.parameters[0].values)
    }

    @Test func moveAverageMixesParametersAndStatistics() throws {
        let source = try network(seed: 1), average = try network(seed: 2)
        var rng = SeededGenerator(seed: 3)
        _ = try source(try Tensor.randn([5, 2], using: &rng))
        let before = (average.namedParameters() + average.namedBuffers()).map(\.1.values)
        try average.moveAverage(toward: source, decay: 0.75)
        let target = (source.namedParameters() + source.namedBuffers()).map(\.1.values)
        let after = (average.namedParameters() + average.namedBuffers()).map(\.1.values)
        for k in before.indices {
            expectClose(after[k], zip(before[k], target[k]).map { 0.75 * $0 + 0.25 * $1 }, "tensor \(k)")
        }
        // decay 0 is a copy; the averaged weights carry no gradient history.
        try average.moveAverage(toward: source, decay: 0)
        #expect((average.namedParameters() + average.namedBuffers()).map(\.1.values) == target)
        #expect(average.parameters.allSatisfy { $0.grad == nil })
    }

    @Test func badArgumentsThrowWithTheirReason() throws {
        let source = try network(seed: 1)
        var rng = SeededGenerator(seed: 4)
        let other = Sequential([try Linear(2, 4, using: &rng), try BatchNorm1d(4), ReLU(), try Linear(4, 1, using: &rng)])
        let shorter = Sequential([try Linear(2, 3, using: &rng)])
        #expect(throws: EngineError.self) { try other.copyState(from: source) }        // shapes differ
        #expect(throws: EngineError.self) { try shorter.moveAverage(toward: source, decay: 0.9) }   // layers differ
        #expect(throws: EngineError.self) { try source.moveAverage(toward: source, decay: 0.9) }    // itself
        for decay: Float in [-0.1, 1.5, .nan] {
            #expect(throws: EngineError.self) { try other.moveAverage(toward: other, decay: decay) }
        }
        do {
            try other.copyState(from: source)
            Issue.record("expected an error")
        } catch let error as EngineError {
            #expect("\(error)".contains("copyState 0.weight"), "\(error)")
        }
    }
}
