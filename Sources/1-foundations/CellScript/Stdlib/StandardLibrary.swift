import ResourceBudget

/// The standard library a student expects from Swift, registered through the same
/// ``HostRegistry`` API as host builtins (so it appears on the reference page).
extension HostRegistry {
    /// A registry holding the CellScript standard library.
    public static func standard() -> HostRegistry {
        let registry = HostRegistry()
        do {
            try StandardLibrary.registerFunctions(registry)
            try StandardLibrary.registerConversions(registry)
            try StandardLibrary.registerNumbers(registry)
            try StandardLibrary.registerSequences(registry)
            try StandardLibrary.registerArrays(registry)
            try StandardLibrary.registerStrings(registry)
            try StandardLibrary.registerDictionaries(registry)
            try StandardLibrary.registerText(registry)
            try StandardLibrary.registerSets(registry)
            try StandardLibrary.registerCollectionExtras(registry)
            try StandardLibrary.registerNumberExtras(registry)
            try StandardLibrary.registerStringIndices(registry)
            try StandardLibrary.registerTextExtras(registry)
            try StandardLibrary.registerValueExtras(registry)
            try StandardLibrary.registerRanges(registry)
            try StandardLibrary.registerSurface(registry)
        } catch {
            registry.setupErrors.append("\(error)")
        }
        return registry
    }
}

/// Namespace of the standard library's registration functions and helpers.
enum StandardLibrary {
    /// The elements of any sequence value. A range is materialised only after
    /// ``checkNewArray(count:_:)``; methods that need no array iterate with ``forEach(in:_:)``.
    static func elements(_ value: Value) throws -> [Value] {
        switch value {
        case .array(let items): return items
        case .range(let r):
            try checkNewArray(count: r.count, "the range \(value.debugDescription)")
            return (r.lowerBound..<r.upperBound).map { .int($0) }
        case .string(let s): return s.map { .string(String($0)) }
        case .dictionary(let d): return zip(d.keys, d.values).map { .tuple([$0, $1]) }
        case .object(let set as SetObject): return set.elements
        default: throw HostError("value of type '\(value.typeName)' is not a sequence")
        }
    }

    /// Calls `body` on each element in order until it returns false; ranges are walked, not
    /// materialised, and long walks check the cell's deadline.
    static func forEach(in value: Value, _ context: CallContext, _ body: (Value) throws -> Bool) throws {
        guard case .range(let r) = value else {
            for item in try elements(value) {
                if try !body(item) { return }
            }
            return
        }
        var i = r.lowerBound
        while i < r.upperBound {
            if (i &- r.lowerBound) & 4095 == 4095 { try context.checkDeadline() }
            if try !body(.int(i)) { return }
            i += 1
        }
    }

    /// Checks that an array of `count` values may be built: at most
    /// ``Limits/maximumCollectionCount`` elements, and its bytes within the cell's memory budget.
    static func checkNewArray(count: Int, _ what: @autoclosure () -> String) throws {
        guard count <= Limits.maximumCollectionCount else {
            throw HostError("\(what()) has \(count) elements, more than the \(Limits.maximumCollectionCount) an array may hold")
        }
        try MemoryBudget.check(bytes: MemoryBudget.bytes(count: count, stride: MemoryLayout<Value>.stride), what())
    }

    /// `a < b` for sortable values (numbers, strings).
    static func less(_ a: Value, _ b: Value, _ runtime: Runtime) throws -> Bool {
        try runtime.compare("<", a, b, promote: true)
    }
}

extension Runtime {
    /// Calls a one-argument function quickly (closures passed to `map`, `filter`…).
    func call1(_ callee: Value, _ a: Value) throws -> Value {
        if case .function(let f) = callee, let shape = f.shape, shape.parameters.count == 1, shape.parameterTypes[0] == nil {
            try enterCall()
            defer { callDepth -= 1 }
            let frame = shape.makeFrame(for: f)
            frame.slots[0] = a
            return try shape.run(in: consume frame)
        }
        return try callPositionally(callee, [a])
    }

    /// Calls a one-argument function on each of `items` in order, as many ``call1(_:_:)``s,
    /// handing each result to `take`, which returns false to stop (`map`, `filter`,
    /// `compactMap`). A closure whose body creates no closures runs every element in one frame:
    /// nothing can hold the frame between calls, so it is filled again instead of being taken
    /// and given back per element (each element still counts as a call for the deadline).
    @inline(__always)
    func each1(_ callee: Value, _ items: [Value], _ take: (Value, Value) throws -> Bool) throws {
        guard case .function(let f) = callee, let shape = f.shape, shape.parameters.count == 1, shape.parameterTypes[0] == nil,
              !shape.createsClosures, !shape.collectsValues else {
            for item in items where try !take(item, try call1(callee, item)) { return }
            return
        }
        try enterCall()
        defer { callDepth -= 1 }
        let frame = shape.makeFrame(for: f)
        var failure: Error?
        do {
            for item in items {
                try tick()
                frame.slots[0] = item
                if try !take(item, try shape.body(frame)) { break }
            }
        } catch {
            failure = error
        }
        shape.recycle(consume frame)
        if let failure { throw failure }
    }

    /// Calls a two-argument function quickly (`reduce`, `sorted(by:)`).
    func call2(_ callee: Value, _ a: Value, _ b: Value) throws -> Value {
        if case .function(let f) = callee, let shape = f.shape, shape.isClosure, shape.parameters.count == 2 {
            try enterCall()
            defer { callDepth -= 1 }
            let frame = shape.makeFrame(for: f)
            frame.slots[0] = a
            frame.slots[1] = b
            return try shape.run(in: consume frame)
        }
        return try callPositionally(callee, [a, b])
    }

    /// A function value called by a builtin (`map(timeToPrepare)`): as in Swift, a function used
    /// as a value has no argument labels, so a `func`'s parameters take the arguments in order.
    func callPositionally(_ callee: Value, _ arguments: [Value]) throws -> Value {
        if case .function(let f) = callee, let user = f.user, !user.shape.isClosure,
           user.shape.parameters.count == arguments.count, !user.shape.parameters.contains(where: \.isVariadic) {
            return try run(user, arguments)
        }
        return try callValue(callee, arguments, labels: arguments.map { _ in nil })
    }
}
