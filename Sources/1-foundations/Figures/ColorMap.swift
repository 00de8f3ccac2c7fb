import PNGCodec

/// A continuous colour scale for heat maps.
public enum ColorMap: Sendable, Hashable {
    /// Perceptually uniform dark purple → yellow (viridis anchors).
    case viridis
    /// Blue → white → red, for signed values centred on the middle of the range.
    case diverging
    /// White → dark grey.
    case greys

    private var anchors: [(Double, Double, Double)] {
        switch self {
        case .viridis:
            return [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)]
        case .diverging:
            return [(33, 102, 172), (146, 197, 222), (247, 247, 247), (244, 165, 130), (178, 24, 43)]
        case .greys:
            return [(255, 255, 255), (37, 37, 37)]
        }
    }

    /// The colour at `fraction` in 0...1 (clamped).
    func rgb(_ fraction: Double) -> (UInt8, UInt8, UInt8) {
        let anchors = self.anchors
        let t = min(max(fraction.isNaN ? 0 : fraction, 0), 1) * Double(anchors.count - 1)
        let index = min(Int(t), anchors.count - 2)
        let local = t - Double(index)
        let a = anchors[index], b = anchors[index + 1]
        func mix(_ p: Double, _ q: Double) -> UInt8 { UInt8((p + (q - p) * local).rounded()) }
        return (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }
}

/// Standard base64 (RFC 4648) for embedding PNG images in SVG.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output = [UInt8]()
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 2 < bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { output.append(alphabet[Int((chunk >> UInt32(shift)) & 63)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let chunk = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
            output.append(alphabet[Int((chunk >> 18) & 63)])
            output.append(alphabet[Int((chunk >> 12) & 63)])
            output.append(rest == 2 ? alphabet[Int((chunk >> 6) & 63)] : UInt8(ascii: "="))
            output.append(UInt8(ascii: "="))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
