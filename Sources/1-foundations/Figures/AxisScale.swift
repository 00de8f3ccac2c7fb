import Foundation
import PortableMath

/// How values map to an axis.
public enum ScaleType: Sendable, Hashable {
    /// Evenly spaced values.
    case linear
    /// Base-10 logarithmic; non-positive values are skipped and counted in the figure's note.
    case log
}

/// A data-to-pixel mapping for one axis, with its tick positions.
struct AxisScale: Sendable {
    var lower: Double
    var upper: Double
    var type: ScaleType
    /// Pixel position of `lower` and of `upper` (y axes run upwards, so `pixelLower > pixelUpper`).
    var pixelLower: Double
    var pixelUpper: Double

    private func transformed(_ value: Double) -> Double {
        type == .log ? PortableMath.log10(value) : value
    }

    /// Pixel position of a data value (may lie outside the plot).
    func pixel(_ value: Double) -> Double {
        let low = transformed(lower), high = transformed(upper)
        let fraction = (transformed(value) - low) / (high - low)
        return pixelLower + fraction * (pixelUpper - pixelLower)
    }

    /// Whether a value can be placed on this axis (finite, and positive on a log axis).
    func accepts(_ value: Double) -> Bool {
        value.isFinite && (type == .linear || value > 0)
    }

    /// Tick values and labels inside the domain.
    func ticks(target: Int = 6) -> [(value: Double, label: String)] {
        type == .log ? logTicks() : Self.linearTicks(lower: lower, upper: upper, target: target)
    }

    static func niceStep(span: Double, target: Int) -> Double {
        let raw = span / Double(max(target, 1))
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = PortableMath.pow(10, (PortableMath.log10(raw)).rounded(.down))
        let normalized = raw / magnitude
        let factor: Double = normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10
        return factor * magnitude
    }

    static func linearTicks(lower: Double, upper: Double, target: Int) -> [(value: Double, label: String)] {
        let step = niceStep(span: upper - lower, target: target)
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard last >= first, last - first < 1000 else { return [] }
        return stride(from: first, through: last, by: 1).map { index in
            let value = index * step
            return (value, NumberFormat.tick(value, step: step))
        }
    }

    private func logTicks() -> [(value: Double, label: String)] {
        let low = PortableMath.log10(lower), high = PortableMath.log10(upper)
        guard low.isFinite, high.isFinite, low <= high else { return [] }
        let first = Int((low - 1e-9).rounded(.up)), last = Int((high + 1e-9).rounded(.down))
        if last - first >= 2 {
            let every = max(1, (last - first + 6) / 7)
            return stride(from: first, through: last, by: every).map { (PortableMath.pow(10, Double($0)), $0 == 0 ? "1" : Self.power(of: $0)) }
        }
        var ticks: [(Double, String)] = []
        let multiples: [Double] = high - low < 1 ? [1, 1.5, 2, 3, 4, 5, 6, 8] : [1, 2, 3, 5]
        for decade in (first - 1)...(last + 1) {
            for multiple in multiples {
                let value = multiple * PortableMath.pow(10, Double(decade))
                if value >= lower * (1 - 1e-9), value <= upper * (1 + 1e-9) {
                    ticks.append((value, NumberFormat.short(value)))
                }
            }
        }
        return ticks
    }

    /// `10` with a superscript exponent, e.g. `10⁻³`.
    static func power(of exponent: Int) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var digits = ""
        for character in String(abs(exponent)) {
            if let digit = character.wholeNumberValue { digits.append(superscripts[digit]) }
        }
        return "10" + (exponent < 0 ? "⁻" : "") + digits
    }
}

/// The finite extent of a chart's data on both axes, gathered from its marks.
struct DataExtent: Sendable {
    var xType: ScaleType = .linear
    var yType: ScaleType = .linear
    var minX = Double.infinity, maxX = -Double.infinity
    var minY = Double.infinity, maxY = -Double.infinity
    /// Set by continuous marks (lines, areas, heat maps): x needs no padding.
    var tightX = false
    /// Set by heat maps: y needs no padding either.
    var tightY = false
    /// Set by bars and areas: the y range should stop at the data, not beyond zero.
    var anchoredAtZero = false

    mutating func addX(_ value: Double) {
        guard value.isFinite, xType == .linear || value > 0 else { return }
        minX = min(minX, value)
        maxX = max(maxX, value)
    }

    mutating func addY(_ value: Double) {
        guard value.isFinite, yType == .linear || value > 0 else { return }
        minY = min(minY, value)
        maxY = max(maxY, value)
    }

    mutating func add(x: [Double], y: [Double]) {
        for value in x { addX(value) }
        for value in y { addY(value) }
    }

    mutating func merge(_ other: DataExtent) {
        minX = min(minX, other.minX); maxX = max(maxX, other.maxX)
        minY = min(minY, other.minY); maxY = max(maxY, other.maxY)
        tightX = tightX || other.tightX
        tightY = tightY || other.tightY
        anchoredAtZero = anchoredAtZero || other.anchoredAtZero
    }

    var hasX: Bool { minX <= maxX }
    var hasY: Bool { minY <= maxY }

    /// The x domain, padded and widened when degenerate.
    func xDomain() -> (Double, Double) {
        Self.domain(minX, maxX, type: xType, padding: tightX ? 0 : 0.04, anchored: false)
    }

    /// The y domain, padded and widened when degenerate.
    func yDomain() -> (Double, Double) {
        Self.domain(minY, maxY, type: yType, padding: tightY ? 0 : 0.05, anchored: anchoredAtZero)
    }

    static func domain(_ low: Double, _ high: Double, type: ScaleType, padding: Double, anchored: Bool) -> (Double, Double) {
        guard low <= high else { return type == .log ? (1, 10) : (0, 1) }
        if type == .log {
            let a = PortableMath.log10(low), b = PortableMath.log10(high)
            let pad = b > a ? (b - a) * padding : 0.5
            return (PortableMath.pow(10, a - pad), PortableMath.pow(10, b + pad))
        }
        guard high > low else {
            let half = low == 0 ? 1 : abs(low) * 0.1
            return (low - half, high + half)
        }
        let pad = (high - low) * padding
        let lower = anchored && low == 0 ? 0 : low - pad
        let upper = anchored && high == 0 ? 0 : high + pad
        return (lower, upper)
    }
}
