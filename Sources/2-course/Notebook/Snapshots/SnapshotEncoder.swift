import Builtins
import CellScript
import Foundation
import Distributions
import GANEngine

/// A top-level name and its value, as a snapshot stores it.
struct SnapshotBinding {
    var name: String
    var isLet: Bool
    var value: Value
}

/// Serialises CellScript values with the host objects they reach — tensors, models (structure,
/// parameters, buffers, train/eval flags, dropout streams), optimizers with their state, digit
/// sets — into bytes that `SnapshotDecoder` turns back into equal values.
///
/// Objects are written once each, before the first value that refers to them, so that sharing
/// survives: an optimizer and the model whose parameters it updates still share those tensors
/// after decoding. Values without a snapshot form (functions, figures, progress bars) throw
/// `SnapshotError.unsnapshottable`.
struct SnapshotEncoder {
    enum ValueTag: UInt8 { case void, none, bool, int, double, string, array, dictionary, tuple, range, type, symbol, object, structure, enumCase, set, fixedInt }
    enum ObjectTag: UInt8 { case tensor = 1, module, moduleBox, optimizerBox, digitsBox, doubleRange, tensorBox, distributionBox, ringBox }

    private(set) var objects = SnapshotWriter()
    /// The cell types (structs, enums) the values written since the last reset hold: restoring
    /// them needs those types declared first.
    var typesReached: Set<String> = []
    private(set) var objectCount = 0
    private var indices: [ObjectIdentifier: Int] = [:]

    /// How deeply arrays, tuples, dictionaries and symbols may nest in a snapshot: writing and
    /// reading recurse per level, on whatever thread the notebook uses (8 MB stacks or less).
    static let maximumNesting = 1000
    private var nesting = 0

    /// Appends `value` to `out`, adding the objects it reaches to the object table.
    mutating func write(_ value: Value, to out: inout SnapshotWriter) throws {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting else {
            throw SnapshotError.unsnapshottable(typeName: "deeply nested (over \(Self.maximumNesting) levels)")
        }
        switch value {
        case .void: out.u8(ValueTag.void.rawValue)
        case .nil: out.u8(ValueTag.none.rawValue)
        case .bool(let b): out.u8(ValueTag.bool.rawValue); out.bool(b)
        case .int(let i): out.u8(ValueTag.int.rawValue); out.i64(i)
        case .double(let d): out.u8(ValueTag.double.rawValue); out.f64(d)
        case .fixedInt(let x): out.u8(ValueTag.fixedInt.rawValue); out.u8(x.kind.rawValue); out.i64(Int(bitPattern: UInt(x.bits)))
        case .string(let s): out.u8(ValueTag.string.rawValue); out.string(s)
        case .array(let items), .tuple(let items):
            if case .array = value { out.u8(ValueTag.array.rawValue) } else { out.u8(ValueTag.tuple.rawValue) }
            out.u32(items.count)
            for item in items { try write(item, to: &out) }
        case .dictionary(let dictionary):
            out.u8(ValueTag.dictionary.rawValue)
            out.u32(dictionary.count)
            for (key, item) in zip(dictionary.keys, dictionary.values) {
                try write(key, to: &out)
                try write(item, to: &out)
            }
        case .range(let range):
            out.u8(ValueTag.range.rawValue)
            out.i64(range.lowerBound); out.i64(range.upperBound); out.bool(range.isClosed)
        case .type(let name): out.u8(ValueTag.type.rawValue); out.string(name)
        case .symbol(let symbol):
            out.u8(ValueTag.symbol.rawValue)
            out.string(symbol.name)
            out.u32(symbol.arguments.count)
            for argument in symbol.arguments { try write(argument, to: &out) }
            out.u32(symbol.labels.count)
            for label in symbol.labels { out.bool(label != nil); out.string(label ?? "") }
        case .function:
            throw SnapshotError.unsnapshottable(typeName: "function")
        case .structure, .enumCase:
            try writeParts(of: value, to: &out)
        case .object where value.snapshotParts != nil:
            try writeParts(of: value, to: &out)
        case .object(let object):
            out.u8(ValueTag.object.rawValue)
            out.u32(try index(of: object))
        }
    }

    /// A struct or enum value (by its type's name: restoring declares the type first) or a Set.
    private mutating func writeParts(of value: Value, to out: inout SnapshotWriter) throws {
        switch value.snapshotParts {
        case .structure(let typeName, let fields)?:
            out.u8(ValueTag.structure.rawValue)
            out.string(typeName)
            typesReached.insert(typeName)
            out.u32(fields.count)
            for field in fields { try write(field, to: &out) }
        case .enumCase(let typeName, let caseIndex, let payload)?:
            out.u8(ValueTag.enumCase.rawValue)
            out.string(typeName)
            typesReached.insert(typeName)
            out.u32(caseIndex)
            out.u32(payload.count)
            for item in payload { try write(item, to: &out) }
        case .set(let members)?:
            out.u8(ValueTag.set.rawValue)
            out.u32(members.count)
            for member in members { try write(member, to: &out) }
        case nil:
            throw SnapshotError.unsnapshottable(typeName: value.typeName)
        }
    }

    private mutating func index(of object: any HostObject) throws -> Int {
        if let known = indices[ObjectIdentifier(object)] { return known }
        if let range = object as? DoubleRange {
            return append(range, .doubleRange) { $0.f64(range.lowerBound); $0.f64(range.upperBound); $0.bool(range.isClosed) }
        }
        switch HostValue(object) {
        case .tensor(let tensor)?:
            let tensorIndex = try index(of: tensor)
            return append(object, .tensorBox) { $0.u32(tensorIndex) }
        case .module(let module, let typeName)?:
            let moduleIndex = try index(of: module)
            return append(object, .moduleBox) { $0.string(typeName); $0.u32(moduleIndex) }
        case .optimizer(let optimizer, let typeName)?:
            return try optimizerBox(object, optimizer, typeName: typeName)
        case .digits(let split)?:
            return append(object, .digitsBox) { $0.string(split) }
        case .distribution(let distribution, let typeName)?:
            var record = SnapshotWriter()
            try DistributionRecord.write(distribution, to: &record)
            return append(object, .distributionBox) { $0.string(typeName); $0.append(record.bytes) }
        case .ring(let ring)?:
            return append(object, .ringBox) { $0.i64(ring.modes); $0.f64(ring.radius); $0.f64(ring.std) }
        case nil:
            throw SnapshotError.unsnapshottable(typeName: object.typeName)
        }
    }

    private mutating func index(of tensor: Tensor) throws -> Int {
        if let known = indices[ObjectIdentifier(tensor)] { return known }
        // A tensor that carries a gradient graph would lose it; its cell runs again instead.
        guard tensor.isLeaf else { throw SnapshotError.unsnapshottable(typeName: "Tensor with a gradient graph") }
        return append(tensor, .tensor) { Self.writeTensor(tensor, to: &$0) }
    }

    static func writeTensor(_ tensor: Tensor, to out: inout SnapshotWriter) {
        out.u32(tensor.rank)
        for dimension in tensor.shape { out.i64(dimension) }
        out.bool(tensor.requiresGrad)
        out.floats(tensor.values)
    }

    private mutating func index(of module: any Module) throws -> Int {
        if let known = indices[ObjectIdentifier(module)] { return known }
        let children = try module.children.map { try index(of: $0.1) }
        let parameters = try ownTensors(module.namedParameters(), of: module)
        let buffers = try ownTensors(module.namedBuffers(), of: module)
        let description = try ModuleRecord.describe(module)
        return append(module, .module) { out in
            description.write(to: &out)
            out.bool(module.isTraining)
            out.u32(children.count)
            for child in children { out.u32(child) }
            for list in [parameters, buffers] {
                out.u32(list.count)
                for (name, tensor) in list { out.string(name); out.u32(tensor) }
            }
        }
    }

    /// A module's own tensors (not its children's), as object indices.
    private mutating func ownTensors(_ named: [(String, Tensor)], of module: any Module) throws -> [(String, Int)] {
        let inherited = Set(module.children.flatMap { child in
            (child.1.namedParameters() + child.1.namedBuffers()).map { ObjectIdentifier($0.1) }
        })
        return try named.filter { !inherited.contains(ObjectIdentifier($0.1)) }.map { ($0.0, try index(of: $0.1)) }
    }

    private mutating func optimizerBox(_ box: any HostObject, _ optimizer: any Optimizer, typeName: String) throws -> Int {
        let parameters = try optimizer.parameters.map { try index(of: $0) }
        let description = try OptimizerRecord.describe(optimizer)
        let state = optimizer.namedState()
        return append(box, .optimizerBox) { out in
            out.string(typeName)
            description.write(to: &out)
            out.u32(parameters.count)
            for parameter in parameters { out.u32(parameter) }
            out.u32(state.count)
            for (name, tensor) in state { out.string(name); Self.writeTensor(tensor, to: &out) }
        }
    }

    private mutating func append(_ object: AnyObject, _ tag: ObjectTag, _ body: (inout SnapshotWriter) -> Void) -> Int {
        objects.u8(tag.rawValue)
        body(&objects)
        let index = objectCount
        objectCount += 1
        indices[ObjectIdentifier(object)] = index
        return index
    }
}
