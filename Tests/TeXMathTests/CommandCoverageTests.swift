import Testing
@testable import TeXMath

/// Commands added for issue 23: those the ML lecture notes use most, then those of the
/// renderers' test suites. Unknown commands still warn and show an `<merror>`.
@Suite struct CommandCoverageTests {
    @Test func textcircledUsesEnclosedAlphanumerics() {
        #expect(body(#"\textcircled{1}"#) == "<mtext>①</mtext>")
        #expect(body(#"\textcircled{20}"#) == "<mtext>⑳</mtext>")
        #expect(body(#"\textcircled{a}"#) == "<mtext>ⓐ</mtext>")
        #expect(body(#"\textcircled{xy}"#) == #"<mrow style="border:0.065em solid;border-radius:50%;padding:0 0.2em"><mtext>xy</mtext></mrow>"#)
    }

    @Test func oldFontSwitchesStyleTheRestOfTheGroup() {
        #expect(body(#"{\rm d}x"#) == #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow>"#)
        #expect(body(#"{\bf x} + y"#) == "<mrow><mi>𝐱</mi><mo>+</mo><mi>y</mi></mrow>")
        #expect(body(#"{\cal L}"#) == "<mi>ℒ</mi>")
        #expect(body(#"{\it ab}"#) == "<mi>𝑎𝑏</mi>")
        #expect(body(#"{\rm max}"#) == "<mi>max</mi>")
    }

    @Test func relationsAndOperatorsFromTheNotes() {
        #expect(body(#"a \lessapprox b"#) == "<mrow><mi>a</mi><mo>⪅</mo><mi>b</mi></mrow>")
        #expect(body(#"a \geqq b \leqq c"#) == "<mrow><mi>a</mi><mo>≧</mo><mi>b</mi><mo>≦</mo><mi>c</mi></mrow>")
        #expect(body(#"a \circledast b"#) == "<mrow><mi>a</mi><mo>⊛</mo><mi>b</mi></mrow>")
    }

    @Test func modulo() {
        #expect(body(#"a \bmod b"#) == #"<mrow><mi>a</mi><mrow><mspace width="0.2222em"/><mi>mod</mi><mspace width="0.2222em"/></mrow><mi>b</mi></mrow>"#)
        #expect(body(#"a \pmod{n}"#) == #"<mrow><mi>a</mi><mspace width="1.0em"/><mo stretchy="false">(</mo><mi>mod</mi><mspace width="0.3333em"/><mi>n</mi><mo stretchy="false">)</mo></mrow>"#)
        #expect(body(#"a \mod n"#) == #"<mrow><mi>a</mi><mspace width="1.0em"/><mi>mod</mi><mspace width="0.3333em"/><mi>n</mi></mrow>"#)
    }

    @Test func newlineBreaksLikeDoubleBackslash() {
        #expect(body(#"a \newline b"#, display: true) == body(#"a \\ b"#, display: true))
    }

    @Test func sizeSwitches() {
        #expect(body(#"{\small x}"#) == #"<mstyle style="font-size:0.9em"><mi>x</mi></mstyle>"#)
    }

    @Test func boxesStrokesAndColours() {
        #expect(body(#"\boxed{x}"#) == #"<mrow style="border:0.065em solid;padding:0.2em 0.3em"><mstyle displaystyle="true"><mi>x</mi></mstyle></mrow>"#)
        #expect(body(#"\cancel{x}"#).hasPrefix(#"<mrow style="background:linear-gradient(to top right,"#))
        #expect(body(#"\xcancel{x}"#).contains("to bottom right"))
        #expect(body(#"\colorbox{yellow}{A}"#) == #"<mrow style="background-color:yellow;padding:0.1em 0.2em"><mtext>A</mtext></mrow>"#)
        #expect(body(#"\fcolorbox{red}{yellow}{A}"#).contains("border:0.065em solid red"))
    }

    @Test func smashPhantomsAndLaps() {
        #expect(body(#"\smash{y}"#) == #"<mpadded height="0" depth="0"><mi>y</mi></mpadded>"#)
        #expect(body(#"\smash[b]{y}"#) == #"<mpadded depth="0"><mi>y</mi></mpadded>"#)
        #expect(body(#"\hphantom{x}"#) == #"<mpadded height="0" depth="0" style="visibility:hidden"><mi>x</mi></mpadded>"#)
        #expect(body(#"\vphantom{x}"#) == #"<mpadded width="0" style="visibility:hidden"><mi>x</mi></mpadded>"#)
        #expect(body(#"\mathrlap{x}"#) == #"<mpadded width="0"><mi>x</mi></mpadded>"#)
    }

    @Test func arrowsUnderAndGeneralFractions() {
        #expect(body(#"\underrightarrow{AB}"#) == #"<munder accentunder="true"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy="true" lspace="0" rspace="0" style="width:100%">→</mo></munder>"#)
        #expect(body(#"\genfrac{(}{)}{0pt}{}{n}{k}"#) == body(#"\binom{n}{k}"#))
        #expect(body(#"\genfrac{}{}{}{0}{a}{b}"#) == #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"#)
    }

    @Test func classChangesAndBold() {
        #expect(body(#"a \mathrel{x} b"#) == #"<mrow><mi>a</mi><mrow><mspace width="0.2778em"/><mi>x</mi><mspace width="0.2778em"/></mrow><mi>b</mi></mrow>"#)
        #expect(body(#"\mathrel{+}"#) == #"<mo lspace="0.2778em" rspace="0.2778em">+</mo>"#)
        #expect(body(#"\pmb{x}"#).hasPrefix(#"<mstyle style="text-shadow:"#))
    }

    @Test func starredMatricesTakeAnAlignment() {
        #expect(body(#"\begin{pmatrix*}[r] -1 & 2 \end{pmatrix*}"#).contains(#"<mtd columnalign="right""#))
        #expect(body(#"\begin{bmatrix*} a \end{bmatrix*}"#) == body(#"\begin{bmatrix} a \end{bmatrix}"#))
    }

    @Test func mathInsideText() {
        #expect(body(#"\text{if $x$}"#) == #"<mrow><mtext>if\#u{A0}</mtext><mi>x</mi></mrow>"#)
        #expect(body(#"\text{if \(x\)}"#) == body(#"\text{if $x$}"#))
    }

    @Test func verbatimAndLogos() {
        #expect(body(#"\verb|a_b|"#) == #"<mtext style="font-family:monospace">a_b</mtext>"#)
        #expect(body(#"\TeX"#).hasPrefix("<mrow><mtext>T</mtext>"))
    }

    @Test func katexAliases() {
        #expect(body(#"a \larr b \isin \reals"#) == "<mrow><mi>a</mi><mo>←</mo><mi>b</mi><mo>∈</mo><mi>ℝ</mi></mrow>")
        #expect(body(#"\lang x \rang"#) == #"<mrow><mo stretchy="false">⟨</mo><mi>x</mi><mo stretchy="false">⟩</mo></mrow>"#)
        #expect(body(#"a\negmedspace b"#) == #"<mrow><mi>a</mi><mspace width="-0.2222em"/><mi>b</mi></mrow>"#)
    }

    @Test func hexColoursStartingWithADigit() {
        #expect(body(#"\color{#197}x"#) == #"<mstyle style="color:#197"><mi>x</mi></mstyle>"#)
        #expect(body(#"\textcolor{#1a2b3c}{x}"#) == #"<mstyle style="color:#1a2b3c"><mi>x</mi></mstyle>"#)
        #expect(body(#"\colorbox{#197}{a}"#).hasPrefix(#"<mrow style="background-color:#197;"#))
    }

    @Test func textLetters() {
        #expect(body(#"\text{\L ukasiewicz \i\j}"#) == "<mtext>Łukasiewicz ıȷ</mtext>")
    }

    @Test func unknownCommandsStillWarn() {
        let result = TeXConverter().convert(#"a + \notacommand"#, display: false)
        #expect(result.mathml.contains("<merror><mtext>\\notacommand</mtext></merror>"))
        #expect(result.diagnostics.map(\.message) == [#"unknown TeX command '\notacommand'"#])
    }
}
