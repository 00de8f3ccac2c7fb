import PortableMath
// Elementwise functions with their autodiff records.
extension Tensor {
    /// Elementwise `e^x`.
    public func exp() throws -> Tensor {
        let y = mapUnary(self) { PortableMath.exp($0) }
        return Tensor.record1(y, .exp(output: y.detached()), self)
    }

    /// Elementwise natural logarithm.
    public func log() throws -> Tensor { Tensor.record1(mapUnary(self) { PortableMath.log($0) }, .log, self) }

    /// Elementwise square root.
    public func sqrt() throws -> Tensor {
        let y = mapUnary(self) { $0.squareRoot() }
        return Tensor.record1(y, .sqrt(output: y.detached()), self)
    }

    /// Elementwise absolute value (gradient `sign(x)`, 0 at 0).
    public func abs() throws -> Tensor { Tensor.record1(mapUnary(self) { Swift.abs($0) }, .abs, self) }

    /// `max(x, 0)`.
    public func relu() throws -> Tensor { Tensor.record1(mapElements(self, ReLUKernel()), .relu, self) }

    /// `x` for positive inputs, `slope·x` otherwise.
    public func leakyRelu(slope: Float = 0.01) throws -> Tensor {
        Tensor.record1(mapElements(self, LeakyReLUKernel(slope: slope)), .leakyRelu(slope), self)
    }

    /// Hyperbolic tangent.
    public func tanh() throws -> Tensor {
        let y = mapUnary(self) { PortableMath.tanh($0) }
        return Tensor.record1(y, .tanh(output: y.detached()), self)
    }

    /// Logistic sigmoid `1 / (1 + e^-x)`, computed without overflow.
    public func sigmoid() throws -> Tensor {
        let y = mapUnary(self) { PortableMath.sigmoid($0) }
        return Tensor.record1(y, .sigmoid(output: y.detached()), self)
    }

    /// Clamps each element into `[min, max]` (gradient 1 strictly inside, 0 outside).
    public func clamp(min lo: Float = -.infinity, max hi: Float = .infinity) throws -> Tensor {
        guard lo <= hi else { throw EngineError.invalidArgument(operation: "clamp", message: "min \(lo) > max \(hi)") }
        return Tensor.record1(mapUnary(self) { Swift.min(Swift.max($0, lo), hi) }, .clamp(lo, hi), self)
    }

    /// Stable `log(1 + e^x)`.
    public func softplus() throws -> Tensor {
        Tensor.record1(mapUnary(self) { x in softplusValue(Double(x)) }, .softplus, self)
    }

    /// Stable `log(sigmoid(x)) = -softplus(-x)`.
    public func logSigmoid() throws -> Tensor {
        Tensor.record1(mapUnary(self) { x in -softplusValue(-Double(x)) }, .logSigmoid, self)
    }

    // Constant masks used by backward rules (never recorded).
    func sign() -> Tensor { mapUnary(self) { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) } }
    func positiveMask() -> Tensor { mapUnary(self) { $0 > 0 ? 1 : 0 } }
    func leakyMask(_ slope: Float) -> Tensor { mapUnary(self) { $0 > 0 ? 1 : slope } }
    func insideMask(_ lo: Float, _ hi: Float) -> Tensor { mapUnary(self) { $0 >= lo && $0 <= hi ? 1 : 0 } }
}

/// `log(1 + eˣ)` in Double, rounded once to Float.
@inline(__always) func softplusValue(_ x: Double) -> Float {
    Float(Swift.max(x, 0) + PortableMath.log1p(PortableMath.exp(-Swift.abs(x))))
}
