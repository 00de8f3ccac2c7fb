/// The variable slots of one function activation (or of the global scope). The resolver
/// assigns every variable a slot index, so access is a pointer offset, not a name lookup.
final class Frame {
    let slots: UnsafeMutablePointer<Value>
    let count: Int
    /// The frame the function was created in (its closure environment).
    let parent: Frame?
    /// Set by `return` before unwinding to the function body.
    var returnValue: Value = .void
    /// Values listed by a result-builder closure body.
    var collected: [Value] = []

    init(count: Int, parent: Frame?) {
        self.count = count
        self.parent = parent
        slots = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .void, count: max(count, 1))
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    /// Resets every slot, releasing the values (and closures that capture this frame).
    func clear() {
        for i in 0..<max(count, 1) { slots[i] = .void }
    }

    /// The frame `depth` levels up the closure chain.
    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent.unsafelyUnwrapped }
        return frame
    }
}

/// How a statement finished.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

/// A compiled expression.
typealias Eval = (Frame) throws -> Value
/// A compiled statement.
typealias Exec = (Frame) throws -> Flow
