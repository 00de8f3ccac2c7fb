/// Runs a call, attributing errors to the call site: label mismatches point at the argument,
/// host errors and errors without a location at the whole call.
@inline(__always)
func atCallSite<T>(_ range: SourceRange, _ argumentRanges: [SourceRange], _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let mismatch as ArgumentMatcher.Mismatch {
        let where_ = mismatch.argumentIndex.flatMap { $0 < argumentRanges.count ? argumentRanges[$0] : nil } ?? range
        throw ScriptError(mismatch.message, where_)
    } catch var error as ScriptError {
        if error.range == nil { error.range = range }
        throw error
    } catch let error as HostError {
        throw ScriptError(error.message, range)
    } catch {
        throw ScriptError("\(error)", range)
    }
}

/// Remembers the argument mapping of the last function called from one call site.
final class CallCache {
    /// The function shape the mapping is for, by identity only: holding the shape would form
    /// a cycle (a recursive function's body holds this cache) that is never freed.
    private var shapeIdentity: FunctionShape.Identity?

    /// True when the cached mapping was made for `shape`.
    @inline(__always)
    func isFor(_ shape: FunctionShape) -> Bool { shapeIdentity == shape.identity }

    func remember(_ shape: FunctionShape) { shapeIdentity = shape.identity }

    var sources: [ArgumentMatcher.Source] = []
    /// True when argument i goes to parameter i for every parameter (no defaults, no variadics).
    var isDirect = false
}

/// Adds "in call to 'f'" to an error leaving a user function (a short traceback).
func addingTraceback(_ error: ScriptError, _ name: String, _ range: SourceRange) -> ScriptError {
    var error = error
    if error.notes.count < 5 { error.notes.append(Diagnostic.Note(message: "in call to '\(name)'", range: range)) }
    return error
}

/// A compiled expression kept in an array without reabstraction: closures stored directly in
/// an `[Eval]` are called through conversion thunks, closures inside a concrete struct are not.
struct CompiledEval {
    let eval: Eval
    init(_ eval: @escaping Eval) { self.eval = eval }
}

/// A compiled statement kept in an array without reabstraction (see ``CompiledEval``).
struct CompiledExec {
    let exec: Exec
    init(_ exec: @escaping Exec) { self.exec = exec }
}

/// Calls a value that is not a cell `func` taking the fast paths (a closure, a builtin, a bound
/// method) at a call site: errors are attributed as ``atCallSite(_:_:_:)`` does, and one leaving
/// a user function gets its traceback note.
func callValueAtCallSite(_ calleeValue: Value, _ arguments: [Value], _ call: ArgumentMatcher.CallShape, _ runtime: Runtime,
                         _ range: SourceRange, _ argumentRanges: [SourceRange]) throws -> Value {
    do {
        return try atCallSite(range, argumentRanges) { try runtime.callValue(calleeValue, arguments, labels: call.labels, trailing: call.trailing) }
    } catch let error as ScriptError {
        if case .function(let f) = calleeValue, f.user != nil, error.range != range, !error.isLimit {
            throw addingTraceback(error, f.name, range)
        }
        throw error
    }
}

/// What every call checks once it has counted itself in `runtime.callDepth`: the depth limit
/// (a located "maximum call depth" error, never a stack overflow) and the deadline tick.
@inline(__always)
func checkCallEntry(_ runtime: Runtime, _ range: SourceRange) throws {
    if runtime.callDepth > runtime.limits.maximumCallDepth {
        throw ScriptError(runtime.callDepthMessage, range, isLimit: true)
    }
    try runtime.tick()
}
