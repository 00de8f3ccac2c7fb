/// Identity of the engine module. `version` changes whenever results of the same seeded
/// computation may change (freeze stores record it to invalidate cached outputs).
public enum GANEngineModule {
    /// Module name.
    public static let name = "GANEngine"
    /// Numeric-results version of the engine.
    public static let version = "4"
}
