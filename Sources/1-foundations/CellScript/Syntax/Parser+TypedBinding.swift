/// `if let next: Node = self.next` / `guard var n: Int = Int(text)`: an optional binding with a
/// type annotation, read as the binding of `value as T?` (Swift checks the unwrapped value
/// against `T`; a literal takes `T`).
extension Parser {
    /// The binding when a `:` follows its name; nil (nothing consumed) otherwise.
    mutating func parseTypedBinding(isLet: Bool, _ name: String, _ nameRange: SourceRange) throws -> Condition? {
        guard match(":") else { return nil }
        let type = try parseType()
        try expect("=", "after the type of an optional binding")
        let value = try parseExpression()
        let coerced = Expr(kind: .coercion(value, .optional(type)), range: value.range)
        return .binding(isLet: isLet, name: name, nameRange: nameRange, value: coerced)
    }
}
