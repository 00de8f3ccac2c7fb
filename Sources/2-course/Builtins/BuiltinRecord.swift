import CellScript
import GANEngine
import ResourceBudget

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
        let end = signature.firstIndex { $0 == "(" || $0 == ":" || $0 == " " || $0 == "<" } ?? signature.endIndex
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

/// How a builtin keeps a cell from allocating more than it may: which of its arguments are
/// counts or sizes, what values they may take and how many bytes each unit costs. The registrar
/// checks them before the builtin's own code runs, so no arithmetic ever sees an unchecked
/// count (`Normal().sample(Int.max)` is a located error, not an overflow trap), and the
/// reference page can show the same facts (``description``).
public enum SizeCheck: Sendable, Hashable, CustomStringConvertible {
    /// Takes no count or size of its own; tensors and shapes it is given were checked when made,
    /// and the engine checks axes and indices.
    case engineOnly
    /// The shape argument at this index: every dimension at least 0, the element count without
    /// overflow and within the engine's limit, and its Float32 bytes within the memory budget.
    case shapeArgument(Int)
    /// Count or size arguments, each within its range (and its bytes within the budget).
    case counts([CountArgument])

    public var description: String {
        switch self {
        case .engineOnly: return "no count of its own"
        case .shapeArgument(let index): return "shape (argument \(index + 1)): dimensions ≥ 0, at most \(EngineLimits.maxElements) elements, 4 bytes each within the memory budget"
        case .counts(let counts): return counts.map(\.description).joined(separator: "; ")
        }
    }

    /// Checks the arguments of a call to `builtin` (the name errors start with).
    func validate(_ args: Arguments, _ builtin: String) throws {
        switch self {
        case .engineOnly: return
        case .shapeArgument(let index):
            guard let value = args[index] else { return }
            try SizeCheck.validateShape(value, builtin)
        case .counts(let counts):
            for count in counts {
                // A non-Int argument is left to the builtin, which reports the type.
                guard case .int(let n)? = args[count.index] else { continue }
                guard count.range.contains(n) else {
                    throw HostError("\(builtin): \(count.name) must be in \(count.range.lowerBound)…\(count.range.upperBound), got \(n)")
                }
                if count.bytesEach > 0 {
                    try MemoryBudget.check(bytes: MemoryBudget.bytes(count: n, stride: count.bytesEach), "\(builtin)(\(count.name): \(n))")
                }
            }
        }
    }

    /// A shape given as `[Int]` (or one Int): dimensions ≥ 0, a product that neither overflows
    /// nor passes `EngineLimits.maxElements`, and Float32 bytes within the memory budget.
    static func validateShape(_ value: Value, _ builtin: String) throws {
        let dims: [Int]
        switch value {
        case .int(let n): dims = [n]
        case .array(let items):
            dims = items.compactMap { if case .int(let n) = $0 { return n } else { return nil } }
            guard dims.count == items.count else { return }
        default: return
        }
        var elements = 1
        for d in dims {
            guard d >= 0 else { throw HostError("\(builtin): negative dimension in shape \(dims)") }
            let (product, overflow) = elements.multipliedReportingOverflow(by: d)
            guard !overflow, product <= EngineLimits.maxElements else {
                throw HostError("\(builtin): shape \(dims) has more than \(EngineLimits.maxElements) elements (EngineLimits.maxElements)")
            }
            elements = product
        }
        try MemoryBudget.check(bytes: MemoryBudget.bytes(count: elements, stride: MemoryLayout<Float>.stride), "\(builtin)(\(dims))")
    }
}

/// One count or size argument of a builtin, e.g. `columns` of `ImageGrid` may be 1…1024.
public struct CountArgument: Sendable, Hashable, CustomStringConvertible {
    /// Position of the argument in the signature (0-based).
    public var index: Int
    /// Its name in the signature.
    public var name: String
    /// The values it may take.
    public var range: ClosedRange<Int>
    /// Bytes the builtin allocates per unit of it (0: it allocates nothing in proportion), checked
    /// against the cell's memory budget.
    public var bytesEach: Int

    public init(_ index: Int, _ name: String, _ range: ClosedRange<Int>, bytesEach: Int = 0) {
        self.index = index
        self.name = name
        self.range = range
        self.bytesEach = bytesEach
    }

    public var description: String {
        "`\(name)`: \(range.lowerBound)…\(range.upperBound)" + (bytesEach > 0 ? ", \(bytesEach) bytes each within the memory budget" : "")
    }
}
