import Testing
@testable import TeXMath

/// The course's real formulas convert without diagnostics into well-formed MathML.
@Suite struct CorpusTests {
    @Test func corpusIsLargeAndMixed() {
        #expect(CourseFormulaSamples.all.count >= 40)
        #expect(CourseFormulaSamples.all.contains { $0.display })
        #expect(CourseFormulaSamples.all.contains { !$0.display })
    }

    @Test(arguments: CourseFormulaSamples.all.map(\.tex))
    func convertsCleanly(_ tex: String) throws {
        for display in [true, false] {
            let result = TeXConverter().convert(tex, display: display)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(!result.mathml.contains("<merror>"))
            try XMLChecker.check(result.mathml)
        }
    }

    @Test func ganValueFunctionStructure() {
        let tex = #"\min_G \max_D V(D, G) = \mathbb{E}_{x \sim p_{\text{data}}(x)}\left[\log D(x)\right]"#
        let mathml = body(tex, display: true)
        #expect(mathml.hasPrefix("<mrow><munder><mi>min</mi><mi>G</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\"/><munder><mi>max</mi><mi>D</mi></munder>"))
        #expect(mathml.contains("<msub><mi>𝔼</mi><mrow><mi>x</mi><mo>∼</mo><msub><mi>p</mi><mtext>data</mtext></msub>"))
        #expect(mathml.contains(#"<mo form="prefix" fence="true" stretchy="true" symmetric="true">[</mo><mi>log</mi>"#))
    }

    @Test func optimalDiscriminatorStructure() {
        let mathml = body(#"D^*(x) = \frac{p_{\text{data}}(x)}{p_{\text{data}}(x) + p_g(x)}"#, display: true)
        #expect(mathml.hasPrefix(#"<mrow><msup><mi>D</mi><mo form="prefix" lspace="0" rspace="0">∗</mo></msup><mo stretchy="false">(</mo>"#))
        #expect(mathml.contains("<mfrac><mrow><msub><mi>p</mi><mtext>data</mtext></msub>"))
    }

    @Test func convolutionArithmeticUsesFloorFences() {
        let mathml = body(#"o = \left\lfloor \frac{i + 2p - k}{s} \right\rfloor + 1"#, display: true)
        #expect(mathml.contains(#"<mo form="prefix" fence="true" stretchy="true" symmetric="true">⌊</mo><mfrac>"#))
        #expect(mathml.contains(#"<mo form="postfix" fence="true" stretchy="true" symmetric="true">⌋</mo>"#))
    }
}
