import Foundation
import Testing
@testable import Course

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

@Suite struct CellOutputCodingTests {
    @Test func outputsAreFlatObjectsWithAKind() throws {
        let outputs: [CellOutput] = [.text("hi\n"), .value("42"), .svg(file: "a.svg", title: "图"), .png(file: "b.png", width: 2, height: 3),
                                     .table(header: ["x"], rows: [["1"]])]
        let data = try JSONEncoder().encode(outputs)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"{"kind":"text","text":"hi\n"}"#) || text.contains(#""kind":"text""#))
        #expect(!text.contains("_0"))
        #expect(try JSONDecoder().decode([CellOutput].self, from: data) == outputs)
    }

    @Test func theFirstLayoutIsStillRead() throws {
        let legacy = #"[{"text":{"_0":"hi\n"}},{"svg":{"file":"a.svg","title":"t"}},{"png":{"file":"b.png","height":3,"width":2}},{"value":{"_0":"42"}},{"table":{"header":["x"],"rows":[["1"]]}}]"#
        let decoded = try JSONDecoder().decode([CellOutput].self, from: Data(legacy.utf8))
        #expect(decoded == [.text("hi\n"), .svg(file: "a.svg", title: "t"), .png(file: "b.png", width: 2, height: 3), .value("42"),
                            .table(header: ["x"], rows: [["1"]])])
    }
}
