/// Lowering `switch`, patterns, labelled statements and `fallthrough`.
extension Compiler {
    /// Tests a value against a pattern, storing the names it binds.
    typealias Matcher = (Frame, Value) throws -> Bool

    /// The statements added for issue 19's control flow and enums.
    func compileControl(_ statement: Stmt) -> Exec {
        let range = statement.range
        let runtime = self.runtime
        switch statement.kind {
        case .switchStatement(let subject, let cases):
            return compileSwitch(subject, cases, range)
        case .fallthroughStatement:
            if scope.switchDepth == 0 { error("'fallthrough' is only allowed inside a switch", range) }
            return { _ in .fallthroughCase }
        case .labeled(let label, let inner):
            scope.labels.append(label)
            defer { scope.labels.removeLast() }
            switch inner.kind {
            case .forIn, .whileLoop, .repeatWhile, .switchStatement: scope.pendingLabel = label
            default: break
            }
            let exec = compileStatement(inner)
            scope.pendingLabel = nil
            return { frame in
                let flow = try exec(frame)
                if flow == .breakLabel && runtime.jumpLabel == label {
                    runtime.jumpLabel = nil
                    return .normal
                }
                return flow
            }
        case .labeledJump(let isBreak, let label):
            if !scope.labels.contains(label) {
                // The label ends the statement: point at it, as Swift does.
                let n = label.unicodeScalars.count
                let start = SourceLocation(line: range.end.line, column: range.end.column - n, offset: range.end.offset - n)
                error("cannot find label '\(label)' in scope", SourceRange(start, range.end))
            }
            return { _ in
                runtime.jumpLabel = label
                return isBreak ? .breakLabel : .continueLabel
            }
        case .enumDeclaration(let decl):
            return compileEnum(decl)
        case .throwStatement(let value):
            let eval = compileExpression(value)
            return { frame in throw Runtime.thrownError(try eval(frame), range) }
        case .doCatch(let body, let clauses):
            return compileDoCatch(body, clauses)
        case .deferStatement:
            error("'defer' at the top level of a cell is not supported in cells", range)
            return { _ in .normal }
        default:
            return { _ in .normal }
        }
    }

    /// The label a loop statement was given (consumed by the loop being compiled).
    func takeLoopLabel() -> String? {
        defer { scope.pendingLabel = nil }
        return scope.pendingLabel
    }

    private struct CompiledCase {
        let tests: [(match: Matcher, guardTest: ((Frame) throws -> Bool)?)]
        let body: Exec
    }

    func compileSwitch(_ subject: Expr, _ cases: [SwitchCase], _ range: SourceRange) -> Exec {
        let label = takeLoopLabel()
        let subjectEval = compileExpression(subject)
        let runtime = self.runtime
        scope.switchDepth += 1
        defer { scope.switchDepth -= 1 }
        let compiled: [CompiledCase] = cases.map { c in
            withBlock {
                var bindings: [String: (Frame) -> UnsafeMutablePointer<Value>] = [:]
                let tests = c.patterns.map { guarded -> (match: Matcher, guardTest: ((Frame) throws -> Bool)?) in
                    let match = compilePattern(guarded.pattern, &bindings)
                    let test = guarded.whereClause.map { compileTest($0, locatingErrors: true) }
                    return (match, test)
                }
                return CompiledCase(tests: c.isDefault ? [({ _, _ in true }, nil)] : tests, body: compileBlock(c.body))
            }
        }
        let subjectRange = subject.range
        return { frame in
            let value = try subjectEval(frame)
            var chosen = -1
            search: for (i, c) in compiled.enumerated() {
                for test in c.tests where try test.match(frame, value) {
                    if let guardTest = test.guardTest, try !guardTest(frame) { continue }
                    chosen = i
                    break search
                }
            }
            guard chosen >= 0 else {
                throw ScriptError("no case of the switch matches \(value.debugDescription)", subjectRange)
            }
            while chosen < compiled.count {
                let flow = try compiled[chosen].body(frame)
                switch flow {
                case .normal: return .normal
                case .fallthroughCase: chosen += 1
                case .breakLoop: return .normal
                case .breakLabel where label != nil && runtime.jumpLabel == label:
                    runtime.jumpLabel = nil
                    return .normal
                default: return flow
                }
            }
            return .normal
        }
    }

    /// Declares (once per name, shared by the patterns of one case) the slot of a bound name.
    private func bindingPointer(_ name: String, _ range: SourceRange,
                                _ bindings: inout [String: (Frame) -> UnsafeMutablePointer<Value>]) -> (Frame) -> UnsafeMutablePointer<Value> {
        if let existing = bindings[name] { return existing }
        let slot = declare(name, isLet: true, range)
        let pointer = slotPointer(scope.isGlobal ? .global(slot: slot) : .local(depth: 0, slot: slot))
        bindings[name] = pointer
        return pointer
    }

    func compilePattern(_ pattern: CasePattern, _ bindings: inout [String: (Frame) -> UnsafeMutablePointer<Value>]) -> Matcher {
        let runtime = self.runtime
        switch pattern {
        case .wildcard:
            return { _, _ in true }
        case .binding(let name, let range):
            let pointer = bindingPointer(name, range, &bindings)
            return { frame, value in
                pointer(frame).pointee = value
                return true
            }
        case .value(let expr):
            if let custom = compileUserPatternMatch(expr) { return custom }
            let eval = compileExpression(expr)
            let range = expr.range
            return { frame, value in
                let candidate = try eval(frame)
                return try located(range) { try runtime.patternMatches(candidate, value) }
            }
        case .tuple(let items, _):
            let matchers = items.map { compilePattern($0, &bindings) }
            let count = items.count
            return { frame, value in
                guard case .tuple(let values) = value, values.count == count else { return false }
                for (matcher, item) in zip(matchers, values) where try !matcher(frame, item) { return false }
                return true
            }
        case .enumCase(let typeName, let name, let arguments, _, let range):
            if let typeName, runtime.enumTypes[typeName] == nil && typeName != "Optional" {
                // `Int.max`, `Double.pi`: a value, not a case.
                let base = Expr(kind: .identifier(typeName), range: range)
                return compilePattern(.value(Expr(kind: .member(base, name: name, nameRange: range), range: range)), &bindings)
            }
            let matchers = (arguments ?? []).map { compilePattern($0, &bindings) }
            let hasArguments = arguments != nil
            return { frame, value in
                let payload: [Value]
                switch value {
                case .enumCase(let e):
                    guard e.caseName == name else { return false }
                    payload = e.payload
                case .symbol(let s):
                    guard s.name == name else { return false }
                    payload = s.arguments
                case .nil:
                    return name == "none"
                default:
                    // A non-nil optional matches `.some(x)`.
                    guard name == "some" else { return false }
                    payload = [value]
                }
                guard hasArguments else { return true }
                if matchers.count == 1 && payload.count > 1 { return try matchers[0](frame, .tuple(payload)) }
                guard matchers.count == payload.count else { return false }
                for (matcher, item) in zip(matchers, payload) where try !matcher(frame, item) { return false }
                return true
            }
        case .optional(let inner):
            let matcher = compilePattern(inner, &bindings)
            return { frame, value in
                if case .nil = value { return false }
                return try matcher(frame, value)
            }
        case .oneSidedRange(let lower, let upper, let closed):
            let lowerEval = lower.map(compileExpression), upperEval = upper.map(compileExpression)
            return { frame, value in
                if let lowerEval, try !runtime.compare(">=", value, try lowerEval(frame), promote: true) { return false }
                if let upperEval, try !runtime.compare(closed ? "<=" : "<", value, try upperEval(frame), promote: true) { return false }
                return true
            }
        case .cast(let inner, let typeName, _):
            let matcher = inner.map { compilePattern($0, &bindings) }
            return { frame, value in
                guard Self.value(value, isA: typeName, runtime) else { return false }
                return try matcher?(frame, value) ?? true
            }
        }
    }

    /// `is T` for the patterns of `catch` and `switch`.
    static func value(_ value: Value, isA typeName: String, _ runtime: Runtime) -> Bool {
        switch (typeName, value) {
        case ("Error", .enumCase(let e)): return e.type.conformsToError
        case ("Any", _): return true
        case ("Double", .double), ("Int", .int), ("String", .string), ("Bool", .bool): return true
        default: return value.typeName == typeName
        }
    }

    /// `case pattern = value` in a condition list.
    func compilePatternCondition(_ pattern: CasePattern, _ value: Expr) -> (Frame) throws -> Bool {
        let eval = compileExpression(value)
        var bindings: [String: (Frame) -> UnsafeMutablePointer<Value>] = [:]
        let matcher = compilePattern(pattern, &bindings)
        return { frame in try matcher(frame, try eval(frame)) }
    }
}

extension Runtime {
    /// Swift's `~=` for expression patterns: a range contains the value, otherwise `==`.
    func patternMatches(_ pattern: Value, _ value: Value) throws -> Bool {
        switch (pattern, value) {
        case (.range(let r), .int(let i)): return i >= r.lowerBound && i < r.upperBound
        case (.range(let r), .double(let d)):
            // `case 0...1` over a Double the checker could not type: Swift's bounds are Doubles.
            return d >= Double(r.lowerBound) && (r.isClosed ? d <= Double(r.upperBound - 1) : d < Double(r.upperBound))
        case (.object(let range as DoubleRange), _):
            guard let d = value.asDouble else { return false }
            return d >= range.lowerBound && (range.isClosed ? d <= range.upperBound : d < range.upperBound)
        case (.symbol(let s), .enumCase(let e)):
            // `.ident("a")` left untyped (an array literal compared with `==`): the case and its payload.
            guard s.name == e.caseName, s.arguments.count == e.payload.count else { return false }
            for (a, b) in zip(s.arguments, e.payload) where try !equals(a, b, promote: true) { return false }
            return true
        default: return try equals(pattern, value, promote: true)
        }
    }
}
