import Foundation
import Testing
@testable import Figures

/// Golden SVG files: `GANBOOK_UPDATE_GOLDEN=1 swift test --filter FiguresTests` rewrites them in
/// the source tree (Tests/FiguresTests/Golden); otherwise each figure must match byte for byte.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["GANBOOK_UPDATE_GOLDEN"] == "1" }

    static func check(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return
        }
        let stored = (try? String(contentsOf: url, encoding: .utf8))
            ?? Bundle.module.url(forResource: "Golden/\(name)", withExtension: nil).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
        guard let stored else {
            Issue.record("missing golden \(name); run GANBOOK_UPDATE_GOLDEN=1 swift test --filter FiguresTests")
            return
        }
        #expect(stored == text, "\(name) differs from its golden file; rerun with GANBOOK_UPDATE_GOLDEN=1 if the change is intended")
    }
}

@Suite("Golden SVG files")
struct GoldenTests {
    @Test("every sample figure matches its golden SVG", arguments: SampleFigures.all.map(\.name))
    func golden(name: String) throws {
        let figure = try #require(SampleFigures.all.first { $0.name == name }?.figure)
        try Golden.check("\(name).svg", try figure.svg())
    }

    @Test("image grid SVG matches its golden file")
    func imageGrid() throws {
        let grid = try ImageGrid(pixels: ImageGridTests.digits(count: 16), count: 16, channels: 1, height: 12, width: 12,
                                 columns: 8, scale: 3, padding: 2)
        try Golden.check("image-grid.svg", try grid.svg(title: "生成样本"))
    }
}
