import CPNG
import Foundation

/// How hard PNG encoding works to make files small.
public enum PNGCompression: Sendable, Hashable {
    /// Smallest files (libpng defaults): for anything published.
    case small
    /// Fastest encoding, larger files: for intermediate files.
    case fast
}

/// Encodes and decodes 8-bit PNG images with libpng's simplified API.
///
/// ```swift
/// let image = try PNGImage(width: 1, height: 1, channels: 3, pixels: [255, 0, 0])
/// try PNGCodec.write(image, to: "red.png")          // atomic: temp file + rename
/// let back = try PNGCodec.read(path: "red.png")     // native channel count
/// let grey = try PNGCodec.read(path: "red.png", channels: 1)
/// ```
public enum PNGCodec {
    /// Encodes an image to PNG bytes.
    /// - Parameter compression: `.small` (libpng's default filters and zlib level) for files
    ///   that are published; `.fast` (no filtering, low zlib level) for scratch files.
    public static func encode(_ image: PNGImage, compression: PNGCompression = .small) throws -> [UInt8] {
        var control = makeControl(width: image.width, height: image.height, channels: image.channels)
        if compression == .fast { control.flags |= png_uint_32(PNG_IMAGE_FLAG_FAST) }
        defer { png_image_free(&control) }
        var size = 0
        let sized = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&control, nil, &size, 0, $0.baseAddress, 0, nil)
        }
        guard sized != 0, size > 0 else { throw failure("encode", control) }
        var bytes = [UInt8](repeating: 0, count: size)
        let written = bytes.withUnsafeMutableBytes { out in
            image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&control, out.baseAddress, &size, 0, $0.baseAddress, 0, nil)
            }
        }
        guard written != 0 else { throw failure("encode", control) }
        return Array(bytes.prefix(size))
    }

    /// Decodes PNG bytes.
    /// - Parameter channels: 1–4 to convert to grey, grey+alpha, RGB or RGBA; `nil` keeps the
    ///   file's own layout (palette images become RGB or RGBA, 16-bit samples become 8-bit).
    /// - Throws: `PNGError` with libpng's message for corrupt or truncated data.
    public static func decode(_ bytes: [UInt8], channels: Int? = nil) throws -> PNGImage {
        try decode(bytes, channels: channels, path: nil)
    }

    /// Reads a PNG file. See `decode(_:channels:)` for `channels`.
    public static func read(path: String, channels: Int? = nil) throws -> PNGImage {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PNGError(operation: "read", message: "cannot read file", path: path)
        }
        return try decode([UInt8](data), channels: channels, path: path)
    }

    /// Writes an image as a PNG file atomically (a temporary file in the same folder, then rename).
    public static func write(_ image: PNGImage, to path: String) throws {
        let bytes = try encode(image)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PNGError(operation: "write", message: "\(error.localizedDescription)", path: path)
        }
    }

    static func decode(_ bytes: [UInt8], channels: Int?, path: String?) throws -> PNGImage {
        let operation = path == nil ? "decode" : "read"
        if let channels, !(1...4).contains(channels) {
            throw PNGError(operation: operation, message: "channels must be 1...4, got \(channels)", path: path)
        }
        guard !bytes.isEmpty else {
            throw PNGError(operation: operation, message: "no data", path: path)
        }
        return try bytes.withUnsafeBytes { raw -> PNGImage in
            var control = png_image()
            control.version = png_uint_32(PNG_IMAGE_VERSION)
            defer { png_image_free(&control) }
            guard png_image_begin_read_from_memory(&control, raw.baseAddress, raw.count) != 0 else {
                throw failure(operation, control, path: path)
            }
            let native = nativeChannels(format: control.format)
            let wanted = channels ?? native
            let width = Int(control.width), height = Int(control.height)
            do {
                try PNGImage.checkShape(width: width, height: height, channels: wanted)
            } catch let error as PNGError {
                throw PNGError(operation: operation, message: error.message, path: path)
            }
            control.format = formatCode(channels: wanted)
            var pixels = [UInt8](repeating: 0, count: width * height * wanted)
            let finished = pixels.withUnsafeMutableBytes {
                png_image_finish_read(&control, nil, $0.baseAddress, 0, nil)
            }
            guard finished != 0 else { throw failure(operation, control, path: path) }
            return try PNGImage(width: width, height: height, channels: wanted, pixels: pixels)
        }
    }

    static func makeControl(width: Int, height: Int, channels: Int) -> png_image {
        var control = png_image()
        control.version = png_uint_32(PNG_IMAGE_VERSION)
        control.width = png_uint_32(width)
        control.height = png_uint_32(height)
        control.format = formatCode(channels: channels)
        return control
    }

    static func formatCode(channels: Int) -> png_uint_32 {
        switch channels {
        case 1: return png_uint_32(PNG_FORMAT_GRAY)
        case 2: return png_uint_32(PNG_FORMAT_GA)
        case 3: return png_uint_32(PNG_FORMAT_RGB)
        default: return png_uint_32(PNG_FORMAT_RGB) | png_uint_32(PNG_FORMAT_FLAG_ALPHA)
        }
    }

    static func nativeChannels(format: png_uint_32) -> Int {
        let color = format & png_uint_32(PNG_FORMAT_FLAG_COLOR) != 0
        let alpha = format & png_uint_32(PNG_FORMAT_FLAG_ALPHA) != 0
        return (color ? 3 : 1) + (alpha ? 1 : 0)
    }

    static func failure(_ operation: String, _ control: png_image, path: String? = nil) -> PNGError {
        var copy = control
        let text = withUnsafeBytes(of: &copy.message) { raw -> String in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        return PNGError(operation: operation, message: text.isEmpty ? "libpng failed" : text, path: path)
    }
}
