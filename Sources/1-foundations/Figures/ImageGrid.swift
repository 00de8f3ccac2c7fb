import PNGCodec

/// How image pixel values map to 0...255.
public enum PixelRange: Sendable, Hashable {
    /// −1 → black, 1 → white (generator outputs after `tanh`).
    case minusOneToOne
    /// 0 → black, 1 → white.
    case zeroToOne
}

/// A batch of images laid out in a grid with padding, for DCGAN samples and interpolations.
///
/// Pixels are channels-first like the engine's tensors: `[count, channels, height, width]`.
/// Values outside the range are clamped; NaN is drawn black.
///
/// ```swift
/// let grid = try ImageGrid(pixels: samples, count: 64, channels: 1, height: 28, width: 28, columns: 8)
/// let bytes: [UInt8] = try grid.png()
/// try grid.writePNG(to: "samples.png")
/// ```
public struct ImageGrid: Sendable {
    public let pixels: [Float]
    public let count: Int, channels: Int, height: Int, width: Int
    public let columns: Int
    /// Each image pixel becomes `scale × scale` output pixels.
    public let scale: Int
    /// Pixels between images and around the border.
    public let padding: Int
    public let range: PixelRange
    /// Grey level of the padding (255 white).
    public let paddingValue: UInt8

    /// A grid from one flat batch.
    /// - Throws: `FigureError` when `pixels.count != count × channels × height × width` or an argument is out of range.
    public init(pixels: [Float], count: Int, channels: Int, height: Int, width: Int, columns: Int = 8,
                scale: Int = 2, padding: Int = 2, range: PixelRange = .minusOneToOne, paddingValue: UInt8 = 255) throws {
        guard count > 0, height > 0, width > 0 else {
            throw FigureError("ImageGrid", "count, height and width must be positive, got count \(count), \(height)×\(width)")
        }
        guard channels == 1 || channels == 3 else { throw FigureError("ImageGrid", "channels must be 1 or 3, got \(channels)") }
        guard columns > 0 else { throw FigureError("ImageGrid", "columns must be positive, got \(columns)") }
        guard (1...16).contains(scale) else { throw FigureError("ImageGrid", "scale must be in 1...16, got \(scale)") }
        guard (0...64).contains(padding) else { throw FigureError("ImageGrid", "padding must be in 0...64, got \(padding)") }
        let (perImage, o1) = (channels * height).multipliedReportingOverflow(by: width)
        let (expected, o2) = perImage.multipliedReportingOverflow(by: count)
        guard !o1, !o2, pixels.count == expected else {
            throw FigureError("ImageGrid", "\(count) images of \(channels)×\(height)×\(width) need \(o1 || o2 ? "too many" : String(expected)) values, got \(pixels.count)")
        }
        self.pixels = pixels
        self.count = count
        self.channels = channels
        self.height = height
        self.width = width
        self.columns = columns
        self.scale = scale
        self.padding = padding
        self.range = range
        self.paddingValue = paddingValue
        let size = outputSize
        do {
            try PNGImage.checkShape(width: size.width, height: size.height, channels: channels)
        } catch let error as PNGError {
            throw FigureError("ImageGrid", "the grid of \(size.width)×\(size.height) pixels is too large (\(error.message))")
        }
    }

    /// A grid from separate images, each `channels × height × width` values.
    /// - Throws: `FigureError` naming the first image whose length differs.
    public init(images: [[Float]], channels: Int, height: Int, width: Int, columns: Int = 8, scale: Int = 2,
                padding: Int = 2, range: PixelRange = .minusOneToOne, paddingValue: UInt8 = 255) throws {
        let expected = channels * height * width
        guard !images.isEmpty else { throw FigureError("ImageGrid", "needs at least one image, got 0") }
        if let bad = images.firstIndex(where: { $0.count != expected }) {
            throw FigureError("ImageGrid", "image \(bad) has \(images[bad].count) values but \(channels)×\(height)×\(width) needs \(expected)")
        }
        try self.init(pixels: images.flatMap { $0 }, count: images.count, channels: channels, height: height, width: width,
                      columns: columns, scale: scale, padding: padding, range: range, paddingValue: paddingValue)
    }

    var gridColumns: Int { min(columns, count) }
    var gridRows: Int { (count + columns - 1) / columns }
    var outputSize: (width: Int, height: Int) {
        (gridColumns * width * scale + (gridColumns + 1) * padding, gridRows * height * scale + (gridRows + 1) * padding)
    }

    /// The grid as an 8-bit grey or RGB image.
    public func image() throws -> PNGImage {
        let (outWidth, outHeight) = outputSize
        var out = [UInt8](repeating: paddingValue, count: outWidth * outHeight * channels)
        let offset: Float = range == .minusOneToOne ? 1 : 0
        let factor: Float = range == .minusOneToOne ? 127.5 : 255
        let plane = height * width
        for index in 0..<count {
            let left = padding + (index % columns) * (width * scale + padding)
            let top = padding + (index / columns) * (height * scale + padding)
            let base = index * channels * plane
            for row in 0..<height {
                for column in 0..<width {
                    for channel in 0..<channels {
                        let value = pixels[base + channel * plane + row * width + column]
                        let level = value.isNaN ? 0 : min(max((value + offset) * factor, 0), 255)
                        let byte = UInt8(level + 0.5)  // level is in 0...255: round half up
                        for dy in 0..<scale {
                            let rowStart = ((top + row * scale + dy) * outWidth + left + column * scale) * channels + channel
                            for dx in 0..<scale { out[rowStart + dx * channels] = byte }
                        }
                    }
                }
            }
        }
        return try PNGImage(width: outWidth, height: outHeight, channels: channels, pixels: out)
    }

    /// PNG file bytes of the grid (`.fast` compression trades file size for speed).
    public func png(compression: PNGCompression = .small) throws -> [UInt8] {
        try PNGCodec.encode(try image(), compression: compression)
    }

    /// Writes the grid as a PNG file (atomically).
    public func writePNG(to path: String) throws { try PNGCodec.write(try image(), to: path) }

    /// The grid inside an SVG (an embedded PNG, drawn with crisp pixels), with an accessible title.
    public func svg(title: String = "Image grid", description: String? = nil) throws -> String {
        let image = try image()
        var scene = FigureScene(width: Double(image.width), height: Double(image.height), title: title,
                                description: description ?? "\(count) images of \(height)×\(width) pixels in \(gridRows) rows of \(gridColumns)")
        scene.items.append(.image(image, in: Rect(x: 0, y: 0, width: Double(image.width), height: Double(image.height)), smooth: false))
        return try FigureLimits.check(svg: SVGWriter.write(scene))
    }
}
