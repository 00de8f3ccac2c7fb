import CellScript
import Course
import Foundation
import Testing
@testable import Site

/// The renderer draws pages from the data it is given, and nothing else: the reference page
/// lists exactly the entries passed in.
@Suite struct SiteRendererTests {
    func course() throws -> Course {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-site-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n\n# 首页\n".write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
        return try Course.load(folder: folder)
    }

    @Test func theReferencePageListsTheEntriesItIsGiven() throws {
        let standard = Array(HostRegistry.standard().entries.prefix(3))
        let builtins = Array(HostRegistry.standard().entries.suffix(2))
        var renderer = SiteRenderer(course: try course(), reference: ReferenceEntries(standard: standard, course: builtins))
        let page = String(decoding: try #require(renderer.files()["reference.html"]), as: UTF8.self)
        for entry in standard + builtins {
            #expect(page.contains(HTMLNode.escape(entry.signature.components(separatedBy: "(")[0])), "\(entry.signature)")
        }
    }

    @Test func withoutEntriesThereIsNoReferencePage() throws {
        var renderer = SiteRenderer(course: try course())
        let files = renderer.files()
        #expect(files["reference.html"] == nil)
        #expect(files["index.html"] != nil)
    }
}
