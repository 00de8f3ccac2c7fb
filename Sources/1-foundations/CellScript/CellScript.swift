/// The CellScript module: the Swift-syntax cell language (lexer, parser, resolver/compiler,
/// interpreter, diagnostics, def/use analysis) and the registry that hosts native builtins.
/// Start with ``Interpreter`` and ``HostRegistry``.
public enum CellScriptModule { public static let name = "CellScript" }
