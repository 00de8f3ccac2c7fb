import Testing
@testable import CellScript

@Test func diagnosticIsFormattedLikeTheSwiftCompiler() {
    let interpreter = Interpreter()
    _ = interpreter.run("let gan = 1")
    let result = interpreter.run("print(1)\nlet x = gna.sample(128)", file: "lessons/02-gan-math.md", firstLine: 56)
    #expect(result.formattedDiagnostics == """
        lessons/02-gan-math.md:57:9: error: cannot find 'gna' in scope; did you mean 'gan'?
        let x = gna.sample(128)
                ^~~

        """)
    #expect(result.output.isEmpty)
}

@Test func caretAccountsForWideCharacters() {
    let result = Interpreter().run("let 名字 = 未知", file: "a.md", firstLine: 1)
    #expect(result.formattedDiagnostics.contains("let 名字 = 未知\n           ^~~~\n"))
    #expect(result.diagnostics.first?.range.start.column == 10)
}

@Test func tracebackNotesAreFormatted() {
    let source = "func f(_ xs: [Int]) -> Int { xs[3] }\nf([1])"
    let text = Interpreter().run(source, file: "l.md", firstLine: 10).formattedDiagnostics
    #expect(text.contains("l.md:10:30: error: index out of range: index 3, but the array has 1 element"))
    #expect(text.contains("l.md:11:1: note: in call to 'f'"))
}

@Test func printedOutputGoesToTheSinkInOrder() {
    let interpreter = Interpreter()
    var pieces: [String] = []
    let result = interpreter.run("for i in 0..<3 { print(i, terminator: \",\") }\n\"done\"", output: { pieces.append($0) })
    #expect(pieces == ["0,", "1,", "2,"])
    #expect(result.output == "0,1,2,")
    if case .string(let s)? = result.displayValue { #expect(s == "done") } else { Issue.record("no display value") }
}

@Test func outputLimitStopsWithANote() {
    let interpreter = Interpreter(limits: Limits(timeLimit: 5, maximumOutputBytes: 100))
    let result = interpreter.run("for i in 0..<1000 { print(i) }")
    #expect(result.succeeded)
    #expect(result.output.utf8.count < 200)
    #expect(result.output.contains("output truncated"))
}

@Test func definedValuesCanBeReadAndInjected() throws {
    let interpreter = Interpreter()
    try interpreter.define("data", .array([.int(1), .int(2)]))
    let result = interpreter.run("let total = data.reduce(0, +)")
    #expect(result.succeeded)
    if case .int(let t)? = interpreter.value(named: "total") { #expect(t == 3) } else { Issue.record("total missing") }
    #expect(interpreter.definedNames.contains("total"))
}

@Test func registryListsEveryBuiltinWithSignatureAndDoc() throws {
    let registry = try TestHost.registry()
    #expect(registry.setupErrors.isEmpty)
    let signatures = Set(registry.entries.map(\.signature))
    #expect(signatures.contains("print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")"))
    #expect(signatures.contains("Vec(repeating value: Double, count: Int)"))
    #expect(registry.entries.allSatisfy { !$0.doc.isEmpty })
    #expect(registry.entries.contains { $0.kind == .infixOperator && $0.signature.contains("Vec") })
}

@Test func malformedSignaturesAreRejected() {
    #expect(throws: HostError.self) { try HostRegistry().function("f(x)", doc: "d") { _, _ in .void } }
    #expect(throws: HostError.self) { try HostRegistry().function("f(x: Int", doc: "d") { _, _ in .void } }
    #expect(throws: HostError.self) { try HostRegistry().infixOperator("**", lhs: "A", rhs: "A", doc: "d") { a, _, _ in a } }
}

@Test func hostFunctionsCallBackIntoClosures() throws {
    let registry = HostRegistry.standard()
    try registry.function("twice(_ f: (Int) -> Int, _ x: Int) -> Int", doc: "f(f(x))") { args, context in
        try context.call(try args.value(0), [try context.call(try args.value(0), [try args.value(1)])])
    }
    let result = Interpreter(registry: registry).run("twice({ $0 * 3 }, 2)")
    if case .int(let v)? = result.displayValue { #expect(v == 18) } else { Issue.record("\(result.formattedDiagnostics)") }
}

@Test func cellAnalysisFindsDefinitionsReadsAndMutations() {
    let a = CellAnalysis.analyze("""
        let loss = model.train(data)
        var history: [Double] = []
        history.append(loss)
        optimizer.step()
        weights[0] = 1
        print(lr, history)
        func helper(_ x: Int) -> Int { let local = x; return local + scale }
        """)
    #expect(a.defines == ["loss", "history", "helper"])
    #expect(a.reads == ["model", "data", "optimizer", "weights", "print", "lr", "scale"])
    #expect(a.mutates == ["model", "data", "history", "loss", "optimizer", "weights", "lr"])
}

@Test func cellAnalysisIgnoresLocalsAndClosureParameters() {
    let a = CellAnalysis.analyze("for i in 0..<n { let t = i * 2; xs.append(t) }\nlet ys = xs.map { x in x + offset }")
    #expect(a.defines == ["ys"])
    #expect(a.reads == ["n", "xs", "offset"])
    #expect(a.mutates == ["xs"])
}

@Test func deepRecursionIsAnErrorNotACrash() {
    let interpreter = Interpreter(limits: Limits(timeLimit: 30, maximumCallDepth: 5000))
    let result = interpreter.run("func f(_ n: Int) -> Int { f(n + 1) }\nf(0)")
    #expect(result.diagnostics.first?.message == "maximum call depth of 5000 exceeded (infinite recursion?)")
}
