/// A `struct` declaration, or an `extension` adding members to one.
struct StructDecl: Sendable {
    var name: String
    var nameRange: SourceRange
    var isExtension: Bool
    /// The conformance list (`Equatable`, `CustomStringConvertible`, …).
    var conformances: [String]
    var members: [StructMember]
    /// `struct Stack<T>`: the generic parameters in the order written (their values are
    /// typed at run time; a value's type arguments are known where the program writes them).
    var genericParameters: [String] = []
    /// `class Name { … }`: instances are shared references (no inheritance in cells).
    var isClass = false
    /// `Outer.Inner` for a type declared inside another (Swift prints it so inside collections).
    var qualifiedName: String? = nil
}

/// One member of a struct or extension body.
enum StructMember: Sendable {
    case stored(StoredProperty)
    case computed(ComputedProperty)
    /// A method; `isMutating` for `mutating func`, `isStatic` for `static func`.
    case method(FunctionDecl, isMutating: Bool, isStatic: Bool)
    /// `init(…) { … }` (its `name` is `init`; `init?` has the result type `Self?`).
    case initializer(FunctionDecl)
}

/// `let x: Double = 0`, `var name = ""`, `static var count = 0`.
struct StoredProperty: Sendable {
    var isLet: Bool
    var name: String
    var range: SourceRange
    var type: TypeAnnotation?
    var defaultValue: Expr?
    var isStatic: Bool
    /// In a generic type, the type as written, its generic parameters by name (`[T]` where
    /// ``type`` reads `[Any]`): the checker instantiates it with the value's type arguments.
    var writtenType: TypeAnnotation? = nil
}

/// `var area: Double { … }` or `{ get { … } set { … } }`.
struct ComputedProperty: Sendable {
    var name: String
    var range: SourceRange
    var type: TypeAnnotation
    var getter: [Stmt]
    /// The setter's parameter name (`newValue` unless written) and body.
    var setter: (name: String, body: [Stmt])?
    var isStatic: Bool
    /// A `subscript(i: Int) -> T { … }` (named `subscript`): its index parameters.
    var indices: [Parameter]? = nil
}
