import CellScript
import Foundation
import PortableMath

/// Scalar math: ns per call of the platform's libm (glibc here), the engine's PortableMath
/// (within ~1 ulp) and PortableMath.CorrectlyRounded (the cell builtins), timed alternately in
/// the same run over 4096 inputs, median of the rounds; then the cost per call of a cell's
/// `exp`/`log`/`pow` against `sqrt` (the interpreter's overhead) in a CellScript loop.
/// Usage: `ganbook-bench math [--rounds N]`.
enum MathBench {
    static func run(_ arguments: [String]) throws {
        var rounds = 15
        if let i = arguments.firstIndex(of: "--rounds"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 { rounds = n }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func uniform(_ a: Double, _ b: Double) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return a + (b - a) * Double((state ^ (state >> 29)) >> 11) * 0x1p-53
        }
        let n = 4096
        let expInputs = (0..<n).map { _ in uniform(-700, 700) }
        let logInputs = (0..<n).map { _ in Foundation.exp2(uniform(-1000, 1000)) }
        let trigInputs = (0..<n).map { _ in uniform(-100, 100) }
        let powX = (0..<n).map { _ in uniform(0.01, 10) }, powY = (0..<n).map { _ in uniform(-40, 40) }
        typealias CR = PortableMath.CorrectlyRounded
        let unary: [(String, [Double], [(String, (Double) -> Double)])] = [
            ("exp", expInputs, [("libm", { Foundation.exp($0) }), ("PortableMath", { PortableMath.exp($0) }), ("CorrectlyRounded", { CR.exp($0) })]),
            ("log", logInputs, [("libm", { Foundation.log($0) }), ("PortableMath", { PortableMath.log($0) }), ("CorrectlyRounded", { CR.log($0) })]),
            ("log2", logInputs, [("libm", { Foundation.log2($0) }), ("PortableMath", { PortableMath.log2($0) }), ("CorrectlyRounded", { CR.log2($0) })]),
            ("log10", logInputs, [("libm", { Foundation.log10($0) }), ("PortableMath", { PortableMath.log10($0) }), ("CorrectlyRounded", { CR.log10($0) })]),
            ("exp2", expInputs, [("libm", { Foundation.exp2($0) }), ("CorrectlyRounded", { CR.exp2($0) })]),
            ("sin", trigInputs, [("libm", { Foundation.sin($0) }), ("PortableMath", { PortableMath.sin($0) }), ("CorrectlyRounded", { CR.sin($0) })]),
            ("cos", trigInputs, [("libm", { Foundation.cos($0) }), ("PortableMath", { PortableMath.cos($0) }), ("CorrectlyRounded", { CR.cos($0) })]),
        ]
        _ = CR.exp(1) + CR.sin(1)                                          // builds the tables
        print("ns per call, median of \(rounds) rounds over \(n) inputs (alternating in each round)")
        print("function  " + ["libm", "PortableMath", "CorrectlyRounded", "CR / libm", "CR / PortableMath"].map { $0.padding(toLength: 18, withPad: " ", startingAt: 0) }.joined())
        for (name, inputs, variants) in unary {
            var samples = [String: [Double]]()
            var sink = 0.0
            for _ in 0..<rounds {
                for (variant, f) in variants {
                    let start = DispatchTime.now().uptimeNanoseconds
                    for x in inputs { sink += f(x) }
                    samples[variant, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(n))
                }
            }
            report(name, samples, sink)
        }
        var samples = [String: [Double]]()
        var sink = 0.0
        let pows: [(String, (Double, Double) -> Double)] = [("libm", { Foundation.pow($0, $1) }), ("PortableMath", { PortableMath.pow($0, $1) }), ("CorrectlyRounded", { CR.pow($0, $1) })]
        for _ in 0..<rounds {
            for (variant, f) in pows {
                let start = DispatchTime.now().uptimeNanoseconds
                for i in 0..<n { sink += f(powX[i], powY[i]) }
                samples[variant, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(n))
            }
        }
        report("pow", samples, sink)
        try cellLoops(rounds: Swift.max(3, rounds / 3))
    }

    static func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

    static func report(_ name: String, _ samples: [String: [Double]], _ sink: Double) {
        let libm = median(samples["libm"]!), cr = median(samples["CorrectlyRounded"]!)
        let portable = samples["PortableMath"].map(median)
        let cells = [String(format: "%.1f", libm), portable.map { String(format: "%.1f", $0) } ?? "-", String(format: "%.1f", cr),
                     String(format: "%.2fx", cr / libm), portable.map { String(format: "%.2fx", cr / $0) } ?? "-"]
        print(name.padding(toLength: 10, withPad: " ", startingAt: 0) + cells.map { $0.padding(toLength: 18, withPad: " ", startingAt: 0) }.joined()
              + (sink.isNaN ? " (nan)" : ""))
    }

    /// ns per iteration of a cell loop calling `f`, median of `rounds` runs.
    static func cellLoops(rounds: Int) throws {
        let calls = 200_000
        let bodies = [("sqrt", "sqrt(x)"), ("exp", "exp(x * 1e-3)"), ("log", "log(x)"), ("sin", "sin(x)"), ("pow", "pow(x, 0.37)")]
        print("cell loop of \(calls) calls, ns per iteration (median of \(rounds)); the builtin's share is the difference to sqrt")
        var samples = [String: [Double]]()
        for _ in 0..<rounds {
            for (name, body) in bodies {
                let source = "var s = 0.0\nfor i in 1...\(calls) {\n    let x = Double(i)\n    s += \(body)\n}\nprint(s)"
                let interpreter = Interpreter()
                interpreter.limits.timeLimit = 600
                let start = DispatchTime.now().uptimeNanoseconds
                let result = interpreter.run(source, file: "math-bench.swift", firstLine: 1)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls)
                if let d = result.diagnostics.first { throw ScriptBench.Failure(description: "\(name): \(d.message)") }
                samples[name, default: []].append(elapsed)
            }
        }
        let base = median(samples["sqrt"]!)
        for (name, _) in bodies {
            let m = median(samples[name]!)
            print(String(format: "  %-5@ %8.1f ns  (%+.1f ns vs sqrt)", name as NSString, m, m - base))
        }
    }
}
