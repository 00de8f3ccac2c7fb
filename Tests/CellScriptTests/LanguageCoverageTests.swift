import Testing
@testable import CellScript

/// The reference page's "单元格中的 Swift" tables are claims about the checker and the
/// interpreter: every supported example must print what `swiftc` prints (recorded in the table),
/// every unsupported one must stop at the construct with the table's error.
@Test(arguments: LanguageCoverage.supported.map(\.name))
func supportedConstructRunsAsSwift(name: String) throws {
    let construct = try #require(LanguageCoverage.supported.first { $0.name == name })
    let result = Interpreter().run(construct.example, file: "coverage.swift")
    #expect(result.diagnostics.isEmpty, "\(name): \(result.formattedDiagnostics)")
    #expect(result.output == construct.result, "\(name) printed \(result.output)")
}

@Test(arguments: LanguageCoverage.unsupported.map(\.name))
func unsupportedConstructStopsWithItsError(name: String) throws {
    let construct = try #require(LanguageCoverage.unsupported.first { $0.name == name })
    let result = Interpreter().run(construct.example, file: "coverage.swift")
    let first = try #require(result.diagnostics.first, "\(name) ran without an error")
    #expect(first.message == construct.result, "\(name): \(first.message)")
    #expect(result.output.isEmpty)
}

@Test func everyKeywordOfTheParsersTableIsListedUnlessASupportedExampleUsesIt() {
    let table = Unsupported.statementKeywords.union(Unsupported.expressionKeywords)
    #expect(Set(LanguageCoverage.unsupportedKeywords) == table.subtracting(LanguageCoverage.supportedWhereSwiftAllows))
    #expect(!LanguageCoverage.unsupportedKeywords.contains(where: { Unsupported.ignoredModifiers.contains($0) }))
    // A keyword is only taken off the page's unsupported list when a supported example (run by
    // the tests above) uses it.
    let words = Set(LanguageCoverage.supported.flatMap { $0.example.split(whereSeparator: { !$0.isLetter }).map(String.init) })
    for keyword in LanguageCoverage.supportedWhereSwiftAllows {
        #expect(words.contains(keyword), "'\(keyword)' is listed as supported but no supported example uses it")
    }
}
