/// The control sequences the converter knows, by name (without the backslash).
enum TeXCommandTable {
    static func command(named name: String) -> TeXCommand? { table[name] }

    /// Class of a Unicode operator typed directly (e.g. `≤`), from the symbol tables.
    static func classOfCharacter(_ text: String) -> AtomClass? { characterClasses[text] }

    private static let table: [String: TeXCommand] = {
        var table: [String: TeXCommand] = [:]
        for (name, letter) in greekLower { table[name] = .identifier(letter, upright: false) }
        for (name, letter) in greekUpper {
            table[name] = .identifier(letter, upright: true)
            table["var" + name] = .identifier(letter, upright: false)
        }
        for (name, letter) in latinLookingGreek { table[name] = .identifier(letter, upright: true) }
        for (name, text) in ordinarySymbols { table[name] = .identifier(text, upright: text == "∇") }
        for (name, text) in binaryOperators { table[name] = .symbol(text, .binary) }
        for (name, text) in relations { table[name] = .symbol(text, .relation) }
        for (name, (text, kind)) in otherSymbols { table[name] = .symbol(text, kind) }
        for (name, (text, kind)) in delimiters { table[name] = .delimiter(text, kind) }
        for (name, text) in sumLikeOperators { table[name] = .largeOperator(text, .displayLimits) }
        for (name, text) in integrals { table[name] = .largeOperator(text, .scripts) }
        for name in functionNames { table[name] = .namedOperator(name, .scripts) }
        for (name, text) in limitOperators { table[name] = .namedOperator(text, .displayLimits) }
        for (name, command) in structural { table[name] = command }
        for (name, width) in spaces { table[name] = .space(width: width) }
        for (name, (text, stretchy)) in accents { table[name] = .accent(text, stretchy: stretchy) }
        for (name, (size, kind)) in bigDelimiters { table[name] = .bigDelimiter(size: size, kind) }
        return table
    }()

    private static let characterClasses: [String: AtomClass] = {
        var classes: [String: AtomClass] = [:]
        for text in binaryOperators.values { classes[text] = .binary }
        for text in relations.values { classes[text] = .relation }
        for (text, kind) in otherSymbols.values { classes[text] = kind }
        // `|` and `‖` are ordinary, opening (`\lvert`) or closing (`\rvert`): keep ordinary.
        for (text, kind) in delimiters.values {
            classes[text] = classes[text].map { $0 == kind ? kind : .ordinary } ?? kind
        }
        return classes
    }()

    static let greekLower: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "varkappa": "ϰ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
        "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "digamma": "ϝ",
    ]

    static let greekUpper: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Capital Greek letters drawn like Latin ones (KaTeX accepts them).
    private static let latinLookingGreek: [String: String] = [
        "Alpha": "Α", "Beta": "Β", "Epsilon": "Ε", "Zeta": "Ζ", "Eta": "Η", "Iota": "Ι", "Kappa": "Κ",
        "Mu": "Μ", "Nu": "Ν", "Omicron": "Ο", "Rho": "Ρ", "Tau": "Τ", "Chi": "Χ",
    ]

    private static let ordinarySymbols: [String: String] = [
        "infin": "∞", "spades": "♠", "hearts": "♡", "diamonds": "♢", "clubs": "♣",
        "reals": "ℝ", "Reals": "ℝ", "R": "ℝ", "Z": "ℤ", "N": "ℕ", "natnums": "ℕ", "cnums": "ℂ", "Complex": "ℂ",
        "backprime": "‵", "backdprime": "‶", "complement": "∁", "eth": "ð", "mho": "℧", "Finv": "Ⅎ",
        "Game": "⅁", "beth": "ℶ", "gimel": "ℷ", "daleth": "ℸ", "diagup": "╱", "diagdown": "╲",
        "blacksquare": "■", "blacktriangle": "▲", "blacktriangledown": "▼", "lozenge": "◊",
        "blacklozenge": "⧫", "bigstar": "★", "sphericalangle": "∢", "measuredangle": "∡",
        "degree": "°", "pounds": "£", "yen": "¥", "copyright": "©", "circledR": "®", "circledS": "Ⓢ",
        "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "hslash": "ℏ", "vartriangle": "△",
        "triangledown": "▽", "maltese": "✠", "Bbbk": "𝕜",
        "dprime": "″", "trprime": "‴", "backtrprime": "‷", "alef": "ℵ", "alefsym": "ℵ", "weierp": "℘",
        "real": "ℜ", "image": "ℑ", "exist": "∃", "empty": "∅",
        "infty": "∞", "partial": "∂", "nabla": "∇", "forall": "∀", "exists": "∃", "nexists": "∄",
        "emptyset": "∅", "varnothing": "∅", "ell": "ℓ", "hbar": "ℏ", "Re": "ℜ", "Im": "ℑ",
        "aleph": "ℵ", "top": "⊤", "bot": "⊥", "angle": "∠", "prime": "′", "imath": "ı",
        "jmath": "ȷ", "wp": "℘", "triangle": "△", "Box": "□", "square": "□", "surd": "√",
        "#": "#", "$": "$", "%": "%", "&": "&", "_": "_", "clubsuit": "♣", "spadesuit": "♠",
        "heartsuit": "♡", "diamondsuit": "♢", "flat": "♭", "sharp": "♯", "natural": "♮",
        "checkmark": "✓", "dagger": "†", "ddagger": "‡",
    ]

    private static let binaryOperators: [String: String] = [
        "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "⋅", "circ": "∘", "ast": "∗",
        "star": "⋆", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "ominus": "⊖", "oslash": "⊘",
        "cup": "∪", "cap": "∩", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
        "setminus": "∖", "bullet": "∙", "diamond": "⋄", "sqcup": "⊔", "sqcap": "⊓",
        "uplus": "⊎", "amalg": "⨿", "bigcirc": "◯", "wr": "≀", "cdotp": "⋅",
        "circledast": "⊛", "circledcirc": "⊚", "circleddash": "⊝", "boxplus": "⊞", "boxminus": "⊟",
        "boxtimes": "⊠", "boxdot": "⊡", "dotplus": "∔", "divideontimes": "⋇", "ltimes": "⋉",
        "rtimes": "⋊", "leftthreetimes": "⋋", "rightthreetimes": "⋌", "curlywedge": "⋏",
        "curlyvee": "⋎", "barwedge": "⌅", "veebar": "⊻", "doublebarwedge": "⩞", "intercal": "⊺",
        "smallsetminus": "∖", "Cap": "⋒", "Cup": "⋓", "centerdot": "⋅", "bigtriangleup": "△",
        "bigtriangledown": "▽", "triangleleft": "◃", "triangleright": "▹", "lhd": "⊲", "rhd": "⊳",
        "unlhd": "⊴", "unrhd": "⊵", "oast": "⊛", "ocirc": "⊚", "odash": "⊝", "plusmn": "±",
    ]

    private static let relations: [String: String] = [
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "in": "∈",
        "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇",
        "subsetneq": "⊊", "supsetneq": "⊋", "sim": "∼", "simeq": "≃", "approx": "≈", "cong": "≅",
        "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "prec": "≺", "succ": "≻",
        "preceq": "⪯", "succeq": "⪰", "leqslant": "⩽", "geqslant": "⩾", "lesssim": "≲",
        "gtrsim": "≳", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←",
        "leftrightarrow": "↔", "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔",
        "longrightarrow": "⟶", "longleftarrow": "⟵", "Longrightarrow": "⟹", "Longleftarrow": "⟸",
        "Longleftrightarrow": "⟺", "iff": "⟺", "implies": "⟹", "impliedby": "⟸",
        "mapsto": "↦", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓",
        "hookrightarrow": "↪", "rightharpoonup": "⇀", "leftharpoonup": "↼",
        "nearrow": "↗", "searrow": "↘", "perp": "⊥", "parallel": "∥", "mid": "∣",
        "nmid": "∤", "models": "⊨", "vdash": "⊢", "dashv": "⊣", "triangleq": "≜",
        "coloneqq": "≔", "eqqcolon": "≕", "coloneq": "≔", "doteq": "≐", "asymp": "≍",
        "sqsubseteq": "⊑", "sqsupseteq": "⊒", "nsubseteq": "⊈", "ncong": "≇", "nsim": "≁",
        "approxeq": "≊", "bowtie": "⋈", "smile": "⌣", "frown": "⌢", "lt": "<", "gt": ">",
        "lessapprox": "⪅", "gtrapprox": "⪆", "leqq": "≦", "geqq": "≧", "lneqq": "≨", "gneqq": "≩",
        "lneq": "⪇", "gneq": "⪈", "lnsim": "⋦", "gnsim": "⋧", "lnapprox": "⪉", "gnapprox": "⪊",
        "succcurlyeq": "≽", "preccurlyeq": "≼", "curlyeqprec": "⋞", "curlyeqsucc": "⋟",
        "precsim": "≾", "succsim": "≿", "precapprox": "⪷", "succapprox": "⪸",
        "lessgtr": "≶", "gtrless": "≷", "lesseqgtr": "⋚", "gtreqless": "⋛", "lll": "⋘", "ggg": "⋙",
        "lessdot": "⋖", "gtrdot": "⋗", "eqslantless": "⪕", "eqslantgtr": "⪖",
        "nleq": "≰", "ngeq": "≱", "nless": "≮", "ngtr": "≯", "nleqslant": "⪇", "ngeqslant": "⪈",
        "nprec": "⊀", "nsucc": "⊁", "npreceq": "⋠", "nsucceq": "⋡", "nsupseteq": "⊉",
        "subseteqq": "⫅", "supseteqq": "⫆", "subsetneqq": "⫋", "supsetneqq": "⫌", "Subset": "⋐",
        "Supset": "⋑", "sqsubset": "⊏", "sqsupset": "⊐", "nparallel": "∦", "nvdash": "⊬",
        "nvDash": "⊭", "nVdash": "⊮", "vDash": "⊨", "Vdash": "⊩", "Vvdash": "⊪", "eqsim": "≂",
        "backsim": "∽", "backsimeq": "⋍", "thicksim": "∼", "thickapprox": "≈", "risingdotseq": "≓",
        "fallingdotseq": "≒", "circeq": "≗", "eqcirc": "≖", "bumpeq": "≏", "Bumpeq": "≎",
        "doteqdot": "≑", "Doteq": "≑", "therefore": "∴", "because": "∵", "owns": "∋", "varpropto": "∝",
        "vartriangleleft": "⊲", "vartriangleright": "⊳", "trianglelefteq": "⊴", "trianglerighteq": "⊵",
        "ntriangleleft": "⋪", "ntriangleright": "⋫", "ntrianglelefteq": "⋬", "ntrianglerighteq": "⋭",
        "longleftrightarrow": "⟷", "hookleftarrow": "↩", "rightharpoondown": "⇁",
        "leftharpoondown": "↽", "nwarrow": "↖", "swarrow": "↙", "nrightarrow": "↛", "nleftarrow": "↚",
        "nRightarrow": "⇏", "nLeftarrow": "⇍", "nLeftrightarrow": "⇎", "nleftrightarrow": "↮",
        "twoheadrightarrow": "↠", "twoheadleftarrow": "↞", "rightsquigarrow": "⇝", "leadsto": "⇝",
        "leftrightsquigarrow": "↭", "multimap": "⊸", "leftrightarrows": "⇆", "rightleftarrows": "⇄",
        "leftleftarrows": "⇇", "rightrightarrows": "⇉", "upuparrows": "⇈", "downdownarrows": "⇊",
        "rightleftharpoons": "⇌", "leftrightharpoons": "⇋", "Lleftarrow": "⇚", "Rrightarrow": "⇛",
        "looparrowleft": "↫", "looparrowright": "↬", "curvearrowleft": "↶", "curvearrowright": "↷",
        "circlearrowleft": "↺", "circlearrowright": "↻", "Lsh": "↰", "Rsh": "↱", "restriction": "↾",
        "upharpoonright": "↾", "upharpoonleft": "↿", "downharpoonright": "⇂", "downharpoonleft": "⇃",
        "pitchfork": "⋔", "between": "≬", "shortmid": "∣", "shortparallel": "∥", "nshortmid": "∤",
        "nshortparallel": "∦", "Colonequals": "⩴", "dashleftarrow": "⇠", "dashrightarrow": "⇢",
        "larr": "←", "Larr": "⇐", "lArr": "⇐", "rarr": "→", "Rarr": "⇒", "rArr": "⇒", "harr": "↔",
        "Harr": "⇔", "hArr": "⇔", "darr": "↓", "Darr": "⇓", "dArr": "⇓", "uarr": "↑", "Uarr": "⇑",
        "uArr": "⇑", "isin": "∈", "sub": "⊂", "sube": "⊆", "supe": "⊇", "varsubsetneq": "⊊",
        "varsupsetneq": "⊋", "varsubsetneqq": "⫋", "varsupsetneqq": "⫌",
    ]

    private static let otherSymbols: [String: (String, AtomClass)] = [
        "cdots": ("⋯", .inner), "ldots": ("…", .inner), "dots": ("…", .inner),
        "dotsc": ("…", .inner), "dotsb": ("⋯", .inner), "vdots": ("⋮", .ordinary),
        "ddots": ("⋱", .inner), "neg": ("¬", .ordinary), "lnot": ("¬", .ordinary),
        "colon": (":", .punctuation), ",": (",", .punctuation),
    ]

    static let delimiters: [String: (String, AtomClass)] = [
        "{": ("{", .opening), "}": ("}", .closing), "lbrace": ("{", .opening), "rbrace": ("}", .closing),
        "|": ("‖", .ordinary), "Vert": ("‖", .ordinary), "vert": ("|", .ordinary),
        "lvert": ("|", .opening), "rvert": ("|", .closing), "lVert": ("‖", .opening), "rVert": ("‖", .closing),
        "langle": ("⟨", .opening), "rangle": ("⟩", .closing), "lfloor": ("⌊", .opening),
        "rfloor": ("⌋", .closing), "lceil": ("⌈", .opening), "rceil": ("⌉", .closing),
        "lbrack": ("[", .opening), "rbrack": ("]", .closing), "backslash": ("\\", .ordinary),
        "lgroup": ("⟮", .opening), "rgroup": ("⟯", .closing), "ulcorner": ("⌜", .opening), "urcorner": ("⌝", .closing),
        "llcorner": ("⌞", .opening), "lrcorner": ("⌟", .closing), "lang": ("⟨", .opening), "rang": ("⟩", .closing),
        "Uparrow": ("⇑", .relation), "Downarrow": ("⇓", .relation), "updownarrow": ("↕", .relation),
    ]

    private static let sumLikeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁",
        "bigotimes": "⨂", "bigodot": "⨀", "bigvee": "⋁", "bigwedge": "⋀", "biguplus": "⨄",
        "bigsqcup": "⨆",
    ]

    private static let integrals: [String: String] = [
        "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮", "oiint": "∯", "intop": "∫",
        "oiiint": "∰", "iiiint": "⨌", "smallint": "∫",
    ]

    private static let functionNames = [
        "arccos", "arcsin", "arctan", "cos", "cosh", "cot", "coth", "csc", "deg", "dim", "exp",
        "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh", "arg", "sgn", "tr",
    ]

    private static let limitOperators: [String: String] = [
        "lim": "lim", "max": "max", "min": "min", "sup": "sup", "inf": "inf", "det": "det",
        "gcd": "gcd", "Pr": "Pr", "liminf": "lim\u{2009}inf", "limsup": "lim\u{2009}sup",
        "argmin": "arg\u{2009}min", "argmax": "arg\u{2009}max", "esssup": "ess\u{2009}sup",
    ]

    private static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", "quad": "1em", "qquad": "2em", "enspace": "0.5em",
        "negmedspace": "-0.2222em", "negthickspace": "-0.2778em", "space": "0.3333em",
    ]

    /// Accent marks. Spacing modifier letters (ˆ ˜ ˙ …) are centred over the base by Chromium;
    /// combining marks (U+0302…) are drawn shifted left, except that U+0302 is the one that
    /// stretches for `\widehat`; ASCII `^` and `~` sit too high.
    private static let accents: [String: (String, Bool)] = [
        "hat": ("ˆ", false), "widehat": ("\u{302}", true), "bar": ("¯", false),
"tilde": ("˜", false), "widetilde": ("˜", true), "widecheck": ("ˇ", true),
        "vec": ("→", false), "dddot": ("\u{20DB}", false), "ddddot": ("\u{20DC}", false), "overrightarrow": ("→", true), "overleftarrow": ("←", true),
        "dot": ("˙", false), "ddot": ("¨", false), "check": ("ˇ", false), "breve": ("˘", false),
        "acute": ("´", false), "grave": ("`", false), "mathring": ("˚", false),
    ]

    private static let bigDelimiters: [String: (String, AtomClass?)] = [
        "big": ("1.2em", nil), "Big": ("1.623em", nil), "bigg": ("2.047em", nil), "Bigg": ("2.470em", nil),
        "bigl": ("1.2em", .opening), "Bigl": ("1.623em", .opening), "biggl": ("2.047em", .opening),
        "Biggl": ("2.470em", .opening), "bigr": ("1.2em", .closing), "Bigr": ("1.623em", .closing),
        "biggr": ("2.047em", .closing), "Biggr": ("2.470em", .closing), "bigm": ("1.2em", .relation),
        "Bigm": ("1.623em", .relation), "biggm": ("2.047em", .relation), "Biggm": ("2.470em", .relation),
    ]

    private static let structural: [String: TeXCommand] = [
        "frac": .fraction(.automatic), "dfrac": .fraction(.display), "tfrac": .fraction(.text),
        "cfrac": .fraction(.display), "binom": .binomial(.automatic), "dbinom": .binomial(.display),
        "tbinom": .binomial(.text), "over": .infixFraction(binomial: false, rule: true),
        "choose": .infixFraction(binomial: true, rule: false), "atop": .infixFraction(binomial: false, rule: false),
        "sqrt": .squareRoot,
        "mathrm": .mathFont(.roman), "mathit": .mathFont(.italic), "mathbf": .mathFont(.bold),
        "mathbb": .mathFont(.doubleStruck), "mathcal": .mathFont(.script), "mathscr": .mathFont(.script),
        "mathfrak": .mathFont(.fraktur), "mathsf": .mathFont(.sansSerif), "mathtt": .mathFont(.monospace),
        "boldsymbol": .mathFont(.boldItalic), "bm": .mathFont(.boldItalic), "mathnormal": .mathFont(.italic),
        "text": .text(.plain), "textrm": .text(.plain), "mbox": .text(.plain), "textnormal": .text(.plain),
        "textup": .text(.plain), "textbf": .text(.bold), "textit": .text(.italic), "emph": .text(.italic),
        "textsf": .text(.sansSerif), "texttt": .text(.monospace),
        "underline": .rule(over: false), "overline": .rule(over: true), "overbrace": .brace("⏞", over: true),
        "underbrace": .brace("⏟", over: false), " ": .textSpace, "nobreakspace": .textSpace,
        "left": .left, "right": .right, "middle": .middle, "begin": .begin, "end": .end,
        "operatorname": .operatorName(.scripts), "mathop": .mathOperator,
        "tag": .tag(parenthesized: true), "overset": .overUnder(over: true),
        "stackrel": .overUnder(over: true), "underset": .overUnder(over: false),
        "displaystyle": .style(display: true, scriptLevel: 0), "textstyle": .style(display: false, scriptLevel: 0),
        "scriptstyle": .style(display: false, scriptLevel: 1), "scriptscriptstyle": .style(display: false, scriptLevel: 2),
        "hspace": .explicitSpace, "mspace": .explicitSpace, "kern": .explicitSpace, "mkern": .explicitSpace,
        "hskip": .explicitSpace, "mskip": .explicitSpace,
        "color": .color, "textcolor": .textColor, "not": .negation, "phantom": .phantom,
        "limits": .limits(true), "nolimits": .limits(false),
        "nonumber": .ignored, "notag": .ignored, "hline": .ignored, "hdashline": .ignored,
        "substack": .substack, "xrightarrow": .extensibleArrow("→"), "xleftarrow": .extensibleArrow("←"),
        "relax": .ignored, "strut": .ignored,
        "xRightarrow": .extensibleArrow("⇒"), "xLeftarrow": .extensibleArrow("⇐"),
        "xleftrightarrow": .extensibleArrow("↔"), "xLeftrightarrow": .extensibleArrow("⇔"),
        "xhookleftarrow": .extensibleArrow("↩"), "xhookrightarrow": .extensibleArrow("↪"),
        "xmapsto": .extensibleArrow("↦"), "xrightharpoondown": .extensibleArrow("⇁"),
        "xrightharpoonup": .extensibleArrow("⇀"), "xleftharpoondown": .extensibleArrow("↽"),
        "xleftharpoonup": .extensibleArrow("↼"), "xrightleftharpoons": .extensibleArrow("⇌"),
        "xleftrightharpoons": .extensibleArrow("⇋"), "xlongequal": .extensibleArrow("="),
        "xtwoheadrightarrow": .extensibleArrow("↠"), "xtwoheadleftarrow": .extensibleArrow("↞"),
        "xtofrom": .extensibleArrow("⇄"), "xrightleftarrows": .extensibleArrow("⇄"),
        "xrightequilibrium": .extensibleArrow("⇌"), "xleftequilibrium": .extensibleArrow("⇋"),
        "rm": .fontSwitch(.roman), "bf": .fontSwitch(.bold), "it": .fontSwitch(.italic),
        "cal": .fontSwitch(.script), "sf": .fontSwitch(.sansSerif), "tt": .fontSwitch(.monospace),
        "mit": .fontSwitch(nil), "frak": .fontSwitch(.fraktur), "Bbb": .fontSwitch(.doubleStruck),
        "tiny": .sizeSwitch("0.5em"), "scriptsize": .sizeSwitch("0.7em"), "footnotesize": .sizeSwitch("0.8em"),
        "small": .sizeSwitch("0.9em"), "normalsize": .sizeSwitch("1em"), "large": .sizeSwitch("1.2em"),
        "Large": .sizeSwitch("1.44em"), "LARGE": .sizeSwitch("1.728em"), "huge": .sizeSwitch("2.074em"),
        "Huge": .sizeSwitch("2.488em"),
        "mathord": .mathClass(.ordinary), "mathbin": .mathClass(.binary), "mathrel": .mathClass(.relation),
        "mathopen": .mathClass(.opening), "mathclose": .mathClass(.closing),
        "mathpunct": .mathClass(.punctuation), "mathinner": .mathClass(.inner),
        "textcircled": .circled, "boxed": .boxed(text: false), "fbox": .boxed(text: true),
        "cancel": .cancel(.up), "bcancel": .cancel(.down), "xcancel": .cancel(.cross), "sout": .cancel(.horizontal),
        "colorbox": .colorBox(framed: false), "fcolorbox": .colorBox(framed: true), "smash": .smash,
        "hphantom": .directionalPhantom(horizontal: true), "vphantom": .directionalPhantom(horizontal: false),
        "llap": .lap(.left), "rlap": .lap(.right), "clap": .lap(.center),
        "mathllap": .lap(.left), "mathrlap": .lap(.right), "mathclap": .lap(.center),
        "underrightarrow": .arrowAccent("→", over: false), "underleftarrow": .arrowAccent("←", over: false),
        "underleftrightarrow": .arrowAccent("↔", over: false), "overleftrightarrow": .arrowAccent("↔", over: true),
        "Overrightarrow": .arrowAccent("⇒", over: true), "overgroup": .arrowAccent("⏠", over: true),
        "undergroup": .arrowAccent("⏡", over: false),
        "overrightarrow": .arrowAccent("→", over: true), "overleftarrow": .arrowAccent("←", over: true),
        "genfrac": .generalFraction, "pmb": .poorMansBold, "verb": .verbatim,
        "TeX": .logo("TeX"), "LaTeX": .logo("LaTeX"), "KaTeX": .logo("KaTeX"), "rule": .filledRule,
        "underbar": .rule(over: false), "ensuremath": .mathOperator,
    ]
}
