/// A call in an Int kernel of a `let`-bound top-level name (`fib(n - 1)`), with its arguments
/// evaluated. Once the call site has seen the function (plain positional arguments, see
/// ``KnownCallee``): a function with a kernel runs on a frame that starts at the arguments,
/// in the caller's registers on ``IntStack``; any other gets a frame, as ``Compiler/typedIntCall(_:_:_:)`` does.
/// Until then, and whenever the slot holds something else, the call takes the general path and
/// its result's tag is checked.
final class KernelCallSite {
    private let pointer: UnsafeMutablePointer<Value>
    private let runtime: Runtime
    private let stack: IntStack
    let range: SourceRange
    private let argumentRanges: [SourceRange]
    private let shape: ArgumentMatcher.CallShape
    private let known = KnownCallee()
    private let cache = CallCache()

    init(compiler: Compiler, pointer: UnsafeMutablePointer<Value>, arguments: [Argument], range: SourceRange) {
        self.pointer = pointer
        runtime = compiler.runtime
        stack = compiler.runtime.intStack
        self.range = range
        argumentRanges = arguments.map { argument in argument.labelRange.map { $0.union(argument.value.range) } ?? argument.value.range }
        shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map { _ in false })
    }

    /// The known function's kernel, copied here when the call site learns the function, so a
    /// call finds the callee's code without a chain of loads (check ``isKnown`` too).
    private(set) var kernelTarget: KernelTarget?

    /// Whether the slot still holds the function this site learned.
    @inline(__always)
    var isKnown: Bool { known.shape(in: pointer) != nil }

    /// Calls the slot's function with the Ints of its arguments at `window`, where a callee with a kernel
    /// gets its frame; `frameEnd` is the end of the caller's frame, above which ordinary code
    /// called from here puts its kernels' frames.
    @inline(__always)
    func call(_ window: UnsafeMutablePointer<Int>, frameEnd: UnsafeMutablePointer<Int>) throws -> Int {
        let count = argumentRanges.count
        guard let unmanaged = known.shape(in: pointer) else {
            return try general(Array(UnsafeBufferPointer(start: window, count: count)), frameEnd)
        }
        if let target = kernelTarget, window + target.frameSize <= stack.end {
            return try enterKernel(target.program, window)
        }
        return try unmanaged._withUnsafeGuaranteedRef { callee in
            try framed(callee, Array(UnsafeBufferPointer(start: window, count: count)), frameEnd)
        }
    }

    /// A kernel run by a loop of its own (the caller's loop has no room left for return
    /// points): counted as a call, with its traceback note.
    private func enterKernel(_ program: Unmanaged<KernelProgram>, _ sp: UnsafeMutablePointer<Int>) throws -> Int {
        runtime.callDepth += 1
        defer { runtime.callDepth -= 1 }
        try checkCallEntry(runtime, range)
        return try program._withUnsafeGuaranteedRef { kernel in
            do {
                return try kernel.run(sp)
            } catch let error as ScriptError where !error.isLimit {
                throw addingTraceback(error, kernel.name, range)
            }
        }
    }

    /// A known function without a kernel (or no room on the stack): a frame, as typed calls
    /// of ordinary code make. Ordinary code entering a kernel starts above this caller's frame.
    private func framed(_ callee: FunctionShape, _ values: [Int], _ frameEnd: UnsafeMutablePointer<Int>) throws -> Int {
        let saved = stack.top
        stack.top = frameEnd
        defer { stack.top = saved }
        let newFrame = callee.makeFrame(parent: nil)
        let slots = newFrame.slots
        for (i, value) in values.enumerated() {
            try Compiler.storeIntArgument(value, i, callee, slots, runtime, argumentRanges)
        }
        return try Compiler.enterInt(callee, consume newFrame, runtime, range)
    }

    /// The general path, as `compileCall` lowers a call of a name holding a function value.
    private func general(_ values: [Int], _ frameEnd: UnsafeMutablePointer<Int>) throws -> Int {
        let saved = stack.top
        stack.top = frameEnd
        defer { stack.top = saved }
        let calleeValue = pointer.pointee
        let value: Value
        if case .function(let function) = calleeValue, let callee = function.shape, !callee.isClosure {
            let evals: [Eval] = values.map { v in { _ in .int(v) } }
            value = try Compiler.callUser(callee, function.captured.unsafelyUnwrapped, evals, shape_: shape, cache, runtime.globals,
                                          runtime, range, argumentRanges)
            known.learn(pointer, cache)
            kernelTarget = known.shape(in: pointer)?._withUnsafeGuaranteedRef { $0.kernel?.target }
        } else {
            value = try callValueAtCallSite(calleeValue, values.map { Value.int($0) }, shape, runtime, range, argumentRanges)
        }
        guard case .int(let i) = value else { throw TypedCode.mismatch(value, expected: "Int", range) }
        return i
    }
}
