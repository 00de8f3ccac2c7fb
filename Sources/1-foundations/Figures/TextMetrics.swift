/// Estimated text widths for layout (no font files are read: deterministic everywhere).
enum TextMetrics {
    /// Approximate advance width of `text` at font `size`: CJK and full-width characters take
    /// one em, narrow Latin letters less.
    /// Sub- and superscripts (`ChartText`) count at their smaller size.
    static func width(_ text: String, size: Double) -> Double {
        ChartText.runs(text).reduce(0) { total, run in
            total + plainWidth(run.text, size: run.shift == .none ? size : size * ChartText.scriptScale)
        }
    }

    static func plainWidth(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x3000...0x303F:
                ems += 1.0
            case 0x69, 0x6A, 0x6C, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x7C, 0x21, 0x20, 0x28, 0x29, 0x66, 0x74, 0x72:
                ems += 0.32  // i j l . , : ; ' | ! space ( ) f t r
            case 0x6D, 0x77, 0x4D, 0x57:
                ems += 0.85  // m w M W
            case 0x41...0x5A:
                ems += 0.66
            case 0x0300...0x036F, 0x2070...0x209F:
                ems += 0.3  // combining marks, superscripts
            default:
                ems += 0.56
            }
        }
        return ems * size
    }
}
