/// TeX-like sub- and superscripts in figure text, as in TeX: `_` and `^` apply to one
/// character or to a `{…}` group. `p_{data}` subscripts "data", `p_data` only the "d", `x_1`
/// the "1", `σ^2` the "2"; `\_`, `\^`, `\{` and `\}` are the characters themselves.
///
/// ```swift
/// LineMark(x: xs, y: density, label: "p_{data}")   // p with subscript "data"
/// ```
enum ChartText {
    enum Shift: Sendable, Hashable { case none, sub, sup }

    struct Run: Sendable, Hashable {
        var text: String
        var shift: Shift
    }

    /// Size of a script relative to its base text.
    static let scriptScale = 0.75

    /// The text split into runs of base, subscript and superscript text.
    static func runs(_ text: String) -> [Run] {
        guard text.contains("_") || text.contains("^") || text.contains("\\") else { return [Run(text: text, shift: .none)] }
        var runs: [Run] = []
        func add(_ piece: String, _ shift: Shift) {
            guard !piece.isEmpty else { return }
            if let last = runs.last, last.shift == shift { runs[runs.count - 1].text += piece } else { runs.append(Run(text: piece, shift: shift)) }
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, "_^{}\\".contains(characters[index + 1]) {
                add(String(characters[index + 1]), .none)
                index += 2
            } else if character == "_" || character == "^", index + 1 < characters.count {
                let shift: Shift = character == "_" ? .sub : .sup
                if characters[index + 1] == "{", let close = characters[(index + 2)...].firstIndex(of: "}") {
                    add(String(characters[(index + 2)..<close]), shift)
                    index = close + 1
                } else {
                    add(String(characters[index + 1]), shift)
                    index += 2
                }
            } else {
                add(String(character), .none)
                index += 1
            }
        }
        return runs
    }

    /// The text as read aloud or drawn without scripts (braces and escapes removed).
    static func plain(_ text: String) -> String {
        runs(text).map(\.text).joined()
    }
}
