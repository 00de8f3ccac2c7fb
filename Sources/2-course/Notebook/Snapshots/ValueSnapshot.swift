import Builtins
import CellScript

/// The values one cell defined or changed, as one file of the snapshot cache: enough to put
/// those names back without running the cell (or the cells before it) again.
///
/// Layout (little-endian): magic `GANBSNAP`, format version, the cell key, the names whose
/// values have no snapshot form (with their type), the stored names, the object table, the
/// bindings, and a 64-bit checksum of everything before it.
struct ValueSnapshot {
    static let magic = Array("GANBSNAP".utf8)
    static let version = 2

    /// The key of the cell that produced the values.
    let key: String
    /// Names the cell bound to values without a snapshot form → their type (`function`…).
    let unsnapshottable: [String: String]
    /// Names whose values are stored (functions included).
    let storedNames: Set<String>
    /// Top-level functions, stored as their declarations (declared again to restore them).
    let functions: [FunctionSource]
    private let bytes: [UInt8]
    private let bodyStart: Int

    /// Serialises `bindings`; a function is stored as its declaration in `functionSources` (the
    /// cell's top-level `func`s); a binding whose value cannot be stored is listed as unsnapshottable.
    static func encode(key: String, bindings: [SnapshotBinding], functionSources: [FunctionSource] = []) -> [UInt8] {
        var encoder = SnapshotEncoder()
        var values = SnapshotWriter()
        var stored: [String] = []
        var skipped: [(String, String)] = []
        var functions: [FunctionSource] = []
        for binding in bindings.sorted(by: { $0.name < $1.name }) {
            if case .function = binding.value, let source = functionSources.first(where: { $0.name == binding.name }) {
                functions.append(source)
                continue
            }
            var one = SnapshotWriter()
            do {
                try encoder.write(binding.value, to: &one)
            } catch SnapshotError.unsnapshottable(let typeName) {
                skipped.append((binding.name, typeName))
                continue
            } catch {
                skipped.append((binding.name, "\(error)"))
                continue
            }
            values.string(binding.name)
            values.bool(binding.isLet)
            values.u8(0)
            stored.append(binding.name)
            values.append(one.bytes)
        }
        var out = SnapshotWriter()
        for byte in magic { out.u8(byte) }
        out.u32(version)
        out.string(key)
        out.u32(skipped.count)
        for (name, typeName) in skipped { out.string(name); out.string(typeName) }
        out.u32(stored.count)
        for name in stored { out.string(name) }
        // In the cell's order, so that declaring them again meets callees before callers.
        let ordered = functionSources.filter { source in functions.contains { $0.name == source.name } }
        out.u32(ordered.count)
        for function in ordered {
            out.string(function.name)
            out.string(function.text)
            out.u32(function.reads.count)
            for name in function.reads.sorted() { out.string(name) }
        }
        out.u32(encoder.objectCount)
        var bytes = out.bytes + encoder.objects.bytes + values.bytes
        withUnsafeBytes(of: SnapshotChecksum.of(bytes[...]).littleEndian) { bytes += $0 }
        return bytes
    }


    /// Checks and reads the header of a snapshot file.
    init(bytes: [UInt8]) throws {
        guard bytes.count >= Self.magic.count + 12, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw SnapshotError.malformed("not a GANBook value snapshot")
        }
        let body = bytes.count - 8
        let stored = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: body, as: UInt64.self)) }
        guard stored == SnapshotChecksum.of(bytes[0..<body]) else { throw SnapshotError.malformed("checksum mismatch (truncated or corrupted)") }
        var reader = SnapshotReader(bytes: bytes, offset: Self.magic.count, end: body)
        let version = try reader.u32()
        guard version == Self.version else { throw SnapshotError.otherFormat(found: version, expected: Self.version) }
        key = try reader.string()
        var unsnapshottable: [String: String] = [:]
        for _ in 0..<(try reader.u32()) { unsnapshottable[try reader.string()] = try reader.string() }
        self.unsnapshottable = unsnapshottable
        let values = Set(try (0..<(try reader.u32())).map { _ in try reader.string() })
        functions = try (0..<(try reader.u32())).map { _ in
            FunctionSource(name: try reader.string(), text: try reader.string(),
                           reads: Set(try (0..<(try reader.u32())).map { _ in try reader.string() }))
        }
        storedNames = values.union(functions.map(\.name))
        self.bytes = bytes
        bodyStart = reader.offset
    }

    /// The stored bindings among `names`, with fresh objects (loading data sets through `context`).
    func bindings(_ names: Set<String>, context: BuiltinContext) throws -> [SnapshotBinding] {
        var reader = SnapshotReader(bytes: bytes, offset: bodyStart, end: bytes.count - 8)
        let objectCount = try reader.u32()
        var decoder = try SnapshotDecoder(reader: reader, objectCount: objectCount, context: context)
        reader = decoder.remaining
        var result: [SnapshotBinding] = []
        while !reader.isAtEnd {
            let name = try reader.string()
            let isLet = try reader.bool()
            _ = try reader.u8()
            let value = try decoder.value(from: &reader)
            if names.contains(name) { result.append(SnapshotBinding(name: name, isLet: isLet, value: value)) }
        }
        return result
    }
}
