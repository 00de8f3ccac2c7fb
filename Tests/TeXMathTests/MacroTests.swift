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
