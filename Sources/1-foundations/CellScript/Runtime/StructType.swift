/// A value of a cell's `struct`: its type and its stored properties in declaration order.
/// The fields are a Swift array, so a copy is independent of the original (copy on write).
public struct StructValue {
    let type: StructType
    var fields: [Value]

    /// The struct's name.
    public var typeName: String { type.name }
}

/// A `struct` declared in a cell, with what its extensions added: stored properties (types,
/// defaults), initialisers, methods, computed and static members, conformances. Its name
/// holds it as a value (`Point.origin`, `Point(x: 1, y: 2)`); it has no snapshot form, so the
/// cell declaring it runs again when a later cell needs it.
public final class StructType: HostObject {
    public let name: String
    /// `Outer.Inner` for a nested type; the name otherwise.
    var qualifiedName: String
    public var typeName: String { name + ".Type" }
    /// Compiled code refers to the runtime; it is held weakly here (the runtime holds the type).
    weak var runtime: Runtime?

    struct Field {
        var name: String
        var annotation: TypeAnnotation?
        /// How the field prints inside the struct's description.
        var staticType: StaticType
        var isLet: Bool
        /// Evaluated (in the global frame) for each new value; nil: no default.
        var defaultValue: Eval?
        /// In a generic struct, the type as written (`[T]`): printed as instantiated.
        var writtenType: TypeAnnotation? = nil

        var isOptional: Bool { if case .optional? = annotation { return true } else { return false } }
    }

    struct Method {
        var shape: FunctionShape
        var isMutating: Bool
    }

    var fields: [Field] = []
    var fieldIndex: [String: Int] = [:]
    /// Declared in the struct's own body: then Swift synthesises no memberwise initialiser.
    var hasOwnInitializer = false
    var initializers: [FunctionShape] = []
    /// The `init?` among ``initializers``: `return nil` in one makes the value nil.
    var failableInitializers: Set<ObjectIdentifier> = []
    var methods: [String: Method] = [:]
    /// Methods overloaded by argument labels (`increment()`, `increment(by:)`), all of a name.
    var overloads: [String: [Method]] = [:]
    var getters: [String: FunctionShape] = [:]
    var setters: [String: FunctionShape] = [:]
    var staticMethods: [String: FunctionShape] = [:]
    var staticGetters: [String: FunctionShape] = [:]
    /// Static stored properties: evaluated on first use, as Swift's are (lazily).
    var staticInitializers: [String: Eval] = [:]
    var staticAnnotations: [String: TypeAnnotation] = [:]
    var staticValues: [String: Value] = [:]
    var conformances: Set<String> = []
    /// `struct Stack<T>`: Swift's default description shows type arguments cells do not keep.
    var isGeneric = false
    /// The generic parameters in the order written.
    var genericParameters: [String] = []
    /// A `class`: its instances are ``ClassInstance`` references (shared by copies).
    var isClass = false

    /// The member name of a subscript with `arity` indices (subscripts overload by arity).
    static func subscriptKey(_ arity: Int) -> String { "subscript/\(arity)" }

    /// The builtin types an `extension` may add methods and computed properties to.
    static let extensibleBuiltins: Set<String> = ["Int", "Double", "String", "Array", "Bool"]

    init(name: String, runtime: Runtime) {
        self.name = name
        qualifiedName = name
        self.runtime = runtime
    }

    /// Declares a method; one with the same labels as an earlier one replaces it.
    func addMethod(_ name: String, _ method: Method) {
        var all = overloads[name] ?? methods[name].map { [$0] } ?? []
        let labels = method.shape.parameters.dropFirst().map(\.label)
        all.removeAll { $0.shape.parameters.dropFirst().map(\.label) == labels }
        all.append(method)
        methods[name] = all[0]
        overloads[name] = all.count > 1 ? all : nil
    }

    /// The method a call's labels choose among the overloads of `name`.
    func method(_ name: String, _ call: ArgumentMatcher.CallShape) -> Method? {
        guard let all = overloads[name] else { return methods[name] }
        return all.first { (try? ArgumentMatcher.match(Array($0.shape.parameters.dropFirst()), call, callee: name)) != nil } ?? methods[name]
    }

    func addField(_ field: Field) {
        fieldIndex[field.name] = fields.count
        fields.append(field)
    }

    /// The memberwise initialiser's parameters (Swift's rule: every stored property except a
    /// `let` with a default value; a `var` with a default, or an optional `var`, may be omitted).
    var memberwiseParameters: [(field: Int, parameter: Signature.Parameter)] {
        fields.enumerated().compactMap { index, field in
            if field.isLet && field.defaultValue != nil { return nil }
            let parameter = Signature.Parameter(label: field.name, name: field.name, type: field.annotation?.description ?? "Any",
                                                hasDefault: field.defaultValue != nil || (!field.isLet && field.isOptional), isVariadic: false)
            return (index, parameter)
        }
    }

    var isEquatable: Bool { !conformances.isDisjoint(with: ["Equatable", "Hashable", "Comparable"]) }

    /// What `print` writes: `description` for a `CustomStringConvertible` type, else Swift's
    /// default `Name(field: value, …)` (strings quoted, optionals as `Optional(…)`); inside a
    /// collection, an optional or another value (`qualified`), Swift's default form names the
    /// module and enclosing types: `main.Card.Face(rank: 1)`.
    func describe(_ value: StructValue, qualified: Bool = false) -> String {
        if conformances.contains("CustomStringConvertible"), let runtime, case .string(let text)? = try? runtime.structProperty(.structure(value), "description") {
            return text
        }
        // `print` falls back on `debugDescription` for a type that has only that one.
        if conformances.contains("CustomDebugStringConvertible"), let runtime,
           case .string(let text)? = try? runtime.structProperty(.structure(value), "debugDescription") {
            return text
        }
        if isGeneric { return name + "<…>" }
        let parts = zip(fields, value.fields).map { field, item in
            field.name + ": " + TypedDescription.debugDescribe(item, as: field.staticType)
        }
        return (qualified ? "main." + qualifiedName : name) + "(" + parts.joined(separator: ", ") + ")"
    }
}

/// An instance of a cell `class`: its stored properties, shared by every copy of the reference.
final class ClassInstance: HostObject, CustomStringConvertible {
    let type: StructType
    var fields: [Value]

    init(type: StructType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }

    var typeName: String { type.name }

    /// `description` for a `CustomStringConvertible` class; else Swift's module-qualified
    /// name, which a cell has not (printing one is refused before it gets here).
    var description: String {
        if type.conformances.contains("CustomStringConvertible"), let runtime = type.runtime,
           case .string(let text)? = try? runtime.structProperty(.object(self), "description") {
            return text
        }
        return type.name
    }
}

extension Value {
    /// A struct value or a class instance of a cell type (whose members the runtime finds by
    /// the type, never through the host registry).
    var isCellTypeValue: Bool {
        switch self {
        case .structure: return true
        case .object(let object): return object is ClassInstance
        default: return false
        }
    }

    /// The name of a generic struct inside the value that would print by Swift's default
    /// description (which names type arguments cells do not keep); nil when there is none.
    var unprintableStructName: String? {
        switch self {
        case .array(let items), .tuple(let items): return items.lazy.compactMap(\.unprintableStructName).first
        case .dictionary(let dictionary): return dictionary.values.lazy.compactMap(\.unprintableStructName).first
        case .structure(let value):
            if value.type.conformances.contains("CustomStringConvertible") { return nil }
            if value.type.isGeneric { return value.type.name }
            return value.fields.lazy.compactMap(\.unprintableStructName).first
        case .object(let instance as ClassInstance):
            return instance.type.conformances.contains("CustomStringConvertible") ? nil : instance.type.name
        default: return nil
        }
    }
}
