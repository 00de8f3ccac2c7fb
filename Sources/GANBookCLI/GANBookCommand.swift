import ArgumentParser
public struct GANBookCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "ganbook", abstract: "Build the GANBook course.")
    public init() {}
    public func run() throws {}
}
