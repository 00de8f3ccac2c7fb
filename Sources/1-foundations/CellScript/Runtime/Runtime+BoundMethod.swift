/// `let f = value.method` (or `value.callAsFunction(_:scale:)`): a method of a struct or class
/// value as a function value, bound to (a copy of) the receiver; called without labels, as
/// Swift's function types drop them.
extension Runtime {
    /// The method `name` of `receiver` (of `type`) as a function value; nil when it has none.
    func boundMethod(_ receiver: Value, _ type: StructType, _ name: String) throws -> Value? {
        guard let method = type.methods[name] else { return nil }
        let parameters = Array(method.shape.parameters.dropFirst())
        let list = parameters.indices.map { "_ v\($0): Any" }.joined(separator: ", ")
        let signature = try Signature("\(name)(\(list)) -> Any")
        let shape = ArgumentMatcher.CallShape(labels: parameters.map(\.label), trailing: parameters.map { _ in false })
        return .function(Function(native: HostRegistry.Callable(signature: signature, function: { [unowned self] args, _ in
            var copy = receiver
            return try self.callMethod(&copy, name, args.values.map { $0 ?? .void }, shape)
        })))
    }
}
