import Testing
@testable import TeXMath

/// Fractions, roots, scripts, primes, large operators and named operators.
@Suite struct StructureTests {
    @Test func documentWrapperCarriesEscapedSource() {
        let mathml = TeXConverter().convert(#"a<\text{"b"}"#, display: true).mathml
        #expect(mathml == #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>a</mi><mo>&lt;</mo><mtext>&quot;b&quot;</mtext></mrow><annotation encoding="application/x-tex">a&lt;\text{&quot;b&quot;}</annotation></semantics></math>"#)
        #expect(TeXConverter().convert("x", display: false).mathml.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><semantics><mi>x</mi>"#))
    }

    @Test func fractions() {
        #expect(body(#"\frac{a}{b}"#) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        #expect(body(#"\frac12"#) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        #expect(body(#"\dfrac{1}{2}"#) == #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#)
        #expect(body(#"\tfrac{1}{2}"#, display: true) == #"<mstyle displaystyle="false"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#)
        #expect(body(#"{a \over b}"#) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
    }

    @Test func roots() {
        #expect(body(#"\sqrt{x}"#) == "<msqrt><mi>x</mi></msqrt>")
        #expect(body(#"\sqrt[3]{x+1}"#) == "<mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot>")
        #expect(body(#"\sqrt[n]{\frac{a}{b}}"#) == "<mroot><mfrac><mi>a</mi><mi>b</mi></mfrac><mi>n</mi></mroot>")
    }

    @Test func subscriptsAndSuperscripts() {
        #expect(body("x_i") == "<msub><mi>x</mi><mi>i</mi></msub>")
        #expect(body("x^2") == "<msup><mi>x</mi><mn>2</mn></msup>")
        #expect(body("x_i^2") == body("x^2_i"))
        #expect(body("x_i^2") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
        #expect(body("x^12") == "<mrow><msup><mi>x</mi><mn>1</mn></msup><mn>2</mn></mrow>")
        #expect(body("x^{(i)}") == #"<msup><mi>x</mi><mrow><mo stretchy="false">(</mo><mi>i</mi><mo stretchy="false">)</mo></mrow></msup>"#)
        #expect(body("{}^2") == "<msup><mrow></mrow><mn>2</mn></msup>")
    }

    @Test func primes() {
        #expect(body("x'") == #"<mrow><mi>x</mi><mo lspace="0" rspace="0">′</mo></mrow>"#)
        #expect(body("x''") == #"<mrow><mi>x</mi><mo lspace="0" rspace="0">″</mo></mrow>"#)
        #expect(body("f'''") == #"<mrow><mi>f</mi><mo lspace="0" rspace="0">‴</mo></mrow>"#)
        #expect(body("x'^2") == #"<msup><mi>x</mi><mrow><mo lspace="0" rspace="0">′</mo><mn>2</mn></mrow></msup>"#)
        #expect(body("x_i'") == #"<mrow><msub><mi>x</mi><mi>i</mi></msub><mo lspace="0" rspace="0">′</mo></mrow>"#)
    }

    @Test func sumsAndProductsPutLimitsUnderInDisplayOnly() {
        let limits = "<mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi>"
        let sum = #"<mo largeop="true" movablelimits="false">∑</mo>"#
        #expect(body(#"\sum_{i=1}^n"#, display: true) == "<munderover>\(sum)\(limits)</munderover>")
        #expect(body(#"\sum_{i=1}^n"#, display: false) == "<msubsup>\(sum)\(limits)</msubsup>")
        #expect(body(#"\prod_{i=1}^n"#, display: true).hasPrefix(#"<munderover><mo largeop="true" movablelimits="false">∏</mo>"#))
    }

    @Test func integralsKeepScriptsUnlessLimits() {
        let integral = #"<mo largeop="true" movablelimits="false">∫</mo>"#
        #expect(body(#"\int_0^1"#, display: true) == "<msubsup>\(integral)<mn>0</mn><mn>1</mn></msubsup>")
        #expect(body(#"\int\limits_0^1"#, display: false) == "<munderover>\(integral)<mn>0</mn><mn>1</mn></munderover>")
        #expect(body(#"\iint_D"#) == #"<msub><mo largeop="true" movablelimits="false">∬</mo><mi>D</mi></msub>"#)
        #expect(body(#"\oint_C"#) == #"<msub><mo largeop="true" movablelimits="false">∮</mo><mi>C</mi></msub>"#)
    }

    @Test func limitsAndNolimitsOverrideTheStyle() {
        #expect(body(#"\sum\nolimits_i"#, display: true) == #"<msub><mo largeop="true" movablelimits="false">∑</mo><mi>i</mi></msub>"#)
        #expect(body(#"\sum\limits_i"#, display: false) == #"<munder><mo largeop="true" movablelimits="false">∑</mo><mi>i</mi></munder>"#)
    }

    @Test func limitOperators() {
        let under = #"<munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder><mo>⁡</mo><mspace width="0.1667em"/><msub><mi>a</mi><mi>n</mi></msub>"#
        #expect(body(#"\lim_{n\to\infty} a_n"#, display: true) == "<mrow>\(under)</mrow>")
        #expect(body(#"\lim_{n\to\infty} a_n"#).hasPrefix("<mrow><msub><mi>lim</mi>"))
        for name in ["max", "min", "sup", "inf", "det"] {
            #expect(body("\\\(name)_x f", display: true).hasPrefix("<mrow><munder><mi>\(name)</mi><mi>x</mi></munder><mo>\u{2061}</mo>"))
        }
    }

    @Test func namedFunctionsGetFunctionApplicationAndThinSpace() {
        #expect(body(#"\log x"#) == #"<mrow><mi>log</mi><mo>⁡</mo><mspace width="0.1667em"/><mi>x</mi></mrow>"#)
        #expect(body(#"\exp(x)"#) == #"<mrow><mi>exp</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#)
        #expect(body(#"2\log x"#).hasPrefix(#"<mrow><mn>2</mn><mspace width="0.1667em"/><mi>log</mi>"#))
    }

    @Test func argMinAndArgMaxAreOneOperatorWithLimitsUnder() {
        #expect(body(#"\arg\min_z f"#, display: true) == "<mrow><munder><mi>arg\u{2009}min</mi><mi>z</mi></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\"/><mi>f</mi></mrow>")
        #expect(body(#"\arg\max_\theta"#, display: true) == "<mrow><munder><mi>arg\u{2009}max</mi><mi>θ</mi></munder><mo>\u{2061}</mo></mrow>")
        #expect(body(#"\argmin_z"#, display: true) == body(#"\arg\min_z"#, display: true))
        #expect(body(#"\arg z"#) == "<mrow><mi>arg</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"/><mi>z</mi></mrow>")
    }

    @Test func operatorNameAndMathOp() {
        #expect(body(#"\operatorname{tr}_x"#, display: true) == "<mrow><msub><mi>tr</mi><mi>x</mi></msub><mo>\u{2061}</mo></mrow>")
        #expect(body(#"\operatorname*{tr}_x"#, display: true) == "<mrow><munder><mi>tr</mi><mi>x</mi></munder><mo>\u{2061}</mo></mrow>")
        #expect(body(#"\operatorname{JSD}"#) == "<mrow><mi>JSD</mi><mo>\u{2061}</mo></mrow>")
        #expect(body(#"\mathop{\mathrm{Var}}_x"#, display: true) == "<mrow><munder><mi>Var</mi><mi>x</mi></munder><mo>\u{2061}</mo></mrow>")
    }

    @Test func binomials() {
        let fence = #"<mo fence="true" stretchy="true" symmetric="true">"#
        #expect(body(#"\binom{n}{k}"#) == "<mrow>\(fence)(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>\(fence))</mo></mrow>")
    }

    @Test func underbraceAndOverbraceTakeLabels() {
        #expect(body(#"\underbrace{a+b}_{n}"#, display: false) == #"<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true" style="width:100%">⏟</mo></munder><mi>n</mi></munder>"#)
        #expect(body(#"\overbrace{c}^{m}"#) == #"<mover><mover><mi>c</mi><mo stretchy="true" style="width:100%">⏞</mo></mover><mi>m</mi></mover>"#)
    }

    @Test func oversetAndUnderset() {
        #expect(body(#"\overset{\text{def}}{=}"#) == "<mover><mo>=</mo><mtext>def</mtext></mover>")
        #expect(body(#"\underset{x}{\mathbb{E}}"#) == "<munder><mi>𝔼</mi><mi>x</mi></munder>")
    }
}

/// Stacked limits and extensible arrows.
@Suite struct StackingTests {
    @Test func substackStacksLimitRows() {
        #expect(body(#"\sum_{\substack{i \\ j}}"#, display: true) == #"<munder><mo largeop="true" movablelimits="false">∑</mo><mtable><mtr><mtd><mi>i</mi></mtd></mtr><mtr><mtd><mi>j</mi></mtd></mtr></mtable></munder>"#)
    }

    @Test func extensibleArrowCarriesTextAbove() {
        let gap = #"<mspace width="0.3em"/>"#
        #expect(body(#"a \xrightarrow{f} b"#) == #"<mrow><mi>a</mi><mover><mo stretchy="true" minsize="1.8em" style="width:100%">→</mo><mrow>\#(gap)<mi>f</mi>\#(gap)</mrow></mover><mi>b</mi></mrow>"#)
        #expect(body(#"\xleftarrow[g]{f}"#).hasPrefix(#"<munderover><mo stretchy="true" minsize="1.8em" style="width:100%">←</mo><mi>g</mi><mrow>"#))
    }
}
