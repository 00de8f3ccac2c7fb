import Testing
@testable import TeXMath

/// Line breaks, alignment environments, matrices, arrays and tags.
@Suite struct EnvironmentTests {
    private let right0 = #"<mtd columnalign="right" style="text-align:right;text-align:-webkit-right;padding-right:0;padding-left:0">"#
    private let left = #"<mtd columnalign="left" style="text-align:left;text-align:-webkit-left;padding-left:0">"#

    @Test func topLevelLineBreaksMakeRows() {
        #expect(body(#"a \\ b"#, display: true) == #"<mtable displaystyle="true"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"#)
    }

    @Test func alignedAlternatesRightAndLeft() {
        let expected = #"<mtable displaystyle="true"><mtr>\#(right0)<mi>a</mi></mtd>\#(left)<mrow><mi></mi><mo>=</mo><mi>b</mi></mrow></mtd></mtr><mtr>\#(right0)<mi>c</mi></mtd>\#(left)<mrow><mi></mi><mo>=</mo><mi>d</mi><mo>−</mo><mn>1</mn></mrow></mtd></mtr></mtable>"#
        #expect(body(#"\begin{aligned} a &= b \\ c &= d - 1 \end{aligned}"#, display: true) == expected)
        #expect(body(#"\begin{align*} a &= b \\ c &= d - 1 \\ \end{align*}"#, display: true) == expected)
    }

    @Test func alignedSecondPairIsSpacedApart() {
        let result = body(#"\begin{aligned} a &= b & c &= d \end{aligned}"#)
        #expect(result.contains(#"<mtd columnalign="right" style="text-align:right;text-align:-webkit-right;padding-right:0;padding-left:2em"><mi>c</mi></mtd>"#))
    }

    @Test func gathered() {
        #expect(body(#"\begin{gathered} a \\ b \end{gathered}"#) == #"<mtable displaystyle="true"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"#)
    }

    @Test func casesHasABraceAndLeftColumns() {
        let first = #"<mtd columnalign="left" style="text-align:left;text-align:-webkit-left;padding-left:0">"#
        let second = #"<mtd columnalign="left" style="text-align:left;text-align:-webkit-left;padding-left:1em">"#
        let expected = #"<mrow><mo fence="true" stretchy="true" symmetric="true">{</mo><mtable><mtr>\#(first)<mi>x</mi></mtd>\#(second)<mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr>\#(first)<mn>0</mn></mtd>\#(second)<mtext>否则</mtext></mtd></mtr></mtable></mrow>"#
        #expect(body(#"\begin{cases} x & x > 0 \\ 0 & \text{否则} \end{cases}"#, display: true) == expected)
    }

    @Test(arguments: [("matrix", "", ""), ("pmatrix", "(", ")"), ("bmatrix", "[", "]"), ("vmatrix", "|", "|"), ("Bmatrix", "{", "}"), ("Vmatrix", "‖", "‖")])
    func matrices(name: String, opening: String, closing: String) {
        let table = "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>"
        let fence = #"<mo fence="true" stretchy="true" symmetric="true">"#
        let expected = opening.isEmpty ? table : "<mrow>\(fence)\(opening)</mo>\(table)\(fence)\(closing)</mo></mrow>"
        #expect(body("\\begin{\(name)} a & b \\\\ c & d \\end{\(name)}") == expected)
    }

    @Test func arrayUsesTheColumnSpecification() {
        let expected = #"<mtable><mtr><mtd columnalign="left" style="text-align:left;text-align:-webkit-left"><mi>a</mi></mtd><mtd><mi>b</mi></mtd><mtd columnalign="right" style="text-align:right;text-align:-webkit-right"><mi>c</mi></mtd></mtr></mtable>"#
        #expect(body(#"\begin{array}{l|cr} \hline a & b & c \end{array}"#) == expected)
    }

    @Test func tagGoesToTheRightOfADisplay() {
        let result = TeXConverter().convert(#"E = mc^2 \tag{3.1}"#, display: true)
        #expect(result.mathml.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block" style="position:relative"><semantics>"#))
        #expect(body(#"E = mc^2 \tag{3.1}"#, display: true) == #"<mrow><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><mrow style="position:absolute;right:0;top:50%;transform:translateY(-50%)"><mtext>(3.1)</mtext></mrow></mrow>"#)
        #expect(body(#"x \tag*{A}"#, display: true) == #"<mrow><mi>x</mi><mrow style="position:absolute;right:0;top:50%;transform:translateY(-50%)"><mtext>A</mtext></mrow></mrow>"#)
        #expect(body(#"x \tag{1}"#) == #"<mrow><mi>x</mi><mspace width="1em"/><mtext>(1)</mtext></mrow>"#)
    }

    @Test func optionalRowSpacingIsSkipped() {
        #expect(body(#"\begin{gathered} a \\[4pt] b \end{gathered}"#) == body(#"\begin{gathered} a \\ b \end{gathered}"#))
    }
}
