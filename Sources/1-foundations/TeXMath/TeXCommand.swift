/// What a TeX control sequence does in math mode.
enum TeXCommand: Sendable {
    /// An `<mi>`; `upright` adds `mathvariant="normal"` (capital Greek, ∇).
    case identifier(String, upright: Bool)
    /// An `<mo>` of the given class (binary operators, relations, punctuation, dots).
    case symbol(String, AtomClass)
    /// A fence character outside `\left`/`\right`: not stretchy.
    case delimiter(String, AtomClass)
    /// `\sum`, `\int`, …: `largeop`, limits by placement.
    case largeOperator(String, LimitsPlacement)
    /// `\log`, `\lim`, `\argmin`, …: upright name followed by function application.
    case namedOperator(String, LimitsPlacement)
    case fraction(FractionStyle)
    case binomial(FractionStyle)
    case infixFraction(binomial: Bool, rule: Bool)
    case squareRoot
    case mathFont(MathFont)
    case text(TextStyle)
    /// `\hat`, `\widehat`, …: an accent over the argument.
    case accent(String, stretchy: Bool)
    /// `\overline`/`\underline`: a CSS border on an `mrow`; Chromium does not stretch
    /// U+203E or U+2015 across the base with the TeX Gyre math fonts.
    case rule(over: Bool)
    /// `\overbrace`/`\underbrace`: a stretchy brace; the label comes as a script.
    case brace(String, over: Bool)
    case space(width: String)
    case textSpace
    case bigDelimiter(size: String, AtomClass?)
    case left, right, middle
    case begin, end
    case operatorName(LimitsPlacement)
    case mathOperator
    case tag(parenthesized: Bool)
    case overUnder(over: Bool)
    /// `\displaystyle`, `\textstyle`, `\scriptstyle`, `\scriptscriptstyle` (rest of the group).
    case style(display: Bool, scriptLevel: Int)
    /// `\hspace{1em}`: a space of an explicit length (em, ex, pt, mu).
    case explicitSpace
    case color, textColor
    case negation
    case phantom
    /// `\substack{a \\ b}`: centred rows, for stacked limits.
    case substack
    /// `\xrightarrow[below]{above}`: a stretchy arrow with text over (and under) it.
    case extensibleArrow(String)
    case limits(Bool)
    case ignored
    /// `\rm`, `\bf`, `\it`, `\cal`, …: the alphabet of the rest of the group (nil: default).
    case fontSwitch(MathFont?)
    /// `\small`, `\Large`, …: the font size of the rest of the group (CSS `font-size`).
    case sizeSwitch(String)
    /// `\mathrel{…}`, `\mathbin{…}`, …: the argument as an atom of the given class.
    case mathClass(AtomClass)
    /// `\textcircled{1}`: a circled character (Unicode where one exists, else a CSS circle).
    case circled
    /// `\boxed{…}` (math) and `\fbox{…}` (text): a frame around the argument.
    case boxed(text: Bool)
    /// `\cancel`, `\bcancel`, `\xcancel`, `\sout`: strokes over the argument.
    case cancel(CancelStroke)
    /// `\colorbox{c}{text}` and `\fcolorbox{frame}{c}{text}`.
    case colorBox(framed: Bool)
    /// `\smash[t|b]{…}`: the argument without height and/or depth.
    case smash
    /// `\hphantom` (no height or depth) and `\vphantom` (no width).
    case directionalPhantom(horizontal: Bool)
    /// `\llap`, `\rlap`, `\clap` and their `\math…` forms: zero-width, overlapping.
    case lap(LapSide)
    /// `\underrightarrow{…}`, `\overleftrightarrow{…}`: a stretchy arrow under or over.
    case arrowAccent(String, over: Bool)
    /// `\genfrac{(}{)}{0pt}{1}{a}{b}`.
    case generalFraction
    /// `\pmb{…}`: poor man's bold (a slightly offset double print).
    case poorMansBold
    /// `\verb|…|`: the characters up to the repeated delimiter, in monospace.
    case verbatim
    /// `\TeX`, `\LaTeX`, `\KaTeX`.
    case logo(String)
    /// `\rule[raise]{width}{height}`: a filled box.
    case filledRule
}

/// Which strokes `\cancel` and its relatives draw.
enum CancelStroke: Sendable { case up, down, cross, horizontal }

/// Where the content of a zero-width `\llap`/`\rlap`/`\clap` sticks out.
enum LapSide: Sendable { case left, right, center }

/// Style of `\frac` (`\dfrac` forces display style, `\tfrac` text style).
enum FractionStyle: Sendable { case automatic, display, text }

/// Style of a `\text…` command, rendered with CSS on `<mtext>`.
enum TextStyle: Sendable {
    case plain, bold, italic, sansSerif, monospace

    var css: String? {
        switch self {
        case .plain: nil
        case .bold: "font-weight:bold"
        case .italic: "font-style:italic"
        case .sansSerif: "font-family:sans-serif"
        case .monospace: "font-family:monospace"
        }
    }
}
