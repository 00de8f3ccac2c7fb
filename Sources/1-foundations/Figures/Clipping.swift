/// Geometric clipping to a rectangle, so no shape leaves the plot and no SVG needs a clipPath
/// (ids of clip paths would collide between inline SVGs of one page).
enum Clipping {
    /// Splits a polyline into the parts that lie inside `rect` (Liang–Barsky per segment).
    static func polyline(_ points: [Point], to rect: Rect) -> [[Point]] {
        guard points.count > 1 else {
            if let only = points.first, rect.contains(only) { return [[only]] }
            return []
        }
        if points.allSatisfy(rect.contains) { return [points] }
        var parts: [[Point]] = []
        var current: [Point] = []
        for index in 1..<points.count {
            guard let (a, b) = segment(points[index - 1], points[index], to: rect) else {
                if current.count > 1 { parts.append(current) }
                current = []
                continue
            }
            if current.isEmpty || current.last != a {
                if current.count > 1 { parts.append(current) }
                current = [a]
            }
            current.append(b)
        }
        if current.count > 1 { parts.append(current) }
        return parts
    }

    /// The part of segment a–b inside `rect`, or nil.
    static func segment(_ a: Point, _ b: Point, to rect: Rect) -> (Point, Point)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let checks: [(Double, Double)] = [
            (-dx, a.x - rect.minX), (dx, rect.maxX - a.x),
            (-dy, a.y - rect.minY), (dy, rect.maxY - a.y),
        ]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) }
                else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        let start = t0 == 0 ? a : Point(x: a.x + t0 * dx, y: a.y + t0 * dy)
        let end = t1 == 1 ? b : Point(x: a.x + t1 * dx, y: a.y + t1 * dy)
        return (start, end)
    }

    /// Clips a polygon to `rect` (Sutherland–Hodgman); may return fewer than 3 points.
    static func polygon(_ points: [Point], to rect: Rect) -> [Point] {
        if points.allSatisfy(rect.contains) { return points }
        var output = points
        let edges: [(Point) -> Bool] = [
            { $0.x >= rect.minX }, { $0.x <= rect.maxX }, { $0.y >= rect.minY }, { $0.y <= rect.maxY },
        ]
        let intersect: [(Point, Point) -> Point] = [
            { a, b in Self.atX(a, b, rect.minX) }, { a, b in Self.atX(a, b, rect.maxX) },
            { a, b in Self.atY(a, b, rect.minY) }, { a, b in Self.atY(a, b, rect.maxY) },
        ]
        for edge in 0..<4 {
            let input = output
            output = []
            guard let last = input.last else { break }
            var previous = last
            for point in input {
                let inside = edges[edge](point), previousInside = edges[edge](previous)
                if inside {
                    if !previousInside { output.append(intersect[edge](previous, point)) }
                    output.append(point)
                } else if previousInside {
                    output.append(intersect[edge](previous, point))
                }
                previous = point
            }
        }
        return output
    }

    private static func atX(_ a: Point, _ b: Point, _ x: Double) -> Point {
        let t = b.x == a.x ? 0 : (x - a.x) / (b.x - a.x)
        return Point(x: x, y: a.y + t * (b.y - a.y))
    }

    private static func atY(_ a: Point, _ b: Point, _ y: Double) -> Point {
        let t = b.y == a.y ? 0 : (y - a.y) / (b.y - a.y)
        return Point(x: a.x + t * (b.x - a.x), y: y)
    }
}
