import Testing

/// The checker must itself reject broken XML, or the well-formedness tests prove nothing.
@Suite struct XMLCheckerTests {
    @Test(arguments: [
        "<a><b></a></b>", "<a>", "<a></a><b></b>", "<a x=1></a>", "<a>&foo;</a>", "<a>x & y</a>",
        "<a>1 > 0</a>", "<a x=\"1\" x=\"2\"></a>", "<a x=\"<\"></a>", "text<a></a>", "<a></b>",
    ])
    func rejectsMalformed(_ xml: String) {
        #expect(throws: XMLChecker.Failure.self) { try XMLChecker.check(xml) }
    }

    @Test func acceptsWellFormed() throws {
        try XMLChecker.check(#"<math a="&amp;&quot;"><mi>x &lt; &#x2061;</mi><mspace width="1em"/></math>"#)
    }
}
