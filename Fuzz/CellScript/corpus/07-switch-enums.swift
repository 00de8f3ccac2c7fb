enum Shape: CustomStringConvertible {
    case circle(Double), rect(width: Double, height: Double), empty
    var description: String {
        switch self {
        case .circle(let r): return "circle \(r)"
        case let .rect(w, h) where w == h: return "square \(w)"
        case .rect(width: let w, height: _): return "rect \(w)"
        case .empty: return "empty"
        }
    }
}
enum Level: Int, CaseIterable { case low = 1, mid, high }
enum Failure: Error { case bad(Int), worse }
func check(_ n: Int) throws -> Int {
    defer { print("checked", n) }
    if n < 0 { throw Failure.bad(n) }
    return n
}
outer: for s in [Shape.circle(1), .rect(width: 2, height: 2), .empty] {
    for l in Level.allCases {
        switch (l, l.rawValue) {
        case (.low, _): continue
        case (_, 2...): break outer
        default: fallthrough
        case (.mid, let v): print(s, v)
        }
    }
}
do { _ = try check(-1) } catch Failure.bad(let n) { print(n) } catch { print(error) }
print(try? check(3), Level(rawValue: 2)!)
