/// The bytes of the string interpolations being built, one growing block for the interpreter:
/// an interpolation appends its pieces after whatever the enclosing ones wrote so far, makes its
/// String from its own bytes and gives them back, so nested and recursive interpolations share
/// it like a stack and no piece allocates.
final class TextBuffer {
    /// The capacity kept between interpolations (a larger one made for a long string is freed).
    private static let keptCapacity = 4096

    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Bytes in use, by this interpolation and the ones it is nested in.
    @exclusivity(unchecked) var count = 0

    init() {
        capacity = 256
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Appends `n` bytes.
    @inline(__always)
    func append(_ bytes: UnsafePointer<UInt8>, count n: Int) {
        if capacity - count < n { grow(n) }
        (base + count).initialize(from: bytes, count: n)
        count += n
    }

    /// Appends a String's UTF-8 bytes.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let start = bytes.baseAddress { append(start, count: bytes.count) }
        }
    }

    /// Appends `value` in decimal, as `String(value)` writes it: the digits are written last
    /// first into a buffer on the stack, then copied in one go.
    func appendDecimal(_ value: Int) {
        var magnitude = value.magnitude
        var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: a sign and 20 digits fit
        withUnsafeMutableBytes(of: &storage) { raw in
            let digits = raw.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: UInt8.self)
            var start = 24
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: magnitude % 10) &+ UInt8(ascii: "0")
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            append(digits + start, count: 24 - start)
        }
    }

    /// The String of the bytes from `start` on, which are then given back.
    func finish(from start: Int) -> String {
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: count - start), as: UTF8.self)
        release(to: start)
        return text
    }

    /// Gives back the bytes from `start` on (after an error in a piece, too).
    func release(to start: Int) {
        count = start
        if start == 0, capacity > Self.keptCapacity {
            base.deallocate()
            capacity = Self.keptCapacity
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        }
    }

    @inline(never)
    private func grow(_ n: Int) {
        let newCapacity = Swift.max(capacity * 2, count + n)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

/// The bytes of a literal piece of an interpolation, allocated once.
final class LiteralBytes {
    let start: UnsafeMutablePointer<UInt8>
    let count: Int

    init(_ text: String) {
        let bytes = Array(text.utf8)
        count = bytes.count
        start = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(count, 1))
        start.initialize(from: bytes, count: count)
    }

    deinit {
        start.deallocate()
    }
}
