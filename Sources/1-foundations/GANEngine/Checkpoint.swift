import Foundation

/// Compact binary checkpoints of named tensors (module parameters, buffers, optimizer state).
///
/// Layout (little-endian): magic `GANBCKPT`, format version `UInt32`, entry count `UInt32`, then per
/// entry: name length `UInt32`, UTF-8 name, rank `UInt32`, dims `UInt64 × rank`, `Float32 × count`;
/// finally an FNV-1a 64-bit checksum of every preceding byte.
///
/// ```swift
/// try Checkpoint.save(module: generator, optimizer: optG, to: URL(fileURLWithPath: "g.ckpt"))
/// try Checkpoint.load(into: generator, optimizer: optG, from: URL(fileURLWithPath: "g.ckpt"))
/// ```
public enum Checkpoint {
    static let magic = Array("GANBCKPT".utf8)
    /// Current format version.
    public static let version: UInt32 = 1

    /// Serialises named tensors to bytes.
    public static func encode(_ entries: [(String, Tensor)]) -> [UInt8] {
        var out = magic
        append(&out, version); append(&out, UInt32(entries.count))
        for (name, t) in entries {
            let utf8 = Array(name.utf8)
            append(&out, UInt32(utf8.count)); out += utf8
            append(&out, UInt32(t.rank))
            for d in t.shape { append(&out, UInt64(d)) }
            out.reserveCapacity(out.count + 4 * t.count)
            for i in 0..<t.count { append(&out, t.data[i].bitPattern) }
        }
        append(&out, fnv1a(out[...]))
        return out
    }

    /// Parses bytes produced by `encode`; `path` only labels error messages.
    public static func decode(_ bytes: [UInt8], path: String = "<memory>") throws -> [(String, Tensor)] {
        func fail(_ m: String) -> EngineError { .checkpoint(path: path, message: m) }
        guard bytes.count >= magic.count + 16, Array(bytes[0..<magic.count]) == magic else {
            throw fail("not a GANBook checkpoint (bad magic or too short: \(bytes.count) bytes)")
        }
        let body = bytes[0..<(bytes.count - 8)]
        var reader = ByteReader(bytes: bytes, offset: bytes.count - 8)
        guard let stored: UInt64 = reader.read(), stored == fnv1a(body) else { throw fail("checksum mismatch (truncated or corrupted)") }
        reader = ByteReader(bytes: Array(body), offset: magic.count)
        guard let v: UInt32 = reader.read() else { throw fail("truncated header") }
        guard v == version else { throw fail("unsupported format version \(v) (expected \(version))") }
        guard let n: UInt32 = reader.read() else { throw fail("truncated header") }
        var entries: [(String, Tensor)] = []
        for e in 0..<Int(n) {
            guard let len: UInt32 = reader.read(), let nameBytes = reader.bytes(Int(len)),
                  let name = String(bytes: nameBytes, encoding: .utf8), let rank: UInt32 = reader.read(), rank <= 16 else {
                throw fail("entry \(e) has a malformed header")
            }
            var shape: [Int] = []
            for _ in 0..<rank {
                guard let d: UInt64 = reader.read(), d <= UInt64(Int32.max) else { throw fail("entry \(name) has a malformed shape") }
                shape.append(Int(d))
            }
            let count = try checkedAllocation(shape, "checkpoint")
            guard reader.remaining >= 4 * count else { throw fail("entry \(name) is truncated") }
            let t = Tensor.make(shape, count)
            for i in 0..<count { let bits: UInt32 = reader.read() ?? 0; t.data[i] = Float(bitPattern: bits) }
            entries.append((name, t))
        }
        guard reader.remaining == 0 else { throw fail("\(reader.remaining) unexpected trailing bytes") }
        return entries
    }

    /// Writes named tensors to `url`.
    public static func save(_ entries: [(String, Tensor)], to url: URL) throws {
        do { try Data(encode(entries)).write(to: url, options: .atomic) } catch {
            throw EngineError.checkpoint(path: url.path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Reads named tensors from `url`.
    public static func load(from url: URL) throws -> [(String, Tensor)] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EngineError.checkpoint(path: url.path, message: "cannot read: \(error.localizedDescription)")
        }
        return try decode([UInt8](data), path: url.path)
    }

    /// Saves a module's parameters and buffers (prefixed `module.`) and, optionally, an optimizer's
    /// state (prefixed `optimizer.`).
    public static func save(module: any Module, optimizer: (any Optimizer)? = nil, to url: URL) throws {
        var entries = (module.namedParameters() + module.namedBuffers()).map { ("module.\($0.0)", $0.1) }
        if let optimizer { entries += optimizer.namedState().map { ("optimizer.\($0.0)", $0.1) } }
        try save(entries, to: url)
    }

    /// Restores what `save(module:optimizer:to:)` wrote; every parameter and buffer must be present
    /// with the same shape, else nothing is changed and an error is thrown.
    public static func load(into module: any Module, optimizer: (any Optimizer)? = nil, from url: URL) throws {
        let entries = try load(from: url)
        var byName: [String: Tensor] = [:]
        for (n, t) in entries { byName[n] = t }
        let targets = module.namedParameters() + module.namedBuffers()
        for (name, t) in targets {
            guard let src = byName["module.\(name)"] else {
                throw EngineError.checkpoint(path: url.path, message: "missing tensor \"\(name)\"")
            }
            guard src.shape == t.shape else {
                throw EngineError.checkpoint(path: url.path, message: "tensor \"\(name)\" has shape \(src.shape), model expects \(t.shape)")
            }
        }
        var optimizerState: [String: Tensor] = [:]
        for (n, t) in entries where n.hasPrefix("optimizer.") { optimizerState[String(n.dropFirst("optimizer.".count))] = t }
        if let optimizer { try optimizer.loadState(optimizerState) }
        for (name, t) in targets { if let src = byName["module.\(name)"] { try t.assign(src) } }
    }
}

private func append<T: FixedWidthInteger>(_ out: inout [UInt8], _ value: T) {
    withUnsafeBytes(of: value.littleEndian) { out += $0 }
}

private func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
}

/// Sequential little-endian reader that returns nil past the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset: Int
    var remaining: Int { bytes.count - offset }

    mutating func read<T: FixedWidthInteger>() -> T? {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { return nil }
        var v: T = 0
        for i in 0..<size { v |= T(bytes[offset + i]) << (8 * i) }
        offset += size
        return v
    }

    mutating func bytes(_ n: Int) -> [UInt8]? {
        guard n >= 0, remaining >= n else { return nil }
        defer { offset += n }
        return Array(bytes[offset..<(offset + n)])
    }
}
