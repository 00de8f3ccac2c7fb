// libFuzzer entry for the whole CellScript interpreter with a short deadline.
// Built by run.sh together with Sources/1-foundations/CellScript/**/*.swift (one module; PortableMath linked).

nonisolated(unsafe) let registry = HostRegistry.standard()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterpreter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let interpreter = Interpreter(registry: registry, limits: Limits(timeLimit: 0.05, maximumOutputBytes: 4096, maximumCallDepth: 200),
                                  globalCapacity: 512)
    // Two cells on the fuzzer's thread (8 MB stack is plenty at depth 200), so the persistent
    // environment and shadowing are exercised too.
    for _ in 0..<2 {
        let (value, diagnostics, _) = interpreter.runOnCurrentThread(ParsedCell(source: source), output: nil)
        _ = value?.description
        let formatter = DiagnosticFormatter(source: source, file: "fuzz.md", firstLine: 3)
        for diagnostic in diagnostics { _ = formatter.format(diagnostic) }
    }
    return 0
}
