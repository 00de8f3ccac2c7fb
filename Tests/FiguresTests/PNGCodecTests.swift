import Foundation
import Testing
@testable import PNGCodec

@Suite("PNGCodec")
struct PNGCodecTests {
    /// Deterministic pseudo-random samples (a linear congruential sequence).
    static func samples(_ count: Int, seed: UInt32) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    @Test("encode then decode is bit-exact", arguments: [1, 2, 3, 4])
    func roundTrip(channels: Int) throws {
        let image = try PNGImage(width: 37, height: 23, channels: channels,
                                 pixels: Self.samples(37 * 23 * channels, seed: UInt32(channels)))
        let bytes = try PNGCodec.encode(image)
        #expect(Array(bytes.prefix(8)) == [137, 80, 78, 71, 13, 10, 26, 10])
        let back = try PNGCodec.decode(bytes)
        #expect(back == image)
    }

    @Test("file write and read is bit-exact and leaves no temporary file")
    func fileRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pngcodec-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.png").path
        let image = try PNGImage(width: 5, height: 4, channels: 4, pixels: Self.samples(80, seed: 9))
        try PNGCodec.write(image, to: path)
        #expect(try PNGCodec.read(path: path) == image)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.png"])
    }

    @Test("decoding converts between channel layouts")
    func conversion() throws {
        let rgb = try PNGImage(width: 2, height: 1, channels: 3, pixels: [255, 255, 255, 0, 0, 0])
        let grey = try PNGCodec.decode(try PNGCodec.encode(rgb), channels: 1)
        #expect(grey.pixels == [255, 0])
        let rgba = try PNGCodec.decode(try PNGCodec.encode(rgb), channels: 4)
        #expect(rgba.pixels == [255, 255, 255, 255, 0, 0, 0, 255])
    }

    @Test("corrupt, truncated and empty data throw libpng's message")
    func corrupt() throws {
        let image = try PNGImage(width: 16, height: 16, channels: 3, pixels: Self.samples(768, seed: 3))
        let bytes = try PNGCodec.encode(image)
        for cut in [0, 4, 8, 20, 40, bytes.count / 2, bytes.count - 13] {
            #expect(throws: PNGError.self) { try PNGCodec.decode(Array(bytes.prefix(cut))) }
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0xFF
        #expect(throws: PNGError.self) { try PNGCodec.decode(flipped) }
        var badSignature = bytes
        badSignature[1] = 0
        do {
            _ = try PNGCodec.decode(badSignature)
            Issue.record("bad signature decoded")
        } catch let error as PNGError {
            #expect(!error.message.isEmpty)
            #expect(error.path == nil)
        }
    }

    @Test("a missing or corrupt file names its path")
    func fileErrors() throws {
        let missing = "/nonexistent-folder/x.png"
        do {
            _ = try PNGCodec.read(path: missing)
            Issue.record("missing file read")
        } catch let error as PNGError {
            #expect(error.path == missing)
            #expect(error.description.contains(missing))
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("corrupt-\(getpid()).png").path
        try Data([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try PNGCodec.read(path: path)
            Issue.record("corrupt file read")
        } catch let error as PNGError {
            #expect(error.path == path)
            #expect(error.operation == "read")
        }
        #expect(throws: PNGError.self) { try PNGCodec.write(try PNGImage(width: 1, height: 1, channels: 1, pixels: [0]), to: missing) }
    }

    @Test("shape errors name the shape and the count")
    func shapeErrors() {
        do {
            _ = try PNGImage(width: 3, height: 2, channels: 3, pixels: [0, 1])
            Issue.record("bad shape accepted")
        } catch let error as PNGError {
            #expect(error.message.contains("3x2x3"))
            #expect(error.message.contains("18"))
            #expect(error.message.contains("2"))
        } catch { Issue.record("unexpected \(error)") }
        #expect(throws: PNGError.self) { try PNGImage(width: 0, height: 2, channels: 1, pixels: []) }
        #expect(throws: PNGError.self) { try PNGImage(width: 1, height: 1, channels: 5, pixels: [0, 0, 0, 0, 0]) }
        #expect(throws: PNGError.self) { try PNGCodec.decode([1, 2, 3], channels: 7) }
    }
}
