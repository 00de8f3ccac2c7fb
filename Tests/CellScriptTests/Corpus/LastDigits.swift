import Foundation

/// Whether two outputs differ only in the last digits of floating-point numbers: same lines,
/// same tokens, and every differing token a number within 1e-9 relative (or absolute, near 0)
/// of the expected one. Scalar `tanh` in cells uses PortableMath (the same bits on every machine,
/// within a few ulp), not the platform's libm that `swiftc` programs call, so its results may
/// differ in their last bits. `exp`, `log`, `log2`, `log10`,
/// `pow`, `sin` and `cos` are correctly rounded (PortableMath.CorrectlyRounded) and get no such
/// allowance: glibc's results equal theirs except in about 0.1% of exp, pow, sin and cos
/// inputs, where glibc is off by one ulp.
enum LastDigits {
    /// Whether the program calls one of the functions whose last bits may differ.
    static func usesScalarMath(_ source: String) -> Bool {
        ["tanh("].contains { source.contains($0) }
    }

    static func onlyDiffer(_ expected: String, _ actual: String) -> Bool {
        let e = tokens(expected), a = tokens(actual)
        guard e.count == a.count, e != a else { return false }
        for (x, y) in zip(e, a) where x != y {
            guard let u = Double(x), let v = Double(y), u.isFinite, v.isFinite,
                  x.contains(".") || x.contains("e"), y.contains(".") || y.contains("e") else { return false }
            let scale = Swift.max(1, abs(u), abs(v))
            if abs(u - v) > 1e-9 * scale { return false }
        }
        return true
    }

    /// The text split into numbers, words and single punctuation marks (newlines kept).
    private static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text {
            if c.isLetter || c.isNumber || c == "." || c == "-" || c == "+" || c == "_" {
                current.append(c)
            } else {
                if !current.isEmpty { out.append(current); current = "" }
                if c != " " { out.append(String(c)) }
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
