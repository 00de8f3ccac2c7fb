/// `static prefix func - (v: Vector) -> Vector { … }` in a struct or class body: unary minus
/// on the type's values. It is kept among the type's static methods under ``prefixName(_:)``,
/// apart from the binary operator of the same symbol. Other prefix operators stop at the
/// operator with a located "not supported" error.
extension Parser {
    /// The static-method name a prefix operator is kept under (`prefix -`).
    static func prefixName(_ op: String) -> String { "prefix \(op)" }

    /// At `prefix`, after `static`.
    mutating func parsePrefixOperatorFunction() throws -> StructMember {
        let declared = operatorFunctionName(at: 2).map { customOperators.prefix.contains($0.op) } ?? false
        guard declared || (peekToken(2).isSymbol("-") && peekToken(3).isSymbol("(")) else {
            var spelled = ""
            if let (op, _) = operatorFunctionName(at: 2) { spelled = " " + op }
            throw fail(Unsupported.message("prefix func\(spelled)"), showFound: false)
        }
        advance()
        var function = try parseNamedOperatorFunction()
        guard function.parameters.count == 1 else {
            throw fail("unary operator implementation must have a single parameter", showFound: false)
        }
        function.name = Self.prefixName(function.name)
        return .method(function, isMutating: false, isStatic: true)
    }
}
