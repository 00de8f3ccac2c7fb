import Testing
@testable import TeXMath

/// Golden tests of the layout faults found in issue 23 (each measured in Chromium by
/// scripts/math-layout-check where it can be measured).
@Suite struct LayoutFixTests {
    @Test func alignedColumnsUseTheAlignmentChromiumHonours() {
        let mathml = body(#"\begin{aligned} a &= 1 \\ 3a &= 3 \end{aligned}"#, display: true)
        #expect(mathml.contains(#"<mtd columnalign="right" style="text-align:right;text-align:-webkit-right;padding-right:0;padding-left:0"><mi>a</mi></mtd>"#))
        #expect(mathml.contains(#"<mtd columnalign="left" style="text-align:left;text-align:-webkit-left;padding-left:0"><mrow><mi></mi><mo>=</mo><mn>1</mn></mrow></mtd>"#))
        // array columns too
        #expect(body(#"\begin{array}{r} 1 \end{array}"#).contains(#"style="text-align:right;text-align:-webkit-right""#))
    }

    @Test func bigClosingDelimiterWithScriptIsWrappedSoItStretches() {
        let fence = #"<mo fence="true" stretchy="true" symmetric="true" minsize="1.623em" maxsize="1.623em" lspace="0" rspace="0">)</mo>"#
        #expect(body(#"\Big(y-\hat y\Big)^2"#).hasSuffix("<msup><mrow>\(fence)</mrow><mn>2</mn></msup></mrow>"))
        let norm = #"<mo form="postfix" fence="true" stretchy="true" symmetric="true" minsize="1.2em" maxsize="1.2em">‖</mo>"#
        #expect(body(#"\bigl\lVert x\bigr\rVert^2"#).hasSuffix("<msup><mrow>\(norm)</mrow><mn>2</mn></msup></mrow>"))
        #expect(body(#"\bigr\rVert_1"#) == "<msub><mrow>\(norm)</mrow><mn>1</mn></msub>")
        // without a script the delimiter stays a bare operator in the row
        #expect(body(#"\Big)"#) == fence)
    }

    @Test func dotsTakeNoOperatorSpaceNextToCommas() {
        #expect(body(#"x_1, \ldots, x_n"#) == #"<mrow><msub><mi>x</mi><mn>1</mn></msub><mo>,</mo><mo lspace="0" rspace="0">…</mo><mo>,</mo><msub><mi>x</mi><mi>n</mi></msub></mrow>"#)
    }

    @Test func vecIsAnAccentArrow() {
        #expect(body(#"\vec{x}"#) == #"<mover accent="true"><mi>x</mi><mo stretchy="false" style="font-size:0.7em">→</mo></mover>"#)
    }

    @Test func widetildeIsScaledToItsBase() {
        #expect(body(#"\widetilde{x}"#) == #"<mover accent="true"><mi>x</mi><mo stretchy="false" style="transform:scaleX(1.48)">˜</mo></mover>"#)
        #expect(body(#"\widetilde{xyz}"#).hasSuffix(#"<mo stretchy="false" style="transform:scaleX(4.45)">˜</mo></mover>"#))
    }

    @Test func stretchedMarksGetAFullWidthBox() {
        #expect(body(#"\widehat{ABCD}"#).hasSuffix(#"<mo stretchy="false" style="transform:scaleX(9.85)">ˆ</mo></mover>"#))
        #expect(body(#"\overbrace{a+b}"#) == #"<mover><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true" style="width:100%">⏞</mo></mover>"#)
        #expect(body(#"\xrightarrow{f}"#).contains(#"<mo stretchy="true" minsize="1.8em" style="width:100%">→</mo>"#))
    }

    @Test func displayTagIsCentredVertically() {
        let mathml = TeXConverter().convert(#"\frac{a}{b} = c \tag{1}"#, display: true).mathml
        #expect(mathml.contains(#"<mrow style="position:absolute;right:0;top:50%;transform:translateY(-50%)"><mtext>(1)</mtext></mrow>"#))
        #expect(mathml.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block" style="position:relative">"#))
    }

    @Test func operatorNameKeepsItsHyphen() {
        #expect(body(#"\operatorname{Gam-ma}(x)"#) == #"<mrow><mi>Gam-ma</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#)
        #expect(body(#"\operatorname*{arg\,max}_x"#, display: true).contains("<munder><mrow><mi>arg</mi>"))
        #expect(body(#"\operatorname{d}x"#) == #"<mrow><mi mathvariant="normal">d</mi><mo>⁡</mo><mspace width="0.1667em"/><mi>x</mi></mrow>"#)
    }

    @Test func controlSpaceSurvivesTheEndOfTheFormula() {
        // display math is trimmed, so `$$a\ $$` arrives as `a\`; TeX reads `\` + end of line as `\ `
        #expect(body(#"a\ "#) == #"<mrow><mi>a</mi><mspace width="0.3333em"/></mrow>"#)
        #expect(body(#"a\"#) == body(#"a\ "#))
        #expect(body("a\\\nb") == #"<mrow><mi>a</mi><mspace width="0.3333em"/><mi>b</mi></mrow>"#)
        #expect(diagnostics(#"a\"#).isEmpty)
    }

    @Test func underbraceLabelGoesUnder() {
        #expect(body(#"\underbrace{a+b}_{n}"#, display: true) == #"<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true" style="width:100%">⏟</mo></munder><mi>n</mi></munder>"#)
    }
}
