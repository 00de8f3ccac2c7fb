/// The CellScript module: the Swift-syntax cell language (lexer, parser, resolver/compiler,
/// interpreter, diagnostics, def/use analysis) and the registry that hosts native builtins.
/// Start with ``Interpreter`` and ``HostRegistry``.
public enum CellScriptModule {
    public static let name = "CellScript"
    /// Part of every cell key: bump it when a change of the language may change what a cell
    /// computes or prints, so `ganbook build --frozen` lists every cell to run again.
    /// 2: statically typed cells (issue 19): literals typed by context, Float, optionals.
    public static let languageVersion = "2"
}
