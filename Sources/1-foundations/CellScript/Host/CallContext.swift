/// What a host function can do with the running interpreter: call CellScript closures,
/// collect a result-builder closure's values, check the deadline, write output.
///
/// ```swift
/// try registry.function("train(epochs: Int, _ step: (Int) -> Void)", doc: "Runs step once per epoch.") { args, context in
///     for epoch in 0..<(try args.int(0)) {
///         _ = try context.call(try args.value(1), [.int(epoch)])
///     }
///     return .void
/// }
/// ```
public struct CallContext {
    let runtime: Runtime

    /// Calls a CellScript function or closure with positional arguments.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try runtime.callValue(function, arguments, labels: Array(repeating: nil, count: arguments.count))
    }

    /// The values a result-builder closure (`Sequential { … }`) lists, in order. A closure with
    /// a single expression gives that value (an array's elements if it is an array).
    public func collect(_ builder: Value) throws -> [Value] {
        if case .function(let function) = builder, let user = function.user {
            let result = try runtime.callValue(builder, [], labels: [])
            if user.collectsValues, case .array(let items) = result { return items }
            if case .void = result { return [] }
            return [result]
        }
        if case .array(let items) = builder { return items }
        return [builder]
    }

    /// Throws the time-limit error if the cell's deadline has passed; long host loops call this.
    public func checkDeadline() throws { try runtime.checkDeadline() }

    /// Appends text to the cell's printed output (subject to the output limit).
    public func write(_ text: String) { runtime.write(text) }
}
