/// Lowering `for … in`, `while` and `repeat … while`; every loop ticks the deadline counter.
extension Compiler {
    func compileForIn(_ pattern: Pattern, _ sequence: Expr, _ whereClause: Expr?, _ body: [Stmt], _ range: SourceRange) -> Exec {
        let sequenceEval = compileExpression(sequence)
        let sequenceRange = sequence.range
        let runtime = self.runtime
        let label = takeLoopLabel()
        return withBlock {
            let bind = compileBinding(pattern, isLet: true, range: sequenceRange)
            scope.loopDepth += 1
            defer { scope.loopDepth -= 1 }
            let filter = whereClause.map { clause -> (Frame) throws -> Bool in
                let eval = compileExpression(clause)
                return { frame in try located(clause.range) { try runtime.truth(try eval(frame)) } }
            }
            let bodyExec = compileBlock(body)
            let step: (Frame) throws -> Flow
            if let filter {
                step = { frame in try filter(frame) ? try bodyExec(frame) : .normal }
            } else {
                step = bodyExec
            }
            if case .name(_, _) = pattern, let slot = scope.lookup(pattern.names[0].0)?.slot {
                let pointer = slotPointer(scope.isGlobal ? .global(slot: slot) : .local(depth: 0, slot: slot))
                return { frame in
                    let sequence = try sequenceEval(frame)
                    if case .range(let r) = sequence {
                        let target = pointer(frame)
                        var i = r.lowerBound
                        while i < r.upperBound {
                            try runtime.tick(range)
                            target.pointee = .int(i)
                            let flow = runtime.claim(try step(frame), label)
                            if flow == .breakLoop { break }
                            if flow.leavesLoop { return flow }
                            i += 1
                        }
                        return .normal
                    }
                    return try Self.iterate(sequence, sequenceRange, runtime) { value in
                        pointer(frame).pointee = value
                        return runtime.claim(try step(frame), label)
                    }
                }
            }
            return { frame in
                let sequence = try sequenceEval(frame)
                return try Self.iterate(sequence, sequenceRange, runtime) { value in
                    try bind(frame, value)
                    return runtime.claim(try step(frame), label)
                }
            }
        }
    }

    /// Runs `body` for each element; handles `break`/`continue`/`return` flows.
    static func iterate(_ sequence: Value, _ range: SourceRange, _ runtime: Runtime, _ body: (Value) throws -> Flow) throws -> Flow {
        func loop<S: Sequence>(_ items: S, _ transform: (S.Element) -> Value) throws -> Flow {
            for item in items {
                try runtime.tick(range)
                let flow = try body(transform(item))
                if flow == .breakLoop { break }
                if flow.leavesLoop { return flow }
            }
            return .normal
        }
        switch sequence {
        case .range(let r): return try loop(r.lowerBound..<r.upperBound) { .int($0) }
        case .array(let items): return try loop(items) { $0 }
        case .dictionary(let dict): return try loop(zip(dict.keys, dict.values)) { .tuple([$0, $1]) }
        case .string(let s): return try loop(s) { .string(String($0)) }
        case .object(let object as HostSequence):
            let count = try located(range) { try object.count() }
            defer { object.didFinish() }
            var index = 0
            while index < count {
                try runtime.tick()
                object.willIterate(index: index, of: count)
                let item = try located(range) { try object.element(at: index) }
                index += 1
                let flow = try body(item)
                if flow == .breakLoop { break }
                if flow.leavesLoop { return flow }
            }
            return .normal
        default:
            throw ScriptError("for-in loop requires a sequence, but '\(sequence.typeName)' is not one", range)
        }
    }

    func compileWhile(_ conditions: [Condition], _ body: [Stmt], _ range: SourceRange) -> Exec {
        let runtime = self.runtime
        let label = takeLoopLabel()
        return withBlock {
            let test = compileConditions(conditions)
            scope.loopDepth += 1
            defer { scope.loopDepth -= 1 }
            let bodyExec = compileBlock(body)
            return { frame in
                while try test(frame) {
                    try runtime.tick(range)
                    let flow = runtime.claim(try bodyExec(frame), label)
                    if flow == .breakLoop { break }
                    if flow.leavesLoop { return flow }
                }
                return .normal
            }
        }
    }

    func compileRepeat(_ body: [Stmt], _ condition: Expr, _ range: SourceRange) -> Exec {
        let runtime = self.runtime
        let label = takeLoopLabel()
        scope.loopDepth += 1
        let bodyExec = compileBlock(body)
        scope.loopDepth -= 1
        let eval = compileExpression(condition)
        let range = condition.range
        return { frame in
            repeat {
                try runtime.tick(range)
                let flow = runtime.claim(try bodyExec(frame), label)
                if flow == .breakLoop { break }
                if flow.leavesLoop { return flow }
            } while try located(range, { try runtime.truth(try eval(frame)) })
            return .normal
        }
    }
}
