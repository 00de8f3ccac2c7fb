import ArgumentParser

/// `--lessons DIR`: the course's Markdown lessons (build, serve, why).
struct LessonsOption: ParsableArguments {
    @Option(name: .long, help: "The folder of Markdown lessons (with index.md).")
    var lessons = "lessons"
}

/// `--out DIR`: where the site is written (build, serve).
struct OutputOption: ParsableArguments {
    @Option(name: .long, help: "The folder the site is written to (replaced atomically).")
    var out = "site"
}
