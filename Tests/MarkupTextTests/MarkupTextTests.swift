import Testing
import MarkupText

@Suite struct MarkupTextTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(MarkupText.escape(#"a < b && c > "d" 'e'"#) == "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;")
    }

    @Test func plainTextIncludingChineseIsUnchanged() {
        let text = "判别器 D(x) = p_data / (p_data + p_g), ≈ 0.5 ∈ [0, 1]\n\tend"
        #expect(MarkupText.escape(text) == text)
    }

    @Test func forbiddenControlsBecomeReplacementCharacters() {
        #expect(MarkupText.escape("a\u{0}b\u{1B}[31mc\u{7F}d\u{85}e\u{FFFE}f") == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}d\u{FFFD}e\u{FFFD}f")
        #expect(MarkupText.escape("keep\ttab\r\nnewline") == "keep\ttab\r\nnewline")
    }

    @Test func nonForbiddenCharactersBehindTheSlowPathLeadBytesSurvive() {
        // 0xC2 leads "é"-like Latin-1 letters and 0xEF leads "｀" (U+FF40): both take the slow
        // path and must come out unchanged.
        #expect(MarkupText.escape("\u{A9} \u{FF40} <") == "\u{A9} \u{FF40} &lt;")
    }

    @Test func byteAndStringFormsAgree() {
        let samples = ["", "x", "<&>", "\u{1}", "\u{C9}t\u{E9}", "a'b\"c", String(repeating: "é&", count: 100)]
        for sample in samples {
            var bytes: [UInt8] = Array("prefix".utf8)
            MarkupText.appendEscaped(sample, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "prefix" + MarkupText.escape(sample))
        }
    }
}
