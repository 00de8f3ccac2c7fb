// The CellScript module. See README.md, Architecture.
public enum CellScriptModule { public static let name = "CellScript" }
