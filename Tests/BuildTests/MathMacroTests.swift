import Foundation
import Testing
@testable import Course
@testable import Site

/// Course macros (`macros:` in course.yml) and a lesson's `\newcommand`s reach the pages:
/// a lesson's definitions hold from their formula to the end of that lesson only.
@Suite struct MathMacroTests {
    private func render(courseYAML: String, lessons: [String: String]) throws -> (files: [String: [UInt8]], warnings: [String]) {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(courseYAML, to: folder + "/course.yml")
        try Fixtures.write("---\ntitle: 首页\n---\n\n首页。\n", to: folder + "/index.md")
        for (name, text) in lessons { try Fixtures.write(text, to: folder + "/" + name) }
        var renderer = SiteRenderer(course: try Course.load(folder: folder))
        let files = renderer.files()
        return (files, renderer.warnings)
    }

    private func page(_ files: [String: [UInt8]], _ name: String) -> String {
        String(decoding: files[name] ?? [], as: UTF8.self)
    }

    @Test func courseAndLessonMacrosExpandInDocumentOrder() throws {
        let (files, warnings) = try render(
            courseYAML: "title: T\nmacros:\n  E: \\mathbb{E}\n  \\norm: \\left\\|#1\\right\\|\n",
            lessons: [
                "01-a.md": "---\ntitle: A\n---\n\n先 $\\KL$。\n\n$$\\newcommand{\\KL}{D_{\\mathrm{KL}}} \\E[\\norm{x}]$$\n\n后 $\\KL$。\n",
                "02-b.md": "---\ntitle: B\n---\n\n这里 $\\E \\KL$。\n",
            ])
        let first = page(files, "01-a.html")
        #expect(first.contains("<mi>𝔼</mi>"))
        #expect(first.contains(#"<mo form="prefix" fence="true" stretchy="true" symmetric="true">‖</mo><mi>x</mi>"#))
        #expect(first.contains("<msub><mi>D</mi><mi>KL</mi></msub>"), "\\KL after its definition")
        // before its definition, and in the next lesson, \KL is unknown: a warning each
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("01-a.md:5:3: warning: unknown TeX command '\\KL'") || $0.contains("01-a.md") && $0.contains("\\KL") })
        #expect(warnings.contains { $0.contains("02-b.md") && $0.contains("unknown TeX command '\\KL'") })
        #expect(page(files, "02-b.html").contains("<mi>𝔼</mi>"))
    }

    @Test func badMacroTableIsALocatedError() throws {
        #expect(throws: CourseError.self) {
            _ = try render(courseYAML: "macros:\n  not a name: x\n", lessons: [:])
        }
        #expect(throws: CourseError.self) {
            _ = try render(courseYAML: "macros: [a, b]\n", lessons: [:])
        }
        do {
            _ = try render(courseYAML: "title: T\nmacros:\n  2x: y\n", lessons: [:])
        } catch {
            #expect("\(error)".contains("course.yml:3:3"), "\(error)")
            #expect("\(error)".contains("macro name '2x' must be letters only"))
        }
    }
}
