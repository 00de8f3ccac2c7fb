// libFuzzer entry for the whole CellScript interpreter with a short deadline.
// Built by run.sh together with Sources/CellScript/**/*.swift (one module).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterpreter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let interpreter = Interpreter(limits: Limits(timeLimit: 0.05, maximumOutputBytes: 4096, maximumCallDepth: 200))
    interpreter.stackSize = 64 << 20
    // Two cells, so the persistent environment and shadowing are exercised too.
    let result = interpreter.run(source, file: "fuzz.md", firstLine: 3)
    _ = result.formattedDiagnostics
    _ = result.displayValue?.description
    let second = interpreter.run(source, file: "fuzz.md", firstLine: 40)
    _ = second.formattedDiagnostics
    return 0
}
