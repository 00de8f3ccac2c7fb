extension Tensor {
    /// Tensor of zeros.
    public static func zeros(_ shape: [Int]) throws -> Tensor { try filled(shape, 0, "zeros") }

    /// Tensor of ones.
    public static func ones(_ shape: [Int]) throws -> Tensor { try filled(shape, 1, "ones") }

    /// Tensor with every element equal to `value`.
    public static func full(_ shape: [Int], value: Float) throws -> Tensor { try filled(shape, value, "full") }

    private static func filled(_ shape: [Int], _ value: Float, _ operation: String) throws -> Tensor {
        let n = try checkedAllocation(shape, operation)
        return Tensor(shape: shape, count: n, storage: Storage(count: n, repeating: value))
    }

    /// Zeros with the shape of `other`.
    public static func zeros(like other: Tensor) -> Tensor {
        Tensor(shape: other.shape, count: other.count, storage: Storage(count: other.count, repeating: 0))
    }

    /// 1-D tensor `start, start+step, …` below `end` (like `torch.arange`).
    public static func arange(_ start: Float = 0, _ end: Float, step: Float = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw EngineError.invalidArgument(operation: "arange", message: "start \(start), end \(end), step \(step) must be finite with step != 0")
        }
        let n = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        let t = try uninitialized([n], "arange")
        for i in 0..<n { t.data[i] = start + Float(i) * step }
        return t
    }

    /// Standard-normal samples `N(0, 1)` drawn from `generator`.
    public static func randn(_ shape: [Int], using generator: inout SeededGenerator) throws -> Tensor {
        let t = try uninitialized(shape, "randn")
        for i in 0..<t.count { t.data[i] = Float(generator.normal()) }
        return t
    }

    /// Normal samples `N(mean, std²)`.
    public static func randn(_ shape: [Int], mean: Float, std: Float, using generator: inout SeededGenerator) throws -> Tensor {
        let t = try uninitialized(shape, "randn")
        for i in 0..<t.count { t.data[i] = mean + std * Float(generator.normal()) }
        return t
    }

    /// Uniform samples in `[low, high)`.
    public static func rand(_ shape: [Int], low: Float = 0, high: Float = 1, using generator: inout SeededGenerator) throws -> Tensor {
        let t = try uninitialized(shape, "rand")
        let span = high - low
        for i in 0..<t.count { t.data[i] = low + span * generator.uniform() }
        return t
    }

    /// Identity matrix `n × n`.
    public static func eye(_ n: Int) throws -> Tensor {
        let t = try zeros([n, n])
        for i in 0..<n { t.data[i * n + i] = 1 }
        return t
    }
}
