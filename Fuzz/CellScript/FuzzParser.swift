// libFuzzer entry for the CellScript lexer + parser + diagnostics formatter.
// Built by run.sh together with Sources/1-foundations/CellScript/**/*.swift (one module; PortableMath linked).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (statements, diagnostics) = Parser.parse(source)
    let formatter = DiagnosticFormatter(source: source, file: "fuzz.md", firstLine: 10)
    for diagnostic in diagnostics { _ = formatter.format(diagnostic) }
    _ = CellAnalysis.analyze(statements)
    return 0
}
