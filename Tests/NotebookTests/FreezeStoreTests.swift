import Foundation
import Testing
@testable import Notebook

@Suite struct FreezeStoreTests {
    let lessons: String

    init() throws {
        lessons = FileManager.default.temporaryDirectory.appendingPathComponent("gb-freeze-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
    }

    @Test func roundTripsAndRemovesUnreferencedAssets() throws {
        var store = FreezeStore(lessonsFolder: lessons)
        let svg = try store.storeAsset(slug: "01-x", bytes: Array("<svg/>".utf8), extension: "svg")
        let stale = try store.storeAsset(slug: "01-x", bytes: Array("<svg>old</svg>".utf8), extension: "svg")
        let frozen = FrozenLesson(cells: [
            FrozenCell(name: "fig-a", index: 0, key: "k1", outputs: [.text("hi\n"), .svg(file: svg, title: "图")],
                       failure: nil, seconds: 0.5, filesRead: ["data/x.png": "abc"]),
        ])
        try store.save(frozen, slug: "01-x")
        #expect(store.load(slug: "01-x") == frozen)
        #expect(store.asset(slug: "01-x", file: svg) == Array("<svg/>".utf8))
        #expect(store.asset(slug: "01-x", file: stale) == nil, "an asset no cell refers to is removed")
        #expect(store.warnings.isEmpty)
    }

    @Test func damagedFilesAreDetected() throws {
        var store = FreezeStore(lessonsFolder: lessons)
        let png = try store.storeAsset(slug: "l", bytes: [1, 2, 3], extension: "png")
        try Data([9, 9]).write(to: URL(fileURLWithPath: lessons + "/_freeze/l/" + png))
        #expect(store.asset(slug: "l", file: png) == nil)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: lessons + "/_freeze/l/cells.json"))
        #expect(store.load(slug: "l").cells.isEmpty)
        #expect(store.warnings.count == 1)
    }
}
