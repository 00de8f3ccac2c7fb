// The TeXMath module. See README.md, Architecture.
public enum TeXMathModule { public static let name = "TeXMath" }
