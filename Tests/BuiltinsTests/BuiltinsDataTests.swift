import CellScript
import Foundation
import Testing
@testable import Builtins

@Suite struct BuiltinsDataTests {
    static let hasData = FileManager.default.fileExists(atPath: BuiltinCells.repositoryLessons + "/data/digits-train.png")

    @Test(.enabled(if: hasData)) func loadsDigitsAsImagesInMinusOneToOne() throws {
        let cells = try BuiltinCells()
        let shape = try cells.doubles("let d = Digits.load(split: \"test\")\nd.images.shape.map { Double($0) }")
        #expect(shape == [500, 1, 28, 28])
        #expect(cells.context.filesRead.keys.sorted() == ["data/digits-test-labels.txt", "data/digits-test.png"])
        #expect(try cells.double("d.images.min()") == -1)
        #expect(try cells.double("d.images.max()") == 1)
        #expect(try cells.doubles("d.labels[0..<12].map { Double($0) }") == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1])
        let batch = try cells.doubles("let b = d.batch(16)\nb.images.shape.map { Double($0) } + [Double(b.labels.count)]")
        #expect(batch == [16, 1, 28, 28, 16])
    }

    @Test func missingDataFileNamesThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-nodata-\(UUID().uuidString)").path
        let cells = try BuiltinCells(lessonsFolder: folder)
        let result = cells.run("Digits.load()")
        #expect(!result.succeeded)
        #expect(result.formattedDiagnostics.contains("digits-train.png"))
    }
}
