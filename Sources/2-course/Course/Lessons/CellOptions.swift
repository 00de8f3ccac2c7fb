/// The `//| key: value` options of a cell, validated.
///
/// Display options (`caption`, `alt`, `echo`, `output`) never change whether a cell re-runs;
/// execution options (`eval`, `timeout`, `seed`, `error`, `memory`) do.
public struct CellOptions: Sendable, Equatable {
    public var label: String?
    public var caption: String?
    public var alt: String?
    public var echo = true
    public var output = true
    public var eval = true
    /// Seconds before the cell is stopped.
    public var timeout: Double = 60
    public var seed: UInt64?
    /// `error: expected` marks a cell that teaches an error message.
    public var expectsError = false
    /// `memory: 8 GB`: bytes the cell may add to the heap (GB = 2³⁰ bytes; also KB, MB, TB,
    /// KiB, MiB, GiB, TiB); nil for the default budget (a quarter of physical memory, at most
    /// 4 GiB). In the cell key only when given: a larger budget can turn a `memory budget
    /// exceeded` error into outputs, so the cell must run again.
    public var memory: Int?
    /// Every option as written, in order, for hashing and display.
    public var entries: [(key: String, value: String)] = []

    public static let knownKeys = ["label", "caption", "alt", "echo", "output", "eval", "timeout", "seed", "error", "memory"]

    public init() {}

    /// Parses option lines (file line, text after `//|`).
    init(lines: [(Int, Substring)], path: String) throws {
        for (line, text) in lines {
            let location = FileLocation(path: path, line: line, column: 1)
            guard let colon = text.firstIndex(of: ":") else {
                throw CourseError.invalidCellOption(location, reason: "cell option must read '//| key: value'")
            }
            let key = text[..<colon].trimmingCharacters(in: " \t")
            let value = text[text.index(after: colon)...].trimmingCharacters(in: " \t")
            try set(key, value, at: location)
            entries.append((key, value))
        }
    }

    private mutating func set(_ key: String, _ value: String, at location: FileLocation) throws {
        func bool() throws -> Bool {
            switch value {
            case "true": return true
            case "false": return false
            default: throw CourseError.invalidCellOption(location, reason: "option '\(key)' must be true or false, found '\(value)'")
            }
        }
        switch key {
        case "label":
            guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw CourseError.invalidCellOption(location, reason: "label '\(value)' may hold only letters, digits, '-' and '_'")
            }
            label = value
        case "caption": caption = value
        case "alt": alt = value
        case "echo": echo = try bool()
        case "output": output = try bool()
        case "eval": eval = try bool()
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw CourseError.invalidCellOption(location, reason: "option 'timeout' must be a positive number of seconds, found '\(value)'")
            }
            timeout = seconds
        case "seed":
            guard let number = UInt64(value) else {
                throw CourseError.invalidCellOption(location, reason: "option 'seed' must be a non-negative integer, found '\(value)'")
            }
            seed = number
        case "memory":
            guard let bytes = Self.bytes(value) else {
                throw CourseError.invalidCellOption(location, reason: "option 'memory' must be a size from 1 MB to 1024 GB such as '8 GB' or '512 MB', found '\(value)'")
            }
            memory = bytes
        case "error":
            guard value == "expected" || value == "false" else {
                throw CourseError.invalidCellOption(location, reason: "option 'error' must be 'expected' or 'false', found '\(value)'")
            }
            expectsError = value == "expected"
        default:
            let known = Self.knownKeys.joined(separator: ", ")
            throw CourseError.invalidCellOption(location, reason: "unknown cell option '\(key)' (known: \(known))")
        }
    }

    /// `8 GB`, `1.5GB`, `512 MiB` → bytes (binary units); nil unless 1 MB ≤ size ≤ 1024 GB.
    static func bytes(_ text: String) -> Int? {
        let number = text.prefix { $0.isNumber || $0 == "." }
        let unit = text.dropFirst(number.count).trimmingCharacters(in: " ").uppercased()
        let shifts = ["KB": 10, "KIB": 10, "MB": 20, "MIB": 20, "GB": 30, "GIB": 30, "TB": 40, "TIB": 40]
        guard let value = Double(number), value.isFinite, let shift = shifts[unit] else { return nil }
        let bytes = value * Double(1 << shift)
        guard bytes >= Double(1 << 20), bytes <= Double(1 << 40) else { return nil }
        return Int(bytes)
    }

    public static func == (lhs: CellOptions, rhs: CellOptions) -> Bool {
        lhs.entries.map { "\($0.key)=\($0.value)" } == rhs.entries.map { "\($0.key)=\($0.value)" }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let trimmed = drop(while: { set.contains($0) })
        return String(trimmed.reversed().drop(while: { set.contains($0) }).reversed())
    }
}
