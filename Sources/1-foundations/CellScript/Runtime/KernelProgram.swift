/// What one instruction of a ``KernelProgram`` does. Registers are the Ints of the kernel's
/// frame on ``IntStack`` (the arguments first, then temporaries). `R` forms take a second
/// register `b`, `K` forms the instruction's constant `k`.
enum KernelOpcode: UInt8 {
    /// `d = k`
    case constant
    /// `d = a`
    case move
    /// `d =` the top-level variable in slot `k` (its tag checked).
    case global
    /// `d = a op b` or `d = a op k`, with Swift's overflow and division-by-zero errors (or,
    /// with ``KernelInstruction/returns``, `return a op b`).
    case addR, addK, subtractR, subtractK, multiplyR, multiplyK, divideR, divideK, remainderR, remainderK
    /// `pc = d`
    case jump
    /// `if a cmp b (or k) { pc = d }` (or, with ``KernelInstruction/returns``, `{ return d }`)
    case jumpLessR, jumpLessK, jumpLessEqualR, jumpLessEqualK, jumpGreaterR, jumpGreaterK
    case jumpGreaterEqualR, jumpGreaterEqualK, jumpEqualR, jumpEqualK, jumpNotEqualR, jumpNotEqualK
    /// `a = a + k` (`subtracts`: `a - k`) for a one-argument call, then `call`: `f(n - 1)`.
    case callAfterOffset
    /// `a = ` call site `b` applied to the registers from `a` on; the callee's frame starts at `a`.
    case call
    /// `return a` / `return k`
    case returnR, returnK
}

/// What an arithmetic instruction or a conditional jump returns instead of going on.
enum KernelReturnMode: UInt8 {
    /// Nothing: it stores its result or jumps.
    case none
    /// An arithmetic result; a jump's register `d`.
    case register
    /// A jump's constant `d`.
    case constant
}

/// One instruction: an opcode and its operands (see ``KernelOpcode``).
struct KernelInstruction {
    var opcode: KernelOpcode
    /// `callAfterOffset` subtracts its constant instead of adding it.
    var subtracts = false
    /// Fuses a `return` into the instruction: `return x + y`, `if n < 2 { return n }`.
    var returns = KernelReturnMode.none
    /// The destination register, or the target of a jump.
    var d: Int32
    var a: Int32
    var b: Int32
    var k: Int
}

/// What the run loop keeps of the program it runs: fields copied out, so entering or
/// resuming it loads them side by side rather than one after another.
struct KernelTarget {
    var program: Unmanaged<KernelProgram>
    var code: UnsafeMutablePointer<KernelInstruction>
    var siteTable: UnsafeMutablePointer<Unmanaged<KernelCallSite>>
    var frameSize: Int
}

/// Where a kernel-to-kernel call returns to, on ``IntStack/returns``: the caller's program,
/// its call instruction (whose site names the call in a traceback) and its frame.
struct KernelReturn {
    var caller: KernelTarget
    var pc: UnsafeMutablePointer<KernelInstruction>
    var sp: UnsafeMutablePointer<Int>
}

/// The Int kernel of a function (see `Compiler+IntKernel.swift`) as a register program: a flat
/// array of instructions run by one loop over the frame's Ints, so an operation costs a
/// dispatch instead of a chain of closure calls. A call to another kernel goes on in the same
/// loop, on a frame that starts at the call's first argument register, with its return point
/// on ``IntStack/returns``: no Swift call, no allocation, no reference counting per call.
final class KernelProgram {
    /// The function's name, for tracebacks.
    let name: String
    /// Ints of a frame: the arguments, then the temporaries.
    let frameSize: Int
    let parameterCount: Int
    fileprivate let code: UnsafeMutablePointer<KernelInstruction>
    /// Per instruction, the source range its errors point at.
    private let ranges: [SourceRange]
    private let sites: [KernelCallSite]
    fileprivate let siteTable: UnsafeMutablePointer<Unmanaged<KernelCallSite>>
    private let globals: UnsafeMutablePointer<Value>
    private let runtime: Runtime

    init(name: String, instructions: [KernelInstruction], ranges: [SourceRange], sites: [KernelCallSite], frameSize: Int,
         parameterCount: Int, runtime: Runtime) {
        self.name = name
        code = .allocate(capacity: instructions.count)
        code.initialize(from: instructions, count: instructions.count)
        siteTable = .allocate(capacity: max(1, sites.count))
        for (i, site) in sites.enumerated() { (siteTable + i).initialize(to: .passUnretained(site)) }
        self.ranges = ranges
        self.sites = sites
        self.frameSize = frameSize
        self.parameterCount = parameterCount
        self.runtime = runtime
        globals = runtime.globals.slots
    }

    var target: KernelTarget {
        KernelTarget(program: .passUnretained(self), code: code, siteTable: siteTable, frameSize: frameSize)
    }

    deinit {
        code.deallocate()
        siteTable.deallocate()
    }

    /// Runs the program on the frame at `sp`, whose first ``parameterCount`` Ints hold the
    /// arguments and which has room for ``frameSize`` Ints.
    func run(_ entry: UnsafeMutablePointer<Int>) throws -> Int {
        let runtime = self.runtime
        let stack = runtime.intStack
        let base = stack.returnTop
        var current = target
        var pc = current.code
        var sp = entry
        do {
            while true {
                // Runs instructions until one returns `result` from the current kernel.
                var result = 0
                decode: while true {
                    let i = pc.pointee
                    switch i.opcode {
                    case .constant:
                        sp[Int(i.d)] = i.k
                    case .move:
                        sp[Int(i.d)] = sp[Int(i.a)]
                    case .global:
                        guard case .int(let value) = globals[i.k] else {
                            throw TypedCode.mismatch(globals[i.k], expected: "Int", current.program.range(pc))
                        }
                        sp[Int(i.d)] = value
                    case .addR:
                        let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                        let (r, o) = x.addingReportingOverflow(y)
                        if o { throw ArithmeticOperator.add.overflowError(x, y, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .addK:
                        let x = sp[Int(i.a)]
                        let (r, o) = x.addingReportingOverflow(i.k)
                        if o { throw ArithmeticOperator.add.overflowError(x, i.k, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .subtractR:
                        let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                        let (r, o) = x.subtractingReportingOverflow(y)
                        if o { throw ArithmeticOperator.subtract.overflowError(x, y, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .subtractK:
                        let x = sp[Int(i.a)]
                        let (r, o) = x.subtractingReportingOverflow(i.k)
                        if o { throw ArithmeticOperator.subtract.overflowError(x, i.k, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .multiplyR:
                        let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                        let (r, o) = x.multipliedReportingOverflow(by: y)
                        if o { throw ArithmeticOperator.multiply.overflowError(x, y, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .multiplyK:
                        let x = sp[Int(i.a)]
                        let (r, o) = x.multipliedReportingOverflow(by: i.k)
                        if o { throw ArithmeticOperator.multiply.overflowError(x, i.k, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .divideR, .divideK, .remainderR, .remainderK:
                        // Rare in kernels: one case, the operator and operand form read from the opcode.
                        let op: ArithmeticOperator = i.opcode == .divideR || i.opcode == .divideK ? .divide : .remainder
                        let (x, y) = (sp[Int(i.a)], i.opcode == .divideR || i.opcode == .remainderR ? sp[Int(i.b)] : i.k)
                        guard let (r, o) = op.reportingOverflow(x, y), !o else { throw op.divisionError(x, y, current.program.range(pc)) }
                        if i.returns != .none { result = r; break decode }
                        sp[Int(i.d)] = r
                    case .jump:
                        pc = current.code + Int(i.d)
                        continue
                    case .jumpLessR:
                        if sp[Int(i.a)] < sp[Int(i.b)] {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpLessK:
                        if sp[Int(i.a)] < i.k {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpLessEqualR:
                        if sp[Int(i.a)] <= sp[Int(i.b)] {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpLessEqualK:
                        if sp[Int(i.a)] <= i.k {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpGreaterR:
                        if sp[Int(i.a)] > sp[Int(i.b)] {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpGreaterK:
                        if sp[Int(i.a)] > i.k {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpGreaterEqualR:
                        if sp[Int(i.a)] >= sp[Int(i.b)] {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpGreaterEqualK:
                        if sp[Int(i.a)] >= i.k {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpEqualR:
                        if sp[Int(i.a)] == sp[Int(i.b)] {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpEqualK:
                        if sp[Int(i.a)] == i.k {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpNotEqualR:
                        if sp[Int(i.a)] != sp[Int(i.b)] {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .jumpNotEqualK:
                        if sp[Int(i.a)] != i.k {
                            if i.returns == .none { pc = current.code + Int(i.d); continue }
                            result = i.returns == .register ? sp[Int(i.d)] : Int(i.d)
                            break decode
                        }
                    case .callAfterOffset:
                        let x = sp[Int(i.d)]
                        let (r, o) = i.subtracts ? x.subtractingReportingOverflow(i.k) : x.addingReportingOverflow(i.k)
                        if o { throw (i.subtracts ? ArithmeticOperator.subtract : .add).overflowError(x, i.k, current.program.range(pc)) }
                        sp[Int(i.a)] = r
                        fallthrough
                    case .call:
                        let window = sp + Int(i.a)
                        let site = current.siteTable[Int(i.b)]
                        if let callee = site._withUnsafeGuaranteedRef({ $0.kernelTarget }), site._withUnsafeGuaranteedRef({ $0.isKnown }),
                           window + callee.frameSize <= stack.end, stack.returnTop < stack.returnEnd {
                            // The same loop runs the callee: counted and checked as a call, its
                            // return point kept.
                            runtime.callDepth &+= 1
                            do {
                                try checkCallEntry(runtime, site._withUnsafeGuaranteedRef { $0.range })
                            } catch {
                                runtime.callDepth &-= 1
                                throw error
                            }
                            stack.returnTop.initialize(to: KernelReturn(caller: current, pc: pc, sp: sp))
                            stack.returnTop += 1
                            current = callee
                            pc = callee.code
                            sp = window
                            continue
                        }
                        window.pointee = try site._withUnsafeGuaranteedRef { site in
                            try site.call(window, frameEnd: sp + current.frameSize)
                        }
                    case .returnR:
                        result = sp[Int(i.a)]
                        break decode
                    case .returnK:
                        result = i.k
                        break decode
                    }
                    pc += 1
                }
                guard stack.returnTop > base else { return result }
                // Back in the caller: the result goes where the callee's frame began.
                sp.pointee = result
                stack.returnTop -= 1
                runtime.callDepth &-= 1
                let record = stack.returnTop.pointee
                current = record.caller
                pc = record.pc + 1
                sp = record.sp
            }
        } catch {
            // Leaves the calls this loop entered, innermost first, as nested Swift calls would.
            var error = error
            var callee = current.program
            while stack.returnTop > base {
                stack.returnTop -= 1
                runtime.callDepth &-= 1
                let record = stack.returnTop.pointee
                if let scriptError = error as? ScriptError, !scriptError.isLimit {
                    let range = record.caller.siteTable[Int(record.pc.pointee.b)]._withUnsafeGuaranteedRef(\.range)
                    error = addingTraceback(scriptError, callee._withUnsafeGuaranteedRef(\.name), range)
                }
                callee = record.caller.program
            }
            throw error
        }
    }

    @inline(never)
    fileprivate func range(_ pc: UnsafeMutablePointer<KernelInstruction>) -> SourceRange {
        ranges[pc - code]
    }
}

private extension Unmanaged where Instance == KernelProgram {
    /// The source range of the instruction at `pc` of this program.
    func range(_ pc: UnsafeMutablePointer<KernelInstruction>) -> SourceRange {
        _withUnsafeGuaranteedRef { $0.range(pc) }
    }
}
