/// A callable value: a `func` or closure written in CellScript, or a host function.
public final class Function {
    /// Name shown in messages and tracebacks (`closure` for anonymous closures).
    public let name: String
    /// The compiled body of a CellScript function (nil for host functions).
    let shape: FunctionShape?
    /// The frame a CellScript function was created in (nil for host functions). Detached
    /// only while a finished frame checks whether its own closures are all that keep it alive.
    @exclusivity(unchecked) var captured: Frame?
    let native: HostRegistry.Callable?

    init(user: UserFunction) {
        self.name = user.shape.name
        self.shape = user.shape
        self.captured = user.captured
        self.native = nil
    }

    init(native: HostRegistry.Callable) {
        self.name = native.signature.name
        self.shape = nil
        self.captured = nil
        self.native = native
    }

    /// The CellScript function, if this is one.
    var user: UserFunction? {
        guard let shape, let captured else { return nil }
        return UserFunction(shape: shape, captured: captured)
    }
}

/// A compiled `func` or closure expression, shared by every closure value created from it.
final class FunctionShape {
    let name: String
    let parameters: [Signature.Parameter]
    let parameterTypes: [TypeAnnotation?]
    /// Default values, evaluated in the new frame when an argument is omitted.
    let defaults: [Eval?]
    let slotCount: Int
    let body: (Frame) throws -> Value
    /// The body for typed call sites of a function declared `-> Int`: its typed lowering,
    /// returning the Int unboxed (``body`` boxes the same result), or ``body`` with the
    /// result's tag checked. Never optional, so a call does not copy (retain) it.
    let intBody: (Frame) throws -> Int
    /// The Int kernel of a top-level `func` over Ints (see `Compiler+IntKernel.swift`), run on a
    /// frame of ``IntStack`` holding the arguments.
    let kernel: KernelProgram?
    let isClosure: Bool
    /// True for result-builder closures: the body lists values that the call returns as an array.
    let collectsValues: Bool
    /// Declared at the top level: the body reaches outer names as globals, never through the
    /// frame's parent, so its frames need no parent (and calls retain no closure environment).
    let isTopLevel: Bool
    /// Its frames hold nothing but the Int arguments of a typed body (every slot an `Int`
    /// parameter, no closures, no `return` value): a finished frame is kept as it is, the
    /// next call overwrites the Ints.
    let holdsOnlyInts: Bool
    /// The body contains closures or nested functions. Without them nothing can keep a frame
    /// of this function after the call (no closure captures it, no child frame points to it).
    let createsClosures: Bool

    /// Per parameter, a cheap check for the common annotations (none, Int, Double).
    let quickChecks: [QuickCheck]

    enum QuickCheck {
        case none, int, double, full
    }

    /// Identifies a shape in caches that must not hold it: the object's address plus a random
    /// token, so a new shape that reuses a freed one's address is not mistaken for it.
    struct Identity: Equatable {
        let object: ObjectIdentifier
        let token: UInt64
    }

    private let token = UInt64.random(in: 0...UInt64.max)

    @inline(__always)
    var identity: Identity { Identity(object: ObjectIdentifier(self), token: token) }

    /// Frames of finished calls that nothing captured, kept for the next calls (saves an
    /// allocation per call). Unmanaged storage, used from the interpreter's thread only, so the
    /// hot path pays no exclusivity bookkeeping.
    private let spareFrames = UnsafeMutablePointer<Frame>.allocate(capacity: FunctionShape.maximumSpareFrames)
    private let spareCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private static let maximumSpareFrames = 16

    /// A frame for a new activation of `function` (whose shape this is).
    @inline(__always)
    func makeFrame(for function: Function) -> Frame {
        makeFrame(parent: isTopLevel ? nil : function.captured)
    }

    /// A frame for a new activation, reusing a spare one when there is one.
    @inline(__always)
    func makeFrame(parent: Frame?) -> Frame {
        let count = spareCount.pointee
        if count > 0 {
            spareCount.pointee = count - 1
            let frame = (spareFrames + count - 1).move()
            frame.reuse(parent: parent)
            return frame
        }
        return Frame.make(count: slotCount, parent: parent)
    }

    /// Runs the body in `frame` (holding the arguments), then keeps the frame for reuse.
    @inline(__always)
    func run(in frame: consuming Frame) throws -> Value {
        let result: Value
        do {
            result = try body(frame)
        } catch {
            recycle(frame)
            throw error
        }
        recycle(frame)
        return result
    }

    /// Runs the body for its Int result (typed call sites of a function declared `-> Int`).
    /// A body without a typed lowering returns a `Value`, whose tag is checked.
    @inline(__always)
    func runInt(in frame: consuming Frame) throws -> Int {
        let result: Int
        do {
            result = try intBody(frame)
        } catch {
            recycle(frame)
            throw error
        }
        recycle(frame)
        return result
    }

    /// Keeps a frame whose call has returned for reuse, unless something (a closure, a returned
    /// value) still refers to it.
    @inline(__always)
    func recycle(_ finished: consuming Frame) {
        var frame = finished
        if createsClosures {
            if !isKnownUniquelyReferenced(&frame) {
                // Captured by a closure: reusable only if its own slots' closures were the captors.
                guard Frame.releaseOwnClosures(&frame) else { return }
            }
        } else {
            assert(isKnownUniquelyReferenced(&frame), "a frame of '\(name)' outlived its call")
        }
        let count = spareCount.pointee
        guard count < Self.maximumSpareFrames else { return }
        if !holdsOnlyInts { frame.empty() }
        (spareFrames + count).initialize(to: consume frame)
        spareCount.pointee = count + 1
    }

    deinit {
        spareFrames.deinitialize(count: spareCount.pointee)
        spareFrames.deallocate()
        spareCount.deallocate()
    }

    init(name: String, parameters: [Signature.Parameter], parameterTypes: [TypeAnnotation?], defaults: [Eval?],
         slotCount: Int, body: @escaping (Frame) throws -> Value, isClosure: Bool, collectsValues: Bool, isTopLevel: Bool, createsClosures: Bool,
         intBody: ((Frame) throws -> Int)? = nil, holdsOnlyInts: Bool = false,
         kernel: KernelProgram? = nil) {
        self.kernel = kernel
        self.holdsOnlyInts = holdsOnlyInts && !createsClosures
        self.intBody = intBody ?? { frame in
            let value = try body(frame)
            guard case .int(let i) = value else { throw TypedCode.mismatch(value, expected: "Int", nil) }
            return i
        }
        self.name = name
        self.quickChecks = zip(parameters, parameterTypes).map { parameter, type in
            guard let type, !parameter.isVariadic else { return type == nil ? .none : .full }
            if case .named("Int", _) = type { return .int }
            if case .named("Double", _) = type { return .double }
            return .full
        }
        self.parameters = parameters
        self.parameterTypes = parameterTypes
        self.defaults = defaults
        self.slotCount = slotCount
        self.body = body
        self.isClosure = isClosure
        self.collectsValues = collectsValues
        self.isTopLevel = isTopLevel
        self.createsClosures = createsClosures
        spareCount.initialize(to: 0)
    }
}

/// A function value: its shape and the frame it was created in.
struct UserFunction {
    let shape: FunctionShape
    let captured: Frame
    var collectsValues: Bool { shape.collectsValues }
}
