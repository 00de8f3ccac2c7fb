/// An 8-bit image held in memory: rows top to bottom, pixels left to right, channels interleaved.
///
/// `channels` is 1 (grey), 2 (grey + alpha), 3 (RGB) or 4 (RGBA).
///
/// ```swift
/// let image = try PNGImage(width: 2, height: 1, channels: 1, pixels: [0, 255])
/// let bytes = try PNGCodec.encode(image)
/// let back = try PNGCodec.decode(bytes)   // back == image
/// ```
public struct PNGImage: Sendable, Equatable {
    /// Width in pixels (at least 1).
    public let width: Int
    /// Height in pixels (at least 1).
    public let height: Int
    /// Interleaved channels per pixel: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA.
    public let channels: Int
    /// `width * height * channels` samples, row-major.
    public var pixels: [UInt8]

    /// Creates an image, checking that the pixel count matches the shape.
    /// - Throws: `PNGError` naming the shape and the pixel count when they disagree.
    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) throws {
        try PNGImage.checkShape(width: width, height: height, channels: channels)
        let expected = width * height * channels
        guard pixels.count == expected else {
            throw PNGError(operation: "PNGImage",
                           message: "\(width)x\(height)x\(channels) needs \(expected) samples, got \(pixels.count)")
        }
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// Creates an image of one colour (one sample value per channel).
    public init(width: Int, height: Int, channels: Int, fill: [UInt8]) throws {
        guard fill.count == channels else {
            throw PNGError(operation: "PNGImage", message: "fill has \(fill.count) samples for \(channels) channels")
        }
        try PNGImage.checkShape(width: width, height: height, channels: channels)
        var pixels = [UInt8]()
        pixels.reserveCapacity(width * height * channels)
        for _ in 0..<(width * height) { pixels.append(contentsOf: fill) }
        try self.init(width: width, height: height, channels: channels, pixels: pixels)
    }

    /// Largest number of samples accepted (guards against decompression bombs and overflow).
    public static let maximumSampleCount = 1 << 28

    /// Checks that a shape is a valid image: 1...4 channels, positive size, at most
    /// `maximumSampleCount` samples. Throws `PNGError` otherwise.
    public static func checkShape(width: Int, height: Int, channels: Int) throws {
        guard (1...4).contains(channels) else {
            throw PNGError(operation: "PNGImage", message: "channels must be 1, 2, 3 or 4, got \(channels)")
        }
        guard width > 0, height > 0 else {
            throw PNGError(operation: "PNGImage", message: "size must be positive, got \(width)x\(height)")
        }
        let (area, overflow1) = width.multipliedReportingOverflow(by: height)
        let (samples, overflow2) = area.multipliedReportingOverflow(by: channels)
        guard !overflow1, !overflow2, samples <= maximumSampleCount else {
            throw PNGError(operation: "PNGImage", message: "\(width)x\(height)x\(channels) is too large")
        }
    }
}
