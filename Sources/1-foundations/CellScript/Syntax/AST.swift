/// An expression node with its source range.
struct Expr: Sendable {
    indirect enum Kind: Sendable {
        case integer(Int)
        /// Inserted by the type checker: an integer literal of a sized type (`let b: UInt8 = 200`).
        case fixedWidthInteger(FixedWidthInt)
        case double(Double)
        case string(String)
        case interpolated([InterpolationPart])
        case bool(Bool)
        case nilLiteral
        case identifier(String)
        /// `$0`, `$1` inside a closure.
        case dollar(Int)
        case unary(op: String, Expr)
        case binary(op: String, Expr, Expr, opRange: SourceRange)
        case ternary(Expr, Expr, Expr)
        case call(Expr, [Argument])
        case member(Expr, name: String, nameRange: SourceRange)
        /// `.relu`, `.pi`: a member of a type the context will decide.
        case implicitMember(String)
        case subscriptAccess(Expr, [Argument])
        case array([Expr])
        case dictionary([(key: Expr, value: Expr)])
        case tuple([Expr])
        case closure(ClosureExpr)
        case forceUnwrap(Expr)
        /// Inserted by the type checker: the operand's Double value rounded to Float (a `Float`
        /// is stored as the Double it equals; each Float operation rounds its result).
        case floatRound(Expr)
        /// Inserted by the type checker: an integer literal among collection elements of a type
        /// it cannot know before the cell runs (`[v, 1]`). It becomes a Double when a sibling
        /// value is one, as Swift's inference would have made it.
        case adaptiveIntLiteral(Expr)
        /// Inserted by the type checker: the operand's description as Swift prints a value of
        /// that static type (`Optional(123)`, a Float's shortest digits), as a String. With
        /// `.unknown`, the operand passes unchanged unless it holds a tuple, whose labels only a
        /// static type knows: then the cell stops (``TypedDescription/untypedTupleMessage``).
        case described(Expr, StaticType)
        /// `try e`, `try? e`, `try! e` (see `AST+Patterns.swift`).
        case tryExpression(TryKind, Expr)
        /// `e as T`: static coercion, a type context for `e` (see `TypeChecker+Coercion.swift`).
        case coercion(Expr, TypeAnnotation)
        /// `a?.b.c`: the whole optional chain, nil as soon as one `?` finds nil, and the `?`
        /// after a value in it (see `Compiler+OptionalChaining.swift`).
        case optionalChain(Expr)
        case optionalBind(Expr)
        /// Placeholder for an expression that failed to parse.
        case invalid
    }

    var kind: Kind
    var range: SourceRange
    /// A tuple literal's element labels (`(x: 1, y: 2)`), nil when it has none.
    var labels: [String?]? = nil
    /// The static type the checker gave this node (nil: not checked, or `unknown`); the
    /// compiler emits typed code from it (see `Compiler+Typed.swift`).
    var checkedType: StaticType? = nil
}

/// One part of an interpolated string literal.
enum InterpolationPart: Sendable {
    case text(String)
    case expression(Expr)
}

/// A call argument: `label: value`, `value`, or a trailing closure.
struct Argument: Sendable {
    var label: String?
    var labelRange: SourceRange?
    var value: Expr
    var isTrailingClosure = false
}

/// `{ x, y in … }` or `{ $0 * 2 }`.
struct ClosureExpr: Sendable {
    /// Explicit parameter names, or nil when the closure has no `in` header.
    var parameters: [(name: String, range: SourceRange)]?
    var body: [Stmt]
    /// The parameters' annotations (`{ (x: Double) in … }`), one per parameter, when written.
    var parameterTypes: [TypeAnnotation?] = []
    /// The `-> T` of the header, when written.
    var returnType: TypeAnnotation?
    /// Set by the type checker when the first parameter is `inout` (`reduce(into:_:)`'s accumulator).
    var mutableFirstParameter = false
    /// The capture list `{ [a, b = x] in … }`: each name (`label`) and the value it captures.
    var captures: [Argument] = []
    /// The closure the parser makes of an `if`/`switch` used as a value (see `Parser+StatementExpressions.swift`).
    var isStatementExpression = false
}

/// A type annotation, checked at runtime.
indirect enum TypeAnnotation: Sendable, CustomStringConvertible {
    case named(String, SourceRange)
    case array(TypeAnnotation)
    case dictionary(TypeAnnotation, TypeAnnotation)
    case optional(TypeAnnotation)
    case tuple([TypeAnnotation])
    /// `(lo: Int, hi: Int)`: a tuple type with element labels (nil where an element has none).
    case labeledTuple([TypeAnnotation], labels: [String?])
    /// `(Double, Int) -> Double`.
    case function([TypeAnnotation], TypeAnnotation)
    /// `Set<Element>`.
    case set(TypeAnnotation)
    /// `Queue<Double>`: a generic cell struct with written type arguments (outside generic
    /// code; see `Parser+GenericArguments.swift`). Read as its name wherever the arguments
    /// do not matter.
    case applied(String, [TypeAnnotation], SourceRange)

    var description: String {
        switch self {
        case .named(let name, _): return name
        case .array(let element): return "[\(element)]"
        case .dictionary(let k, let v): return "[\(k): \(v)]"
        case .optional(let wrapped): return "\(wrapped)?"
        case .tuple(let elements): return "(" + elements.map(\.description).joined(separator: ", ") + ")"
        case .labeledTuple(let elements, let labels):
            return "(" + zip(labels, elements).map { ($0.map { "\($0): " } ?? "") + $1.description }.joined(separator: ", ") + ")"
        case .function(let params, let result): return "(" + params.map(\.description).joined(separator: ", ") + ") -> \(result)"
        case .set(let element): return "Set<\(element)>"
        case .applied(let name, _, _): return name
        }
    }
}

/// The left-hand side of `let`/`var` and of `for … in`.
indirect enum Pattern: Sendable {
    case name(String, SourceRange)
    case wildcard
    case tuple([Pattern])

    /// Every name the pattern binds, in order.
    var names: [(String, SourceRange)] {
        switch self {
        case .name(let n, let r): return [(n, r)]
        case .wildcard: return []
        case .tuple(let items): return items.flatMap(\.names)
        }
    }
}

/// A condition in `if`, `guard` and `while`.
enum Condition: Sendable {
    case expression(Expr)
    /// `let name = value` (optional binding).
    case binding(isLet: Bool, name: String, nameRange: SourceRange, value: Expr)
    /// `case pattern = value` (`if case`, `guard case`, `while case`).
    case pattern(CasePattern, value: Expr)
}

/// A `func` parameter.
struct Parameter: Sendable {
    /// The argument label; nil for `_`.
    var label: String?
    var name: String
    var range: SourceRange
    var type: TypeAnnotation?
    var defaultValue: Expr?
    var isVariadic = false
    /// A closure's `inout` accumulator: assignable in the body (see ``ClosureExpr/mutableFirstParameter``).
    var isMutable = false
    /// `inout`: the argument (`&x`) is written back when the call returns.
    var isInout = false
    /// `@autoclosure () -> T`: a call's argument is wrapped in a closure (see `Parser+Autoclosure.swift`).
    var isAutoclosure = false
    /// In a generic type's method, the type as written, the type's parameters by name (see
    /// `Parser+GenericArguments.swift`).
    var writtenType: TypeAnnotation? = nil
}

/// A `func` declaration.
struct FunctionDecl: Sendable {
    var name: String
    var nameRange: SourceRange
    var parameters: [Parameter]
    var returnType: TypeAnnotation?
    var body: [Stmt]
    /// In a generic type's method, the result type as written (see ``Parameter/writtenType``).
    var writtenReturnType: TypeAnnotation? = nil
    /// `func insert<S: Sequence>`: the generic parameters constrained to a sequence protocol
    /// (an argument for them must be a sequence; see `TypeChecker+MethodOverloads.swift`).
    var sequenceGenerics: Set<String> = []
    /// `where S.Element == T` (or `S.Iterator.Element == T`): the element type of a sequence
    /// parameter, by the generic parameters' names.
    var sequenceElements: [String: String] = [:]
}

/// A statement node with its source range.
struct Stmt: Sendable {
    indirect enum Kind: Sendable {
        case expression(Expr)
        case declaration(isLet: Bool, pattern: Pattern, type: TypeAnnotation?, value: Expr?)
        /// `target = value` or a compound assignment (`op` is `+`, `-`, `*`, `/` or `%`).
        case assignment(target: Expr, op: String?, value: Expr, opRange: SourceRange)
        case function(FunctionDecl)
        case ifStatement([Condition], then: [Stmt], else: [Stmt]?)
        case guardStatement([Condition], else: [Stmt])
        case forIn(Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt])
        case whileLoop([Condition], body: [Stmt])
        case repeatWhile(body: [Stmt], condition: Expr)
        case block([Stmt])
        case breakStatement
        case continueStatement
        case returnStatement(Expr?)
        /// `struct Name { … }` or `extension Name { … }`.
        case structure(StructDecl)
        /// `switch`, `enum`, `throw`, `do`/`catch`, `defer`, labels (see `AST+Patterns.swift`).
        case switchStatement(Expr, [SwitchCase])
        case fallthroughStatement
        case labeled(String, Stmt)
        case labeledJump(isBreak: Bool, label: String)
        case enumDeclaration(EnumDecl)
        case throwStatement(Expr)
        case doCatch([Stmt], [CatchClause])
        case deferStatement([Stmt])
        /// Placeholder for a statement that failed to parse.
        case invalid
    }

    var kind: Kind
    var range: SourceRange
}
