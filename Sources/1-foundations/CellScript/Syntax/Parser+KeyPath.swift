/// Key paths used as functions (`map(\.count)`, `sorted(by: { … }).map(\.name)`): `\.a.b` (or
/// `\Root.a.b`) is the closure `{ $0.a.b }`, as Swift converts a key path literal where a function
/// is expected; `\.self` is `{ $0 }`.
extension Parser {
    mutating func parseKeyPath() throws -> Expr {
        let start = advance().range
        if check("[") { throw fail(Unsupported.message("key path") + " in this form: write a closure such as { $0.name }", showFound: false) }
        if let root = current.identifier, root.first?.isUppercase == true, !current.spaceBefore { advance() }
        var body = Expr(kind: .dollar(0), range: start)
        var components = 0
        while check("."), !current.spaceBefore {
            advance()
            let (name, range) = try expectIdentifier("key path component after '.'")
            if name != "self" { body = Expr(kind: .member(body, name: name, nameRange: range), range: start.union(range)) }
            components += 1
        }
        if components == 0 || (check("?") && !current.spaceBefore) || (check("[") && !current.spaceBefore) {
            throw fail(Unsupported.message("key path") + " in this form: write a closure such as { $0.name }", showFound: false)
        }
        let range = start.union(previous.range)
        let closure = ClosureExpr(parameters: nil, body: [Stmt(kind: .expression(body), range: range)])
        return Expr(kind: .closure(closure), range: range)
    }
}
