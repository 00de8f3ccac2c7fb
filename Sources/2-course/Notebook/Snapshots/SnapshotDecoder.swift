import Builtins
import CellScript
import Distributions
import GANEngine

/// Turns what `SnapshotEncoder` wrote back into values with fresh host objects.
///
/// Objects are first read as records, then built: models before everything else, so that a
/// tensor shared by a model and an optimizer (or a `G.parameters` array) becomes the model's own
/// tensor, as it was when the snapshot was taken.
struct SnapshotDecoder {
    private typealias Tag = SnapshotEncoder.ObjectTag
    private typealias ValueTag = SnapshotEncoder.ValueTag

    private struct TensorRecord { var shape: [Int]; var requiresGrad: Bool; var offset: Int }
    private enum Record {
        case tensor(TensorRecord)
        case module(ModuleRecord, training: Bool, children: [Int], parameters: [(String, Int)], buffers: [(String, Int)])
        case moduleBox(typeName: String, module: Int)
        case optimizerBox(typeName: String, OptimizerRecord, parameters: [Int], state: [(String, TensorRecord)])
        case digitsBox(split: String)
        case doubleRange(Double, Double, closed: Bool)
        case tensorBox(tensor: Int)
        case distributionBox(typeName: String, any Distribution1D)
        case ringBox(GaussianRing)
    }

    private var reader: SnapshotReader
    private let context: BuiltinContext
    private var records: [Record] = []
    private var tensors: [Int: Tensor] = [:]
    private var modules: [Int: any Module] = [:]
    private var boxes: [Int: any HostObject] = [:]
    /// Makes struct, enum and Set values from their parts (the interpreter that receives them,
    /// which must have declared their types); nil when the values read hold none.
    var makeValue: ((SnapshotParts) throws -> Value)?

    /// Reads `count` object records starting at the reader's position.
    init(reader: SnapshotReader, objectCount: Int, context: BuiltinContext) throws {
        self.reader = reader
        self.context = context
        for _ in 0..<objectCount { records.append(try readRecord()) }
        try buildModules()
    }

    private var nesting = 0

    /// The reader, positioned after the object table.
    var remaining: SnapshotReader { reader }

    mutating func value(from input: inout SnapshotReader) throws -> Value {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= SnapshotEncoder.maximumNesting else { throw SnapshotError.malformed("values nested too deeply") }
        guard let tag = ValueTag(rawValue: try input.u8()) else { throw SnapshotError.malformed("unknown value tag") }
        switch tag {
        case .void: return .void
        case .none: return .nil
        case .bool: return .bool(try input.bool())
        case .int: return .int(try input.i64())
        case .double: return .double(try input.f64())
        case .fixedInt:
            // A sized integer (UInt8, Int64, …): its kind and its 64-bit pattern, exact.
            guard let kind = IntegerKind(rawValue: try input.u8()),
                  let x = FixedWidthInt(storedKind: kind, bits: UInt64(UInt(bitPattern: try input.i64()))) else {
                throw SnapshotError.malformed("invalid sized integer")
            }
            return .fixedInt(x)
        case .string: return .string(try input.string())
        case .array, .tuple:
            let count = try input.u32()
            var items: [Value] = []
            items.reserveCapacity(min(count, 1 << 20))
            for _ in 0..<count { items.append(try value(from: &input)) }
            return tag == .array ? .array(items) : .tuple(items)
        case .dictionary:
            var dictionary = DictionaryValue()
            for _ in 0..<(try input.u32()) {
                let key = try value(from: &input)
                _ = dictionary.set(key, try value(from: &input))
            }
            return .dictionary(dictionary)
        case .range:
            return .range(IntRange(stored: try input.i64(), try input.i64(), isClosed: try input.bool()))
        case .type: return .type(try input.string())
        case .symbol:
            let name = try input.string()
            let arguments = try (0..<(try input.u32())).map { _ in try value(from: &input) }
            let labels: [String?] = try (0..<(try input.u32())).map { _ in
                let present = try input.bool()
                let label = try input.string()
                return present ? label : nil
            }
            return .symbol(Symbol(name: name, arguments: arguments, labels: labels))
        case .object:
            return .object(try box(try input.u32()))
        case .structure:
            let typeName = try input.string()
            let fields = try (0..<(try input.u32())).map { _ in try value(from: &input) }
            return try make(.structure(typeName: typeName, fields: fields))
        case .enumCase:
            let typeName = try input.string()
            let caseIndex = try input.u32()
            let payload = try (0..<(try input.u32())).map { _ in try value(from: &input) }
            return try make(.enumCase(typeName: typeName, caseIndex: caseIndex, payload: payload))
        case .set:
            return try make(.set(try (0..<(try input.u32())).map { _ in try value(from: &input) }))
        }
    }

    private func make(_ parts: SnapshotParts) throws -> Value {
        guard let makeValue else { throw SnapshotError.malformed("a struct, enum or Set value without an interpreter to make it") }
        do {
            return try makeValue(parts)
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError.malformed("cannot restore a value: \(error)")
        }
    }

    // MARK: Records

    private mutating func readRecord() throws -> Record {
        guard let tag = Tag(rawValue: try reader.u8()) else { throw SnapshotError.malformed("unknown object tag") }
        switch tag {
        case .tensor: return .tensor(try readTensor())
        case .module:
            let description = try ModuleRecord.read(from: &reader)
            let training = try reader.bool()
            let children = try (0..<(try reader.u32())).map { _ in try reference() }
            let parameters = try (0..<(try reader.u32())).map { _ in (try reader.string(), try reference()) }
            let buffers = try (0..<(try reader.u32())).map { _ in (try reader.string(), try reference()) }
            return .module(description, training: training, children: children, parameters: parameters, buffers: buffers)
        case .moduleBox: return .moduleBox(typeName: try reader.string(), module: try reference())
        case .optimizerBox:
            let typeName = try reader.string()
            let description = try OptimizerRecord.read(from: &reader)
            let parameters = try (0..<(try reader.u32())).map { _ in try reference() }
            let state = try (0..<(try reader.u32())).map { _ in (try reader.string(), try readTensor()) }
            return .optimizerBox(typeName: typeName, description, parameters: parameters, state: state)
        case .digitsBox: return .digitsBox(split: try reader.string())
        case .doubleRange: return .doubleRange(try reader.f64(), try reader.f64(), closed: try reader.bool())
        case .tensorBox: return .tensorBox(tensor: try reference())
        case .distributionBox: return .distributionBox(typeName: try reader.string(), try DistributionRecord.read(from: &reader))
        case .ringBox:
            do {
                return .ringBox(try GaussianRing(modes: try reader.i64(), radius: try reader.f64(), std: try reader.f64()))
            } catch let error as DistributionError {
                throw SnapshotError.malformed("stored ring: \(error)")
            }
        }
    }

    /// An index of an earlier object.
    private mutating func reference() throws -> Int {
        let index = try reader.u32()
        guard index < records.count else { throw SnapshotError.malformed("object \(index) referenced before it is defined") }
        return index
    }

    private mutating func readTensor() throws -> TensorRecord {
        let rank = try reader.u32()
        guard rank <= 16 else { throw SnapshotError.malformed("tensor of rank \(rank)") }
        let shape = try (0..<rank).map { _ in try reader.i64() }
        guard shape.allSatisfy({ $0 >= 0 && $0 <= Int(Int32.max) }) else { throw SnapshotError.malformed("tensor shape \(shape)") }
        let requiresGrad = try reader.bool()
        let record = TensorRecord(shape: shape, requiresGrad: requiresGrad, offset: reader.offset)
        let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard count < Int(Int32.max) else { throw SnapshotError.malformed("tensor shape \(shape)") }
        try reader.skip(4 * count)
        return record
    }

    // MARK: Objects

    private mutating func buildModules() throws {
        var flags: [(any Module, Bool)] = []
        for (index, record) in records.enumerated() {
            guard case .module(let description, let training, let children, let parameters, let buffers) = record else { continue }
            let childModules = try children.map { child -> any Module in
                guard let module = modules[child] else { throw SnapshotError.malformed("object \(child) is not a layer") }
                return module
            }
            let module = try description.make(children: childModules)
            let own = Dictionary((module.children.isEmpty ? module.namedParameters() + module.namedBuffers() : []),
                                 uniquingKeysWith: { first, _ in first })
            for (name, tensorIndex) in parameters + buffers {
                guard let target = own[name], case .tensor(let stored) = records[tensorIndex], stored.shape == target.shape else {
                    throw SnapshotError.malformed("layer \(description) has no tensor '\(name)' of the stored shape")
                }
                try fill(target, from: stored)
                tensors[tensorIndex] = target
            }
            modules[index] = module
            flags.append((module, training))
        }
        // Parents were built after their children; set modes parents first so children keep theirs.
        for (module, training) in flags.reversed() { module.isTraining = training }
    }

    private mutating func tensor(_ index: Int) throws -> Tensor {
        if let known = tensors[index] { return known }
        guard case .tensor(let stored) = records[index] else { throw SnapshotError.malformed("object \(index) is not a tensor") }
        let made = try makeTensor(stored)
        tensors[index] = made
        return made
    }

    private func makeTensor(_ stored: TensorRecord) throws -> Tensor {
        let made = try Tensor(shape: stored.shape, values: try values(of: stored))
        return stored.requiresGrad ? made.requiringGradient() : made
    }

    private func fill(_ target: Tensor, from stored: TensorRecord) throws {
        try target.assign(values: try values(of: stored))
    }

    private func values(of stored: TensorRecord) throws -> [Float] {
        var data = SnapshotReader(bytes: reader.bytes, offset: stored.offset, end: reader.end)
        return try data.floats(count: stored.shape.reduce(1, *))
    }

    private mutating func box(_ index: Int) throws -> any HostObject {
        guard index < records.count else { throw SnapshotError.malformed("object \(index) does not exist") }
        if let known = boxes[index] { return known }
        let made: any HostObject
        switch records[index] {
        case .tensorBox(let tensorIndex): made = try HostValue.tensor(try tensor(tensorIndex)).object(context: context)
        case .moduleBox(let typeName, let moduleIndex):
            guard let module = modules[moduleIndex] else { throw SnapshotError.malformed("object \(moduleIndex) is not a layer") }
            made = try HostValue.module(module, typeName: typeName).object(context: context)
        case .optimizerBox(let typeName, let description, let parameters, let state):
            let optimizer = try description.make(parameters: try parameters.map { try tensor($0) })
            var named: [String: Tensor] = [:]
            for (name, stored) in state { named[name] = try makeTensor(stored) }
            try optimizer.loadState(named)
            made = try HostValue.optimizer(optimizer, typeName: typeName).object(context: context)
        case .digitsBox(let split):
            made = try HostValue.digits(split: split).object(context: context)
        case .doubleRange(let lower, let upper, let closed):
            made = DoubleRange(lowerBound: lower, upperBound: upper, isClosed: closed)
        case .distributionBox(let typeName, let distribution):
            made = try HostValue.distribution(distribution, typeName: typeName).object(context: context)
        case .ringBox(let ring): made = try HostValue.ring(ring).object(context: context)
        case .tensor, .module:
            throw SnapshotError.malformed("object \(index) is not a value")
        }
        boxes[index] = made
        return made
    }
}
