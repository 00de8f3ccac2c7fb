import Foundation
import Testing
@testable import Builtins

/// A symbolic link under `lessons/data/` may not feed a cell a file from outside the course.
@Suite struct DataLinkTests {
    @Test func aDataLinkLeavingTheCourseIsRefusedAndOneInsideIsRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gb-datalink-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let lessons = root + "/lessons", outside = root + "/private"
        try FileManager.default.createDirectory(atPath: lessons + "/data", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try "secret".write(toFile: outside + "/key.txt", atomically: true, encoding: .utf8)
        try "1 2 3".write(toFile: lessons + "/data/real.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: lessons + "/data/key.txt", withDestinationPath: "../../private/key.txt")
        try FileManager.default.createSymbolicLink(atPath: lessons + "/data/alias.txt", withDestinationPath: "real.txt")
        let context = BuiltinContext(lessonsFolder: lessons)
        #expect { try context.readDataFile("data/key.txt") } throws: { error in
            String(describing: error).contains("data file data/key.txt is a symbolic link leading outside the course folder, to ")
                && String(describing: error).hasSuffix("private/key.txt")
        }
        #expect(try context.readDataFile("data/alias.txt") == Array("1 2 3".utf8))
    }
}
