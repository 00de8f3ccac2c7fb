import Foundation
import TeXMath

/// Benchmarks of TeX → MathML conversion over the course's formulas.
///
/// `ganbook-bench texmath [--runs N] [--repeat K]` prints formulas/second and MB/s of TeX
/// input (median of N runs, each converting the corpus K times).
/// `ganbook-bench texmath --review-page PATH` writes an HTML page of the formulas instead.
/// `ganbook-bench texmath --convert TEX [--inline]` prints one conversion.
/// `ganbook-bench texmath --corpus FILE.tsv[,…] [--runs N]` times TeXMath against pandoc on a
/// TeX corpus (see ``TeXMathCorpusBench``).
enum TeXMathBench {
    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String]) throws {
        if let path = value(of: "--review-page", in: arguments) {
            try writeReviewPage(to: path)
        } else if let files = value(of: "--corpus", in: arguments) {
            let runs = try integer(value(of: "--runs", in: arguments) ?? "5", option: "--runs")
            try TeXMathCorpusBench.run(files: files.split(separator: ",").map(String.init), runs: runs)
        } else if let tex = value(of: "--convert", in: arguments) {
            let result = TeXConverter().convert(tex, display: !arguments.contains("--inline"))
            print(result.mathml)
            for diagnostic in result.diagnostics { print(diagnostic) }
        } else {
            let runs = try integer(value(of: "--runs", in: arguments) ?? "9", option: "--runs")
            let repeats = try integer(value(of: "--repeat", in: arguments) ?? "200", option: "--repeat")
            measure(runs: runs, repeats: repeats)
        }
    }

    private static func measure(runs: Int, repeats: Int) {
        let converter = TeXConverter()
        let samples = CourseFormulaSamples.all
        let inputBytes = samples.reduce(0) { $0 + $1.tex.utf8.count }
        var outputBytes = 0
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            outputBytes = 0
            for _ in 0..<repeats {
                for sample in samples {
                    outputBytes += converter.convert(sample.tex, display: sample.display).mathml.utf8.count
                }
            }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let median = seconds.sorted()[seconds.count / 2]
        let formulas = Double(samples.count * repeats)
        print("texmath: \(samples.count) formulas, \(inputBytes) bytes of TeX, \(outputBytes / repeats) bytes of MathML per pass")
        print("texmath: median of \(runs) runs × \(repeats) passes: \(String(format: "%.3f", median)) s")
        print("texmath: \(String(format: "%.0f", formulas / median)) formulas/s, "
            + "\(String(format: "%.2f", Double(inputBytes * repeats) / median / 1e6)) MB/s of TeX in, "
            + "\(String(format: "%.2f", Double(outputBytes) / median / 1e6)) MB/s of MathML out")
    }

    private static func writeReviewPage(to path: String) throws {
        let converter = TeXConverter()
        var html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>TeXMath review</title>
            <style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:16px;font-size:17px}
            math{font-family:"TeX Gyre Pagella Math","DejaVu Math TeX Gyre",math}
            div{border-bottom:1px solid #ddd;padding:2px 0}</style></head><body>

            """
        for (number, sample) in CourseFormulaSamples.all.enumerated() {
            let result = converter.convert(sample.tex, display: sample.display)
            html += sample.display ? "<div>\(number + 1). \(result.mathml)</div>\n" : "<div>\(number + 1). 行内公式 \(result.mathml) 结束。</div>\n"
        }
        html += "</body></html>\n"
        try html.write(toFile: path, atomically: true, encoding: .utf8)
        print("texmath: wrote \(CourseFormulaSamples.all.count) formulas to \(path)")
    }

    private static func value(of option: String, in arguments: [String]) -> String? {
        guard let position = arguments.firstIndex(of: option), position + 1 < arguments.count else { return nil }
        return arguments[position + 1]
    }

    private static func integer(_ text: String, option: String) throws -> Int {
        guard let number = Int(text), number > 0 else {
            throw UsageError(description: "\(option) needs a positive integer, got '\(text)'")
        }
        return number
    }
}
