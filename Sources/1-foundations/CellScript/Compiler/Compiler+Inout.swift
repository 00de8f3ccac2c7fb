/// Calls with `inout` arguments (`f(&x)`, `f(&a[i])`, `f(&s.x)`): each `&` argument is read
/// from its storage, and the parameter's final value is written back when the call returns
/// (Swift's copy-in copy-out). `swap(&a, &b)` is the standard library's.
extension Compiler {
    /// The storage expression of an `&x` argument.
    static func inoutTarget(_ expr: Expr) -> Expr? {
        if case .unary("&", let target) = expr.kind { return target }
        return nil
    }

    func compileInoutCall(_ callee: Expr, _ arguments: [Argument], _ range: SourceRange) -> Eval {
        let runtime = self.runtime
        let argumentRanges = arguments.map { argument in argument.labelRange.map { $0.union(argument.value.range) } ?? argument.value.range }
        let storages: [LValue?] = arguments.map { argument in
            guard let target = Self.inoutTarget(argument.value) else { return nil }
            guard let lvalue = compileLValue(target, mutating: nil) else {
                if case .identifier(let name) = target.kind, resolve(name) == nil { unknownName(name, target.range) } else {
                    error("cannot pass immutable value as inout argument", target.range)
                }
                return nil
            }
            if case .identifier(let name) = target.kind, let (_, binding) = resolve(name), binding.isLet, name != "self" {
                error("cannot pass immutable value as inout argument: '\(name)' is a 'let' constant", target.range)
            }
            return lvalue
        }
        let evals: [Eval] = zip(arguments, storages).map { argument, storage in
            guard let storage else { return compileExpression(argument.value) }
            return { frame in try storage(frame) { $0 } }
        }
        if case .identifier("swap") = callee.kind, resolve("swap") == nil, arguments.count == 2, storages.allSatisfy({ $0 != nil }) {
            return { frame in
                let a = try evals[0](frame), b = try evals[1](frame)
                _ = try storages[0]!(frame) { stored in stored = b; return .void }
                _ = try storages[1]!(frame) { stored in stored = a; return .void }
                return .void
            }
        }
        let calleeEval = compileExpression(callee)
        let call = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        let generic: Eval = { frame in
            let calleeValue = try calleeEval(frame)
            guard case .function(let function) = calleeValue, let user = function.user, !user.shape.isClosure else {
                throw ScriptError("'inout' arguments are supported in calls of the cell's own functions", range)
            }
            let shape = user.shape
            let values = try evals.map { try $0(frame) }
            let sources = try atCallSite(range, argumentRanges) { try ArgumentMatcher.match(shape.parameters, call, callee: shape.name) }
            let arranged = Runtime.arrange(sources, values)
            try atCallSite(range, []) { try runtime.enterCall() }
            defer { runtime.callDepth -= 1 }
            let newFrame = Frame.make(count: shape.slotCount, parent: shape.isTopLevel ? nil : user.captured)
            let result: Value
            do {
                for (i, value) in arranged.enumerated() {
                    if let value {
                        newFrame.slots[i] = try atCallSite(range, []) { try runtime.checkParameter(value, shape, i) }
                    } else if let makeDefault = shape.defaults[i] {
                        newFrame.slots[i] = try runtime.checkParameter(try makeDefault(newFrame), shape, i)
                    }
                }
                result = try shape.body(newFrame)
            } catch let error as ScriptError where !error.isLimit {
                shape.recycle(consume newFrame)
                throw addingTraceback(error, shape.name, range)
            } catch {
                shape.recycle(consume newFrame)
                throw error
            }
            var finals: [(storage: LValue, value: Value)] = []
            for (i, source) in sources.enumerated() {
                guard case .argument(let k) = source, let storage = storages[k] else { continue }
                finals.append((storage, newFrame.slots[i]))
            }
            // As every call does: breaks the cycle between the finished frame and a closure it
            // returned or holds (the fuzzer's leak check found `func f(a: inout Int) -> () -> Int`).
            shape.recycle(consume newFrame)
            for (storage, final) in finals {
                _ = try storage(frame) { stored in stored = final; return .void }
            }
            return result
        }
        if case .member(let base, let name, _) = callee.kind, Int(name) == nil {
            return compileInoutMethodCall(base, name, evals, storages, arguments, range, fallback: generic)
        }
        return generic
    }
}
