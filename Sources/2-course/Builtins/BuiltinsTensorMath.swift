import CellScript
import ResourceBudget
import Foundation
import GANEngine
import PortableMath

extension Builtins {
    /// Arithmetic operators with broadcasting, activation functions, `matmul`, `concat` and `grad`.
    static func registerTensorMath(in r: BuiltinRegistrar) throws {
        try registerTensorOperators(r)
        try registerActivations(r)
        let t = BuiltinValues.tensorValue
        try r.function("matmul(_ a: Tensor, _ b: Tensor) -> Tensor", effect: .freshValue, doc: "Matrix product of two 2-D tensors.") { args, _ in
            t(try args.tensor(0).matmul(try args.tensor(1)))
        }
        try r.function("concat(_ tensors: [Tensor], axis: Int = 0) -> Tensor", effect: .freshValue, doc: "Joins tensors along an axis.") { args, _ in
            let parts = try args.array(0).enumerated().map { try BuiltinValues.tensor($0.element, "concat: element \($0.offset)") }
            guard !parts.isEmpty else { throw HostError("concat: needs at least one tensor, got 0") }
            return t(try Tensor.concat(parts, axis: try args.int(1, default: 0)))
        }
        try r.function("grad(_ y: Tensor, wrt x: Tensor, createGraph: Bool = false) -> Tensor", effect: .freshValue,
                       doc: "dy/dx without touching `.grad` (y summed if not scalar); `createGraph: true` allows a second derivative (gradient penalty).") { args, _ in
            let y = try args.tensor(0)
            let createGraph = args[2] == nil ? false : try args.bool(2)
            let wrt = try args.value(1)
            let inputs: [Tensor]
            if case .array(let items) = wrt {
                inputs = try items.enumerated().map { try BuiltinValues.tensor($0.element, "grad: wrt element \($0.offset)") }
            } else {
                inputs = [try BuiltinValues.tensor(wrt, "grad: wrt")]
            }
            let seed = y.count == 1 ? nil : try Tensor.ones(y.shape)
            let gradients = try Tensor.gradients(of: y, withRespectTo: inputs, seed: seed, createGraph: createGraph)
            if case .array = wrt { return .array(gradients.map(t)) }
            return t(gradients[0])
        }
    }

    private static func registerTensorOperators(_ r: BuiltinRegistrar) throws {
        let t = BuiltinValues.tensorValue
        let ops: [(String, String, (Tensor, Tensor) throws -> Tensor, (Tensor, Float) throws -> Tensor, (Float, Tensor) throws -> Tensor)] = [
            ("+", "Elementwise sum (broadcasting).", { try $0 + $1 }, { try $0 + $1 }, { try $0 + $1 }),
            ("-", "Elementwise difference (broadcasting).", { try $0 - $1 }, { try $0 - $1 }, { try $0 - $1 }),
            ("*", "Elementwise product (broadcasting).", { try $0 * $1 }, { try $0 * $1 }, { try $0 * $1 }),
            ("/", "Elementwise quotient (broadcasting).", { try $0 / $1 }, { try $0 / $1 }, { try $0 / $1 }),
        ]
        for (op, doc, tensors, tensorNumber, numberTensor) in ops {
            try r.infixOperator(op, lhs: "Tensor", rhs: "Tensor", doc: doc) { a, b, _ in
                let x = try BuiltinValues.tensor(a, op), y = try BuiltinValues.tensor(b, op)
                try checkElementwise(op, x, y)
                return t(try tensors(x, y))
            }
            try r.infixOperator(op, lhs: "Tensor", rhs: "Double", doc: doc) { a, b, _ in
                let x = try BuiltinValues.tensor(a, op)
                try checkElementwise(op, x)
                return t(try tensorNumber(x, Float(b.asDouble ?? .nan)))
            }
            try r.infixOperator(op, lhs: "Double", rhs: "Tensor", doc: doc) { a, b, _ in
                let y = try BuiltinValues.tensor(b, op)
                try checkElementwise(op, y)
                return t(try numberTensor(Float(a.asDouble ?? .nan), y))
            }
        }
        try r.prefixOperator("-", operand: "Tensor", doc: "Elementwise negation.") { a, _ in
            let x = try BuiltinValues.tensor(a, "-")
            try checkElementwise("-", x)
            return t(-x)
        }
    }

    /// `sigmoid`, `tanh`, `relu`, `softplus`: on a tensor elementwise (with gradients), on a
    /// number as the plain function.
    private static func registerActivations(_ r: BuiltinRegistrar) throws {
        let activations: [(String, String, (Tensor) throws -> Tensor, (Double) -> Double)] = [
            ("sigmoid", "Logistic function 1 / (1 + e⁻ˣ).", { try $0.sigmoid() }, { 1 / (1 + PortableMath.CorrectlyRounded.exp(-$0)) }),
            ("tanh", "Hyperbolic tangent.", { try $0.tanh() }, { PortableMath.tanh($0) }),
            ("relu", "max(x, 0).", { try $0.relu() }, { Swift.max($0, 0) }),
            ("softplus", "log(1 + eˣ).", { try $0.softplus() }, { $0 > 30 ? $0 : PortableMath.log1p(PortableMath.CorrectlyRounded.exp($0)) }),
        ]
        for (name, doc, onTensor, onNumber) in activations {
            try r.function("\(name)(_ x: Tensor) -> Tensor", doc: doc + " Elementwise on a Tensor; also takes a number.") { args, _ in
                let x = try args.value(0)
                if let d = x.asDouble { return .double(onNumber(d)) }
                let tensor = try BuiltinValues.tensor(x, "\(name): argument")
                try checkElementwise(name, tensor)
                return BuiltinValues.tensorValue(try onTensor(tensor))
            }
        }
    }

    /// An elementwise result is as large as its largest operand (broadcast shapes are checked by
    /// the engine): its bytes are checked against the cell's memory budget before the engine
    /// allocates it without a check of its own.
    static func checkElementwise(_ op: String, _ tensors: Tensor...) throws {
        guard let largest = tensors.max(by: { $0.count < $1.count }) else { return }
        try MemoryBudget.check(bytes: MemoryBudget.bytes(count: largest.count, stride: MemoryLayout<Float>.stride), "\(op) on \(largest.shape)")
    }
}
