import MarkupText
import Testing
@testable import TeXMath

/// Warnings keep the formula; errors show the whole source; positions are exact.
@Suite struct DiagnosticTests {
    @Test func unknownCommandIsAWarningInPlace() {
        let result = TeXConverter().convert(#"a + \foo{b} + c"#, display: false)
        #expect(result.diagnostics == [TeXDiagnostic(severity: .warning, message: #"unknown TeX command '\foo'"#, offset: 4, in: #"a + \foo{b} + c"#)])
        #expect(result.diagnostics.first?.column == 5)
        #expect(result.diagnostics.first?.line == 1)
        #expect(body(#"a + \foo{b} + c"#) == "<mrow><mi>a</mi><mo>+</mo><merror><mtext>\\foo</mtext></merror><mi>b</mi><mo>+</mo><mi>c</mi></mrow>")
        #expect(!result.hasErrors)
    }

    @Test func columnsCountUTF8BytesAndLines() {
        let tex = "\\text{中文} \\bar{x}\n  + \\nope"
        let found = diagnostics(tex)
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 5)
        #expect(found.first?.offset == 26)
        #expect(found.first?.description == "2:5: warning: unknown TeX command '\\nope'")
        let chinese = diagnostics("\\text{中文}\\bad")
        #expect(chinese.first?.column == 14)
    }

    @Test func unknownCommandInsideTextIsAWarning() {
        let found = diagnostics(#"\text{a \weird b}"#)
        #expect(found.map(\.message) == [#"unknown TeX command '\weird'"#])
        #expect(found.first?.column == 9)
    }

    @Test func severalWarningsInSourceOrder() {
        #expect(diagnostics(#"\aa + \bb"#).map(\.column) == [1, 7])
    }

    private func expectError(_ tex: String, _ message: String, column: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = TeXConverter().convert(tex, display: true)
        #expect(result.diagnostics.count == 1, sourceLocation: sourceLocation)
        #expect(result.diagnostics.first?.severity == .error, sourceLocation: sourceLocation)
        #expect(result.diagnostics.first?.message == message, sourceLocation: sourceLocation)
        #expect(result.diagnostics.first?.column == column, sourceLocation: sourceLocation)
                let escaped = MarkupText.escape(tex)
        #expect(result.mathml.contains("<semantics><merror><mtext>\(escaped)</mtext></merror><annotation"), sourceLocation: sourceLocation)
    }

    @Test func unbalancedBracesAreErrors() {
        expectError("a + {b", "unbalanced braces: '{' is never closed", column: 5)
        expectError("a + b}", "unbalanced braces: unexpected '}'", column: 6)
        expectError(#"\frac{a}{b"#, "unbalanced braces: '{' is never closed", column: 9)
        expectError(#"\text{abc"#, "unbalanced braces: '{' is never closed", column: 6)
    }

    @Test func leftWithoutRightIsAnError() {
        expectError(#"x + \left( y"#, #"'\left' without matching '\right'"#, column: 5)
        expectError(#"x \right)"#, #"'\right' without matching '\left'"#, column: 3)
        expectError(#"x \middle|"#, #"'\middle' without matching '\left'"#, column: 3)
        expectError(#"\left( x } \right)"#, #"'\left' without matching '\right'"#, column: 1)
    }

    @Test func environmentErrors() {
        expectError(#"\begin{foo} a \end{foo}"#, "unknown environment 'foo'", column: 1)
        expectError(#"\begin{cases} a"#, #"'\begin{cases}' without matching '\end{cases}'"#, column: 1)
        expectError(#"\begin{cases} a \end{matrix}"#, #"'\begin{cases}' ended by '\end{matrix}'"#, column: 17)
        expectError(#"a & b"#, "misplaced '&' outside an alignment environment", column: 3)
    }

    @Test func otherErrors() {
        expectError("x^2^3", "double superscript", column: 4)
        expectError("x_1_2", "double subscript", column: 4)
        expectError(#"\frac{a}"#, #"missing argument for '\frac'"#, column: 1)
        expectError("x^", "missing argument for '^'", column: 2)
        expectError(#"\sqrt[3{x}"#, "optional argument '[' is never closed with ']'", column: 6)
        expectError(#"\left x \right)"#, #"missing or invalid delimiter after '\left'"#, column: 7)
        expectError(#"\tag{1} x \tag{2}"#, #"multiple '\tag' in one formula"#, column: 11)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 10_000
        let tex = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
        let result = TeXConverter().convert(tex, display: false)
        #expect(result.diagnostics.map(\.message) == ["formula nested too deeply (more than 64 levels)"])
        let fractions = String(repeating: #"\frac"#, count: 5_000) + "11"
        #expect(TeXConverter().convert(fractions, display: true).hasErrors)
        let shallow = String(repeating: "{", count: 30) + "x" + String(repeating: "}", count: 30)
        #expect(!TeXConverter().convert(shallow, display: false).hasErrors)
    }

    @Test func warningsDoNotHideTheRest() {
        #expect(body(#"\unknown x^2"#) == "<mrow><merror><mtext>\\unknown</mtext></merror><msup><mi>x</mi><mn>2</mn></msup></mrow>")
    }
}
