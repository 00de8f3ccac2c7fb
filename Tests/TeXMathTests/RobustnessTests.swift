import MarkupText
import Testing
@testable import TeXMath

/// Random input never traps and always yields well-formed MathML with the source annotated.
@Suite struct RobustnessTests {
    /// SplitMix64: a small seeded generator so failures reproduce.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let soup = [
        "{", "}", "^", "_", "&", #"\\"#, "'", "x", "2", "-", "+", "(", ")", "[", "]", "|", "$", "%", "~", "#1",
        #"\frac"#, #"\sqrt"#, #"\left("#, #"\right)"#, #"\middle|"#, #"\left."#, #"\right."#, #"\begin{cases}"#,
        #"\end{cases}"#, #"\begin{aligned}"#, #"\end{aligned}"#, #"\begin{array}{lc}"#, #"\end{array}"#,
        #"\text{"#, #"\textbf{中"#, #"\mathbb{"#, #"\operatorname*{"#, #"\sum"#, #"\int"#, #"\limits"#, #"\nolimits"#,
        #"\lim"#, #"\arg"#, #"\min"#, #"\hat"#, #"\underbrace"#, #"\overset"#, #"\tag{"#, #"\color{"#, #"\displaystyle"#,
        #"\over"#, #"\big"#, #"\Bigl"#, #"\not"#, #"\foo"#, #"\"#, " ", "\n", "α", "≤", "中", #"\,"#, #"\!"#, "<", "&amp;",
    ]

    @Test(arguments: 0..<8)
    func randomTokenSoup(seed: Int) throws {
        var generator = SeededGenerator(state: UInt64(seed))
        for _ in 0..<300 {
            let length = Int.random(in: 0...25, using: &generator)
            let tex = (0..<length).map { _ in Self.soup.randomElement(using: &generator) ?? "" }.joined()
            try checkConversion(tex)
        }
    }

    @Test(arguments: 0..<4)
    func randomBytes(seed: Int) throws {
        var generator = SeededGenerator(state: UInt64(1000 + seed))
        for _ in 0..<300 {
            let length = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try checkConversion(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func controlCharactersAreReplaced() throws {
        let result = TeXConverter().convert("\u{1}x\u{0}", display: false)
        try XMLChecker.check(result.mathml)
        #expect(!result.mathml.contains("\u{0}"))
        #expect(result.mathml.contains("\u{FFFD}"))
    }

    private func checkConversion(_ tex: String) throws {
        for display in [true, false] {
            let result = TeXConverter().convert(tex, display: display)
            do {
                try XMLChecker.check(result.mathml)
            } catch {
                Issue.record("ill-formed output for \(tex.debugDescription): \(error)")
            }
                        let escaped = MarkupText.escape(tex)
            #expect(result.mathml.contains(">\(escaped)</annotation>"))
            if result.hasErrors {
                #expect(result.diagnostics.count == 1)
                #expect(result.mathml.contains("<merror><mtext>\(escaped)</mtext></merror>"))
            }
            for diagnostic in result.diagnostics {
                #expect(diagnostic.offset >= 0 && diagnostic.offset <= tex.utf8.count)
                #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
            }
        }
    }
}
