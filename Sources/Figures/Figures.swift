// The Figures module. See README.md, Architecture.
public enum FiguresModule { public static let name = "Figures" }
