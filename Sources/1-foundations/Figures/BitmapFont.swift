/// A tiny 5×7 bitmap font for the PNG rasteriser: digits, the signs of tick labels and the
/// operators of matrix figures.
///
/// Text made only of these characters (tick labels, matrix values, shapes such as `128×7×7`)
/// is drawn in PNG output; other text (words, Chinese) is left to the SVG renderer.
enum BitmapFont {
    /// Rows top to bottom; bit 4 is the leftmost column.
    static let glyphs: [Character: [UInt8]] = [
        "0": [0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110],
        "1": [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
        "2": [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111],
        "3": [0b11110, 0b00001, 0b00001, 0b01110, 0b00001, 0b00001, 0b11110],
        "4": [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010],
        "5": [0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110],
        "6": [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110],
        "7": [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000],
        "8": [0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110],
        "9": [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100],
        "-": [0, 0, 0, 0b11111, 0, 0, 0],
        "−": [0, 0, 0, 0b11111, 0, 0, 0],
        "+": [0, 0b00100, 0b00100, 0b11111, 0b00100, 0b00100, 0],
        ".": [0, 0, 0, 0, 0, 0b01100, 0b01100],
        "e": [0, 0, 0b01110, 0b10001, 0b11111, 0b10000, 0b01110],
        "×": [0, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0],
        "(": [0b00010, 0b00100, 0b01000, 0b01000, 0b01000, 0b00100, 0b00010],
        ")": [0b01000, 0b00100, 0b00010, 0b00010, 0b00010, 0b00100, 0b01000],
        "a": [0, 0, 0b01110, 0b00001, 0b01111, 0b10001, 0b01111],
        "b": [0b10000, 0b10000, 0b10110, 0b11001, 0b10001, 0b10001, 0b11110],
        "c": [0, 0, 0b01110, 0b10000, 0b10000, 0b10001, 0b01110],
        "d": [0b00001, 0b00001, 0b01101, 0b10011, 0b10001, 0b10001, 0b01111],
        " ": [0, 0, 0, 0, 0, 0, 0],
        "=": [0, 0, 0b11111, 0, 0b11111, 0, 0],
        "∗": [0, 0b10101, 0b01110, 0b11111, 0b01110, 0b10101, 0],
        "*": [0, 0b10101, 0b01110, 0b11111, 0b01110, 0b10101, 0],
        "→": [0, 0b00100, 0b00010, 0b11111, 0b00010, 0b00100, 0],
    ]

    /// Whether every character of `text` has a glyph.
    static func canDraw(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { glyphs[$0] != nil }
    }

    /// Unit squares of the glyphs of `text` as closed rectangles in pixels, laid out from the
    /// text's anchor point on its baseline, with a glyph height of 0.7 × `size`.
    static func rectangles(_ text: String, at anchor: Point, size: Double, alignment: TextAnchor) -> [[Point]] {
        let unit = size / 10
        let characters = Array(text)
        let width = Double(characters.count) * 6 * unit - unit
        var x = alignment == .start ? anchor.x : alignment == .middle ? anchor.x - width / 2 : anchor.x - width
        let top = anchor.y - 7 * unit
        var rects: [[Point]] = []
        for character in characters {
            let rows = glyphs[character] ?? []
            for (row, bits) in rows.enumerated() {
                var column = 0
                while column < 5 {
                    guard bits & (0b10000 >> UInt8(column)) != 0 else { column += 1; continue }
                    var end = column
                    while end + 1 < 5, bits & (0b10000 >> UInt8(end + 1)) != 0 { end += 1 }
                    let x0 = x + Double(column) * unit, x1 = x + Double(end + 1) * unit
                    let y0 = top + Double(row) * unit, y1 = y0 + unit
                    rects.append([Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)])
                    column = end + 1
                }
            }
            x += 6 * unit
        }
        return rects
    }
}
