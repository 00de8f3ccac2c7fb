import Testing
@testable import Figures
@testable import PNGCodec

@Suite("ImageGrid")
struct ImageGridTests {
    /// `count` synthetic 12×12 grey images in [-1, 1]: rings and bars that differ per image.
    static func digits(count: Int) -> [Float] {
        var pixels: [Float] = []
        for index in 0..<count {
            for row in 0..<12 {
                for column in 0..<12 {
                    let dx = Double(column) - 5.5, dy = Double(row) - 5.5
                    let radius = (dx * dx + dy * dy).squareRoot()
                    let ring = abs(radius - Double(2 + index % 4)) < 1.0
                    let bar = index % 3 == 0 && abs(dx + dy * Double(index % 5 - 2) * 0.3) < 0.8
                    pixels.append(ring || bar ? 1 : -1)
                }
            }
        }
        return pixels
    }

    @Test("values map to grey levels; padding and layout are exact")
    func layout() throws {
        let pixels: [Float] = [-1, 1, 0, 0.5,  1, 1, 1, 1,  -1, -1, -1, -1]
        let grid = try ImageGrid(pixels: pixels, count: 3, channels: 1, height: 2, width: 2, columns: 2, scale: 1, padding: 1)
        let image = try grid.image()
        #expect(image.width == 2 * 2 + 3)
        #expect(image.height == 2 * 2 + 3)
        #expect(image.channels == 1)
        func at(_ x: Int, _ y: Int) -> UInt8 { image.pixels[y * image.width + x] }
        #expect(at(0, 0) == 255)
        #expect(at(1, 1) == 0)
        #expect(at(2, 1) == 255)
        #expect(at(1, 2) == 128)
        #expect(at(2, 2) == 191)
        #expect(at(4, 1) == 255)
        #expect(at(1, 4) == 0)
        #expect(at(4, 4) == 255)   // empty fourth slot keeps the padding colour
    }

    @Test("RGB, [0, 1] range, scaling, clamping and NaN")
    func rgb() throws {
        let pixels: [Float] = [0, 1, 2, -5, .nan, 0.5]  // 1 image, 3 channels, 1×2
        let grid = try ImageGrid(pixels: pixels, count: 1, channels: 3, height: 1, width: 2, columns: 4, scale: 2, padding: 0,
                                 range: .zeroToOne)
        let image = try grid.image()
        #expect(image.width == 4 && image.height == 2 && image.channels == 3)
        #expect(Array(image.pixels[0..<6]) == [0, 255, 0, 0, 255, 0])
        #expect(Array(image.pixels[6..<12]) == [255, 0, 128, 255, 0, 128])
        let decoded = try PNGCodec.decode(try grid.png())
        #expect(decoded == image)
    }

    @Test("inconsistent batch shapes throw errors naming the lengths")
    func badShapes() throws {
        do {
            _ = try ImageGrid(pixels: [Float](repeating: 0, count: 100), count: 2, channels: 1, height: 7, width: 7)
            Issue.record("accepted a wrong batch")
        } catch let error as FigureError {
            #expect(error.subject == "ImageGrid")
            #expect(error.message.contains("98") && error.message.contains("100"))
        }
        do {
            _ = try ImageGrid(images: [[0, 0, 0, 0], [0, 0, 0]], channels: 1, height: 2, width: 2)
            Issue.record("accepted a ragged batch")
        } catch let error as FigureError {
            #expect(error.message.contains("image 1 has 3 values"))
            #expect(error.message.contains("needs 4"))
        }
        #expect(throws: FigureError.self) { try ImageGrid(pixels: [0, 0], count: 1, channels: 2, height: 1, width: 1) }
        #expect(throws: FigureError.self) { try ImageGrid(pixels: [0], count: 1, channels: 1, height: 1, width: 1, columns: 0) }
        #expect(throws: FigureError.self) { try ImageGrid(pixels: [], count: 0, channels: 1, height: 1, width: 1) }
        #expect(throws: FigureError.self) { try ImageGrid(images: [], channels: 1, height: 1, width: 1) }
    }
}
