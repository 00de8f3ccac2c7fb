import CellScript

/// Every builtin a cell can call, with its signature and doc line, read from the same registry
/// the cells run against, so the course's reference page never drifts from the code.
public enum BuiltinReference {
    /// The standard library's entries and the course builtins' entries, in registration order.
    public static func entries() throws -> (standard: [HostRegistry.Entry], course: [HostRegistry.Entry]) {
        let catalog = try BuiltinCatalog.shared()
        return (catalog.standard, catalog.records.map(\.entry))
    }

    /// The Chinese description of every entry that has one in ``ReferenceChinese``'s tables.
    public static func chinese(_ entries: (standard: [HostRegistry.Entry], course: [HostRegistry.Entry])) -> [HostRegistry.Entry: String] {
        let found = ReferenceChinese.lookup(standard: entries.standard, course: entries.course)
        return found.standard.descriptions.merging(found.course.descriptions) { standard, _ in standard }
    }
}
