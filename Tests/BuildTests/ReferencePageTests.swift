import MarkupText
import Foundation
import Testing
@testable import Build
@testable import Site

@Suite struct ReferencePageTests {
    @Test func listsTheBuiltinsCellsCanCall() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        let page = Fixtures.read(output + "/reference.html")
        for signature in ["Normal(mean: Double = 0, std: Double = 1)", "kl(", "Sequential", "Adam(", "linspace(", "print("] {
            #expect(page.contains(MarkupText.escape(signature)), "the reference lists \(signature)")
        }
        // Descriptions are Chinese, with the English doc line kept beneath.
        #expect(page.contains("逐元素相加（支持广播）。"))
        #expect(page.contains(#"<span class="doc-en" lang="en">Elementwise sum (broadcasting).</span>"#))
        #expect(!page.contains("<td>Elementwise sum"), "no entry is left with its English doc alone")
        #expect(Fixtures.read(output + "/index.html").contains(#"<a href="reference.html">单元格参考</a>"#))
        #expect(Fixtures.read(output + "/search-index.js").contains("reference.html#"))
    }

}
