import ArgumentParser
import Foundation
import Site

/// `ganbook build`: lessons → site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render every lesson of the course into a static HTML site."
    )

    @Option(name: .long, help: "The folder of Markdown lessons (with index.md).")
    var lessons = "lessons"

    @Option(name: .long, help: "The folder the site is written to (replaced atomically).")
    var out = "site"

    @Flag(name: .long, help: "Never execute cells; render from frozen outputs only (CI uses this).")
    var frozen = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let quiet = self.quiet
        let builder = SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: out, frozen: frozen),
                                  log: { if !quiet { Terminal.progress($0) } })
        try Terminal.reportingErrors {
            let summary = try builder.build()
            if !quiet { Terminal.progress("built \(summary.pages) pages (\(summary.cells) cells) into \(out)") }
        }
    }
}
