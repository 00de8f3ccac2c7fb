/// An error thrown by a host function, method, property or operator. The interpreter attaches
/// the call site's location and reports `message` as a diagnostic.
///
/// ```swift
/// throw HostError("shape mismatch: [2, 3] + [3, 2]")
/// ```
public struct HostError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A runtime error raised while a cell runs; `range` is filled in by the nearest node that knows it.
struct ScriptError: Error {
    var message: String
    var range: SourceRange?
    var notes: [Diagnostic.Note] = []
    /// Time-limit and resource errors are never attributed to a callee's traceback differently.
    var isLimit = false
    /// The error concerns a member name (`x.foo`): the call site points at the name.
    var pointsAtMember = false
    /// The error value of a `throw` (caught by `catch`, `try?`), nil for the interpreter's errors.
    var thrown: Value?

    init(_ message: String, _ range: SourceRange? = nil, isLimit: Bool = false) {
        self.message = message
        self.range = range
        self.isLimit = isLimit
    }
}

/// Runs `body`, giving errors without a location the location `range`, and turning host errors
/// into script errors.
@inline(__always)
func located<T>(_ range: SourceRange, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch var error as ScriptError {
        if error.range == nil { error.range = range }
        throw error
    } catch let error as HostError {
        throw ScriptError(error.message, range)
    } catch {
        throw ScriptError("\(error)", range)
    }
}
