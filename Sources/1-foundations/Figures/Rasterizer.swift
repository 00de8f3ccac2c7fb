import Foundation
import PortableMath
import PNGCodec

/// Draws a scene into an RGB image: anti-aliased strokes (capsule coverage), polygon fills
/// (4 sub-scanlines with exact horizontal coverage), circles, rectangles and images.
/// Of the text, only numbers (tick labels, cell values, shapes) are drawn, with a 5×7 bitmap
/// font; words and Chinese are left to the SVG output.
enum Rasterizer {
    static func render(_ scene: FigureScene, scale: Double) throws -> PNGImage {
        let width = max(1, Int((scene.width * scale).rounded(.up)))
        let height = max(1, Int((scene.height * scale).rounded(.up)))
        var canvas = RasterCanvas(width: width, height: height, background: FigurePalette.background)
        for item in scene.items { canvas.draw(item, scale: scale) }
        return try canvas.image()
    }
}

/// A coverage mask over a pixel box: how much of each pixel a shape covers (0...1).
struct CoverageMask {
    let x0: Int, y0: Int, width: Int, height: Int
    var values: [Float]

    init(x0: Int, y0: Int, x1: Int, y1: Int) {
        self.x0 = x0
        self.y0 = y0
        width = max(0, x1 - x0)
        height = max(0, y1 - y0)
        values = [Float](repeating: 0, count: width * height)
    }

    @inline(__always) mutating func raise(_ x: Int, _ y: Int, _ coverage: Float) {
        let index = (y - y0) * width + (x - x0)
        if coverage > values[index] { values[index] = coverage }
    }
}

struct RasterCanvas {
    let width: Int, height: Int
    var pixels: [Float]

    init(width: Int, height: Int, background: FigureColor) {
        self.width = width
        self.height = height
        pixels = [Float](repeating: 0, count: width * height * 3)
        for index in 0..<(width * height) {
            pixels[index * 3] = Float(background.red)
            pixels[index * 3 + 1] = Float(background.green)
            pixels[index * 3 + 2] = Float(background.blue)
        }
    }

    func image() throws -> PNGImage {
        try PNGImage(width: width, height: height, channels: 3,
                     pixels: pixels.map { UInt8(min(max($0, 0), 255) + 0.5) })  // round half up without roundf
    }

    mutating func draw(_ item: SceneItem, scale: Double) {
        switch item {
        case let .path(subpaths, closed, fill, stroke, opacity):
            let scaled = subpaths.map { $0.map { Point(x: $0.x * scale, y: $0.y * scale) } }
            if let fill { blend(fillMask(scaled), fill, opacity) }
            if let stroke {
                let lines = closed ? scaled.map { $0 + ($0.first.map { [$0] } ?? []) } : scaled
                blend(strokeMask(lines, stroke: stroke, scale: scale), stroke.color, opacity)
            }
        case let .circles(centers, radii, fill, opacity):
            for (index, centre) in centers.enumerated() {
                let radius = (radii.count == centers.count ? radii[index] : radii[0]) * scale
                blend(circleMask(Point(x: centre.x * scale, y: centre.y * scale), radius: radius), fill, opacity)
            }
        case let .rects(rects, fill, stroke, opacity):
            for rect in rects {
                let corners = [Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
                               Point(x: rect.maxX, y: rect.maxY), Point(x: rect.minX, y: rect.maxY)]
                    .map { Point(x: $0.x * scale, y: $0.y * scale) }
                if let fill { blend(fillMask([corners]), fill, opacity) }
                if let stroke { blend(strokeMask([corners + [corners[0]]], stroke: stroke, scale: scale), stroke.color, 1) }
            }
        case let .image(image, rect, smooth):
            drawImage(image, in: Rect(x: rect.x * scale, y: rect.y * scale, width: rect.width * scale, height: rect.height * scale), smooth: smooth)
        case let .text(text, at, size, anchor, color, _, _, rotated):
            let text = ChartText.plain(text)
            guard !rotated, BitmapFont.canDraw(text) else { break }
            let rects = BitmapFont.rectangles(text, at: Point(x: at.x * scale, y: at.y * scale), size: size * scale, alignment: anchor)
            if !rects.isEmpty { blend(fillMask(rects), color, 1) }
        }
    }

    mutating func blend(_ mask: CoverageMask, _ color: FigureColor, _ opacity: Double) {
        let r = Float(color.red), g = Float(color.green), b = Float(color.blue), alpha = Float(opacity)
        for row in 0..<mask.height {
            let y = mask.y0 + row
            for column in 0..<mask.width {
                let coverage = mask.values[row * mask.width + column] * alpha
                guard coverage > 0 else { continue }
                let index = (y * width + mask.x0 + column) * 3
                let keep = 1 - min(coverage, 1)
                pixels[index] = pixels[index] * keep + r * (1 - keep)
                pixels[index + 1] = pixels[index + 1] * keep + g * (1 - keep)
                pixels[index + 2] = pixels[index + 2] * keep + b * (1 - keep)
            }
        }
    }

    func box(_ points: [[Point]], margin: Double) -> (Int, Int, Int, Int) {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for path in points { for p in path { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) } }
        guard minX <= maxX, minY <= maxY else { return (0, 0, 0, 0) }
        let x0 = pixelIndex(minX - margin, limit: width), y0 = pixelIndex(minY - margin, limit: height)
        let x1 = pixelIndex(maxX + margin + 1, limit: width), y1 = pixelIndex(maxY + margin + 1, limit: height)
        return (x0, y0, max(x0, x1), max(y0, y1))
    }

    /// A pixel coordinate clamped to `0...limit` before conversion (never traps on huge or NaN values).
    func pixelIndex(_ value: Double, limit: Int) -> Int {
        guard value.isFinite else { return value > 0 ? limit : 0 }
        return Int(min(max(value.rounded(.down), 0), Double(limit)))
    }

    func circleMask(_ centre: Point, radius: Double) -> CoverageMask {
        let (x0, y0, x1, y1) = box([[centre]], margin: radius + 1)
        var mask = CoverageMask(x0: x0, y0: y0, x1: x1, y1: y1)
        for y in y0..<y1 {
            for x in x0..<x1 {
                let distance = PortableMath.hypot(Double(x) + 0.5 - centre.x, Double(y) + 0.5 - centre.y)
                let coverage = min(max(radius + 0.5 - distance, 0), 1)
                if coverage > 0 { mask.raise(x, y, Float(coverage)) }
            }
        }
        return mask
    }

    func strokeMask(_ paths: [[Point]], stroke: Stroke, scale: Double) -> CoverageMask {
        let half = max(stroke.width * scale, 0.8) / 2
        let (x0, y0, x1, y1) = box(paths, margin: half + 1)
        var mask = CoverageMask(x0: x0, y0: y0, x1: x1, y1: y1)
        let pattern = stroke.style.pattern(width: stroke.width).map { $0 * scale }
        let dashes = stroke.roundCaps && !pattern.isEmpty
            ? pattern.enumerated().map { $0.offset % 2 == 0 ? 0.01 : $0.element + pattern[$0.offset - 1] + stroke.width * scale - 0.01 }
            : pattern
        for path in paths {
            for (a, b) in Dashing.segments(path, pattern: dashes) { capsule(a, b, half: half, into: &mask) }
        }
        return mask
    }

    func capsule(_ a: Point, _ b: Point, half: Double, into mask: inout CoverageMask) {
        let xs = max(mask.x0, pixelIndex(min(a.x, b.x) - half - 1, limit: width))
        let xe = min(mask.x0 + mask.width, pixelIndex(max(a.x, b.x) + half + 2, limit: width))
        let ys = max(mask.y0, pixelIndex(min(a.y, b.y) - half - 1, limit: height))
        let ye = min(mask.y0 + mask.height, pixelIndex(max(a.y, b.y) + half + 2, limit: height))
        guard xs < xe, ys < ye else { return }
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        for y in ys..<ye {
            let py = Double(y) + 0.5
            for x in xs..<xe {
                let px = Double(x) + 0.5
                var t = lengthSquared > 0 ? ((px - a.x) * dx + (py - a.y) * dy) / lengthSquared : 0
                t = min(max(t, 0), 1)
                let ex = px - (a.x + t * dx), ey = py - (a.y + t * dy)
                let coverage = min(max(half + 0.5 - (ex * ex + ey * ey).squareRoot(), 0), 1)
                if coverage > 0 { mask.raise(x, y, Float(coverage)) }
            }
        }
    }

    /// Even-odd fill of closed subpaths with 4 sub-scanlines per pixel row.
    func fillMask(_ paths: [[Point]]) -> CoverageMask {
        let (x0, y0, x1, y1) = box(paths, margin: 1)
        var mask = CoverageMask(x0: x0, y0: y0, x1: x1, y1: y1)
        guard mask.width > 0, mask.height > 0 else { return mask }
        let subRows = 4
        var crossings: [Double] = []
        for y in y0..<y1 {
            for sub in 0..<subRows {
                let sy = Double(y) + (Double(sub) + 0.5) / Double(subRows)
                crossings.removeAll(keepingCapacity: true)
                for path in paths where path.count > 2 {
                    var previous = path[path.count - 1]
                    for point in path {
                        if (previous.y <= sy) != (point.y <= sy) {
                            crossings.append(previous.x + (sy - previous.y) / (point.y - previous.y) * (point.x - previous.x))
                        }
                        previous = point
                    }
                }
                crossings.sort()
                var index = 0
                while index + 1 < crossings.count {
                    addSpan(from: crossings[index], to: crossings[index + 1], row: y, weight: 1 / Float(subRows), into: &mask)
                    index += 2
                }
            }
        }
        return mask
    }

    func addSpan(from start: Double, to end: Double, row: Int, weight: Float, into mask: inout CoverageMask) {
        let left = max(start, Double(mask.x0)), right = min(end, Double(mask.x0 + mask.width))
        guard right > left else { return }
        let first = pixelIndex(left, limit: width), last = min(pixelIndex(right + 1, limit: width), mask.x0 + mask.width)
        for x in first..<last {
            let covered = min(right, Double(x + 1)) - max(left, Double(x))
            guard covered > 0 else { continue }
            let index = (row - mask.y0) * mask.width + (x - mask.x0)
            mask.values[index] = min(1, mask.values[index] + weight * Float(covered))
        }
    }

    mutating func drawImage(_ image: PNGImage, in rect: Rect, smooth: Bool) {
        let x0 = pixelIndex(rect.minX + 0.5, limit: width), x1 = pixelIndex(rect.maxX + 0.5, limit: width)
        let y0 = pixelIndex(rect.minY + 0.5, limit: height), y1 = pixelIndex(rect.maxY + 0.5, limit: height)
        guard x1 > x0, y1 > y0, rect.width > 0, rect.height > 0,
              rect.minX.isFinite, rect.minY.isFinite, rect.width.isFinite, rect.height.isFinite else { return }
        let channels = image.channels
        for y in y0..<y1 {
            let v = (Double(y) + 0.5 - rect.minY) / rect.height * Double(image.height) - 0.5
            for x in x0..<x1 {
                let u = (Double(x) + 0.5 - rect.minX) / rect.width * Double(image.width) - 0.5
                var sample = SIMD4<Double>(0, 0, 0, 0)
                if smooth {
                    let ua = min(max(u, 0), Double(image.width - 1)), va = min(max(v, 0), Double(image.height - 1))
                    let u0 = Int(ua), v0 = Int(va), u1 = min(u0 + 1, image.width - 1), v1 = min(v0 + 1, image.height - 1)
                    let fu = ua - Double(u0), fv = va - Double(v0)
                    for c in 0..<channels {
                        func at(_ i: Int, _ j: Int) -> Double { Double(image.pixels[(j * image.width + i) * channels + c]) }
                        sample[c] = (at(u0, v0) * (1 - fu) + at(u1, v0) * fu) * (1 - fv) + (at(u0, v1) * (1 - fu) + at(u1, v1) * fu) * fv
                    }
                } else {
                    let i = min(max(Int((u + 0.5).rounded(.down)), 0), image.width - 1)
                    let j = min(max(Int((v + 0.5).rounded(.down)), 0), image.height - 1)
                    for c in 0..<channels { sample[c] = Double(image.pixels[(j * image.width + i) * channels + c]) }
                }
                let (rgb, alpha) = Self.expand(sample, channels: channels)
                let index = (y * width + x) * 3
                for c in 0..<3 { pixels[index + c] = Float(Double(pixels[index + c]) * (1 - alpha) + rgb[c] * alpha) }
            }
        }
    }

    static func expand(_ sample: SIMD4<Double>, channels: Int) -> (SIMD3<Double>, Double) {
        switch channels {
        case 1: return (SIMD3(repeating: sample[0]), 1)
        case 2: return (SIMD3(repeating: sample[0]), sample[1] / 255)
        case 3: return (SIMD3(sample[0], sample[1], sample[2]), 1)
        default: return (SIMD3(sample[0], sample[1], sample[2]), sample[3] / 255)
        }
    }
}

/// Splits a polyline into the "on" pieces of a dash pattern (the whole polyline when solid).
enum Dashing {
    static func segments(_ path: [Point], pattern: [Double]) -> [(Point, Point)] {
        guard path.count > 1 else { return [] }
        var result: [(Point, Point)] = []
        guard !pattern.isEmpty, pattern.reduce(0, +) > 0 else {
            for index in 1..<path.count { result.append((path[index - 1], path[index])) }
            return result
        }
        var patternIndex = 0
        var remaining = pattern[0]
        for index in 1..<path.count {
            var a = path[index - 1]
            let b = path[index]
            var length = PortableMath.hypot(b.x - a.x, b.y - a.y)
            while length > 0 {
                let step = min(remaining, length)
                let t = step / length
                let next = Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
                if patternIndex % 2 == 0 { result.append((a, next)) }
                length -= step
                remaining -= step
                a = next
                if remaining <= 1e-9 {
                    patternIndex = (patternIndex + 1) % pattern.count
                    remaining = pattern[patternIndex]
                }
            }
        }
        return result
    }
}
