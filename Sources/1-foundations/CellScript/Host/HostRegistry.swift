/// Host function bodies receive evaluated arguments (checked against the signature's labels).
public typealias HostFunctionBody = (Arguments, CallContext) throws -> Value
/// Host method bodies receive the receiver `inout` (mutating methods such as `append` change it).
public typealias HostMethodBody = (inout Value, Arguments, CallContext) throws -> Value
/// Property getters receive the receiver.
public typealias HostPropertyGetter = (Value, CallContext) throws -> Value
/// Operator bodies receive both operands (a prefix operator gets `.void` as `rhs`).
public typealias HostOperatorBody = (Value, Value, CallContext) throws -> Value

/// The builtins a cell can call: functions, types with initialisers, methods, properties and
/// operators, each with a Swift-style signature and a one-line doc. The standard library is
/// registered the same way, so ``entries`` lists everything for the reference page.
///
/// ```swift
/// let registry = HostRegistry.standard()
/// try registry.type("Normal", doc: "A normal distribution.")
/// try registry.initializer("Normal(mean: Double, std: Double)", doc: "N(mean, std²).") { args, _ in
///     .object(Normal(mean: try args.double(0), std: try args.double(1)))
/// }
/// try registry.method(on: "Normal", "sample(_ n: Int) -> [Double]", doc: "n samples.") { this, args, _ in … }
/// try registry.infixOperator("+", lhs: "Tensor", rhs: "Tensor", doc: "Elementwise sum.") { a, b, _ in … }
/// ```
public final class HostRegistry {
    /// One documented entry of the registry.
    public struct Entry: Sendable, Hashable {
        public enum Kind: String, Sendable { case type, function, initializer, method, property, staticMethod, staticProperty, infixOperator, prefixOperator }
        public var kind: Kind
        /// The type the entry belongs to (nil for free functions).
        public var owner: String?
        public var signature: String
        public var doc: String
    }

    /// A callable registered with a signature.
    final class Callable {
        let signature: Signature
        let mutates: Bool
        let function: HostFunctionBody?
        let method: HostMethodBody?
        /// Parameters declared `Double`/`[Double]`, whose Int arguments become Doubles.
        let promotedParameters: [Int]
        init(signature: Signature, mutates: Bool = false, function: HostFunctionBody? = nil, method: HostMethodBody? = nil) {
            self.signature = signature
            promotedParameters = signature.parameters.indices.filter {
                let type = signature.parameters[$0].type.hasSuffix("?") ? String(signature.parameters[$0].type.dropLast()) : signature.parameters[$0].type
                return type == "Double" || type == "[Double]"
            }
            self.mutates = mutates
            self.function = function
            self.method = method
        }
    }

    struct Property {
        let getter: HostPropertyGetter
        let setter: ((inout Value, Value, CallContext) throws -> Void)?
    }

    struct Operator {
        let lhs: String
        let rhs: String
        let body: HostOperatorBody
    }

    public private(set) var entries: [Entry] = []
    /// Registration failures of ``standard()`` (empty unless a built-in signature is malformed).
    public internal(set) var setupErrors: [String] = []
    private(set) var typeNames: Set<String> = []
    private(set) var functions: [String: [Callable]] = [:]
    private(set) var initializers: [String: [Callable]] = [:]
    private(set) var methods: [String: [String: [Callable]]] = [:]
    private(set) var properties: [String: [String: Property]] = [:]
    private(set) var infixOperators: [String: [Operator]] = [:]
    private(set) var prefixOperators: [String: [Operator]] = [:]
    /// Names of methods that change their receiver, compiled as in-place updates.
    private(set) var mutatingMethodNames: Set<String> = []

    /// An empty registry (no standard library); see ``standard()``.
    public init() {}

    /// Names of every free function and initialiser (`print`, `Double`, `Normal`…): calling one
    /// never changes its arguments, which `CellAnalysis` can use.
    public var freeFunctionNames: Set<String> { Set(functions.keys).union(initializers.keys) }

    /// Method names by the type they are registered on (`"Array": ["append", "map", …]`).
    public var methodNamesByType: [String: Set<String>] { methods.mapValues { Set($0.keys) } }

    /// Names of methods registered as changing their receiver in place (`append`, `sort`…).
    public var mutatingMethods: Set<String> { mutatingMethodNames }

    /// Host types declared with `type(_:doc:)` or an initialiser (`Tensor`, `Normal`…); the
    /// standard library's value types (`Array`, `String`, `Sequence`…) are not among them.
    public var hostTypeNames: Set<String> { typeNames }

    private func record(_ kind: Entry.Kind, _ owner: String?, _ signature: String, _ doc: String) {
        entries.append(Entry(kind: kind, owner: owner, signature: signature, doc: doc))
    }

    /// Declares a type name so it can be used in annotations and called as an initialiser.
    public func type(_ name: String, doc: String) throws {
        guard !name.isEmpty, name.first?.isLetter == true else { throw HostError("type name '\(name)' is not an identifier") }
        typeNames.insert(name)
        record(.type, nil, name, doc)
    }

    /// Registers a free function, e.g. `"kl(_ p: Distribution, _ q: Distribution) -> Double"`.
    public func function(_ signature: String, doc: String, _ body: @escaping HostFunctionBody) throws {
        let parsed = try Signature(signature)
        functions[parsed.name, default: []].append(Callable(signature: parsed, function: body))
        record(.function, nil, signature, doc)
    }

    /// Registers an initialiser; the signature's name is the type, e.g. `"Normal(mean: Double, std: Double)"`.
    public func initializer(_ signature: String, doc: String, _ body: @escaping HostFunctionBody) throws {
        let parsed = try Signature(signature)
        typeNames.insert(parsed.name)
        initializers[parsed.name, default: []].append(Callable(signature: parsed, function: body))
        record(.initializer, parsed.name, signature, doc)
    }

    /// Registers a method on values of type `owner` (a host type name or `Array`, `String`, `Double`…).
    /// Set `mutating` for methods that change the receiver in place.
    public func method(on owner: String, _ signature: String, mutating: Bool = false, doc: String, _ body: @escaping HostMethodBody) throws {
        let parsed = try Signature(signature)
        methods[owner, default: [:]][parsed.name, default: []].append(Callable(signature: parsed, mutates: mutating, method: body))
        if mutating { mutatingMethodNames.insert(parsed.name) }
        record(.method, owner, signature, doc)
    }

    /// Registers a static method, called as `Owner.name(…)`.
    public func staticMethod(on owner: String, _ signature: String, doc: String, _ body: @escaping HostFunctionBody) throws {
        let parsed = try Signature(signature)
        let callable = Callable(signature: parsed, method: { _, args, context in try body(args, context) })
        methods[owner + ".Type", default: [:]][parsed.name, default: []].append(callable)
        record(.staticMethod, owner, signature, doc)
    }

    /// Registers a read-only (or, with `set`, writable) property, e.g. `"shape: [Int]"`.
    public func property(on owner: String, _ signature: String, doc: String,
                         get: @escaping HostPropertyGetter,
                         set: ((inout Value, Value, CallContext) throws -> Void)? = nil) throws {
        let parsed = try Signature(signature)
        properties[owner, default: [:]][parsed.name] = Property(getter: get, setter: set)
        record(.property, owner, signature, doc)
    }

    /// Registers a static property, read as `Owner.name` (and as `.name` where a value is expected).
    public func staticProperty(on owner: String, _ signature: String, doc: String, get: @escaping (CallContext) throws -> Value) throws {
        let parsed = try Signature(signature)
        properties[owner + ".Type", default: [:]][parsed.name] = Property(getter: { _, context in try get(context) }, setter: nil)
        record(.staticProperty, owner, signature, doc)
    }

    /// Registers a binary operator for operand types (`"Double"` also accepts Int, `"Any"` anything).
    public func infixOperator(_ op: String, lhs: String, rhs: String, doc: String, _ body: @escaping HostOperatorBody) throws {
        guard Self.infixSymbols.contains(op) else { throw HostError("'\(op)' is not an infix operator of CellScript") }
        infixOperators[op, default: []].append(Operator(lhs: lhs, rhs: rhs, body: body))
        record(.infixOperator, nil, "static func \(op) (lhs: \(lhs), rhs: \(rhs))", doc)
    }

    /// Registers a prefix operator (`-` or `!`) for an operand type.
    public func prefixOperator(_ op: String, operand: String, doc: String, _ body: @escaping (Value, CallContext) throws -> Value) throws {
        guard op == "-" || op == "!" else { throw HostError("'\(op)' is not a prefix operator of CellScript") }
        prefixOperators[op, default: []].append(Operator(lhs: operand, rhs: "", body: { v, _, c in try body(v, c) }))
        record(.prefixOperator, nil, "static prefix func \(op) (operand: \(operand))", doc)
    }

    static let infixSymbols: Set<String> = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="]

    /// Every name callable without a receiver: functions and types.
    var globalNames: Set<String> { Set(functions.keys).union(typeNames) }

    static func accepts(_ declared: String, _ value: Value) -> Bool {
        switch declared {
        case "Any": return true
        case "Double": if case .int = value { return true }
        default: break
        }
        return declared == value.typeName
    }

    func infixOperator(_ op: String, _ lhs: Value, _ rhs: Value) -> Operator? {
        infixOperators[op]?.first { Self.accepts($0.lhs, lhs) && Self.accepts($0.rhs, rhs) }
    }

    func prefixOperator(_ op: String, _ operand: Value) -> Operator? {
        prefixOperators[op]?.first { Self.accepts($0.lhs, operand) }
    }
}
