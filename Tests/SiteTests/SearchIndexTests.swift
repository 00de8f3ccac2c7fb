import Testing
@testable import Site

@Suite struct SearchIndexTests {
    @Test func chineseIsIndexedAsBigrams() {
        #expect(SearchTokenizer.tokens("判别器 D") == ["判别", "别器", "d"])
        #expect(SearchTokenizer.tokens("最优的GAN模型，KL散度") == ["最优", "优的", "gan", "模型", "kl", "散度"])
        #expect(SearchTokenizer.tokens("z") == ["z"])
        #expect(SearchTokenizer.tokens("器") == ["器"])
    }

    /// The page's search.js splits by code point with `\p{L}`/`\p{N}`: a combining mark (not a
    /// letter) ends a word there, so it must here too, or a query for a decomposed word finds nothing.
    @Test func wordsSplitByCodePointAsTheScriptDoes() {
        #expect(SearchTokenizer.tokens("cafe\u{301} noir") == ["cafe", "noir"])
        #expect(SearchTokenizer.tokens("Ⅻ x²") == ["ⅻ", "x²"])
        #expect(SearchTokenizer.tokens("Adam_β1 π") == ["adam", "β1", "π"])
    }

    @Test func jsonStringsEscapeWhatJavaScriptCannotHold() {
        #expect(SearchIndex.json("判别器 D") == "\"判别器 D\"")
        #expect(SearchIndex.json("a\u{2028}b\u{2029}") == "\"a\\u2028b\\u2029\"")
        #expect(SearchIndex.json("\u{2027}") == "\"\u{2027}\"")
        #expect(SearchIndex.json("q\"\\\u{1}\n") == "\"q\\\"\\\\\\u0001\\n\"")
    }

    @Test func sectionsAreCutAtHeadingsWithAnchors() {
        var index = SearchIndex()
        index.addPage(url: "02.html", title: "第二章", bodyHTML: """
        <h1 id="t"><a class="anchor" href="#t">#</a>第二章</h1><p>引言 &amp; 动机</p>
        <h2 id="最优判别器"><a class="anchor" href="#最优判别器">#</a>最优判别器</h2><p>判别器 D 的最优解。</p>
        """)
        #expect(index.sections.map(\.url) == ["02.html", "02.html#最优判别器"])
        #expect(index.sections[0].text == "第二章 引言 & 动机")
        #expect(index.sections[1].heading == "最优判别器")
        let postings = index.postings()
        #expect(postings["判别"] == [1])
        #expect(postings["动机"] == [0])
    }

    @Test func javascriptIsDeterministic() {
        var index = SearchIndex()
        index.addPage(url: "a.html", title: "A", bodyHTML: "<p>生成器 generator 生成器</p>")
        #expect(index.javascript() == index.javascript())
        #expect(index.javascript().hasPrefix("window.GANBOOK_SEARCH = {\"docs\":[[\"a.html\",\"A\",\"A\",\"生成器 generator 生成器\"]]"))
    }
}
