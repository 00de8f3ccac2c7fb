import CellScript

/// Registers builtins in a CellScript registry and keeps one ``BuiltinRecord`` per registration.
/// It takes the registry's calls, plus each builtin's effect (and size check where it has one),
/// so those facts are written next to the builtin's code, not in lists elsewhere.
///
/// ```swift
/// try r.method(on: "Digits", "batch(_ size: Int) -> (images: Tensor, labels: [Int])", effect: .readOnly,
///              doc: "A random batch.") { v, args, _ in … }
/// ```
final class BuiltinRegistrar {
    let registry: HostRegistry
    private(set) var records: [BuiltinRecord] = []

    init(_ registry: HostRegistry) {
        self.registry = registry
    }

    /// Records the entry the registry has just added.
    private func keep(_ effect: BuiltinEffect, _ sizeCheck: SizeCheck = .engineOnly) {
        guard let entry = registry.entries.last else { return }
        records.append(BuiltinRecord(entry: entry, effect: effect, sizeCheck: sizeCheck))
    }

    /// `body`, preceded by the size check (see ``SizeCheck``) when there is one.
    private static func checked(_ body: @escaping HostFunctionBody, _ sizeCheck: SizeCheck, _ signature: String) -> HostFunctionBody {
        if sizeCheck == .engineOnly { return body }
        let name = Self.name(signature)
        return { args, c in
            try sizeCheck.validate(args, name)
            return try body(args, c)
        }
    }

    /// `sample` for `sample(_ n: Int) -> Tensor`.
    private static func name(_ signature: String) -> String { String(signature.prefix { $0 != "(" }) }

    func type(_ name: String, doc: String) throws {
        try registry.type(name, doc: doc)
        keep(.readOnly)
    }

    /// A free function; it reads its arguments unless declared `.freshValue`.
    func function(_ signature: String, effect: BuiltinEffect = .readOnly, sizeCheck: SizeCheck = .engineOnly, doc: String,
                  _ body: @escaping HostFunctionBody) throws {
        try registry.function(signature, doc: doc, Self.checked(body, sizeCheck, signature))
        keep(effect, sizeCheck)
    }

    /// An initialiser; its result may hold its arguments (`Adam(G.parameters)`) unless declared otherwise.
    func initializer(_ signature: String, effect: BuiltinEffect = .readOnly, sizeCheck: SizeCheck = .engineOnly, doc: String,
                     _ body: @escaping HostFunctionBody) throws {
        try registry.initializer(signature, doc: doc, Self.checked(body, sizeCheck, signature))
        keep(effect, sizeCheck)
    }

    /// A method; on a host type it counts as changing its receiver unless declared `.readOnly`
    /// or `.freshValue`. On a value type (`Double`) the registry's `mutating` flag decides.
    func method(on owner: String, _ signature: String, effect: BuiltinEffect = .mutates, sizeCheck: SizeCheck = .engineOnly,
                doc: String, _ body: @escaping HostMethodBody) throws {
        let name = "\(owner).\(Self.name(signature))"
        try registry.method(on: owner, signature, doc: doc, sizeCheck == .engineOnly ? body : { v, args, c in
            try sizeCheck.validate(args, name)
            return try body(&v, args, c)
        })
        keep(effect, sizeCheck)
    }

    func staticMethod(on owner: String, _ signature: String, effect: BuiltinEffect = .readOnly, sizeCheck: SizeCheck = .engineOnly,
                      doc: String, _ body: @escaping HostFunctionBody) throws {
        try registry.staticMethod(on: owner, signature, doc: doc, Self.checked(body, sizeCheck, "\(owner).\(signature)"))
        keep(effect, sizeCheck)
    }

    func property(on owner: String, _ signature: String, doc: String, get: @escaping HostPropertyGetter,
                  set: ((inout Value, Value, CallContext) throws -> Void)? = nil) throws {
        try registry.property(on: owner, signature, doc: doc, get: get, set: set)
        keep(.readOnly)
    }

    func infixOperator(_ op: String, lhs: String, rhs: String, doc: String, _ body: @escaping HostOperatorBody) throws {
        try registry.infixOperator(op, lhs: lhs, rhs: rhs, doc: doc, body)
        keep(.readOnly)
    }

    func prefixOperator(_ op: String, operand: String, doc: String, _ body: @escaping (Value, CallContext) throws -> Value) throws {
        try registry.prefixOperator(op, operand: operand, doc: doc, body)
        keep(.readOnly)
    }
}
