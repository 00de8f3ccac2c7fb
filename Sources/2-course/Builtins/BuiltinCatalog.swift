import CellScript

/// Every builtin, read once per process from one registration of the standard library and the
/// course builtins (a registry never used to run a cell): the reference page's entries and the
/// names the notebook's dependency analysis needs, all derived from the records.
public struct BuiltinCatalog: Sendable {
    /// The cell language's standard library, in registration order.
    public let standard: [HostRegistry.Entry]
    /// The course builtins, in registration order.
    public let records: [BuiltinRecord]
    /// Functions and initialisers that never change their arguments (standard library and builtins).
    public let pureFunctions: Set<String>
    /// Methods that never change their receiver: builtin methods whose record says `.readOnly` or
    /// `.freshValue`, and standard-library methods not registered as mutating. A name counts only
    /// if it is read-only on every type that has it.
    public let readOnlyMethods: Set<String>
    /// Functions whose result shares nothing with their arguments (`.freshValue`), for the alias analysis.
    public let freshFunctions: Set<String>

    /// The catalogue of this build of ganbook.
    /// - Throws: `HostError` when a builtin's signature is malformed (a bug, caught by the tests).
    public static func shared() throws -> BuiltinCatalog { try cached.get() }

    private static let cached: Result<BuiltinCatalog, HostError> = {
        do {
            return .success(try BuiltinCatalog())
        } catch {
            return .failure(error as? HostError ?? HostError("\(error)"))
        }
    }()

    init() throws {
        let registry = HostRegistry.standard()
        let standardCount = registry.entries.count
        records = try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: ""))
        standard = Array(registry.entries.prefix(standardCount))
        // A builtin's method changes its receiver as its record says; a standard-library method
        // (arrays, strings, numbers) as CellScript registered it (`mutating:`).
        let methodEffects = Dictionary(grouping: records.filter { $0.entry.kind == .method }) { "\($0.entry.owner ?? "").\($0.name)" }
        var readOnly = Set<String>(), changing = Set<String>()
        for (type, names) in registry.methodNamesByType {
            for name in names {
                let isReadOnly = methodEffects["\(type).\(name)"].map { $0.allSatisfy { $0.effect != .mutates } }
                    ?? !registry.mutatingMethods.contains(name)
                if isReadOnly { readOnly.insert(name) } else { changing.insert(name) }
            }
        }
        readOnlyMethods = readOnly.subtracting(changing)
        pureFunctions = registry.freeFunctionNames
        freshFunctions = Set(records.filter { $0.entry.kind == .function && $0.effect == .freshValue }.map(\.name))
    }
}
