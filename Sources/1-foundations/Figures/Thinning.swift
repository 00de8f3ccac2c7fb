/// Reduces long polylines to what can be seen at the figure's resolution.
///
/// A series whose x never decreases is reduced per `bucketWidth`-pixel column to its first,
/// lowest, highest and last points (M4 decimation: the drawn envelope is unchanged); then any
/// point closer than `minimumDistance` pixels to the previously kept point is dropped.
enum Thinning {
    static let bucketWidth = 0.5
    static let minimumDistance = 0.5

    static func polyline(_ points: [Point]) -> [Point] {
        guard points.count > 3 else { return points }
        let decimated = isMonotonicInX(points) ? columns(points) : points
        return byDistance(decimated)
    }

    /// Whether `values` never decrease (NaNs, which split a series, are skipped).
    static func isSorted(_ values: [Double]) -> Bool {
        var previous = -Double.infinity
        for value in values where !value.isNaN {
            if value < previous { return false }
            previous = value
        }
        return true
    }

    static func isMonotonicInX(_ points: [Point]) -> Bool {
        for index in 1..<points.count where points[index].x < points[index - 1].x { return false }
        return true
    }

    /// First, min, max, last of each pixel column, in their original order.
    static func columns(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        result.reserveCapacity(min(points.count, 4096))
        var start = 0
        while start < points.count {
            let column = (points[start].x / bucketWidth).rounded(.down)
            var end = start + 1
            var low = start, high = start
            while end < points.count, (points[end].x / bucketWidth).rounded(.down) == column {
                if points[end].y < points[low].y { low = end }
                if points[end].y > points[high].y { high = end }
                end += 1
            }
            let last = end - 1
            var previousIndex = -1
            for index in [start, low, high, last].sorted() where index != previousIndex {
                previousIndex = index
                if result.last != points[index] { result.append(points[index]) }
            }
            start = end
        }
        return result
    }

    static func byDistance(_ points: [Point]) -> [Point] {
        guard let first = points.first else { return [] }
        var result = [first]
        result.reserveCapacity(points.count)
        let limit = minimumDistance * minimumDistance
        for index in 1..<points.count {
            let point = points[index]
            let previous = result[result.count - 1]
            let dx = point.x - previous.x, dy = point.y - previous.y
            if dx * dx + dy * dy >= limit || index == points.count - 1 {
                result.append(point)
            }
        }
        return result
    }
}
