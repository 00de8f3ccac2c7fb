/// A compiled expression the checker typed `Int`, returning the Int unboxed.
typealias IntEval = (Frame) throws -> Int

/// Typed execution: expressions the checker typed `Int` (``Expr/checkedType``) are lowered to
/// closures returning a Swift `Int`, so arithmetic, conditions and calls between them pass no
/// `Value` along; a call of a top-level `func … -> Int` goes straight to its typed body. What
/// the checker leaves unknown compiles as before. Values read from slots or from untyped code
/// keep their tag check: a value of another type there (a checker bug) stops the cell with a
/// located error instead of being misread.
extension Compiler {
    /// The typed lowering of `expr`, when the checker typed it `Int` and its form has one.
    func compileInt(_ expr: Expr) -> IntEval? {
        guard expr.checkedType == .int else { return nil }
        switch expr.kind {
        case .integer(let v):
            return { _ in v }
        case .identifier(let name):
            return typedIntRead(name, expr.range)
        case .dollar(let n):
            return typedIntRead("$\(n)", expr.range)
        case .binary(let op, let lhs, let rhs, let opRange):
            guard let arithmetic = ArithmeticOperator(op), lhs.checkedType == .int, rhs.checkedType == .int else { return nil }
            return typedIntArithmetic(arithmetic, lhs, rhs, opRange)
        case .ternary(let condition, let thenValue, let elseValue):
            guard thenValue.checkedType == .int, elseValue.checkedType == .int else { return nil }
            let x = intOperand(thenValue), y = intOperand(elseValue)
            if case .binary(let op, let lhs, let rhs, _) = condition.kind, let comparison = IntComparison(op),
               lhs.checkedType == .int, rhs.checkedType == .int, let slot = currentFunctionSlot(lhs), case .integer(let c) = rhs.kind {
                // `n < 2 ? n : …`: the test reads the slot inline.
                let range = lhs.range
                return { frame in
                    guard case .int(let i) = frame.slots[slot] else { throw TypedCode.mismatch(frame.slots[slot], expected: "Int", range) }
                    return comparison.test(i, c) ? try x.load(frame) : try y.load(frame)
                }
            }
            if let test = typedIntTest(condition) {
                return { frame in try test(frame) ? try x.load(frame) : try y.load(frame) }
            }
            if case .binary(let op, let lhs, let rhs, let opRange) = condition.kind, let test = fastCondition(op, lhs, rhs, opRange) {
                return { frame in try test.evaluate(frame) ? try x.load(frame) : try y.load(frame) }
            }
            let test = compileTest(condition, locatingErrors: false)
            return { frame in try test(frame) ? try x.load(frame) : try y.load(frame) }
        case .call(let callee, let arguments):
            return typedIntCall(callee, arguments, expr.range)
        case .member(let base, "count", _) where base.checkedType == .string:
            let text = compileExpression(base)
            let range = base.range
            return { frame in
                let value = try text(frame)
                guard case .string(let s) = value else { throw TypedCode.mismatch(value, expected: "String", range) }
                return TypedCode.characterCount(s)
            }
        default:
            return nil
        }
    }

    /// An Int-valued closure for an expression the checker typed `Int`: its typed lowering, or
    /// the general one with the tag checked.
    func intEval(_ expr: Expr) -> IntEval {
        if let typed = compileInt(expr) { return typed }
        let eval = compileExpression(expr)
        let range = expr.range
        return { frame in
            let value = try eval(frame)
            guard case .int(let i) = value else { throw TypedCode.mismatch(value, expected: "Int", range) }
            return i
        }
    }

    /// An Int operand of a typed operation: a variable of the current function and a literal
    /// are read inline, anything else through its closure.
    enum IntOperand {
        case slot(Int, SourceRange)
        case constant(Int)
        case eval(IntEval)

        @inline(__always)
        func load(_ frame: Frame) throws -> Int {
            switch self {
            case .slot(let s, let range):
                if case .int(let i) = frame.slots[s] { return i }
                throw TypedCode.mismatch(frame.slots[s], expected: "Int", range)
            case .constant(let c): return c
            case .eval(let eval): return try eval(frame)
            }
        }
    }

    func intOperand(_ expr: Expr) -> IntOperand {
        if case .integer(let c) = expr.kind { return .constant(c) }
        if expr.checkedType == .int, let slot = currentFunctionSlot(expr) { return .slot(slot, expr.range) }
        return .eval(intEval(expr))
    }

    /// The typed lowering boxed again, for places that take a `Value` (nil: no typed lowering).
    func compileIntAsValue(_ expr: Expr) -> Eval? {
        guard let typed = compileInt(expr) else { return nil }
        return { frame in .int(try typed(frame)) }
    }

    /// True for the Int expressions whose typed lowering beats the general one: calls, ternaries,
    /// `String.count`, and arithmetic on anything but two variables or literals (which the
    /// general fast paths read inline already).
    static func prefersTyped(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .call, .ternary, .member: return true
        case .binary(_, let lhs, let rhs, _): return !isSimpleOperand(lhs) || !isSimpleOperand(rhs)
        default: return false
        }
    }

    private static func isSimpleOperand(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .integer, .double, .identifier, .dollar: return true
        default: return false
        }
    }

    /// The body of a function declared `-> Int` as a typed closure: a single expression, or a
    /// single `return` of one, that the checker typed `Int`.
    func typedIntBody(_ body: [Stmt], returnType: TypeAnnotation?, collects: Bool) -> IntEval? {
        guard !collects, case .named("Int", _)? = returnType, body.count == 1 else { return nil }
        switch body[0].kind {
        case .expression(let expr), .returnStatement(let expr?):
            guard expr.checkedType == .int else { return nil }
            if case .returnStatement = body[0].kind, !scope.isFunction { return nil }
            return intEval(expr)
        default:
            return nil
        }
    }

    /// A comparison of two Ints the checker typed (`n < 2`, `a % b == 0`) as a Bool closure,
    /// specialised per operator.
    func typedIntTest(_ condition: Expr) -> ((Frame) throws -> Bool)? {
        guard case .binary(let op, let lhs, let rhs, _) = condition.kind, let comparison = IntComparison(op),
              lhs.checkedType == .int, rhs.checkedType == .int else { return nil }
        if let slot = currentFunctionSlot(lhs), case .integer(let c) = rhs.kind {
            let range = lhs.range
            @inline(__always) func load(_ frame: Frame) throws -> Int {
                if case .int(let i) = frame.slots[slot] { return i }
                throw TypedCode.mismatch(frame.slots[slot], expected: "Int", range)
            }
            switch comparison {
            case .less: return { frame in try load(frame) < c }
            case .lessOrEqual: return { frame in try load(frame) <= c }
            case .greater: return { frame in try load(frame) > c }
            case .greaterOrEqual: return { frame in try load(frame) >= c }
            case .equal: return { frame in try load(frame) == c }
            case .notEqual: return { frame in try load(frame) != c }
            }
        }
        let a = intEval(lhs), b = intEval(rhs)
        switch comparison {
        case .less: return { frame in try a(frame) < b(frame) }
        case .lessOrEqual: return { frame in try a(frame) <= b(frame) }
        case .greater: return { frame in try a(frame) > b(frame) }
        case .greaterOrEqual: return { frame in try a(frame) >= b(frame) }
        case .equal: return { frame in try a(frame) == b(frame) }
        case .notEqual: return { frame in try a(frame) != b(frame) }
        }
    }

    // MARK: reads and arithmetic

    private func typedIntRead(_ name: String, _ range: SourceRange) -> IntEval? {
        guard let (reference, _) = resolve(name) else { return nil }
        switch reference {
        case .local(0, let slot):
            return { frame in
                if case .int(let i) = frame.slots[slot] { return i }
                throw TypedCode.mismatch(frame.slots[slot], expected: "Int", range)
            }
        case .global(let slot):
            let pointer = runtime.globals.slots + slot
            return { _ in
                if case .int(let i) = pointer.pointee { return i }
                throw TypedCode.mismatch(pointer.pointee, expected: "Int", range)
            }
        default:
            let read = self.read(reference)
            return { frame in
                let value = try read(frame)
                guard case .int(let i) = value else { throw TypedCode.mismatch(value, expected: "Int", range) }
                return i
            }
        }
    }

    /// The slot of a variable of the current function.
    func currentFunctionSlot(_ expr: Expr) -> Int? {
        guard case .identifier(let name) = expr.kind, case .local(0, let slot)? = resolve(name)?.0 else { return nil }
        return slot
    }

    private func typedIntArithmetic(_ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> IntEval {
        // `n - 1`, `i * 2`: a local and a literal, read inline.
        if let slot = currentFunctionSlot(lhs), case .integer(let c) = rhs.kind {
            let range = lhs.range
            switch op {
            case .add:
                return { frame in
                    guard case .int(let x) = frame.slots[slot] else { throw TypedCode.mismatch(frame.slots[slot], expected: "Int", range) }
                    let (r, o) = x.addingReportingOverflow(c)
                    if o { throw op.overflowError(x, c, opRange) }
                    return r
                }
            case .subtract:
                return { frame in
                    guard case .int(let x) = frame.slots[slot] else { throw TypedCode.mismatch(frame.slots[slot], expected: "Int", range) }
                    let (r, o) = x.subtractingReportingOverflow(c)
                    if o { throw op.overflowError(x, c, opRange) }
                    return r
                }
            default:
                return { frame in
                    guard case .int(let x) = frame.slots[slot] else { throw TypedCode.mismatch(frame.slots[slot], expected: "Int", range) }
                    return try op.applyInt(x, c, at: opRange)
                }
            }
        }
        let a = intOperand(lhs), b = intOperand(rhs)
        switch op {
        case .add:
            return { frame in
                let x = try a.load(frame), y = try b.load(frame)
                let (r, o) = x.addingReportingOverflow(y)
                if o { throw op.overflowError(x, y, opRange) }
                return r
            }
        case .subtract:
            return { frame in
                let x = try a.load(frame), y = try b.load(frame)
                let (r, o) = x.subtractingReportingOverflow(y)
                if o { throw op.overflowError(x, y, opRange) }
                return r
            }
        case .multiply:
            return { frame in
                let x = try a.load(frame), y = try b.load(frame)
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if o { throw op.overflowError(x, y, opRange) }
                return r
            }
        default:
            return { frame in try op.applyInt(try a.load(frame), try b.load(frame), at: opRange) }
        }
    }
}

/// Helpers of typed code.
enum TypedCode {
    /// The error for a value whose tag disagrees with the checker's type (never expected).
    @inline(never)
    static func mismatch(_ value: Value, expected: String, _ range: SourceRange?) -> ScriptError {
        ScriptError("internal error: the type checker expected a value of type '\(expected)' here, found '\(value.typeName)' (please report this)", range)
    }

    /// `String.count` (Characters): the UTF-8 length for text of ASCII bytes without a `\r`
    /// (whose `\r\n` pairs are one Character), scanned eight bytes at a time; else Swift's count.
    static func characterCount(_ text: String) -> Int {
        var copy = text
        let plain = copy.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            let count = bytes.count
            let raw = UnsafeRawPointer(base)
            var i = 0
            let high: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            let returns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
            while i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let crossed = word ^ returns
                // A byte >= 0x80, or a zero byte in `crossed` (a `\r` in `word`).
                if (word | ((crossed &- ones) & ~crossed)) & high != 0 { return false }
                i += 8
            }
            while i < count {
                let byte = base[i]
                if byte >= 0x80 || byte == 0x0D { return false }
                i += 1
            }
            return true
        }
        return plain ? copy.utf8.count : copy.count
    }
}
