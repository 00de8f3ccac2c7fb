/// Breaking the reference cycle between a finished frame and the closures stored in its own
/// slots (`let inc = { c += 1 }` inside a function): the frame holds the closure, the closure
/// holds the frame, and neither would ever be freed.
extension Frame {
    /// Called when a call has returned and its frame is still referenced. Drops the closures
    /// that live only in the frame's own slots (and the finished call's return value) when
    /// they are the only references to the frame; otherwise leaves the slots as they were,
    /// because a closure that escaped can still call them through the frame.
    /// Returns true when `frame` is then the only reference to the frame.
    static func releaseOwnClosures(_ frame: inout Frame) -> Bool {
        frame.withUnsafeMutablePointerToHeader { header in
            header.pointee.returnValue = .void
            header.pointee.collected = []
        }
        if isKnownUniquelyReferenced(&frame) { return true }
        let slots = frame.slots
        var detached: [(slot: Int, function: Function)] = []
        for i in 0..<frame.count {
            guard case .function(var function) = slots[i], function.captured === frame else { continue }
            slots[i] = .void
            if isKnownUniquelyReferenced(&function) {
                function.captured = nil
                detached.append((i, function))
            } else {
                slots[i] = .function(function)
            }
        }
        if detached.isEmpty { return false }
        if isKnownUniquelyReferenced(&frame) { return true }
        for (slot, function) in detached {
            function.captured = frame
            slots[slot] = .function(function)
        }
        return false
    }
}
