/// Anchor ids for headings, GitHub style but keeping every letter and digit of any script, so
/// `## 最优判别器 D*` becomes `最优判别器-d`.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// A unique id for `text` within this page (`-1`, `-2` … appended on repeats).
    public mutating func slug(for text: String) -> String {
        var base = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash && !base.isEmpty { base.append("-") }
                pendingDash = false
                base.append(character)
            } else if character == " " || character == "-" || character == "\t" {
                pendingDash = true
            }
        }
        if base.isEmpty { base = "section" }
        if let count = used[base] {
            used[base] = count + 1
            let candidate = "\(base)-\(count)"
            used[candidate] = 1
            return candidate
        }
        used[base] = 1
        return base
    }
}
