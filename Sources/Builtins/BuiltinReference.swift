import CellScript

/// Every builtin a cell can call, with its signature and doc line, read from the same registry
/// the cells run against, so the course's reference page never drifts from the code.
public enum BuiltinReference {
    /// The standard library's entries and the course builtins' entries, in registration order.
    public static func entries() throws -> (standard: [HostRegistry.Entry], course: [HostRegistry.Entry]) {
        let registry = HostRegistry.standard()
        let standardCount = registry.entries.count
        try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: "/nonexistent"))
        return (Array(registry.entries.prefix(standardCount)), Array(registry.entries.dropFirst(standardCount)))
    }
}
