import PortableMath
// Elementwise arithmetic with NumPy broadcasting. Operators throw on incompatible shapes:
// `let y = try a * b + c`.

extension Tensor {
    /// Elementwise sum with broadcasting.
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        record(try broadcastBinary(a, b, "add", AddKernel()), .add, [a, b])
    }

    /// Elementwise difference with broadcasting.
    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        record(try broadcastBinary(a, b, "sub", SubtractKernel()), .sub, [a, b])
    }

    /// Elementwise product with broadcasting.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        record(try broadcastBinary(a, b, "mul", MultiplyKernel()), .mul, [a, b])
    }

    /// Elementwise quotient with broadcasting.
    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        record(try broadcastBinary(a, b, "div", DivideKernel()), .div, [a, b])
    }

    /// Negation.
    public static prefix func - (a: Tensor) -> Tensor {
        record1(mapUnary(a) { -$0 }, .neg, a)
    }

    /// Adds a scalar to every element.
    public static func + (a: Tensor, s: Float) throws -> Tensor {
        record1(mapUnary(a) { $0 + s }, .addScalar, a)
    }

    /// Adds a scalar to every element.
    public static func + (s: Float, a: Tensor) throws -> Tensor { try a + s }

    /// Subtracts a scalar from every element.
    public static func - (a: Tensor, s: Float) throws -> Tensor { try a + (-s) }

    /// `s - a` elementwise.
    public static func - (s: Float, a: Tensor) throws -> Tensor { try (-a) + s }

    /// Multiplies every element by a scalar.
    public static func * (a: Tensor, s: Float) throws -> Tensor {
        record1(mapUnary(a) { $0 * s }, .mulScalar(s), a)
    }

    /// Multiplies every element by a scalar.
    public static func * (s: Float, a: Tensor) throws -> Tensor { try a * s }

    /// Divides every element by a scalar.
    public static func / (a: Tensor, s: Float) throws -> Tensor { try a * (1 / s) }

    /// `s / a` elementwise.
    public static func / (s: Float, a: Tensor) throws -> Tensor { try Tensor(scalar: s) / a }

    /// Elementwise power with a constant exponent.
    public func pow(_ exponent: Float) throws -> Tensor {
        if exponent == 2 { return Tensor.record1(mapUnary(self) { $0 * $0 }, .powScalar(2), self) }
        if exponent == 1 { return Tensor.record1(mapUnary(self) { $0 }, .powScalar(1), self) }
        return Tensor.record1(mapUnary(self) { PortableMath.pow($0, exponent) }, .powScalar(exponent), self)
    }

    /// Elementwise square.
    public func square() throws -> Tensor { try pow(2) }

    /// Elementwise maximum of two tensors (gradient goes to the larger; ties to `self`).
    public func maximum(_ other: Tensor) throws -> Tensor {
        try Tensor.where(try greaterEqual(other), self, other)
    }

    /// Elementwise minimum of two tensors (gradient goes to the smaller; ties to `self`).
    public func minimum(_ other: Tensor) throws -> Tensor {
        try Tensor.where(try lessEqual(other), self, other)
    }
}


