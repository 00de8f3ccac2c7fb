/// Types declared inside a struct, class, enum or extension (`struct Card { enum Suit { … } }`).
///
/// A nested declaration is hoisted: it becomes a declaration of the cell placed just before the
/// statement that contains it, under its own name, so the outer type's body uses it unqualified
/// as Swift does. `Outer.Inner` in a type or an expression reads as `Inner`. Swift prints a
/// nested type's values by its own name (`Inner(x: 1)`, `.hearts` as `hearts`), so hoisting
/// changes no output. A nested name the cell also gives another type stops with a located
/// "not supported" error (two `Kind`s would meet as one).
struct NestedTypes: Sendable {
    /// Inner type name → the type that declares it.
    private(set) var outerOf: [String: String] = [:]
    /// Nested names that another declaration of the cell uses too.
    private(set) var ambiguous: Set<String> = []
    /// Declarations parsed inside a type body, waiting to be placed before their statement.
    var hoisted: [Stmt] = []

    /// `Outer.Inner` (`A.B.C` when `B` is nested in `A`), as Swift qualifies the type.
    func qualifiedName(_ name: String) -> String {
        var path = [name]
        while let outer = outerOf[path[0]], path.count <= outerOf.count, !path.contains(outer) { path.insert(outer, at: 0) }
        return path.joined(separator: ".")
    }

    /// Whether `inner` is declared in `outer`'s body.
    func isNested(_ inner: String, in outer: String) -> Bool { outerOf[inner] == outer }

    /// Finds every type declared directly in a type's body, by tokens alone (a nested type can
    /// be named before its declaration, in an earlier method).
    static func scan(_ tokens: [Token]) -> NestedTypes {
        var result = NestedTypes()
        var topLevel: [String: Int] = [:]
        var bodies: [(name: String, depth: Int)] = []
        var pendingName: String?
        var depth = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let next = i + 1 < tokens.count ? tokens[i + 1] : token
            var declared: String?
            switch token.kind {
            case .keyword(.struct), .keyword(.enum): declared = next.identifier
            case .keyword(.class): declared = next.identifier
            case .identifier("extension"): if let name = next.identifier { pendingName = name }
            case .symbol("{"):
                if let name = pendingName { bodies.append((name, depth + 1)); pendingName = nil }
                depth += 1
            case .symbol("}"):
                if bodies.last?.depth == depth { bodies.removeLast() }
                depth -= 1
            default: break
            }
            if let name = declared {
                if let outer = bodies.last, outer.depth == depth {
                    if result.outerOf[name] != nil && result.outerOf[name] != outer.name { result.ambiguous.insert(name) }
                    result.outerOf[name] = outer.name
                } else if depth == 0 {
                    topLevel[name, default: 0] += 1
                }
                pendingName = name
                i += 2
                continue
            }
            i += 1
        }
        for name in result.outerOf.keys where topLevel[name] != nil { result.ambiguous.insert(name) }
        return result
    }
}

extension Parser {
    /// A `struct`, `class` or `enum` in a type body (at the keyword): parsed as a declaration
    /// of the cell, hoisted before the statement being parsed.
    mutating func parseNestedType() throws {
        let keyword = current
        let nameToken = peekToken(1)
        if let name = nameToken.identifier, nestedTypes.ambiguous.contains(name) {
            let what = keyword.isKeyword(.enum) ? "enum" : keyword.isKeyword(.class) ? "class" : "struct"
            diagnostics.append(Diagnostic(message: Unsupported.message("nested \(what)") + " when another type of the cell is also named '\(name)'", range: nameToken.range))
            throw Failure()
        }
        let start = current.range
        var kind: Stmt.Kind
        if keyword.isKeyword(.enum) {
            kind = try parseEnum(isIndirect: false)
            if case .enumDeclaration(var decl) = kind {
                decl.qualifiedName = nestedTypes.qualifiedName(decl.name)
                kind = .enumDeclaration(decl)
            }
        } else {
            var decl = try parseStructure(isExtension: false, isClass: keyword.isKeyword(.class))
            decl.qualifiedName = nestedTypes.qualifiedName(decl.name)
            kind = .structure(decl)
        }
        nestedTypes.hoisted.append(Stmt(kind: kind, range: start.union(previous.range)))
    }

    /// `Outer.Inner` (at `Outer`, not consumed) when `Inner` is nested in `Outer`: the tokens
    /// it spans (`Outer . Inner . Deeper` counts 5) and the innermost name; nil otherwise.
    func qualifiedNestedType() -> (count: Int, name: String)? {
        guard var outer = current.identifier else { return nil }
        var count = 1
        while peekToken(count).isSymbol("."), !peekToken(count).spaceBefore,
              let inner = peekToken(count + 1).identifier, nestedTypes.isNested(inner, in: outer) {
            outer = inner
            count += 2
        }
        return count > 1 ? (count, outer) : nil
    }

    /// Consumes `Outer.Inner` when it names a nested type; returns the inner name and range.
    mutating func matchQualifiedNestedType() -> (String, SourceRange)? {
        guard let (count, name) = qualifiedNestedType() else { return nil }
        let start = current.range
        for _ in 1..<count { advance() }
        let end = advance().range
        return (name, start.union(end))
    }
}
