import Foundation
import ResourceBudget

/// The state of a running interpreter: global slots, limits, output and the registry.
/// Compiled closures capture it; all of it is used from the interpreter's thread only.
final class Runtime {
    static let defaultGlobalCapacity = 1 << 16

    let registry: HostRegistry
    let globals: Frame
    /// Number of global slots (top-level declarations of a lesson, including shadowed ones).
    var globalCapacity: Int { globals.count }
    var limits = Limits()
    var deadline: UInt64 = .max
    var ticks = 0
    var deadlineChecks = 0
    var callDepth = 0
    /// The frames of Int kernels (`Compiler+IntKernel.swift`).
    let intStack = IntStack()
    /// The bytes of the string interpolations being built (`Compiler+Interpolation.swift`).
    let textBuffer = TextBuffer()
    var output = ""
    var outputBytes = 0
    var outputTruncated = false
    var sink: ((String) -> Void)?
    /// The cells' `struct` types by name, and the names of their `mutating` methods (a call
    /// of one of those names is compiled on its receiver's storage).
    var structTypes: [String: StructType] = [:]
    var structMutatingNames: Set<String> = []
    /// Members added by `extension Int/Double/String/Array/Bool`, by the values' type name.
    var builtinExtensions: [String: StructType] = [:]
    /// The label of the `break label`/`continue label` being carried out (see `Runtime+Control.swift`).
    var jumpLabel: String?
    /// The enums the lesson's cells declared, and the names of their `mutating` methods.
    var enumTypes: [String: EnumType] = [:]
    /// The constructor functions of enum cases with associated values, made on first use, by
    /// type and case. Kept here, not in the type: a constructor holds its type, so a type
    /// holding its constructors would never be freed (found by the interpreter fuzzer's leak check).
    var enumConstructors: [ObjectIdentifier: [Int: Function]] = [:]
    var mutatingEnumMethods: Set<String> = []

    init(registry: HostRegistry, globalCapacity: Int = Runtime.defaultGlobalCapacity) {
        self.registry = registry
        globals = Frame.make(count: globalCapacity, parent: nil)
    }

    var context: CallContext { CallContext(runtime: self) }

    /// Starts the clock and output buffer for a new cell.
    func beginCell(sink: ((String) -> Void)?) {
        self.sink = sink
        output = ""
        outputBytes = 0
        outputTruncated = false
        callDepth = 0
        let nanos = limits.timeLimit * 1e9
        deadline = nanos >= Double(UInt64.max / 2) ? .max : DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, nanos))
    }

    // MARK: limits

    @inline(__always)
    func tick() throws {
        ticks &+= 1
        if ticks & 1023 == 0 { try checkDeadline() }
    }

    /// Counts one loop iteration; the deadline error points at the loop.
    @inline(__always)
    func tick(_ range: SourceRange) throws {
        ticks &+= 1
        if ticks & 1023 == 0 { try located(range) { try checkDeadline() } }
    }

    func checkDeadline() throws {
        deadlineChecks &+= 1
        if deadlineChecks & 63 == 0 { try checkHeapGrowth() }
        guard DispatchTime.now().uptimeNanoseconds > deadline else { return }
        let seconds = limits.timeLimit
        let text = seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
        throw ScriptError("cell exceeded its \(text) s time limit", isLimit: true)
    }

    /// Every 64th deadline check (every 65 536 loop steps or calls): the budget is checked at
    /// every large request, but many small ones (appends, nested literals, short strings) can
    /// also fill memory; this catches them within 65 536 steps, located at the loop.
    func checkHeapGrowth() throws {
        guard let budget = MemoryBudget.current else { return }
        let held = budget.bytesInUse
        if held > budget.limit {
            throw ScriptError(MemoryBudgetExceeded(what: "this loop", requested: 0, limit: budget.limit, held: held).description, isLimit: true)
        }
    }

    /// Appends printed text, stopping at the output limit with a note.
    func write(_ text: String) {
        guard !outputTruncated else { return }
        let bytes = text.utf8.count
        if outputBytes + bytes > limits.maximumOutputBytes {
            let note = "\n… output truncated: the cell printed more than \(limits.maximumOutputBytes) bytes\n"
            outputTruncated = true
            output += note
            sink?(note)
            return
        }
        outputBytes += bytes
        output += text
        sink?(text)
    }

    // MARK: calls

    var callDepthMessage: String { "maximum call depth of \(limits.maximumCallDepth) exceeded (infinite recursion?)" }

    func enterCall() throws {
        callDepth += 1
        if callDepth > limits.maximumCallDepth {
            throw ScriptError(callDepthMessage, isLimit: true)
        }
        try tick()
    }

    /// Calls any callable value with labelled, evaluated arguments.
    func callValue(_ callee: Value, _ arguments: [Value], labels: [String?], trailing: [Bool]? = nil) throws -> Value {
        let shape = ArgumentMatcher.CallShape(labels: labels, trailing: trailing ?? Array(repeating: false, count: labels.count))
        switch callee {
        case .function(let function):
            if let user = function.user { return try invoke(user, arguments, shape) }
            if let native = function.native { return try callNative([native], arguments, shape) }
        case .type(let name):
            if let type = enumTypes[name] { return try constructEnum(type, arguments, shape) }
            guard let overloads = registry.initializers[name] else { throw ScriptError("type '\(name)' has no initializer") }
            return try callNative(overloads, arguments, shape)
        case .object(let object as StructType):
            return try construct(object, arguments, shape)
        case .object:
            var receiver = callee
            return try callMethod(&receiver, "callAsFunction", arguments, shape)
        case .structure(let value) where value.type.method("callAsFunction", shape) != nil:
            var receiver = callee
            return try callMethod(&receiver, "callAsFunction", arguments, shape)
        default: break
        }
        throw ScriptError("cannot call value of non-function type '\(callee.typeName)'")
    }

    /// Calls a user function with evaluated arguments, matching labels first.
    func invoke(_ function: UserFunction, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value {
        let shape = function.shape
        var arguments = arguments
        if shape.isClosure {
            if shape.parameters.count > 1, arguments.count == 1, case .tuple(let items) = arguments[0], items.count == shape.parameters.count {
                arguments = items
            }
            guard arguments.count == shape.parameters.count else {
                throw ScriptError("closure expects \(shape.parameters.count) argument\(shape.parameters.count == 1 ? "" : "s"), got \(arguments.count)")
            }
            return try run(function, arguments.map { $0 })
        }
        let sources = try ArgumentMatcher.match(shape.parameters, call, callee: shape.name)
        return try run(function, Self.arrange(sources, arguments))
    }

    static func arrange(_ sources: [ArgumentMatcher.Source], _ arguments: [Value]) -> [Value?] {
        sources.map { source in
            switch source {
            case .argument(let i): return arguments[i]
            case .variadic(let indices): return .array(indices.map { arguments[$0] })
            case .defaulted: return nil
            }
        }
    }

    /// Runs a function body in a new frame; nil entries take the parameter's default.
    func run(_ function: UserFunction, _ values: [Value?]) throws -> Value {
        try enterCall()
        defer { callDepth -= 1 }
        let shape = function.shape
        let frame = shape.makeFrame(parent: shape.isTopLevel ? nil : function.captured)
        for i in 0..<min(values.count, shape.parameters.count) {
            if let value = values[i] {
                frame.slots[i] = try checkParameter(value, shape, i)
            } else if let makeDefault = shape.defaults[i] {
                frame.slots[i] = try checkParameter(try makeDefault(frame), shape, i)
            }
        }
        return try shape.run(in: consume frame)
    }

    @inline(__always)
    func checkParameter(_ value: Value, _ shape: FunctionShape, _ i: Int) throws -> Value {
        guard let type = shape.parameterTypes[i] else { return value }
        if shape.parameters[i].isVariadic, case .array(let items) = value {
            return .array(try items.map { try TypeCheck.convert($0, to: type, what: "argument '\(shape.parameters[i].name)'") })
        }
        return try TypeCheck.convert(value, to: type, what: "argument '\(shape.parameters[i].name)'")
    }

    /// Picks the first overload whose labels match and calls it.
    func callNative(_ overloads: [HostRegistry.Callable], _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value {
        var receiver = Value.void
        return try callOverload(overloads, &receiver, arguments, call, isMethod: false)
    }

    func callOverload(_ overloads: [HostRegistry.Callable], _ receiver: inout Value, _ arguments: [Value],
                      _ call: ArgumentMatcher.CallShape, isMethod: Bool) throws -> Value {
        try invoke(try prepare(overloads, call, arguments).call, &receiver, arguments)
    }

    /// Chooses among the overloads whose labels match the call shape: the first whose parameter
    /// types also fit the arguments (so `tanh(t)` finds the Tensor overload registered after the
    /// Double one), else the first. `cacheable` is true when the labels alone decided.
    func prepare(_ overloads: [HostRegistry.Callable], _ call: ArgumentMatcher.CallShape,
                 _ arguments: [Value]) throws -> (call: PreparedCall, cacheable: Bool) {
        var firstMismatch: ArgumentMatcher.Mismatch?
        var matches: [PreparedCall] = []
        for callable in overloads {
            do {
                let sources = try ArgumentMatcher.match(callable.signature.parameters, call, callee: callable.signature.name)
                matches.append(PreparedCall(callable: callable, sources: sources))
            } catch let m as ArgumentMatcher.Mismatch {
                if firstMismatch == nil || callable.signature.parameters.count == call.labels.count { firstMismatch = m }
            }
        }
        guard let first = matches.first else {
            throw firstMismatch ?? ArgumentMatcher.Mismatch(message: "no overload matches", argumentIndex: nil)
        }
        if matches.count == 1 { return (first, true) }
        let fitting = matches.first { fits($0.callable.signature, Self.arrange($0.sources, arguments)) }
        return (fitting ?? first, false)
    }

    /// Whether every argument plainly fits its parameter's declared type. Only clear conflicts
    /// count (a host object for a number, a number for a host type); anything else fits.
    private func fits(_ signature: Signature, _ values: [Value?]) -> Bool {
        for (parameter, value) in zip(signature.parameters, values) {
            guard let value else { continue }
            // `T? = nil` parameters fit as `T` when given a value.
            let declared = parameter.type.hasSuffix("?") ? String(parameter.type.dropLast()) : parameter.type
            switch (declared, value) {
            case ("Double", .object), ("Int", .object), ("Bool", .object), ("String", .object),
                 ("Double", .array), ("Int", .array), ("[Double]", .object), ("[Int]", .object):
                return false
            case (let type, .int), (let type, .double), (let type, .array), (let type, .string):
                if registry.typeNames.contains(type) { return false }
            case (let type, .function) where !parameter.isFunction && type != "Any":
                // A closure (`xs.firstIndex { … }`) fits `where:`, not `of element: Element`.
                return false
            default:
                continue
            }
        }
        return true
    }

    /// Calls a prepared host callable.
    func invoke(_ prepared: PreparedCall, _ receiver: inout Value, _ arguments: [Value]) throws -> Value {
        var values = Self.arrange(prepared.sources, arguments)
        for i in prepared.callable.promotedParameters { values[i] = values[i].map(Self.promoteToDouble) }
        let args = Arguments(signature: prepared.callable.signature, values: values)
        do {
            if let method = prepared.callable.method { return try method(&receiver, args, context) }
            if let function = prepared.callable.function { return try function(args, context) }
            return .void
        } catch let error as HostError {
            throw ScriptError(error.message)
        }
    }

    /// Int arguments of `Double` parameters become Doubles (as integer literals do in Swift).
    static func promoteToDouble(_ value: Value) -> Value {
        switch value {
        case .int(let i): return .double(Double(i))
        case .array(let items) where items.contains(where: { if case .int = $0 { return true } else { return false } }):
            return .array(items.map(promoteToDouble))
        default: return value
        }
    }

    /// Looks up a method along the type's fallback chain.
    func methodOverloads(_ typeName: String, _ name: String) -> [HostRegistry.Callable]? {
        for owner in Self.fallbackChain(typeName) {
            if let found = registry.methods[owner]?[name] { return found }
        }
        return nil
    }

    static func fallbackChain(_ typeName: String) -> [String] {
        switch typeName {
        case "Array", "Range", "ClosedRange", "Dictionary", "Set": return [typeName, "Sequence", "Any"]
        case "String": return [typeName, "Sequence", "Character", "Unicode.Scalar", "Any"]
        default: return [typeName, "Any"]
        }
    }

    func callMethod(_ receiver: inout Value, _ name: String, _ arguments: [Value], _ call: ArgumentMatcher.CallShape,
                    cache: MethodCache? = nil) throws -> Value {
        if let result = try structMethod(&receiver, name, arguments, call) { return result }
        if let result = try callEnumMember(&receiver, name, arguments, call) { return result }
        if let result = try integerMethod(receiver, name, arguments, call) { return result }
        let typeName = receiver.typeName
        if let cache, let prepared = cache.prepared, cache.typeName == typeName {
            return try invoke(prepared, &receiver, arguments)
        }
        if let overloads = methodOverloads(typeName, name) {
            let choice = try SwiftStandardNames.reportingUnsupported(typeName, name, call) { try prepare(overloads, call, arguments) }
            if choice.cacheable {
                cache?.typeName = typeName
                cache?.prepared = choice.call
            }
            return try invoke(choice.call, &receiver, arguments)
        }
        if propertyGetter(typeName, name) != nil {
            let value = try property(receiver, name)
            return try callValue(value, arguments, labels: call.labels, trailing: call.trailing)
        }
        var error = ScriptError(SwiftStandardNames.unsupportedMember(typeName, name) ?? "value of type '\(typeName)' has no member '\(name)'")
        error.pointsAtMember = true
        throw error
    }

    func propertyGetter(_ typeName: String, _ name: String) -> HostRegistry.Property? {
        for owner in Self.fallbackChain(typeName) {
            if let found = registry.properties[owner]?[name] { return found }
        }
        return nil
    }

    func property(_ receiver: Value, _ name: String) throws -> Value {
        if let value = try structProperty(receiver, name) { return value }
        if let value = try enumMember(of: receiver, name) { return value }
        if case .tuple(let items) = receiver, let i = Int(name) {
            guard i < items.count else { throw ScriptError("value of tuple type has no member '\(name)'") }
            return items[i]
        }
        if let value = integerProperty(receiver, name) { return value }
        guard let property = propertyGetter(receiver.typeName, name) else {
            if case .type(let typeName) = receiver {
                throw ScriptError("type '\(typeName)' has no member '\(name)'")
            }
            throw ScriptError(SwiftStandardNames.unsupportedMember(receiver.typeName, name) ?? "value of type '\(receiver.typeName)' has no member '\(name)'")
        }
        do { return try property.getter(receiver, context) } catch let error as HostError { throw ScriptError(error.message) }
    }
}

/// A host callable chosen for one call shape, with its argument mapping.
struct PreparedCall {
    let callable: HostRegistry.Callable
    let sources: [ArgumentMatcher.Source]
}

/// Remembers the method a call site resolved for the last receiver type.
final class MethodCache {
    var typeName: String?
    var prepared: PreparedCall?
}

/// Remembers the overload a host-function call site resolved (its shape never changes).
final class NativeCache {
    var prepared: PreparedCall?
}
