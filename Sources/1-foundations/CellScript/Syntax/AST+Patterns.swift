/// A pattern of `switch` cases, `if case`, `for case` and `catch` clauses.
indirect enum CasePattern: Sendable {
    /// `_`
    case wildcard
    /// A name bound by `let`/`var` (`case let x`, `case (let x, 0)`).
    case binding(String, SourceRange)
    /// An expression matched with `~=`: equality, or containment for a range (`case 0..<10`).
    case value(Expr)
    /// `(p1, p2)`, each element optionally labelled.
    case tuple([CasePattern], labels: [String?])
    /// `.north`, `Direction.north`, `.move(let dx, dy: 0)`: an enum case, with the patterns of
    /// its associated values when written.
    case enumCase(type: String?, name: String, arguments: [CasePattern]?, labels: [String?], range: SourceRange)
    /// `let x?`: a non-nil optional.
    case optional(CasePattern)
    /// `is E` (with no inner pattern) or `let e as E`.
    case cast(CasePattern?, type: String, range: SourceRange)
    /// `10...`, `..<0`, `...5`: a one-sided range (or, after checking, `"a"..."z"` bound by bound).
    case oneSidedRange(lower: Expr?, upper: Expr?, closed: Bool)

    /// Every name the pattern binds, in order.
    var names: [(String, SourceRange)] {
        switch self {
        case .wildcard, .value: return []
        case .binding(let n, let r): return [(n, r)]
        case .tuple(let items, _): return items.flatMap(\.names)
        case .enumCase(_, _, let arguments, _, _): return (arguments ?? []).flatMap(\.names)
        case .optional(let inner): return inner.names
        case .cast(let inner, _, _): return inner?.names ?? []
        case .oneSidedRange: return []
        }
    }

    /// The expressions inside the pattern (values matched with `~=`).
    var expressions: [Expr] {
        switch self {
        case .wildcard, .binding: return []
        case .value(let e): return [e]
        case .tuple(let items, _): return items.flatMap(\.expressions)
        case .enumCase(_, _, let arguments, _, _): return (arguments ?? []).flatMap(\.expressions)
        case .optional(let inner): return inner.expressions
        case .cast(let inner, _, _): return inner?.expressions ?? []
        case .oneSidedRange(let lower, let upper, _): return [lower, upper].compactMap { $0 }
        }
    }

    /// True when the pattern matches every value of its type (`_`, `let x`, tuples of those).
    var isIrrefutable: Bool {
        switch self {
        case .wildcard, .binding: return true
        case .tuple(let items, _): return items.allSatisfy(\.isIrrefutable)
        default: return false
        }
    }
}

/// One pattern of a case label or catch clause, with its `where` guard.
struct GuardedPattern: Sendable {
    var pattern: CasePattern
    var whereClause: Expr?
    var range: SourceRange
}

/// `case p1, p2 where c: body` or `default: body`.
struct SwitchCase: Sendable {
    /// Empty for `default`.
    var patterns: [GuardedPattern]
    var body: [Stmt]
    var range: SourceRange
    var isDefault: Bool { patterns.isEmpty }
}

/// `catch p where c { body }`; no patterns catches everything and binds `error`.
struct CatchClause: Sendable {
    var patterns: [GuardedPattern]
    var body: [Stmt]
    var range: SourceRange
}

/// `try`, `try?`, `try!`.
enum TryKind: Sendable {
    case plain, optional, forced
}

/// One `case` of an enum declaration: `case a`, `case b = 2`, `case move(dx: Int, dy: Int)`.
struct EnumCaseDecl: Sendable {
    var name: String
    var range: SourceRange
    /// The associated values' labels and types, when the case has any.
    var associated: [(label: String?, type: TypeAnnotation)]?
    var rawValue: Expr?
}

/// A computed property (`var name: T { … }`) or a static stored one (`static let x = …`).
struct PropertyDecl: Sendable {
    var name: String
    var range: SourceRange
    var type: TypeAnnotation?
    var isStatic: Bool
    /// The getter's body (computed), or the value (static stored, one `.expression` statement).
    var getter: [Stmt]
    var isStored: Bool
}

/// A method of an enum: `func`, `mutating func`, `static func`.
struct MethodDecl: Sendable {
    var function: FunctionDecl
    var isStatic: Bool
    var isMutating: Bool
}

/// `enum Name: RawType, Protocol { cases, methods, properties }`.
struct EnumDecl: Sendable {
    var name: String
    var nameRange: SourceRange
    /// The raw type and protocols after the colon, in order.
    var inherited: [String]
    var cases: [EnumCaseDecl]
    var methods: [MethodDecl]
    var properties: [PropertyDecl]
    var isIndirect: Bool
    /// `init(…)` and `init?(…)`: functions named `init` whose body assigns `self`.
    var initializers: [(function: FunctionDecl, isFailable: Bool)] = []
    /// `Outer.Name` for an enum declared inside another type (see `Parser+NestedTypes.swift`).
    var qualifiedName: String? = nil

    /// The raw-value type (`Int`, `String`, `Double`, `Character`), if any.
    var rawType: String? {
        inherited.first { ["Int", "String", "Double", "Character", "Float"].contains($0) }
    }
}
