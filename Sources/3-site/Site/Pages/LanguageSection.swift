import CellScript
import Course

/// The reference page's "单元格中的 Swift": what of Swift cells run, each with an example and what
/// it prints, and what they do not, each with the error a cell gets. Drawn from
/// `LanguageCoverage`, whose examples the CellScript tests run.
struct LanguageSection {
    static let id = "swift-in-cells"
    static let title = "单元格中的 Swift"

    var heading: Heading { Heading(level: 2, text: Self.title, id: Self.id, line: 0) }

    func nodes() -> [HTMLNode] {
        [
            .el("h2", [("id", Self.id)], [.text(Self.title)]),
            .el("p", [], [.text("单元格是 Swift 的一个子集：凡是能运行的程序，打印的结果都与 swiftc 编译出的程序相同；"
                + "子集之外的写法会在出现的位置报错“is not supported in cells”，而不是给出别的结果。下表的每个例子都在测试中实际运行过。")]),
            table(LanguageCoverage.supported, resultTitle: "输出"),
            .el("h3", [("id", Self.id + "-unsupported")], [.text("尚不支持")]),
            table(LanguageCoverage.unsupported, resultTitle: "单元格报告的错误"),
            .el("p", [], [.text("以下关键字开头的写法同样会报 “is not supported in cells”：")]
                + keywordList(LanguageCoverage.unsupportedKeywords)
                + [.text("。访问控制等修饰符可以写，但没有作用：")] + keywordList(LanguageCoverage.ignoredModifiers) + [.text("。")]),
        ]
    }

    private func table(_ constructs: [LanguageConstruct], resultTitle: String) -> HTMLNode {
        .el("table", [("class", "reference language")], [
            .el("thead", [], [.el("tr", [], [
                .el("th", [], [.text("写法")]), .el("th", [], [.text("例子")]), .el("th", [], [.text(resultTitle)]),
            ])]),
            .el("tbody", [], constructs.map { construct in
                .el("tr", [], [
                    .el("td", [], [.el("code", [], [.text(construct.name)]), .void("br", attributes: []), .text(construct.summary)]),
                    .el("td", [], [.el("pre", [], [.el("code", [], [.text(construct.example)])])]),
                    .el("td", [], [.el("pre", [], [.el("code", [], [.text(construct.result)])])]),
                ])
            }),
        ])
    }

    private func keywordList(_ words: [String]) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        for (index, word) in words.enumerated() {
            if index > 0 { nodes.append(.text(" ")) }
            nodes.append(.el("code", [], [.text(word)]))
        }
        return nodes
    }
}
