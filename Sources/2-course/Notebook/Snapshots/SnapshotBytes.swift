/// Little-endian byte writing and reading for value snapshots.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func u32(_ value: Int) { integer(UInt32(truncatingIfNeeded: value)) }
    mutating func i64(_ value: Int) { integer(Int64(value)) }
    mutating func f64(_ value: Double) { integer(value.bitPattern) }
    mutating func f32(_ value: Float) { integer(value.bitPattern) }

    mutating func append(_ other: [UInt8]) { bytes += other }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        u32(utf8.count)
        bytes += utf8
    }

    /// Raw Float32 values (a tensor's data).
    mutating func floats(_ values: [Float]) {
        let start = bytes.count
        bytes += repeatElement(0, count: 4 * values.count)
        bytes.withUnsafeMutableBytes { raw in
            for (i, value) in values.enumerated() {
                raw.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: start + 4 * i, as: UInt32.self)
            }
        }
    }

    private mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// Reads what `SnapshotWriter` wrote; every read checks the remaining length and throws
/// `SnapshotError.malformed` instead of reading past the end.
struct SnapshotReader {
    let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int

    init(bytes: [UInt8], offset: Int, end: Int) {
        self.bytes = bytes
        self.offset = offset
        self.end = end
    }

    var isAtEnd: Bool { offset == end }

    mutating func u8() throws -> UInt8 { try integer() }
    mutating func bool() throws -> Bool { try u8() != 0 }
    mutating func u32() throws -> Int { Int(try integer() as UInt32) }
    mutating func i64() throws -> Int { Int(try integer() as Int64) }
    mutating func f64() throws -> Double { Double(bitPattern: try integer()) }
    mutating func f32() throws -> Float { Float(bitPattern: try integer()) }

    mutating func string() throws -> String {
        let count = try u32()
        try need(count)
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    /// `count` Float32 values.
    mutating func floats(count: Int) throws -> [Float] {
        try need(4 * count)
        let start = offset
        offset += 4 * count
        return bytes.withUnsafeBytes { raw in
            (0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self))) }
        }
    }

    /// Moves past `count` bytes after checking they are there.
    mutating func skip(_ count: Int) throws {
        try need(count)
        offset += count
    }

    private mutating func integer<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        try need(size)
        let value = bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        offset += size
        return value
    }

    private func need(_ count: Int) throws {
        guard count >= 0, end - offset >= count else { throw SnapshotError.malformed("truncated at byte \(offset)") }
    }
}

/// A fast 64-bit checksum of a snapshot's bytes (FNV-1a over 8-byte words, then the tail bytes):
/// it detects a truncated or corrupted cache file, not tampering.
enum SnapshotChecksum {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let prime: UInt64 = 0x100_0000_01B3
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self)) &* prime
                hash ^= hash >> 29
            }
            for i in (8 * words)..<raw.count { hash = (hash ^ UInt64(raw[i])) &* prime }
        }
        return hash
    }
}
