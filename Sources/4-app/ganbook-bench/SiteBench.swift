import Builtins
import Course
import Foundation
import Site

/// `ganbook-bench site [--lessons DIR] [--runs N]`: renders the course from its frozen outputs
/// in process (load, parse, MathML, highlight, render; no writing), and, on the same lesson
/// Markdown, runs Debian's `pandoc --mathml` once per page as the peer. Prints medians per page
/// and the ratio.
enum SiteBench {
    static func run(_ arguments: [String]) throws {
        let lessons = value(of: "--lessons", in: arguments) ?? "lessons"
        let runs = Int(value(of: "--runs", in: arguments) ?? "") ?? 15
        let course = try Course.load(folder: lessons)
        var store = FreezeStore(lessonsFolder: lessons)
        var frozen: [String: FrozenLesson] = [:]
        for page in course.pages { frozen[page.slug] = store.load(slug: page.slug) }
        let entries = try BuiltinReference.entries()
        let reference = ReferenceEntries(standard: entries.standard, course: entries.course, chinese: BuiltinReference.chinese(entries))

        var ours: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            let loaded = try Course.load(folder: lessons)
            var renderer = SiteRenderer(course: loaded, frozen: frozen, reference: reference)
            _ = renderer.files()
            ours.append(milliseconds(start.duration(to: .now)))
        }
        let pages = Double(course.pages.count)
        let oursPerPage = median(ours) / pages

        var pandocPerPage: [Double] = []
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pandoc") {
            for _ in 0..<max(3, runs / 3) {
                var total = 0.0
                for page in course.pages {
                    let start = ContinuousClock.now
                    try pandoc(page.path)
                    total += milliseconds(start.duration(to: .now))
                }
                pandocPerPage.append(total / pages)
            }
        }
        print("site render from freeze: \(course.pages.count) pages (+ reference), median \(format(median(ours))) ms for the course, \(format(oursPerPage)) ms per page (min \(format(ours.min() ?? 0)), max \(format(ours.max() ?? 0)))")
        if pandocPerPage.isEmpty {
            print("pandoc: not installed (apt-get install pandoc) — no peer measured")
        } else {
            let peer = median(pandocPerPage)
            print("pandoc --mathml (one process per page): median \(format(peer)) ms per page")
            print("ratio pandoc / GANBook per page: \(format(peer / oursPerPage))×")
        }
    }

    static func pandoc(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pandoc")
        process.arguments = ["--quiet", "--mathml", "-f", "markdown", "-t", "html", path, "-o", "/dev/null"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
