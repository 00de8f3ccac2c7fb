extension Runtime {
    /// The cell enum an operand of a binary operator belongs to (for `static func <` in an enum).
    static func enumOwner(_ a: Value, _ b: Value) -> EnumType? {
        if case .enumCase(let e) = a { return e.type }
        if case .enumCase(let e) = b { return e.type }
        return nil
    }
}
