import Foundation
import TeXMath
#if canImport(Glibc)
import Glibc
#endif

/// `ganbook-bench texmath --corpus FILE.tsv[,FILE.tsv…] [--runs N]`: converts every formula of
/// the TeX corpus files (`id<TAB>source<TAB>tex`, display mode) with TeXMath in this process
/// and with pandoc's TeX → MathML (one `pandoc -f markdown -t html --mathml` run over a
/// document of all the formulas as `$$…$$` paragraphs), alternating the two in each round.
/// Prints the median wall and CPU time of each, their ratio, and the share each converted
/// (TeXMath: no `<merror>`; pandoc: a `<math>` element rather than the raw TeX it falls back to).
enum TeXMathCorpusBench {
    struct Formula { var id: String; var tex: String }

    static func run(files: [String], runs: Int) throws {
        var formulas: [Formula] = []
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3 { formulas.append(Formula(id: String(fields[0]), tex: String(fields[2]))) }
            }
        }
        let bytes = formulas.reduce(0) { $0 + $1.tex.utf8.count }
        print("texmath corpus: \(formulas.count) formulas, \(bytes) bytes of TeX, from \(files.joined(separator: ", "))")
        let document = formulas.map { "$$" + $0.tex + "$$" }.joined(separator: "\n\n") + "\n"
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-texmath-corpus-\(getpid()).md")
        try document.write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }

        var ours: [(wall: Double, cpu: Double)] = []
        var theirs: [(wall: Double, cpu: Double)] = []
        var pandocStartup: [Double] = []
        var ourClean = 0, theirClean = 0
        let converter = TeXConverter()
        for round in 0..<runs {
            // TeXMath
            let cpu0 = processCPU(), start = DispatchTime.now().uptimeNanoseconds
            var clean = 0
            for formula in formulas where !converter.convert(formula.tex, display: true).mathml.contains("<merror") { clean += 1 }
            ours.append((Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, processCPU() - cpu0))
            ourClean = clean
            // pandoc on the same formulas
            let (wall, cpu, output) = try pandoc(arguments: ["-f", "markdown", "-t", "html", "--mathml", input.path])
            theirs.append((wall, cpu))
            theirClean = output.components(separatedBy: "<math ").count - 1
            let empty = try pandoc(arguments: ["-f", "markdown", "-t", "html", "--mathml", "/dev/null"])
            pandocStartup.append(empty.wall)
            print(String(format: "round %d: TeXMath %.3f s (cpu %.3f s), pandoc %.3f s (cpu %.3f s), pandoc on an empty file %.3f s",
                         round + 1, ours.last!.wall, ours.last!.cpu, wall, cpu, empty.wall))
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let ourWall = median(ours.map(\.wall)), theirWall = median(theirs.map(\.wall))
        print(String(format: "TeXMath: median %.3f s wall, %.3f s CPU; %.0f formulas/s; %d/%d (%.2f%%) without <merror>",
                     ourWall, median(ours.map(\.cpu)), Double(formulas.count) / ourWall, ourClean, formulas.count,
                     100 * Double(ourClean) / Double(formulas.count)))
        print(String(format: "pandoc:  median %.3f s wall, %.3f s CPU (startup on an empty file %.3f s); %d/%d (%.2f%%) as <math>",
                     theirWall, median(theirs.map(\.cpu)), median(pandocStartup), theirClean, formulas.count,
                     100 * Double(theirClean) / Double(formulas.count)))
        print(String(format: "ratio pandoc / TeXMath: %.1fx wall (median of %d alternating rounds)", theirWall / ourWall, runs))
    }

    /// This process's user + system CPU seconds.
    private static func processCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    private static func pandoc(arguments: [String]) throws -> (wall: Double, cpu: Double, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let cpu0 = childrenCPU(), start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0 else {
            throw TeXMathBench.UsageError(description: "pandoc failed (status \(process.terminationStatus)); install it: apt-get install -y pandoc")
        }
        return (wall, childrenCPU() - cpu0, String(decoding: data, as: UTF8.self))
    }
}
