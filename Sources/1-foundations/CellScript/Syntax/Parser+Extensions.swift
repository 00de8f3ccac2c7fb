/// `extension E { … }` of an `enum` declared earlier in the same cell: its methods, computed
/// properties, static lets, initialisers and conformances join the enum's declaration (as
/// Swift makes an extension's members part of the type wherever it is written), and the
/// extension statement is dropped. A member an enum cannot hold (a stored instance property,
/// a setter, a subscript) stops with a located error. An extension of a struct or class
/// declared earlier joins it the same way, so a method of the body may call one the
/// extension declares later in the cell; one that declares an `init` stays an extension
/// (an `init` in the body would remove the memberwise initialiser).
extension Parser {
    static func mergeExtensions(_ statements: [Stmt], _ diagnostics: inout [Diagnostic]) -> [Stmt] {
        var enumIndex: [String: Int] = [:]
        var structIndex: [String: Int] = [:]
        var result = statements
        for (i, statement) in statements.enumerated() {
            switch statement.kind {
            case .enumDeclaration(let decl):
                enumIndex[decl.name] = i
            case .structure(let decl) where !decl.isExtension:
                structIndex[decl.name] = i
            case .structure(let ext) where ext.isExtension:
                if let target = structIndex[ext.name], case .structure(var decl) = result[target].kind,
                   !ext.members.contains(where: { if case .initializer = $0 { return true } else { return false } }) {
                    for conformance in ext.conformances where !decl.conformances.contains(conformance) { decl.conformances.append(conformance) }
                    decl.members += ext.members
                    result[target].kind = .structure(decl)
                    result[i].kind = .block([])
                    continue
                }
                guard let target = enumIndex[ext.name], case .enumDeclaration(var decl) = result[target].kind else { continue }
                guard merge(ext, into: &decl, &diagnostics) else { continue }
                result[target].kind = .enumDeclaration(decl)
                result[i].kind = .block([])
            default:
                continue
            }
        }
        return result
    }

    /// Adds the extension's members to `decl`; false (with a diagnostic) when one cannot join.
    private static func merge(_ ext: StructDecl, into decl: inout EnumDecl, _ diagnostics: inout [Diagnostic]) -> Bool {
        var merged = decl
        for conformance in ext.conformances where !merged.inherited.contains(conformance) { merged.inherited.append(conformance) }
        for member in ext.members {
            switch member {
            case .method(let function, let isMutating, let isStatic):
                merged.methods.append(MethodDecl(function: function, isStatic: isStatic, isMutating: isMutating))
            case .computed(let property):
                guard property.setter == nil, property.indices == nil else {
                    diagnostics.append(Diagnostic(message: Unsupported.message(property.indices == nil ? "set" : "subscript' in an 'enum"), range: property.range))
                    return false
                }
                merged.properties.append(PropertyDecl(name: property.name, range: property.range, type: property.type,
                                                      isStatic: property.isStatic, getter: property.getter, isStored: false))
            case .stored(let property):
                guard property.isStatic, let value = property.defaultValue else {
                    diagnostics.append(Diagnostic(message: "extensions must not contain stored properties", range: property.range))
                    return false
                }
                merged.properties.append(PropertyDecl(name: property.name, range: property.range, type: property.type, isStatic: true,
                                                      getter: [Stmt(kind: .expression(value), range: value.range)], isStored: true))
            case .initializer(let function):
                merged.initializers.append((function, function.returnType != nil))
            }
        }
        decl = merged
        return true
    }
}
