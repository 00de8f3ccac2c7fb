import CellScript
import Foundation
import GANEngine

/// Conversions between CellScript values and the Swift types of the engine, distributions and
/// figures, with error messages naming the builtin and the argument.
enum BuiltinValues {
    /// The numbers of an array, a range or a tensor (flattened), as Doubles.
    static func doubles(_ value: Value, _ what: String) throws -> [Double] {
        switch value {
        case .array(let items):
            return try items.enumerated().map { index, item in
                guard let d = item.asDouble else {
                    throw HostError("\(what) must hold numbers, but element \(index) is \(item.typeName)")
                }
                return d
            }
        case .range(let r): return (r.lowerBound..<r.upperBound).map(Double.init)
        case .object(let object as TensorObject): return object.tensor.values.map(Double.init)
        default: throw HostError("\(what) must be [Double] or a Tensor, got \(value.typeName)")
        }
    }

    /// Integers of an array (e.g. a shape).
    static func ints(_ value: Value, _ what: String) throws -> [Int] {
        switch value {
        case .array(let items):
            return try items.enumerated().map { index, item in
                guard case .int(let i) = item else { throw HostError("\(what) must hold Ints, but element \(index) is \(item.typeName)") }
                return i
            }
        case .int(let i): return [i]
        default: throw HostError("\(what) must be [Int], got \(value.typeName)")
        }
    }

    /// A tensor argument.
    static func tensor(_ value: Value, _ what: String) throws -> Tensor {
        guard case .object(let object as TensorObject) = value else {
            throw HostError("\(what) must be a Tensor, got \(value.typeName)")
        }
        return object.tensor
    }

    /// A tensor, or a number / nested array of numbers turned into one.
    static func tensorLike(_ value: Value, _ what: String) throws -> Tensor {
        if case .object(let object as TensorObject) = value { return object.tensor }
        if let d = value.asDouble { return Tensor(scalar: Float(d)) }
        if case .array = value {
            let (shape, values) = try nested(value, what)
            return try Tensor(shape: shape, values: values)
        }
        throw HostError("\(what) must be a Tensor or numbers, got \(value.typeName)")
    }

    /// Shape and row-major values of a (possibly nested) rectangular array of numbers.
    static func nested(_ value: Value, _ what: String) throws -> ([Int], [Float]) {
        if let d = value.asDouble { return ([], [Float(d)]) }
        guard case .array(let items) = value else { throw HostError("\(what) must hold numbers, got \(value.typeName)") }
        guard let first = items.first else { return ([0], []) }
        if first.asDouble != nil {
            let flat = try items.enumerated().map { index, item -> Float in
                guard let d = item.asDouble else { throw HostError("\(what) is not rectangular: element \(index) is \(item.typeName), not a number") }
                return Float(d)
            }
            return ([items.count], flat)
        }
        let (innerShape, firstValues) = try nested(first, what)
        var values = firstValues
        for (index, item) in items.enumerated().dropFirst() {
            let (shape, more) = try nested(item, what)
            guard shape == innerShape else {
                throw HostError("\(what) is not rectangular: element 0 has shape \(innerShape) but element \(index) has \(shape)")
            }
            values += more
        }
        return ([items.count] + innerShape, values)
    }

    /// A `[[Double]]` matrix (rows).
    static func matrix(_ value: Value, _ what: String) throws -> [[Double]] {
        if case .object(let object as TensorObject) = value, object.tensor.rank == 2 {
            let t = object.tensor, columns = t.shape[1]
            let flat = t.values.map(Double.init)
            return (0..<t.shape[0]).map { Array(flat[($0 * columns)..<(($0 + 1) * columns)]) }
        }
        guard case .array(let rows) = value else { throw HostError("\(what) must be [[Double]], got \(value.typeName)") }
        return try rows.enumerated().map { try doubles($0.element, "\(what) row \($0.offset)") }
    }

    /// An optional string argument (nil when absent or `nil`).
    static func optionalString(_ value: Value?) throws -> String? {
        switch value {
        case nil, .nil?: return nil
        case .string(let s)?: return s
        case let other?: throw HostError("expected a String, got \(other.typeName)")
        }
    }

    static func tensorValue(_ tensor: Tensor) -> Value { .object(TensorObject(tensor)) }

    static func doublesValue(_ values: [Double]) -> Value { .array(values.map { .double($0) }) }

    /// A compact number for previews: 4 significant digits.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), Swift.abs(x) < 1e6 { return String(Int(x)) }
        return String(format: "%.4g", x)
    }
}

extension Arguments {
    /// Parameter `index` as a tensor.
    func tensor(_ index: Int) throws -> Tensor {
        try BuiltinValues.tensor(try value(index), "\(signature.name): argument \(index + 1)")
    }

    /// Parameter `index` as numbers ([Double], range or tensor).
    func numbers(_ index: Int) throws -> [Double] {
        try BuiltinValues.doubles(try value(index), "\(signature.name): argument '\(signature.parameters[index].name)'")
    }

    /// An optional String parameter.
    func optionalString(_ index: Int) throws -> String? {
        do { return try BuiltinValues.optionalString(self[index]) } catch let error as HostError {
            throw HostError("\(signature.name): argument '\(signature.parameters[index].name)': \(error.message)")
        }
    }

    /// The symbol name of an implicit-member argument such as `.dashed`, nil when absent.
    func symbolName(_ index: Int) throws -> String? {
        switch self[index] {
        case nil, .nil?: return nil
        case .symbol(let symbol)?: return symbol.name
        case .string(let s)?: return s
        case let other?:
            throw HostError("\(signature.name): argument '\(signature.parameters[index].name)' must be a member such as .dashed, got \(other.typeName)")
        }
    }
}

/// Printing a host object (`print(t)`, `"\(model)"`) shows its text display.
protocol TextDisplayable: Displayable, CustomStringConvertible {}

extension TextDisplayable {
    var description: String {
        if case .text(let text)? = try? rendered() { return text }
        return typeName
    }
}

extension TensorObject: TextDisplayable {}
extension ModuleObject: TextDisplayable {}
extension OptimizerObject: TextDisplayable {}
extension DistributionObject: TextDisplayable {}
extension RingObject: TextDisplayable {}
extension DigitsObject: TextDisplayable {}
