/// A default argument of a struct's method or initialiser naming one of the type's static
/// properties unqualified (`init(children: [String] = defaultChildren)`): Swift resolves it in
/// the type, while cells evaluate defaults where the call is, so it is read as
/// `Type.defaultChildren`.
extension Parser {
    static func qualifyingStaticDefaults(_ decl: StructDecl) -> StructDecl {
        let statics = Set(decl.members.compactMap { member -> String? in
            switch member {
            case .stored(let p) where p.isStatic: return p.name
            case .computed(let p) where p.isStatic: return p.name
            default: return nil
            }
        })
        guard !statics.isEmpty else { return decl }
        func qualified(_ function: FunctionDecl) -> FunctionDecl {
            var out = function
            for i in out.parameters.indices {
                guard let value = out.parameters[i].defaultValue, case .identifier(let name) = value.kind, statics.contains(name),
                      !function.parameters.contains(where: { $0.name == name }) else { continue }
                let base = Expr(kind: .identifier(decl.name), range: value.range)
                out.parameters[i].defaultValue = Expr(kind: .member(base, name: name, nameRange: value.range), range: value.range)
            }
            return out
        }
        var out = decl
        out.members = decl.members.map { member in
            switch member {
            case .method(let f, let isMutating, let isStatic): return .method(qualified(f), isMutating: isMutating, isStatic: isStatic)
            case .initializer(let f): return .initializer(qualified(f))
            default: return member
            }
        }
        return out
    }
}
