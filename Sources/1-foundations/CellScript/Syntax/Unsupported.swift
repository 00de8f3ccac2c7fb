/// The Swift constructs cells do not support yet, reported as `'X' is not supported in cells`
/// at the construct instead of a parse error at a symptom, and the declaration modifiers that
/// are accepted with no effect.
enum Unsupported {
    /// Swift keywords (lexed as identifiers) that begin a construct cells do not support.
    static let statementKeywords: Set<String> = [
        "protocol", "extension", "typealias", "defer", "throw", "init", "deinit", "subscript", "actor",
        "operator", "precedencegroup", "associatedtype", "indirect", "mutating", "nonmutating", "static",
        "lazy", "weak", "unowned", "override", "convenience", "required", "infix", "prefix", "postfix", "catch",
    ]

    /// Keywords that begin an expression cells do not support.
    static let expressionKeywords: Set<String> = ["try", "await", "inout", "some", "any", "Self", "is", "as?", "as!"]

    /// Access and inheritance modifiers: accepted before a declaration, with no effect in a cell.
    static let ignoredModifiers: Set<String> = ["public", "private", "fileprivate", "internal", "open", "final", "@inlinable", "@discardableResult"]

    /// The message, in Swift's spirit: it names the construct and never blames valid Swift.
    static func message(_ construct: String) -> String {
        "'\(construct)' is not supported in cells"
    }
}
