/// The frames of Int kernels (see `Compiler+IntKernel.swift`): one preallocated block of Ints,
/// where a kernel's frame is its Int arguments at a known offset. A call writes its arguments
/// just above its caller's frame; nothing is allocated, retained or released per call.
final class IntStack {
    /// Ints for about 32 000 nested two-argument calls; a deeper chain of kernel calls goes on
    /// in ordinary frames (the call depth limit stops it long before memory does).
    static let capacity = 1 << 16

    let base: UnsafeMutablePointer<Int>
    /// One past the last Int a frame may use.
    let end: UnsafeMutablePointer<Int>
    /// Where the next kernel entered from ordinary code puts its frame. Kernel-to-kernel calls
    /// do not move it; a kernel that calls ordinary code sets it above its own frame first.
    @exclusivity(unchecked) var top: UnsafeMutablePointer<Int>

    /// Return points of kernel-to-kernel calls (see ``KernelProgram/run(_:)``); a deeper chain
    /// goes on through Swift calls.
    static let returnCapacity = 1 << 14
    let returns: UnsafeMutablePointer<KernelReturn>
    let returnEnd: UnsafeMutablePointer<KernelReturn>
    /// One past the innermost return point.
    @exclusivity(unchecked) var returnTop: UnsafeMutablePointer<KernelReturn>

    init() {
        returns = UnsafeMutablePointer<KernelReturn>.allocate(capacity: Self.returnCapacity)
        returnEnd = returns + Self.returnCapacity
        returnTop = returns
        base = UnsafeMutablePointer<Int>.allocate(capacity: Self.capacity)
        base.initialize(repeating: 0, count: Self.capacity)
        end = base + Self.capacity
        top = base
    }

    deinit {
        base.deallocate()
        returns.deallocate()
    }
}
