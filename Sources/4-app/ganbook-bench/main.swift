// ganbook-bench: benchmarks that print what they measured.
// Usage: ganbook-bench <suite> [options]; each suite lives in its own file.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let suites: [String: ([String]) throws -> Void] = [
    "engine": EngineBench.run,
    "script": ScriptBench.run,
    "figures": FiguresBench.run,
    "texmath": TeXMathBench.run,
    "site": SiteBench.run,
    "notebook": NotebookBench.run,
    "math": MathBench.run,
]
guard let name = arguments.first, let suite = suites[name] else {
    let known = suites.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write("usage: ganbook-bench <suite> [options]; suites: \(known)\n".data(using: .utf8)!)
    exit(2)
}
do {
    try suite(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write("ganbook-bench \(name): error: \(error)\n".data(using: .utf8)!)
    exit(1)
}
