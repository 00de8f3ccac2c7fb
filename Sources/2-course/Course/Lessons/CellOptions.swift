/// The `//| key: value` options of a cell, validated.
///
/// Display options (`caption`, `alt`, `echo`, `output`) never change whether a cell re-runs;
/// execution options (`eval`, `timeout`, `seed`, `error`) do.
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
    /// Every option as written, in order, for hashing and display.
    public var entries: [(key: String, value: String)] = []

    public static let knownKeys = ["label", "caption", "alt", "echo", "output", "eval", "timeout", "seed", "error"]

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
