/// Tokens that stand in for math spans, cells and heading anchors while cmark-gfm parses a
/// lesson, so that cmark neither mangles them (`$a*b*c$` would become emphasis) nor drops them.
///
/// A token is `U+E000 kind index U+E001`; private-use characters pass through cmark untouched.
/// Lessons may not contain these two characters (`CourseError.reservedCharacter`).
public enum Placeholder {
    public enum Kind: Character, Sendable {
        case math = "M"
        case cell = "C"
        case heading = "H"
        /// `@fig-label` in prose: a cross-reference to a figure cell.
        case reference = "R"
    }

    public static let open: Character = "\u{E000}"
    public static let close: Character = "\u{E001}"

    /// The token for item `index` of `kind`.
    public static func token(_ kind: Kind, _ index: Int) -> String {
        "\(open)\(kind.rawValue)\(index)\(close)"
    }

    /// Replaces every token in `html`, asking `replacement` for each (kind, index).
    /// Text around tokens is copied unchanged.
    public static func substitute(in html: String, _ replacement: (Kind, Int) -> String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let start = rest.firstIndex(of: open) {
            result += rest[..<start]
            let afterOpen = rest.index(after: start)
            guard let end = rest[afterOpen...].firstIndex(of: close),
                  let kind = Kind(rawValue: rest[afterOpen]),
                  let index = Int(rest[rest.index(after: afterOpen)..<end]) else {
                result.append(rest[start])
                rest = rest[afterOpen...]
                continue
            }
            result += replacement(kind, index)
            rest = rest[rest.index(after: end)...]
        }
        result += rest
        return result
    }
}
