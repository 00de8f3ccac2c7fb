import ArgumentParser
import Builtins
import Foundation
import Build
import Notebook

/// `ganbook build`: lessons → site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render every lesson of the course into a static HTML site."
    )

    @OptionGroup var folder: LessonsOption

    @OptionGroup var output: OutputOption

    @Flag(name: .long, help: "Never execute cells; render from frozen outputs only (CI uses this).")
    var frozen = false

    @Option(name: .long, help: "Run this lesson (03-dcgan) or cell (03-dcgan#train) even if its outputs are current; repeatable.")
    var rerun: [String] = []

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @OptionGroup var engine: ThreadsOption

    func run() throws {
        engine.apply()
        let quiet = self.quiet
        let pool = CellWorkers.pool()
        defer { pool.shutDown() }
        let builder = SiteBuilder(options: BuildOptions(lessonsFolder: folder.lessons, outputFolder: output.out, frozen: frozen, rerun: Set(rerun),
                                                        execution: .workers(pool)),
                                  log: { if !quiet { Terminal.progress($0) } },
                                  progress: quiet ? SilentProgress() : TerminalProgress())
        try Terminal.reportingErrors {
            let summary = try builder.build()
            if !quiet {
                Terminal.progress("built \(summary.pages) pages (\(summary.cells) cells, \(summary.executed) run) into \(output.out)")
            }
            if !summary.problems.isEmpty {
                summary.problems.forEach { Terminal.progress($0.description) }
                Terminal.progress("error: \(summary.problems.count) cell(s) failed; their errors are shown in the pages")
                throw ExitCode.failure
            }
        }
    }
}
