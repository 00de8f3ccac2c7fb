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
    /// `d = a op b` or `d = a op k`, with Swift's overflow and division-by-zero errors.
    case addR, addK, subtractR, subtractK, multiplyR, multiplyK, divideR, divideK, remainderR, remainderK
    /// `pc = d`
    case jump
    /// `if a cmp b (or k) { pc = d }`
    case jumpLessR, jumpLessK, jumpLessEqualR, jumpLessEqualK, jumpGreaterR, jumpGreaterK
    case jumpGreaterEqualR, jumpGreaterEqualK, jumpEqualR, jumpEqualK, jumpNotEqualR, jumpNotEqualK
    /// `a = a + k` (`subtracts`: `a - k`) for a one-argument call, then `call`: `f(n - 1)`.
    case callAfterOffset
    /// `a = ` call site `b` applied to the registers from `a` on; the callee's frame starts at `a`.
    case call
    /// `return a` / `return k`
    case returnR, returnK
}

/// One instruction: an opcode and its operands (see ``KernelOpcode``).
struct KernelInstruction {
    var opcode: KernelOpcode
    /// `callAfterOffset` subtracts its constant instead of adding it.
    var subtracts = false
    /// The destination register, or the target of a jump.
    var d: Int32
    var a: Int32
    var b: Int32
    var k: Int
}

/// Where a kernel-to-kernel call returns to, on ``IntStack/returns``.
struct KernelReturn {
    var program: Unmanaged<KernelProgram>
    /// The call instruction.
    var pc: UnsafeMutablePointer<KernelInstruction>
    var sp: UnsafeMutablePointer<Int>
    /// The function called, and the call site, for the traceback of an error.
    var callee: Unmanaged<FunctionShape>
    var site: Unmanaged<KernelCallSite>
}

/// The Int kernel of a function (see `Compiler+IntKernel.swift`) as a register program: a flat
/// array of instructions run by one loop over the frame's Ints, so an operation costs a
/// dispatch instead of a chain of closure calls. A call to another kernel goes on in the same
/// loop, on a frame that starts at the call's first argument register, with its return point
/// on ``IntStack/returns``: no Swift call, no allocation, no reference counting per call.
final class KernelProgram {
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

    init(instructions: [KernelInstruction], ranges: [SourceRange], sites: [KernelCallSite], frameSize: Int, parameterCount: Int,
         runtime: Runtime) {
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

    deinit {
        code.deallocate()
        siteTable.deallocate()
    }

    /// Runs the program on the frame at `sp`, whose first ``parameterCount`` Ints hold the
    /// arguments and which has room for ``frameSize`` Ints.
    func run(_ entry: UnsafeMutablePointer<Int>) throws -> Int {
        let runtime = self.runtime
        let stack = runtime.intStack
        let base = stack.returnCount
        var program = Unmanaged.passUnretained(self)
        var code = self.code
        var siteTable = self.siteTable
        var frameSize = self.frameSize
        var pc = code
        var sp = entry
        do {
            while true {
                let i = pc.pointee
                switch i.opcode {
                case .constant:
                    sp[Int(i.d)] = i.k
                case .move:
                    sp[Int(i.d)] = sp[Int(i.a)]
                case .global:
                    guard case .int(let value) = globals[i.k] else {
                        throw TypedCode.mismatch(globals[i.k], expected: "Int", program.range(pc))
                    }
                    sp[Int(i.d)] = value
                case .addR:
                    let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                    let (r, o) = x.addingReportingOverflow(y)
                    if o { throw ArithmeticOperator.add.overflowError(x, y, program.range(pc)) }
                    sp[Int(i.d)] = r
                case .addK:
                    let x = sp[Int(i.a)]
                    let (r, o) = x.addingReportingOverflow(i.k)
                    if o { throw ArithmeticOperator.add.overflowError(x, i.k, program.range(pc)) }
                    sp[Int(i.d)] = r
                case .subtractR:
                    let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                    let (r, o) = x.subtractingReportingOverflow(y)
                    if o { throw ArithmeticOperator.subtract.overflowError(x, y, program.range(pc)) }
                    sp[Int(i.d)] = r
                case .subtractK:
                    let x = sp[Int(i.a)]
                    let (r, o) = x.subtractingReportingOverflow(i.k)
                    if o { throw ArithmeticOperator.subtract.overflowError(x, i.k, program.range(pc)) }
                    sp[Int(i.d)] = r
                case .multiplyR:
                    let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                    let (r, o) = x.multipliedReportingOverflow(by: y)
                    if o { throw ArithmeticOperator.multiply.overflowError(x, y, program.range(pc)) }
                    sp[Int(i.d)] = r
                case .multiplyK:
                    let x = sp[Int(i.a)]
                    let (r, o) = x.multipliedReportingOverflow(by: i.k)
                    if o { throw ArithmeticOperator.multiply.overflowError(x, i.k, program.range(pc)) }
                    sp[Int(i.d)] = r
                case .divideR:
                    let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                    guard let (r, o) = ArithmeticOperator.divide.reportingOverflow(x, y), !o else {
                        throw ArithmeticOperator.divide.divisionError(x, y, program.range(pc))
                    }
                    sp[Int(i.d)] = r
                case .divideK:
                    let (x, y) = (sp[Int(i.a)], i.k)
                    guard let (r, o) = ArithmeticOperator.divide.reportingOverflow(x, y), !o else {
                        throw ArithmeticOperator.divide.divisionError(x, y, program.range(pc))
                    }
                    sp[Int(i.d)] = r
                case .remainderR:
                    let (x, y) = (sp[Int(i.a)], sp[Int(i.b)])
                    guard let (r, o) = ArithmeticOperator.remainder.reportingOverflow(x, y), !o else {
                        throw ArithmeticOperator.remainder.divisionError(x, y, program.range(pc))
                    }
                    sp[Int(i.d)] = r
                case .remainderK:
                    let (x, y) = (sp[Int(i.a)], i.k)
                    guard let (r, o) = ArithmeticOperator.remainder.reportingOverflow(x, y), !o else {
                        throw ArithmeticOperator.remainder.divisionError(x, y, program.range(pc))
                    }
                    sp[Int(i.d)] = r
                case .jump:
                    pc = code + Int(i.d)
                    continue
                case .jumpLessR:
                    if sp[Int(i.a)] < sp[Int(i.b)] { pc = code + Int(i.d); continue }
                case .jumpLessK:
                    if sp[Int(i.a)] < i.k { pc = code + Int(i.d); continue }
                case .jumpLessEqualR:
                    if sp[Int(i.a)] <= sp[Int(i.b)] { pc = code + Int(i.d); continue }
                case .jumpLessEqualK:
                    if sp[Int(i.a)] <= i.k { pc = code + Int(i.d); continue }
                case .jumpGreaterR:
                    if sp[Int(i.a)] > sp[Int(i.b)] { pc = code + Int(i.d); continue }
                case .jumpGreaterK:
                    if sp[Int(i.a)] > i.k { pc = code + Int(i.d); continue }
                case .jumpGreaterEqualR:
                    if sp[Int(i.a)] >= sp[Int(i.b)] { pc = code + Int(i.d); continue }
                case .jumpGreaterEqualK:
                    if sp[Int(i.a)] >= i.k { pc = code + Int(i.d); continue }
                case .jumpEqualR:
                    if sp[Int(i.a)] == sp[Int(i.b)] { pc = code + Int(i.d); continue }
                case .jumpEqualK:
                    if sp[Int(i.a)] == i.k { pc = code + Int(i.d); continue }
                case .jumpNotEqualR:
                    if sp[Int(i.a)] != sp[Int(i.b)] { pc = code + Int(i.d); continue }
                case .jumpNotEqualK:
                    if sp[Int(i.a)] != i.k { pc = code + Int(i.d); continue }
                case .callAfterOffset:
                    let x = sp[Int(i.d)]
                    let (r, o) = i.subtracts ? x.subtractingReportingOverflow(i.k) : x.addingReportingOverflow(i.k)
                    if o { throw (i.subtracts ? ArithmeticOperator.subtract : .add).overflowError(x, i.k, program.range(pc)) }
                    sp[Int(i.a)] = r
                    fallthrough
                case .call:
                    let window = sp + Int(i.a)
                    let site = siteTable[Int(i.b)]
                    if let callee = site._withUnsafeGuaranteedRef({ $0.kernelCallee() }),
                       let kernel = callee._withUnsafeGuaranteedRef({ $0.unretainedKernel }),
                       window + kernel._withUnsafeGuaranteedRef({ $0.frameSize }) <= stack.end,
                       stack.returnCount < IntStack.returnCapacity {
                        // The same loop runs the callee: counted and checked as a call, its
                        // return point kept.
                        runtime.callDepth += 1
                        if runtime.callDepth > runtime.limits.maximumCallDepth {
                            runtime.callDepth -= 1
                            throw ScriptError(runtime.callDepthMessage, site._withUnsafeGuaranteedRef { $0.range }, isLimit: true)
                        }
                        stack.returns[stack.returnCount] = KernelReturn(program: program, pc: pc, sp: sp, callee: callee, site: site)
                        stack.returnCount += 1
                        do {
                            try runtime.tick()
                        } catch {
                            stack.returnCount -= 1
                            runtime.callDepth -= 1
                            throw error
                        }
                        program = kernel
                        (code, siteTable, frameSize) = kernel._withUnsafeGuaranteedRef { ($0.code, $0.siteTable, $0.frameSize) }
                        pc = code
                        sp = window
                        continue
                    }
                    window.pointee = try site._withUnsafeGuaranteedRef { site in
                        try site.call(window, frameEnd: sp + frameSize)
                    }
                case .returnR, .returnK:
                    let result = i.opcode == .returnR ? sp[Int(i.a)] : i.k
                    guard stack.returnCount > base else { return result }
                    // Back in the caller: the result goes where the callee's frame began.
                    sp.pointee = result
                    stack.returnCount -= 1
                    runtime.callDepth -= 1
                    let record = stack.returns[stack.returnCount]
                    program = record.program
                    (code, siteTable, frameSize) = program._withUnsafeGuaranteedRef { ($0.code, $0.siteTable, $0.frameSize) }
                    pc = record.pc
                    sp = record.sp
                }
                pc += 1
            }
        } catch {
            // Leaves the calls this loop entered, innermost first, as nested Swift calls would.
            var error = error
            while stack.returnCount > base {
                stack.returnCount -= 1
                runtime.callDepth -= 1
                let record = stack.returns[stack.returnCount]
                if let scriptError = error as? ScriptError, !scriptError.isLimit {
                    error = addingTraceback(scriptError, record.callee._withUnsafeGuaranteedRef { $0.name },
                                            record.site._withUnsafeGuaranteedRef { $0.range })
                }
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
