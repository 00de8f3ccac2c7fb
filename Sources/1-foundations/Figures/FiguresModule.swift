/// Identity of the figure renderer. Figures are frozen as SVG when their cell runs, so
/// `version` is part of every cell key (`CellKey.engineVersion`): bump it whenever the SVG or
/// PNG of the same figure may change, and `ganbook build --frozen` lists the cells to re-run.
public enum FiguresModule {
    /// Rendering version. 2: phone layout inside each SVG, 10-colour palette, TeX-like
    /// subscripts in chart text, row labels and ticks for image grids. 3: log scales, number
    /// formats, arrow lengths and the rasterizer's distances through PortableMath (log10, log2,
    /// pow, hypot) instead of the platform's libm.
    public static let version = "3"
}
