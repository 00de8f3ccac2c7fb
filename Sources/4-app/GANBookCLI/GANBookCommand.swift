import ArgumentParser
import GANEngine

/// The `ganbook` command: one subcommand type per job.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct GANBookCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ganbook",
        abstract: "Build the GANBook course: Markdown lessons with executable Swift cells, as a static site.",
        version: "ganbook, engine \(GANEngineModule.version), engine ISA path \(EngineISA.current.rawValue) (this CPU: \(EngineISA.supported.map(\.rawValue).joined(separator: ", ")))",
        subcommands: [BuildCommand.self, RunCommand.self, WhyCommand.self, ServeCommand.self, CellWorkerCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}

/// The entry point `main.swift` calls: parses the arguments and runs the chosen subcommand,
/// awaiting the asynchronous ones (`serve`).
public enum GANBookMain {
    public static func run() async {
        do {
            var command = try GANBookCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            GANBookCommand.exit(withError: error)
        }
    }
}
