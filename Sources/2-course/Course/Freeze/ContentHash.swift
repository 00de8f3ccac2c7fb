/// A 128-bit FNV-1a hash, printed as 32 hex digits: names frozen files by their content and keys
/// cells by what they depend on.
///
/// Not cryptographic, and it need not be: it guards against accidental change, not an attacker
/// (the lessons are the author's own files). Hand-rolled in twenty lines instead of pulling
/// swift-crypto and BoringSSL into every clean build for one hash function.
public struct ContentHash: Sendable {
    private static let prime: UInt128 = (1 << 88) | 0x13B
    private var state: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d

    public init() {}

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt128(byte)
            state &*= Self.prime
        }
    }

    /// Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func update(_ text: String) {
        update(text.utf8)
        update(CollectionOfOne(0xFF))
    }

    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 32 - digits.count) + digits
    }

    /// The hash of `bytes`.
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash = ContentHash()
        hash.update(bytes)
        return hash.hex
    }
}
