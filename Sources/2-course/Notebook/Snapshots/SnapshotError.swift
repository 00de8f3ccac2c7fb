/// Why a value snapshot could not be written or read.
enum SnapshotError: Error, CustomStringConvertible {
    /// The value has no snapshot form (a closure, a figure): its cell runs again instead.
    case unsnapshottable(typeName: String)
    /// The file is truncated, corrupted or of another format version.
    case malformed(String)
    /// Written by a ganbook with another snapshot format.
    case otherFormat(found: Int, expected: Int)

    var description: String {
        switch self {
        case .unsnapshottable(let typeName): return "a \(typeName) value cannot be snapshotted"
        case .malformed(let reason): return "corrupt snapshot: \(reason)"
        case .otherFormat(let found, let expected):
            return "snapshot written by another ganbook (format \(found), this one reads \(expected))"
        }
    }
}
