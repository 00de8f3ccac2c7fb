/// A colour used by figures: a fixed sRGB value, optionally tied to a CSS custom property.
///
/// In SVG, colours with a `variable` are written through classes whose rules read
/// `var(--gb-…, #rrggbb)`, so a page's dark-mode CSS can restyle inline figures; the sRGB value is
/// the fallback and the colour used in PNG output.
///
/// ```swift
/// LineMark(x: xs, y: ys, label: "真实数据", color: FigurePalette.real)
/// LineMark(x: xs, y: ys, color: FigureColor(hex: 0x888888))
/// ```
public struct FigureColor: Sendable, Hashable {
    /// Red, green and blue in 0...255.
    public let red: UInt8, green: UInt8, blue: UInt8
    /// The CSS custom property that overrides this colour in SVG (for example `--gb-real`), or nil.
    public let variable: String?

    /// A fixed colour with no CSS custom property.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.init(red: red, green: green, blue: blue, variable: nil)
    }

    /// A fixed colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(hex: hex, variable: nil)
    }

    init(hex: UInt32, variable: String?) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF),
                  blue: UInt8(hex & 0xFF), variable: variable)
    }

    init(red: UInt8, green: UInt8, blue: UInt8, variable: String?) {
        self.red = red
        self.green = green
        self.blue = blue
        self.variable = variable
    }

    /// `#rrggbb`.
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for value in [red, green, blue] {
            text.append(digits[Int(value >> 4)])
            text.append(digits[Int(value & 15)])
        }
        return text
    }
}

/// The course's colours: Okabe–Ito colour-blind-safe categorical colours, with fixed semantic
/// roles so real data, generated data and the discriminator look the same in every figure.
///
/// CSS custom properties read by SVG output (define them in the page to restyle, e.g. dark mode):
/// - `--gb-fg` text, axes, ticks (fallback `#222222`); `--gb-bg` figure background (`#ffffff`);
///   `--gb-grid` grid lines (`#e3e3e3`); `--gb-muted` notes, rules, secondary lines (`#6b6b6b`);
///   `--gb-legend-bg` legend box (`#ffffff`);
/// - `--gb-real` real data (`#0072B2` blue), `--gb-generated` generated data (`#D55E00`
///   vermillion), `--gb-discriminator` discriminator/critic (`#009E73` bluish green);
/// - `--gb-c1` … `--gb-c10` categorical series colours (Okabe–Ito order below, then two more);
/// - `--gb-highlight`, `--gb-highlight2` matrix-figure highlights; `--gb-font` font stack.
///
/// ```swift
/// PointMark(x: realX, y: realY, label: "real", color: FigurePalette.real)
/// ```
public enum FigurePalette {
    /// Real (data) distribution and real samples: blue.
    public static let real = FigureColor(hex: 0x0072B2, variable: "--gb-real")
    /// Generated distribution and generated samples: vermillion.
    public static let generated = FigureColor(hex: 0xD55E00, variable: "--gb-generated")
    /// Discriminator or critic output: bluish green.
    public static let discriminator = FigureColor(hex: 0x009E73, variable: "--gb-discriminator")
    /// Text, axes and ticks.
    public static let foreground = FigureColor(hex: 0x222222, variable: "--gb-fg")
    /// Figure background.
    public static let background = FigureColor(hex: 0xFFFFFF, variable: "--gb-bg")
    /// Grid lines.
    public static let grid = FigureColor(hex: 0xE3E3E3, variable: "--gb-grid")
    /// Notes, rules and secondary strokes.
    public static let muted = FigureColor(hex: 0x6B6B6B, variable: "--gb-muted")
    /// Legend box background.
    public static let legendBackground = FigureColor(hex: 0xFFFFFF, variable: "--gb-legend-bg")
    /// First highlight of matrix figures (a kernel window): light orange.
    public static let highlight = FigureColor(hex: 0xF6C46A, variable: "--gb-highlight")
    /// Second highlight of matrix figures (an output cell): light sky blue.
    public static let highlight2 = FigureColor(hex: 0x9BD3F2, variable: "--gb-highlight2")

    /// Ten categorical colours in the order series get them: Okabe–Ito (yellow last of those:
    /// weak on white), then wine and indigo, chosen so that under simulated protanopia,
    /// deuteranopia and tritanopia (Machado 2009) every new colour stays ≥ 22 ΔE*ab from the
    /// others (Okabe–Ito's own closest pair is 16). Ten distinct colours: one per digit.
    public static let categorical: [FigureColor] = [
        FigureColor(hex: 0x0072B2, variable: "--gb-c1"),  // blue
        FigureColor(hex: 0xD55E00, variable: "--gb-c2"),  // vermillion
        FigureColor(hex: 0x009E73, variable: "--gb-c3"),  // bluish green
        FigureColor(hex: 0xE69F00, variable: "--gb-c4"),  // orange
        FigureColor(hex: 0x56B4E9, variable: "--gb-c5"),  // sky blue
        FigureColor(hex: 0xCC79A7, variable: "--gb-c6"),  // reddish purple
        FigureColor(hex: 0x000000, variable: "--gb-c7"),  // black
        FigureColor(hex: 0xF0E442, variable: "--gb-c8"),  // yellow
        FigureColor(hex: 0x882255, variable: "--gb-c9"),  // wine (Tol)
        FigureColor(hex: 0x3B1F7A, variable: "--gb-c10"), // indigo
    ]

    /// Categorical colour `index`, cycling.
    public static func series(_ index: Int) -> FigureColor {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// Font stack used for all text; shows Chinese where a CJK font is installed.
    public static let fontStack =
        "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif"
}
