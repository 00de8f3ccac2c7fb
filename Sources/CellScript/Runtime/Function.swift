/// A callable value: a `func` or closure written in CellScript, or a host function.
public final class Function {
    /// Name shown in messages and tracebacks (`closure` for anonymous closures).
    public let name: String
    let user: UserFunction?
    let native: HostRegistry.Callable?

    init(user: UserFunction) {
        self.name = user.shape.name
        self.user = user
        self.native = nil
    }

    init(native: HostRegistry.Callable) {
        self.name = native.signature.name
        self.user = nil
        self.native = native
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
    let isClosure: Bool
    /// True for result-builder closures: the body lists values that the call returns as an array.
    let collectsValues: Bool

    /// Per parameter, a cheap check for the common annotations (none, Int, Double).
    let quickChecks: [QuickCheck]

    enum QuickCheck {
        case none, int, double, full
    }

    init(name: String, parameters: [Signature.Parameter], parameterTypes: [TypeAnnotation?], defaults: [Eval?],
         slotCount: Int, body: @escaping (Frame) throws -> Value, isClosure: Bool, collectsValues: Bool) {
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
    }
}

/// A function value: its shape and the frame it was created in.
struct UserFunction {
    let shape: FunctionShape
    let captured: Frame
    var collectsValues: Bool { shape.collectsValues }
}
