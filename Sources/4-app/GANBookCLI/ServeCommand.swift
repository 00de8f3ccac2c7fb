import ArgumentParser
import Foundation
import Build
import Notebook
import PreviewServer

/// `ganbook serve`: preview with live reload.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site on 127.0.0.1, rebuild when a lesson changes, and reload open pages."
    )

    @OptionGroup var folder: LessonsOption

    @Option(name: .long, help: "The folder the served site is written to (default: the private overlay lessons/.cache/serve/site, so serving never touches the committed site).")
    var out: String?

    @Option(name: .long, help: "The port on 127.0.0.1.")
    var port: UInt16 = 8000

    @OptionGroup var engine: ThreadsOption

    func run() async throws {
        engine.apply()
        // One pool for every rebuild: a worker stays started between edits.
        let pool = CellWorkers.pool()
        defer { pool.shutDown() }
        let overlay = ServeOverlay(lessons: folder.lessons)
        let server = PreviewServer(options: BuildOptions(lessonsFolder: folder.lessons, outputFolder: out ?? overlay.root + "/site",
                                                         execution: .workers(pool)),
                                   port: port,
                                   log: { Terminal.progress($0) })
        do {
            try await server.run()
        } catch let error as PreviewError {
            Terminal.progress(error.description)
            throw ExitCode.failure
        }
    }
}
