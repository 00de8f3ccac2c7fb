import Testing
@testable import TeXMath

@Suite struct MacroTests {
    @Test func macrosWithAndWithoutArguments() {
        let macros = ["E": #"\mathbb{E}"#, #"\norm"#: #"\left\|#1\right\|"#, "KL": #"D_{\mathrm{KL}}(#1 \,\|\, #2)"#]
        #expect(body(#"\E_x"#, macros: macros) == "<msub><mi>𝔼</mi><mi>x</mi></msub>")
        #expect(body(#"\norm{v}"#, macros: macros) == body(#"\left\|v\right\|"#))
        #expect(body(#"\KL{p}{q}"#, macros: macros) == body(#"D_{\mathrm{KL}}(p \,\|\, q)"#))
    }

    @Test func recursiveMacroStops() {
        let result = TeXConverter(macros: ["loop": #"x\loop"#]).convert(#"\loop"#, display: false)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.message == #"macro '\loop' expands too many times (recursive definition?)"#)
    }

    @Test func diagnosticsInsideAMacroPointAtTheCall() {
        let result = TeXConverter(macros: ["bad": #"\nope"#]).convert(#"a + \bad"#, display: false)
        #expect(result.diagnostics.first?.column == 5)
    }

    @Test func missingMacroArgument() {
        let result = TeXConverter(macros: ["f": "#1"]).convert(#"x \f"#, display: false)
        #expect(result.diagnostics.first?.message == #"macro '\f' is missing an argument"#)
    }
}

/// `\newcommand` and friends inside formulas, and macro tables handed over as values.
@Suite struct MacroDefinitionTests {
    @Test func newcommandHoldsForTheRestOfTheFormula() {
        #expect(body(#"\newcommand{\R}{\mathbb{R}} x \in \R"#) == "<mrow><mi>x</mi><mo>∈</mo><mi>ℝ</mi></mrow>")
        #expect(body(#"\newcommand\norm[1]{\lVert #1\rVert} \norm{v}"#) == body(#"\lVert v\rVert"#))
        #expect(body(#"\renewcommand{\vec}[1]{\mathbf{#1}} \vec{x}"#) == "<mi>𝐱</mi>")
        #expect(body(#"\def\f#1#2{#1+#2} \f{a}{b}"#) == body("a+b"))
        #expect(body(#"\newcommand{\p}[1][x]{p(#1)} \p \p[y]"#) == body("p(x) p(y)"))
    }

    @Test func declareMathOperator() {
        #expect(body(#"\DeclareMathOperator{\Tr}{Tr} \Tr A"#) == body(#"\operatorname{Tr} A"#))
        #expect(body(#"\DeclareMathOperator*{\esssup}{ess\,sup} \esssup_x f"#, display: true) == body(#"\operatorname*{ess\,sup}_x f"#, display: true))
    }

    @Test func definitionsComeBackForLaterFormulas() {
        let converter = TeXConverter(macros: TeXMacros(["E": #"\mathbb{E}"#]))
        var lesson = TeXMacros()
        let first = converter.convert(#"\newcommand{\KL}{D_{\mathrm{KL}}} \E[\KL]"#, display: true, macros: lesson)
        #expect(first.diagnostics.isEmpty)
        #expect(first.definedMacros.names == ["KL"])
        lesson.add(first.definedMacros)
        let second = converter.convert(#"\KL(p\|q)"#, display: false, macros: lesson)
        #expect(second.diagnostics.isEmpty)
        #expect(second.mathml.contains("<msub><mi>D</mi><mi>KL</mi></msub>"))
        // without the lesson's table the macro is unknown
        #expect(converter.convert(#"\KL"#, display: false).diagnostics.first?.message == #"unknown TeX command '\KL'"#)
    }

    @Test func recursiveDefinitionsFailAtTheCall() {
        let result = TeXConverter().convert(#"x + \newcommand{\a}{\b} \newcommand{\b}{\a} \a"#, display: false)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == #"macro '\a' expands too many times (recursive definition?)"#)
        #expect(result.diagnostics.first?.column == 45)
        let growing = TeXConverter().convert(#"\def\g{\g\g} \g"#, display: false)
        #expect(growing.hasErrors)
    }

    @Test func malformedDefinitionsAreLocatedErrors() {
        let noBody = TeXConverter().convert(#"a \newcommand{\x}"#, display: false)
        #expect(noBody.diagnostics.first?.message == #"'\newcommand' needs its definition in braces"#)
        #expect(noBody.diagnostics.first?.column == 3)
        let tooMany = TeXConverter().convert(#"\newcommand{\x}[1]{#2}"#, display: false)
        #expect(tooMany.diagnostics.first?.message == #"'\newcommand' body uses #2 but '\x' takes 1 arguments"#)
    }

    @Test func builtinMacrosYieldToUserMacros() {
        #expect(body(#"\bmod"#, macros: ["bmod": "m"]) == "<mi>m</mi>")
    }
}
