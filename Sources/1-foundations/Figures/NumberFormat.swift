import Foundation
import PortableMath

/// Number formatting without Foundation: deterministic, fast, locale-free.
enum NumberFormat {
    /// `value` with at most `decimals` decimals, trailing zeros removed, "-0" avoided.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        let decimals = max(0, min(decimals, 12))
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return exponential(value) }
        let whole = UInt64(scaled)
        let unit = UInt64(scale)
        var text = String(whole / unit)
        var fraction = whole % unit
        if decimals > 0, fraction > 0 {
            var digits = [Character](repeating: "0", count: decimals)
            for index in stride(from: decimals - 1, through: 0, by: -1) {
                digits[index] = Character(Unicode.Scalar(UInt8(48 + fraction % 10)))
                fraction /= 10
            }
            while digits.last == "0" { digits.removeLast() }
            text += "." + String(digits)
        }
        if value < 0, whole > 0 { text = "-" + text }
        return text
    }

    /// `value` in the form `1.5e-4`.
    static func exponential(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return fixed(value, decimals: 0) }
        var exponent = Int((PortableMath.log10(abs(value))).rounded(.down))
        var mantissa = value / pow10(exponent)
        if abs(mantissa) >= 9.995 { mantissa /= 10; exponent += 1 }
        return fixed(mantissa, decimals: 2) + "e" + String(exponent)
    }

    /// A tick label: enough decimals for `step`, exponential for very large or small magnitudes,
    /// and a typographic minus sign.
    static func tick(_ value: Double, step: Double) -> String {
        let magnitude = max(abs(value), abs(step))
        var text: String
        if magnitude >= 1e6 || (magnitude < 1e-3 && value != 0) {
            text = exponential(value)
        } else {
            let decimals = step > 0 ? max(0, Int((-PortableMath.log10(step)).rounded(.up))) : 2
            text = fixed(abs(value) < step * 1e-9 ? 0 : value, decimals: min(decimals + 1, 8))
        }
        if text.hasPrefix("-") { text = "−" + text.dropFirst() }
        return text
    }

    /// A general short label (3 significant digits), used for values shown in cells and notes.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        let magnitude = abs(value)
        if magnitude != 0, magnitude >= 1e5 || magnitude < 1e-3 { return exponential(value) }
        // Two significant digits below 1, so that 0.005 stays 0.005 instead of becoming "0".
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 || magnitude == 0 ? 2
            : 1 - Int(PortableMath.log10(magnitude).rounded(.down))
        return fixed(value, decimals: decimals)
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        let base = exponent < 0 ? 0.1 : 10
        for _ in 0..<abs(exponent) { result *= base }
        return result
    }
}

