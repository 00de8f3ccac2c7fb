import Foundation

/// Helpers that read back what an SVG contains.
enum SVGInspection {
    /// Every number inside `d="…"` path data and numeric attributes.
    static func numbers(in svg: String) -> [String] {
        var result: [String] = []
        let attributes = ["d", "x", "y", "cx", "cy", "r", "width", "height", "stroke-width", "opacity", "fill-opacity"]
        for attribute in attributes {
            let marker = " \(attribute)=\""
            var rest = svg[...]
            while let start = rest.range(of: marker) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                let value = after[..<end]
                if attribute == "width" || attribute == "height", value == "100%" { rest = after[end...]; continue }
                let tokens = value.split(whereSeparator: { "MLZ, ".contains($0) })
                result.append(contentsOf: tokens.map(String.init))
                rest = after[end...]
            }
        }
        return result
    }

    /// Text contents of `<text>` elements.
    static func texts(in svg: String) -> [String] {
        var result: [String] = []
        var rest = svg[...]
        while let open = rest.range(of: "<text") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ">"), let end = after.range(of: "</text>") else { break }
            result.append(String(after[after.index(after: close)..<end.lowerBound]))
            rest = after[end.upperBound...]
        }
        return result
    }

    /// Number of elements with the given tag.
    static func count(_ tag: String, in svg: String) -> Int {
        svg.components(separatedBy: "<\(tag) ").count - 1 + svg.components(separatedBy: "<\(tag)>").count - 1
    }
}
