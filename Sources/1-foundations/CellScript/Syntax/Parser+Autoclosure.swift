/// `@autoclosure` parameters: at a call of a function declared with one, the argument in its
/// place becomes the closure `{ argument }`, evaluated only when the body calls it.
extension Parser {
    /// Consumes `@autoclosure` (and `@escaping` around it) before a parameter's type.
    mutating func skipAutoclosure() -> Bool {
        var found = false
        while check("@"), let attribute = peekToken(1).identifier, attribute == "autoclosure" || attribute == "escaping" {
            if attribute == "autoclosure" { found = true }
            advance()
            advance()
        }
        return found
    }

    mutating func recordAutoclosures(_ name: String, _ parameters: [Parameter]) {
        let positions = parameters.enumerated().filter { $0.element.isAutoclosure }.map { (index: $0.offset, label: $0.element.label) }
        if positions.isEmpty { autoclosureParameters[name] = nil } else { autoclosureParameters[name] = positions }
    }

    /// The arguments of a call of `callee`, the ones in `@autoclosure` places wrapped.
    func wrappingAutoclosures(_ callee: Expr, _ arguments: [Argument]) -> [Argument] {
        guard case .identifier(let name) = callee.kind, let positions = autoclosureParameters[name] else { return arguments }
        var out = arguments
        for position in positions where position.index < out.count && out[position.index].label == position.label {
            let value = out[position.index].value
            out[position.index].value = Expr(kind: .closure(ClosureExpr(parameters: [], body: [Stmt(kind: .expression(value), range: value.range)])),
                                             range: value.range)
        }
        return out
    }
}
