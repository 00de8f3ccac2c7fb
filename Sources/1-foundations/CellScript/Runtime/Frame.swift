/// The fixed part of a ``Frame``: its size, closure parent, and return/builder state.
struct FrameHeader {
    let count: Int
    /// The frame the function was created in (its closure environment); changes only when a
    /// spare frame is reused for another call.
    var parent: Frame?
    /// Set by `return` before unwinding to the function body.
    var returnValue: Value = .void
    /// Values listed by a result-builder closure body.
    var collected: [Value] = []
}

/// The variable slots of one function activation (or of the global scope), allocated with the
/// header in a single block. The resolver assigns every variable a slot index, so access is a
/// pointer offset, not a name lookup.
final class Frame: ManagedBuffer<FrameHeader, Value> {
    /// Creates a frame of `count` slots, all `()`.
    static func make(count: Int, parent: Frame?) -> Frame {
        let capacity = Swift.max(count, 1)
        let buffer = Frame.create(minimumCapacity: capacity) { _ in FrameHeader(count: capacity, parent: parent) }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: capacity) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, elements in _ = elements.deinitialize(count: header.pointee.count) }
    }

    /// The slots; valid while the frame is alive (the storage is inside the object).
    @inline(__always)
    var slots: UnsafeMutablePointer<Value> { withUnsafeMutablePointerToElements { $0 } }

    var count: Int { header.count }
    var parent: Frame? { header.parent }

    var returnValue: Value {
        get { header.returnValue }
        set { header.returnValue = newValue }
    }

    var collected: [Value] {
        get { header.collected }
        set { header.collected = newValue }
    }

    /// Resets every slot, releasing the values (and closures that capture this frame).
    func clear() {
        let pointer = slots
        for i in 0..<count { pointer[i] = .void }
    }

    /// Empties a finished, uncaptured frame so it can be kept for another activation of the
    /// same function: slots `()`, no parent, no return value.
    @inline(__always)
    func empty() {
        withUnsafeMutablePointers { header, elements in
            for i in 0..<header.pointee.count {
                // Numbers and flags own nothing: overwrite them without a destroy call.
                if elements[i].ownsNothing { (elements + i).initialize(to: .void) } else { elements[i] = .void }
            }
            if header.pointee.parent != nil { header.pointee.parent = nil }
            if !header.pointee.returnValue.ownsNothing { header.pointee.returnValue = .void }
            if !header.pointee.collected.isEmpty { header.pointee.collected = [] }
        }
    }

    /// Gives an emptied frame its closure environment for a new activation.
    @inline(__always)
    func reuse(parent: Frame?) {
        if let parent { withUnsafeMutablePointerToHeader { $0.pointee.parent = parent } }
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
enum Flow: UInt8 {
    case normal, breakLoop, continueLoop, returned
    /// `break label`, `continue label` (the label in ``Runtime/jumpLabel``), `fallthrough`.
    case breakLabel, continueLabel, fallthroughCase

    /// The flow ends the enclosing loop's run and goes further out (`return`, another loop's label).
    @inline(__always) var leavesLoop: Bool { rawValue >= Flow.returned.rawValue }
}

/// A compiled expression.
typealias Eval = (Frame) throws -> Value
/// A compiled statement.
typealias Exec = (Frame) throws -> Flow
