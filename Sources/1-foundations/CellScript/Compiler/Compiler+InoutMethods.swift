/// Method calls with `inout` arguments (`backtrack(from: d, used: &used)` inside a struct,
/// `grid.fill(&cells)`): the method of the receiver's cell type runs on a frame whose final
/// parameter values are written back to each `&` argument's storage, as for the cell's own
/// functions (`Compiler+Inout.swift`); a `mutating` method also writes its receiver back.
extension Compiler {
    /// The method path of an `inout` call; nil when the callee is not `name` or `base.name`.
    /// At run time it yields nil when the receiver's type has no such method (the caller then
    /// takes the function-value path).
    func compileInoutMethodCall(_ callee: Expr, _ storages: [LValue?], _ evals: [Eval],
                                _ call: ArgumentMatcher.CallShape, _ range: SourceRange, _ argumentRanges: [SourceRange]) -> ((Frame) throws -> Value?)? {
        let receiverExpr: Expr
        let name: String
        switch callee.kind {
        case .identifier(let n):
            guard resolve(n) == nil, let base = implicitMemberBase(n, callee.range) else { return nil }
            receiverExpr = base
            name = n
        case .member(let base, let n, _):
            receiverExpr = base
            name = n
        default:
            return nil
        }
        let receiverEval = compileExpression(receiverExpr)
        let receiverStorage = compileLValue(receiverExpr, mutating: nil)
        let runtime = self.runtime
        return { frame in
            let receiver = try receiverEval(frame)
            let type: StructType
            switch receiver {
            case .structure(let value): type = value.type
            case .object(let instance as ClassInstance): type = instance.type
            default: return nil
            }
            guard let method = type.methods[name] else { return nil }
            let shape = method.shape
            let values = try evals.map { try $0(frame) }
            let sources = try atCallSite(range, argumentRanges) {
                try ArgumentMatcher.match(Array(shape.parameters.dropFirst()), call, callee: shape.name)
            }
            let arranged = Runtime.arrange(sources, values)
            try atCallSite(range, []) { try runtime.enterCall() }
            defer { runtime.callDepth -= 1 }
            let methodFrame = Frame.make(count: shape.slotCount, parent: nil)
            methodFrame.slots[0] = receiver
            let result: Value
            do {
                for (i, value) in arranged.enumerated() {
                    if let value {
                        methodFrame.slots[i + 1] = try atCallSite(range, []) { try runtime.checkParameter(value, shape, i + 1) }
                    } else if let makeDefault = shape.defaults[i + 1] {
                        methodFrame.slots[i + 1] = try runtime.checkParameter(try makeDefault(methodFrame), shape, i + 1)
                    }
                }
                result = try shape.body(methodFrame)
            } catch let error as ScriptError where !error.isLimit {
                throw addingTraceback(error, shape.name, range)
            }
            var finals: [(storage: LValue, value: Value)] = []
            for (i, source) in sources.enumerated() {
                guard case .argument(let k) = source, let storage = storages[k] else { continue }
                finals.append((storage, methodFrame.slots[i + 1]))
            }
            let finalReceiver = methodFrame.slots[0]
            methodFrame.clear()
            if method.isMutating, !type.isClass, let receiverStorage {
                _ = try receiverStorage(frame) { stored in stored = finalReceiver; return .void }
            }
            for (storage, final) in finals {
                _ = try storage(frame) { stored in stored = final; return .void }
            }
            return result
        }
    }
}
