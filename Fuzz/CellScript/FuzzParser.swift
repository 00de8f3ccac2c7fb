// libFuzzer entry for the CellScript lexer + parser + diagnostics formatter + def/use analysis
// + type checker. Built by run.sh together with Sources/1-foundations/CellScript/**/*.swift (one
// module; PortableMath linked).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (statements, diagnostics) = Parser.parse(source)
    let formatter = DiagnosticFormatter(source: source, file: "fuzz.md", firstLine: 10)
    for diagnostic in diagnostics { _ = formatter.format(diagnostic) }
    _ = CellAnalysis.analyze(statements)
    // The lesson's type check, as the notebook runs it before any cell: the same text as two
    // cells, so the second sees the names, structs and enums the first declared.
    guard diagnostics.isEmpty else { return 0 }
    var globals: [String: StaticType] = [:]
    var structs: [String: StructInfo] = [:]
    for _ in 0..<2 {
        let checker = TypeChecker(globals: globals, structs: structs)
        _ = checker.checkCell(statements)
        for diagnostic in checker.uniqueDiagnostics { _ = formatter.format(diagnostic) }
        globals = checker.globals
        structs = checker.structs
    }
    return 0
}
