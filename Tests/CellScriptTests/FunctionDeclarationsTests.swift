import CellScript
import Testing

@Suite struct FunctionDeclarationsTests {
    @Test func findsTopLevelFunctionsWithTheirTextAndFreeNames() {
        let source = "let k = 2\nfunc f(_ x: Int) -> Int {\n    return k * g(x)\n}\nfunc g(_ x: Int) -> Int { x + 1 }\nlet h = { (y: Int) in y }"
        let found = CellAnalysis.functionDeclarations(source)
        #expect(found.map(\.name) == ["f", "g"])
        #expect(found[0].text == "func f(_ x: Int) -> Int {\n    return k * g(x)\n}")
        #expect(found[0].reads == ["k", "g"])
        #expect(found[1].text == "func g(_ x: Int) -> Int { x + 1 }")
    }

    @Test func keepsTheLastDeclarationOfANameAndCountsScalarsNotBytes() {
        let source = "// 中文注释\nfunc f() -> String { \"一\" }\nfunc f() -> String { \"二\" }"
        let found = CellAnalysis.functionDeclarations(source)
        #expect(found.count == 1 && found[0].text == "func f() -> String { \"二\" }")
    }

    @Test func aDeclarationRunAloneDefinesTheFunction() {
        let interpreter = Interpreter()
        _ = interpreter.run("let k = 3")
        let text = CellAnalysis.functionDeclarations("let unused = 1\nfunc triple(_ x: Int) -> Int { return k * x }")[0].text
        #expect(interpreter.run(text).diagnostics.isEmpty)
        #expect(interpreter.run("triple(5)").displayValue?.description == "15")
    }
}

@Suite struct PureFunctionAnalysisTests {
    @Test func argumentsOfPureFunctionsAreReadsUnlessTheCellDeclaresTheFunction() {
        let plain = CellAnalysis.analyze("print(x)\nf(y)\nz.update()", pureFunctions: ["print"])
        #expect(plain.mutates == ["y", "z"])
        #expect(plain.reads.isSuperset(of: ["x", "y", "z"]))
        let shadowed = CellAnalysis.analyze("func print(_ v: Any) {}\nprint(x)", pureFunctions: ["print"])
        #expect(shadowed.mutates == ["x"])
    }
}
