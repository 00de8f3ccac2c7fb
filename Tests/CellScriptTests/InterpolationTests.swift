import Testing
@testable import CellScript

@Test func interpolationWritesValuesLikeSwift() {
    let result = Interpreter().run(#"""
        let big = 9_223_372_036_854_775_807
        let small = -big - 1
        let name = "Gödel 名字 🙂"
        let missing: Int? = nil
        "\(0)|\(-7)|\(big)|\(small)|\(name)|\(2.5)|\([1, 2])|\(true)|\(missing)"
        """#)
    #expect(result.succeeded, "\(result.formattedDiagnostics)")
    let expected = "0|-7|9223372036854775807|-9223372036854775808|Gödel 名字 🙂|2.5|[1, 2]|true|nil"
    #expect(result.displayValue?.description == expected)
}

@Test func nestedRunsOfOneInterpolationKeepTheirOwnText() {
    let result = Interpreter().run(#"""
        func label(_ n: Int) -> String { n == 0 ? "end" : "<\(n) \(label(n - 1))>" }
        label(3)
        """#)
    #expect(result.succeeded, "\(result.formattedDiagnostics)")
    #expect(result.displayValue?.description == "<3 <2 <1 end>>>")
}
