import Testing
@testable import TeXMath

/// `\left…\right`, `\middle`, `\big…` and delimiters used alone.
@Suite struct DelimiterTests {
    private let open = #"<mo form="prefix" fence="true" stretchy="true" symmetric="true">"#
    private let close = #"<mo form="postfix" fence="true" stretchy="true" symmetric="true">"#

    @Test func leftRightStretchAroundContent() {
        #expect(body(#"\left( \frac{a}{b} \right)"#) == "<mrow>\(open)(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac>\(close))</mo></mrow>")
        #expect(body(#"\left\{ x \right\}"#) == "<mrow>\(open){</mo><mi>x</mi>\(close)}</mo></mrow>")
        #expect(body(#"\left\langle x \right\rangle"#) == "<mrow>\(open)⟨</mo><mi>x</mi>\(close)⟩</mo></mrow>")
        #expect(body(#"\left\lfloor x \right\rfloor"#) == "<mrow>\(open)⌊</mo><mi>x</mi>\(close)⌋</mo></mrow>")
        #expect(body(#"\left\lceil x \right\rceil"#) == "<mrow>\(open)⌈</mo><mi>x</mi>\(close)⌉</mo></mrow>")
        #expect(body(#"\left\| x \right\|_2"#) == "<msub><mrow>\(open)‖</mo><mi>x</mi>\(close)‖</mo></mrow><mn>2</mn></msub>")
    }

    @Test func nullDelimiterAndMiddle() {
        let middle = #"<mo fence="true" stretchy="true" symmetric="true" lspace="0.1667em" rspace="0.1667em">|</mo>"#
        #expect(body(#"\left. x \middle| y \right|"#) == "<mrow><mi>x</mi>\(middle)<mi>y</mi>\(close)|</mo></mrow>")
        #expect(body(#"\left( x \right."#) == "<mrow>\(open)(</mo><mi>x</mi></mrow>")
    }

    @Test func leftRightNest() {
        #expect(body(#"\left( \left[ x \right] \right)"#) == "<mrow>\(open)(</mo><mrow>\(open)[</mo><mi>x</mi>\(close)]</mo></mrow>\(close))</mo></mrow>")
    }

    @Test func bigSizes() {
        let sizes = [("big", "1.2em"), ("Big", "1.623em"), ("bigg", "2.047em"), ("Bigg", "2.470em")]
        for (command, size) in sizes {
            #expect(body("\\\(command)l(") == #"<mo form="prefix" fence="true" stretchy="true" symmetric="true" minsize="\#(size)" maxsize="\#(size)">(</mo>"#)
            #expect(body("\\\(command)r]") == #"<mo form="postfix" fence="true" stretchy="true" symmetric="true" minsize="\#(size)" maxsize="\#(size)">]</mo>"#)
        }
        #expect(body(#"\big|"#) == #"<mo fence="true" stretchy="true" symmetric="true" minsize="1.2em" maxsize="1.2em" lspace="0" rspace="0">|</mo>"#)
    }

    @Test func delimitersAloneDoNotStretch() {
        #expect(body(#"\{ \} \langle \rangle \lfloor \rfloor \lceil \rceil"#) == #"<mrow><mo stretchy="false">{</mo><mo stretchy="false">}</mo><mo stretchy="false">⟨</mo><mo stretchy="false">⟩</mo><mo stretchy="false">⌊</mo><mo stretchy="false">⌋</mo><mo stretchy="false">⌈</mo><mo stretchy="false">⌉</mo></mrow>"#)
        #expect(body("[x]") == #"<mrow><mo stretchy="false">[</mo><mi>x</mi><mo stretchy="false">]</mo></mrow>"#)
    }

    @Test func normsAreOrdinaryFences() {
        let bar = #"<mo stretchy="false" lspace="0" rspace="0">‖</mo>"#
        #expect(body(#"\| \cdot \|_2"#) == "<mrow>\(bar)<mo>⋅</mo><msub>\(bar)<mn>2</mn></msub></mrow>")
        #expect(body(#"|x|"#) == #"<mrow><mo stretchy="false" lspace="0" rspace="0">|</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">|</mo></mrow>"#)
    }
}
