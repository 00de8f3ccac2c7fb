import ArgumentParser

/// The `ganbook` command: one subcommand type per job.
public struct GANBookCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ganbook",
        abstract: "Build the GANBook course: Markdown lessons with executable Swift cells, as a static site.",
        subcommands: [BuildCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}
