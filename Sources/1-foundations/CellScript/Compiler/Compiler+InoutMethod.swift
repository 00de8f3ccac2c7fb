/// `self.backtrack(from: d, used: &used)` / `value.method(&x)`: a non-mutating method of a
/// cell's struct, or any method of a cell's class, called with `inout` arguments (Swift's
/// copy-in copy-out, as for the cell's own functions). A `mutating` method of a struct with
/// `inout` arguments stays not supported.
extension Compiler {
    func compileInoutMethodCall(_ base: Expr, _ name: String, _ evals: [Eval], _ storages: [LValue?],
                                _ arguments: [Argument], _ range: SourceRange, fallback: @escaping Eval) -> Eval {
        let runtime = self.runtime
        let receiverEval = compileExpression(base)
        let call = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        let argumentRanges = arguments.map { argument in argument.labelRange.map { $0.union(argument.value.range) } ?? argument.value.range }
        return { frame in
            let receiver = try receiverEval(frame)
            let type: StructType
            switch receiver {
            case .structure(let value): type = value.type
            case .object(let instance as ClassInstance): type = instance.type
            default: return try fallback(frame)
            }
            guard let method = type.method(name, call), !(method.isMutating && !type.isClass) else {
                throw ScriptError(Unsupported.message("inout arguments in a call of a mutating method"), range)
            }
            let shape = method.shape
            let values = try evals.map { try $0(frame) }
            let sources = try atCallSite(range, argumentRanges) { try ArgumentMatcher.match(Array(shape.parameters.dropFirst()), call, callee: shape.name) }
            let arranged = Runtime.arrange(sources, values)
            try atCallSite(range, []) { try runtime.enterCall() }
            defer { runtime.callDepth -= 1 }
            let newFrame = Frame.make(count: shape.slotCount, parent: nil)
            newFrame.slots[0] = receiver
            let result: Value
            do {
                for (i, value) in arranged.enumerated() {
                    if let value {
                        newFrame.slots[i + 1] = try atCallSite(range, []) { try runtime.checkParameter(value, shape, i + 1) }
                    } else if let makeDefault = shape.defaults[i + 1] {
                        newFrame.slots[i + 1] = try runtime.checkParameter(try makeDefault(newFrame), shape, i + 1)
                    }
                }
                result = try shape.body(newFrame)
            } catch let error as ScriptError where !error.isLimit {
                throw addingTraceback(error, shape.name, range)
            }
            var finals: [(storage: LValue, value: Value)] = []
            for (i, source) in sources.enumerated() {
                guard case .argument(let k) = source, let storage = storages[k] else { continue }
                finals.append((storage, newFrame.slots[i + 1]))
            }
            for (storage, final) in finals {
                _ = try storage(frame) { stored in stored = final; return .void }
            }
            return result
        }
    }
}
