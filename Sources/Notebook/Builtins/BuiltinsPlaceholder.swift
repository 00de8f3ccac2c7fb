import CellScript

/// Placeholder until the builtins land (replaced by the Builtins family files).
public enum Builtins {
    public static func register(in registry: HostRegistry, context: BuiltinContext) throws {
        try registry.function("show(_ value: Any)", doc: "Displays a value below the cell.") { arguments, _ in
            context.show(try arguments.value(0))
            return .void
        }
    }
}
