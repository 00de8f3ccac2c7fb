import CellScript

/// One builtin a cell can call, as registered: its reference entry (kind, owner, signature, doc)
/// and what the notebook's dependency analysis and the cell limits need to know about it.
/// Every registration in this module makes exactly one record, so the reference page, the
/// analysis and the checks read the same facts.
public struct BuiltinRecord: Sendable, Hashable {
    /// Kind, owner type, Swift-style signature and one-line doc, as the reference page shows them.
    public var entry: HostRegistry.Entry
    /// What a call does to the values it is given.
    public var effect: BuiltinEffect
    /// How the sizes it allocates are checked before allocation.
    public var sizeCheck: SizeCheck

    /// The name a call site uses: `batch` for `batch(_ size: Int) -> …`, the type for an initialiser.
    public var name: String {
        let signature = entry.signature
        let end = signature.firstIndex { $0 == "(" || $0 == ":" || $0 == " " } ?? signature.endIndex
        return String(signature[..<end])
    }
}

/// What calling a builtin does to its receiver and arguments, for the def/use and alias analysis.
public enum BuiltinEffect: String, Sendable, Hashable {
    /// Only reads; the result may share objects with the receiver or arguments
    /// (`digits.batch(64)`, `t.reshaped([2, 3])`, `Adam(G.parameters)`).
    case readOnly
    /// Only reads; the result is a new value that shares nothing with the arguments
    /// (`uniform([n, zDim])` shares nothing with `zDim`).
    case freshValue
    /// May change its receiver, and so every value that shares objects with it (`opt.step()`
    /// changes the model `opt` was made from). Methods of host types are this unless declared
    /// otherwise.
    case mutates
}

/// How a builtin keeps a cell from allocating more than it may.
public enum SizeCheck: Sendable, Hashable {
    /// No check of the builtin's own: the engine's argument checks apply (bad shapes throw).
    case engineOnly
    /// The element count of the shape argument at this index is checked before allocating.
    case shapeArgument(Int)
}
