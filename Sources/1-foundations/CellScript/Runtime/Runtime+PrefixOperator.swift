extension Runtime {
    /// `op value` with a struct or class operand whose type implements `static prefix func op`;
    /// nil otherwise.
    func structPrefixOperator(_ op: String, _ value: Value) throws -> Value? {
        var owner: StructType?
        if case .structure(let s) = value { owner = s.type } else if case .object(let o as ClassInstance) = value { owner = o.type }
        guard let shape = owner?.staticMethods[Parser.prefixName(op)] else { return nil }
        return try invoke(UserFunction(shape: shape, captured: globals), [value], ArgumentMatcher.CallShape(labels: [nil], trailing: [false]))
    }
}
