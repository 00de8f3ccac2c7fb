import Testing
import TeXMath
@testable import Site

/// The search text of formulas reads like the formula, and code is not searchable prose.
@Suite struct SearchMathTextTests {
    private func text(_ html: String) -> String {
        var index = SearchIndex()
        index.addPage(url: "a.html", title: "A", bodyHTML: html)
        return index.sections.map(\.text).joined(separator: " | ")
    }

    private func math(_ tex: String) -> String { TeXConverter().convert(tex, display: false).mathml }

    @Test func superscriptsAndSubscriptsAreSpelled() {
        #expect(text("<p>噪声 \(math(#"\mathcal{N}(\delta, 0.5^2)"#)) 。</p>") == "噪声 𝒩(δ,0.5²) 。")
        #expect(text("<p>\(math(#"x_1 + x^{n+1}"#))</p>") == "x₁+xⁿ⁺¹")
        #expect(text("<p>\(math(#"p_{\text{data}}"#))</p>") == "p_data")
        #expect(text("<p>\(math(#"W^\top x"#))</p>") == "Wᵀx")
        #expect(text("<p>\(math(#"D^*"#))</p>") == "D^∗")
        #expect(text("<p>\(math(#"\frac{1}{2s^2}"#))</p>") == "1/(2s²)")
        #expect(text("<p>\(math(#"\hat{x}_i"#))</p>") == "x̂ᵢ".replacingOccurrences(of: "x̂", with: "xˆ"))
    }

    @Test func codeBlocksAreLeftOut() {
        let html = """
        <p>训练判别器。</p><div class="cell"><pre class="cell-code"><code class="language-swift">let D = discriminator()</code></pre>\
        <pre class="cell-stdout">loss 0.69</pre></div><pre><code>shell command</code></pre><p>之后。</p>
        """
        #expect(text(html) == "训练判别器。 loss 0.69 之后。")
    }
}
