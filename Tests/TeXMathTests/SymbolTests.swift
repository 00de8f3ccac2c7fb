import Foundation
import Testing
@testable import TeXMath

/// Letters, alphabets, text, accents, operators and relations.
@Suite struct SymbolTests {
    @Test func numbersAndIdentifiers() {
        #expect(body("1.5 + 2e-4") == "<mrow><mn>1.5</mn><mo>+</mo><mn>2</mn><mi>e</mi><mo>−</mo><mn>4</mn></mrow>")
        #expect(body("xy") == "<mrow><mi>x</mi><mi>y</mi></mrow>")
        #expect(body("3.") == #"<mrow><mn>3</mn><mo lspace="0" rspace="0">.</mo></mrow>"#)
    }

    @Test func singleOperatorInBracesIsOrdinary() {
        #expect(body("1{,}000") == #"<mrow><mn>1</mn><mo lspace="0" rspace="0">,</mo><mn>000</mn></mrow>"#)
    }

    @Test func unaryMinusIsPrefixForm() {
        #expect(body("-x") == #"<mrow><mo form="prefix">−</mo><mi>x</mi></mrow>"#)
        #expect(body("a = -b") == #"<mrow><mi>a</mi><mo>=</mo><mo form="prefix">−</mo><mi>b</mi></mrow>"#)
        #expect(body("(-1)") == #"<mrow><mo stretchy="false">(</mo><mo form="prefix">−</mo><mn>1</mn><mo stretchy="false">)</mo></mrow>"#)
        #expect(body("a - b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        #expect(body("a \\pm b") == "<mrow><mi>a</mi><mo>±</mo><mi>b</mi></mrow>")
    }

    @Test(arguments: Array(TeXCommandTable.greekLower))
    func lowercaseGreekIsItalicIdentifier(name: String, letter: String) {
        #expect(body("\\" + name) == "<mi>\(letter)</mi>")
    }

    @Test(arguments: Array(TeXCommandTable.greekUpper))
    func uppercaseGreekIsUprightUnlessVar(name: String, letter: String) {
        #expect(body("\\" + name) == "<mi mathvariant=\"normal\">\(letter)</mi>")
        #expect(body("\\var" + name) == "<mi>\(letter)</mi>")
    }

    @Test func greekVariants() {
        #expect(body(#"\epsilon\varepsilon\phi\varphi\theta\vartheta"#) == "<mrow><mi>ϵ</mi><mi>ε</mi><mi>ϕ</mi><mi>φ</mi><mi>θ</mi><mi>ϑ</mi></mrow>")
    }

    @Test func mathAlphabets() {
        #expect(body(#"\mathbb{E}"#) == "<mi>𝔼</mi>")
        #expect(body(#"\mathbb{R}^n"#) == "<msup><mi>ℝ</mi><mi>n</mi></msup>")
        #expect(body(#"\mathcal{N}\mathcal{L}"#) == "<mrow><mi>𝒩</mi><mi>ℒ</mi></mrow>")
        #expect(body(#"\mathrm{d}x"#) == #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow>"#)
        #expect(body(#"\mathrm{KL}"#) == "<mi>KL</mi>")
        #expect(body(#"\mathrm{Conv2d}"#) == #"<mrow><mi>Conv</mi><mn>2</mn><mi mathvariant="normal">d</mi></mrow>"#)
        #expect(body(#"\mathbf{W}\mathbf{x}_1"#) == "<mrow><mi>𝐖</mi><msub><mi>𝐱</mi><mn>1</mn></msub></mrow>")
        #expect(body(#"\mathbf{12}"#) == "<mn>𝟏𝟐</mn>")
        #expect(body(#"\mathit{ab}"#) == "<mi>𝑎𝑏</mi>")
        #expect(body(#"\mathit{h}"#) == "<mi>ℎ</mi>")
        #expect(body(#"\boldsymbol{\mu}\boldsymbol{x}"#) == "<mrow><mi>𝝁</mi><mi>𝒙</mi></mrow>")
        #expect(body(#"\mathfrak{g}\mathsf{A}\mathtt{a}"#) == "<mrow><mi>𝔤</mi><mi>𝖠</mi><mi>𝚊</mi></mrow>")
    }

    @Test func textKeepsChineseAndEdgeSpaces() {
        #expect(body(#"\text{如果 } x>0"#) == "<mrow><mtext>如果\u{A0}</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow>")
        #expect(body(#"\text{重建误差}"#) == "<mtext>重建误差</mtext>")
        #expect(body(#"\textbf{粗体}"#) == #"<mtext style="font-weight:bold">粗体</mtext>"#)
        #expect(body(#"\text{a \textbf{b}}"#) == #"<mrow><mtext>a </mtext><mtext style="font-weight:bold">b</mtext></mrow>"#.replacingOccurrences(of: "a </", with: "a\u{A0}</"))
        #expect(body(#"\text{if $x_i$ 100\%}"#) == "<mrow><mtext>if\u{A0}</mtext><msub><mi>x</mi><mi>i</mi></msub><mtext>\u{A0}100%</mtext></mrow>")
    }

    @Test func accents() {
        func over(_ base: String, _ mark: String, stretchy: Bool = false) -> String {
            #"<mover accent="true">\#(base)<mo stretchy="\#(stretchy)"\#(stretchy ? #" style="width:100%""# : "")>\#(mark)</mo></mover>"#
        }
        #expect(body(#"\hat{x}"#) == over("<mi>x</mi>", "ˆ"))
        #expect(body(#"\bar x"#) == over("<mi>x</mi>", "¯"))
        #expect(body(#"\tilde{x}"#) == over("<mi>x</mi>", "˜"))
        // \vec is an accent-sized arrow, not a full-width → over the letter.
        #expect(body(#"\vec{v}"#) == #"<mover accent="true"><mi>v</mi><mo stretchy="false" style="font-size:0.7em">→</mo></mover>"#)
        #expect(body(#"\dot{x}"#) == over("<mi>x</mi>", "˙"))
        #expect(body(#"\ddot{x}"#) == over("<mi>x</mi>", "¨"))
        #expect(body(#"\widehat{AB}"#) == #"<mover accent="true"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy="false" style="transform:scaleX(4.93)">ˆ</mo></mover>"#)
        #expect(body(#"\overline{AB}"#) == #"<mrow style="border-top:0.065em solid;padding-top:0.1em"><mrow><mi>A</mi><mi>B</mi></mrow></mrow>"#)
        #expect(body(#"\underline{x}"#) == #"<mrow style="border-bottom:0.065em solid;padding-bottom:0.1em"><mi>x</mi></mrow>"#)
        #expect(body(#"\hat{x}_i"#) == "<msub>\(over("<mi>x</mi>", "ˆ"))<mi>i</mi></msub>")
    }

    @Test func binaryOperators() {
        for (command, symbol) in [("odot", "⊙"), ("otimes", "⊗"), ("oplus", "⊕"), ("times", "×"), ("cdot", "⋅"),
                                  ("pm", "±"), ("mp", "∓"), ("circ", "∘"), ("ast", "∗"), ("star", "⋆")] {
            #expect(body("a \\\(command) b") == "<mrow><mi>a</mi><mo>\(symbol)</mo><mi>b</mi></mrow>", "\\\(command)")
        }
    }

    @Test func relations() {
        let pairs = [("sim", "∼"), ("approx", "≈"), ("propto", "∝"), ("le", "≤"), ("leq", "≤"), ("ge", "≥"),
                     ("geq", "≥"), ("ne", "≠"), ("neq", "≠"), ("in", "∈"), ("notin", "∉"), ("subset", "⊂"),
                     ("to", "→"), ("mapsto", "↦"), ("rightarrow", "→"), ("leftarrow", "←"), ("Rightarrow", "⇒"),
                     ("iff", "⟺"), ("equiv", "≡"), ("triangleq", "≜"), ("coloneqq", "≔")]
        for (command, symbol) in pairs {
            #expect(body("a \\\(command) b") == "<mrow><mi>a</mi><mo>\(symbol)</mo><mi>b</mi></mrow>", "\\\(command)")
        }
        #expect(body(#"a \not= b"#) == "<mrow><mi>a</mi><mo>≠</mo><mi>b</mi></mrow>")
    }

    @Test func ordinarySymbolsAndDots() {
        #expect(body(#"\infty\partial\nabla\forall\exists\top"#) == #"<mrow><mi>∞</mi><mi>∂</mi><mi mathvariant="normal">∇</mi><mi>∀</mi><mi>∃</mi><mi>⊤</mi></mrow>"#)
        #expect(body(#"\cdots\ldots\dots\vdots\ddots"#) == #"<mrow><mo lspace="0" rspace="0">⋯</mo><mo lspace="0" rspace="0">…</mo><mo lspace="0" rspace="0">…</mo><mo>⋮</mo><mo lspace="0" rspace="0">⋱</mo></mrow>"#)
        #expect(body(#"W^\top"#) == "<msup><mi>W</mi><mi>⊤</mi></msup>")
    }

    @Test func spacing() {
        #expect(body(#"a\,b\:c\;d\!e\quad f\qquad g~h\ i"#) == #"<mrow><mi>a</mi><mspace width="0.1667em"/><mi>b</mi><mspace width="0.2222em"/><mi>c</mi><mspace width="0.2778em"/><mi>d</mi><mspace width="-0.1667em"/><mi>e</mi><mspace width="1em"/><mi>f</mi><mspace width="2em"/><mi>g</mi><mspace width="0.3333em"/><mi>h</mi><mspace width="0.3333em"/><mi>i</mi></mrow>"#)
    }

    @Test func explicitLengths() {
        #expect(body(#"\hspace{2em}a\hspace*{10pt}b\kern-3mu c"#) == #"<mrow><mspace width="2.0em"/><mi>a</mi><mspace width="1.0em"/><mi>b</mi><mspace width="-0.1667em"/><mi>c</mi></mrow>"#)
        #expect(diagnostics(#"x \hspace{wide}"#).map(\.message) == [#"invalid length after '\hspace'"#])
    }

    @Test func scriptStyleSwitch() {
        #expect(body(#"\scriptstyle x"#) == #"<mstyle displaystyle="false" scriptlevel="1"><mi>x</mi></mstyle>"#)
    }

    @Test func displayAndTextStyleSwitches() {
        #expect(body(#"\displaystyle\sum_i"#) == #"<mstyle displaystyle="true" scriptlevel="0"><munder><mo largeop="true" movablelimits="false">∑</mo><mi>i</mi></munder></mstyle>"#)
        #expect(body(#"\textstyle\sum_i"#, display: true) == #"<mstyle displaystyle="false" scriptlevel="0"><msub><mo largeop="true" movablelimits="false">∑</mo><mi>i</mi></msub></mstyle>"#)
        #expect(body(#"\frac{\sum_i}{2}"#, display: true).hasPrefix("<mfrac><msub>"))
    }

    @Test func color() {
        #expect(body(#"{\color{red} x} + \textcolor{#00f}{y}"#) == #"<mrow><mstyle style="color:red"><mi>x</mi></mstyle><mo>+</mo><mstyle style="color:#00f"><mi>y</mi></mstyle></mrow>"#)
    }
}
