/// Declaration attributes (`@discardableResult`, `@inline(__always)`): the ones that change
/// nothing a cell prints are accepted and dropped; any other (`@propertyWrapper`, a wrapper
/// such as `@Clamped`, `@resultBuilder`) stops at the attribute with a located
/// "not supported" error.
extension Parser {
    /// Attributes accepted before a declaration with no effect in a cell.
    static let ignoredAttributes: Set<String> = [
        "discardableResult", "inlinable", "inline", "usableFromInline", "frozen", "warn_unqualified_access",
    ]

    /// Whether the current token begins an attribute (`@` then a name, no space between).
    var atAttribute: Bool {
        check("@") && peekToken(1).identifier != nil && !peekToken(1).spaceBefore
    }

    /// Skips the attributes at the current token (with their `(…)` arguments), or fails at the
    /// first one cells do not support.
    mutating func skipDeclarationAttributes() throws {
        while atAttribute {
            let name = peekToken(1).identifier!
            guard Self.ignoredAttributes.contains(name) else {
                let start = advance().range
                let end = advance().range
                diagnostics.append(Diagnostic(message: Unsupported.message("@" + name), range: start.union(end)))
                throw Failure()
            }
            advance()
            advance()
            if check("(") && !current.spaceBefore {
                var parens = 0
                repeat {
                    if check("(") { parens += 1 } else if check(")") { parens -= 1 }
                    advance()
                } while parens > 0 && !atEnd
            }
        }
    }
}
