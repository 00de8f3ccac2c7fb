/// Def/use of `struct` and `extension` declarations: the struct's name is defined (by the
/// struct) or read and changed (by an extension); member bodies read what they use, with the
/// members themselves and `self` local to them.
extension DefUseWalker {
    mutating func walkStructure(_ decl: StructDecl) {
        if decl.isExtension {
            use(decl.name)
            if kind(of: decl.name) != .local { result.mutates.insert(decl.name) }
        }
        var memberNames: [String] = ["self"]
        for member in decl.members {
            switch member {
            case .stored(let p): memberNames.append(p.name)
            case .computed(let p): memberNames.append(p.name)
            case .method(let f, _, _): memberNames.append(f.name)
            case .initializer: break
            }
        }
        for member in decl.members {
            switch member {
            case .stored(let p):
                if let value = p.defaultValue { walk(value) }
            case .computed(let p):
                let indices = (p.indices ?? []).map(\.name)
                walkFunction(memberNames + indices, [], p.getter)
                if let setter = p.setter { walkFunction(memberNames + indices + [setter.name], [], setter.body) }
            case .method(let f, _, _), .initializer(let f):
                walkFunction(memberNames + f.parameters.map(\.name), f.parameters.compactMap(\.defaultValue), f.body)
            }
        }
    }
}
