/// What a host needs to put values back into an interpreter from a snapshot of them.
extension Interpreter {
    /// Whether the top-level name is a `let` (nil when no cell declared it).
    public func isConstant(named name: String) -> Bool? {
        globalNames[name]?.isLet
    }
}

extension IntRange {
    /// A range as stored by a snapshot (`upperBound` exclusive, as in the stored value).
    public init(stored lowerBound: Int, _ upperBound: Int, isClosed: Bool) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.isClosed = isClosed
    }
}
