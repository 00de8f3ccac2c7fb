// Comparisons produce constant 0/1 masks (not differentiable); `where` selects with gradients.
extension Tensor {
    /// 1 where `self > other`, else 0 (broadcasting).
    public func greater(_ other: Tensor) throws -> Tensor { try broadcastBinary(self, other, "greater") { $0 > $1 ? 1 : 0 } }
    /// 1 where `self >= other`, else 0.
    public func greaterEqual(_ other: Tensor) throws -> Tensor { try broadcastBinary(self, other, "greaterEqual") { $0 >= $1 ? 1 : 0 } }
    /// 1 where `self < other`, else 0.
    public func less(_ other: Tensor) throws -> Tensor { try broadcastBinary(self, other, "less") { $0 < $1 ? 1 : 0 } }
    /// 1 where `self <= other`, else 0.
    public func lessEqual(_ other: Tensor) throws -> Tensor { try broadcastBinary(self, other, "lessEqual") { $0 <= $1 ? 1 : 0 } }
    /// 1 where `self == other`, else 0.
    public func equal(_ other: Tensor) throws -> Tensor { try broadcastBinary(self, other, "equal") { $0 == $1 ? 1 : 0 } }
    /// 1 where `self > value`, else 0.
    public func greater(_ value: Float) -> Tensor { mapUnary(self) { $0 > value ? 1 : 0 } }
    /// 1 where `self < value`, else 0.
    public func less(_ value: Float) -> Tensor { mapUnary(self) { $0 < value ? 1 : 0 } }

    /// Elementwise choice: `a` where `condition` is non-zero, `b` elsewhere (all broadcast together).
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try broadcastShape(try broadcastShape(condition.shape, a.shape, "where"), b.shape, "where")
        let mask = try condition.broadcastValues(to: shape).map01()
        let ab = try a.broadcastValues(to: shape), bb = try b.broadcastValues(to: shape)
        let out = Tensor.make(shape, mask.count)
        for i in 0..<out.count { out.data[i] = mask.data[i] != 0 ? ab.data[i] : bb.data[i] }
        return record(out, .select(mask: mask), [a, b])
    }

    /// 1 for non-zero elements, else 0.
    func map01() -> Tensor { mapUnary(self) { $0 != 0 ? 1 : 0 } }

    /// Whether every element is finite.
    public var isFinite: Bool {
        for i in 0..<count where !data[i].isFinite { return false }
        return true
    }

    /// Throws `EngineError.nonFinite` if any element is NaN or infinite (use on losses).
    /// - Parameter step: training step reported in the message.
    public func checkFinite(step: Int? = nil, name: String = "loss") throws {
        for i in 0..<count where !data[i].isFinite {
            throw EngineError.nonFinite(what: name, step: step, value: data[i])
        }
    }
}
