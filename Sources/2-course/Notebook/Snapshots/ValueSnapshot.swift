import Builtins
import CellScript

/// The values one cell defined or changed, as one file of the snapshot cache: enough to put
/// those names back without running the cell (or the cells before it) again.
///
/// Layout (little-endian): magic `GANBSNAP`, format version, the cell key, the names whose
/// values have no snapshot form (with their type), the stored names, the declarations
/// (functions and types, as source), the object table, the bindings, and a 64-bit checksum
/// of everything before it.
///
/// Format 3 stores each binding with its static type (as the lesson's type check gives it
/// after the cell: `Float`, `Int?`, `Set<String>`, `Point`), the cell types its value holds,
/// and its length, and stores struct, enum and Set values; the types they need are stored as
/// their declarations. Format 2 files (no types, no declarations of types) are still read.
struct ValueSnapshot {
    static let magic = Array("GANBSNAP".utf8)
    static let version = 3
    /// Older formats this one still reads.
    static let readableVersions: Set<Int> = [2, 3]

    /// The key of the cell that produced the values.
    let key: String
    /// Names the cell bound to values without a snapshot form → their type (`function`…).
    let unsnapshottable: [String: String]
    /// Names whose values are stored (functions and types included).
    let storedNames: Set<String>
    /// Top-level functions and types, stored as their declarations (declared again to restore them).
    let functions: [FunctionSource]
    /// Each stored value's static type after its cell (format 3; empty for format 2).
    let staticTypes: [String: String]
    /// The cell types (structs, enums) each stored value holds: they are declared before it is read.
    let typesNeeded: [String: Set<String>]
    private let version: Int
    private let bytes: [UInt8]
    private let bodyStart: Int

    /// Serialises `bindings`; a function or a cell type is stored as its declaration in
    /// `functionSources` (the cell's top-level `func`s and type declarations); a binding whose
    /// value cannot be stored is listed as unsnapshottable.
    ///
    /// - Parameter staticTypes: each name's static type after the cell (nil: not recorded).
    static func encode(key: String, bindings: [SnapshotBinding], functionSources: [FunctionSource] = [],
                       staticTypes: (String) -> String? = { _ in nil }) -> [UInt8] {
        var encoder = SnapshotEncoder()
        var values = SnapshotWriter()
        var stored: [(name: String, staticType: String, typesNeeded: Set<String>)] = []
        var skipped: [(String, String)] = []
        var declared: Set<String> = []
        for binding in bindings.sorted(by: { $0.name < $1.name }) {
            if let source = functionSources.first(where: { $0.name == binding.name }), source.kind == .type || binding.value.isFunction {
                declared.insert(source.name)
                continue
            }
            var one = SnapshotWriter()
            encoder.typesReached = []
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
            values.u32(one.bytes.count)
            stored.append((binding.name, staticTypes(binding.name) ?? "", encoder.typesReached))
            values.append(one.bytes)
        }
        // A type the cell declares is stored even when no binding names it (an enum is not a value).
        for source in functionSources where source.kind == .type { declared.insert(source.name) }
        var out = SnapshotWriter()
        for byte in magic { out.u8(byte) }
        out.u32(version)
        out.string(key)
        out.u32(skipped.count)
        for (name, typeName) in skipped { out.string(name); out.string(typeName) }
        out.u32(stored.count)
        for entry in stored {
            out.string(entry.name)
            out.string(entry.staticType)
            out.u32(entry.typesNeeded.count)
            for name in entry.typesNeeded.sorted() { out.string(name) }
        }
        // In the cell's order, so that declaring them again meets callees before callers.
        let ordered = functionSources.filter { declared.contains($0.name) }
        out.u32(ordered.count)
        for declaration in ordered {
            out.string(declaration.name)
            out.u8(declaration.kind.rawValue)
            out.string(declaration.text)
            out.u32(declaration.reads.count)
            for name in declaration.reads.sorted() { out.string(name) }
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
        guard Self.readableVersions.contains(version) else { throw SnapshotError.otherFormat(found: version, expected: Self.version) }
        self.version = version
        key = try reader.string()
        var unsnapshottable: [String: String] = [:]
        for _ in 0..<(try reader.u32()) { unsnapshottable[try reader.string()] = try reader.string() }
        self.unsnapshottable = unsnapshottable
        var values: Set<String> = []
        var types: [String: String] = [:]
        var needed: [String: Set<String>] = [:]
        for _ in 0..<(try reader.u32()) {
            let name = try reader.string()
            values.insert(name)
            guard version >= 3 else { continue }
            let staticType = try reader.string()
            if !staticType.isEmpty { types[name] = staticType }
            let reached = Set(try (0..<(try reader.u32())).map { _ in try reader.string() })
            if !reached.isEmpty { needed[name] = reached }
        }
        staticTypes = types
        typesNeeded = needed
        functions = try (0..<(try reader.u32())).map { _ in
            let name = try reader.string()
            var kind = FunctionSource.Kind.function
            if version >= 3 {
                guard let read = FunctionSource.Kind(rawValue: try reader.u8()) else { throw SnapshotError.malformed("unknown declaration kind") }
                kind = read
            }
            return FunctionSource(name: name, kind: kind, text: try reader.string(),
                                  reads: Set(try (0..<(try reader.u32())).map { _ in try reader.string() }))
        }
        storedNames = values.union(functions.map(\.name))
        self.bytes = bytes
        bodyStart = reader.offset
    }

    /// The stored bindings among `names`, with fresh objects (loading data sets through
    /// `context`); struct, enum and Set values are made by `makeValue` (the interpreter that
    /// receives them, with their types declared).
    func bindings(_ names: Set<String>, context: BuiltinContext,
                  makeValue: ((SnapshotParts) throws -> Value)? = nil) throws -> [SnapshotBinding] {
        var reader = SnapshotReader(bytes: bytes, offset: bodyStart, end: bytes.count - 8)
        let objectCount = try reader.u32()
        var decoder = try SnapshotDecoder(reader: reader, objectCount: objectCount, context: context)
        decoder.makeValue = makeValue
        reader = decoder.remaining
        var result: [SnapshotBinding] = []
        while !reader.isAtEnd {
            let header = try BindingHeader(&reader, version: version)
            guard names.contains(header.name) else {
                if version >= 3 { try reader.skip(header.length) } else { _ = try decoder.value(from: &reader) }
                continue
            }
            let value = try decoder.value(from: &reader)
            result.append(SnapshotBinding(name: header.name, isLet: header.isLet, value: value))
        }
        return result
    }

    /// What precedes a stored value.
    private struct BindingHeader {
        var name: String
        var isLet: Bool
        /// The value's length in bytes (format 3).
        var length = 0

        init(_ reader: inout SnapshotReader, version: Int) throws {
            name = try reader.string()
            isLet = try reader.bool()
            guard version >= 3 else { _ = try reader.u8(); return }
            length = try reader.u32()
        }
    }
}

extension Value {
    var isFunction: Bool { if case .function = self { return true } else { return false } }
}
