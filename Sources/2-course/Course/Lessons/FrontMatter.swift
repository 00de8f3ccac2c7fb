import Yams

/// The YAML block between `---` lines at the top of a lesson.
///
/// ```markdown
/// ---
/// title: GAN 的数学原理
/// order: 2
/// summary: KL、JS 与最优判别器
/// ---
/// ```
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var order: Int?
    public var summary: String?
    /// A lesson-level seed for the cells' random streams.
    public var seed: UInt64?

    public init(title: String? = nil, order: Int? = nil, summary: String? = nil, seed: UInt64? = nil) {
        self.title = title
        self.order = order
        self.summary = summary
        self.seed = seed
    }
}

/// A lesson file split into its front matter and its Markdown body.
public struct SplitLesson: Sendable {
    public var frontMatter: FrontMatter
    public var body: String
    /// The 1-based line of the file on which `body` starts.
    public var bodyStartLine: Int
}

extension FrontMatter {
    static let knownKeys: Set<String> = ["title", "order", "summary", "seed"]

    /// Splits `text` (the whole file at `path`) into front matter and body.
    /// - Throws: `CourseError` naming `path:line` when the YAML is invalid.
    public static func split(_ text: String, path: String) throws -> SplitLesson {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingCR == "---" else {
            return SplitLesson(frontMatter: FrontMatter(), body: text, bodyStartLine: 1)
        }
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingTrailingCR == "---" || $0.trimmingTrailingCR == "..." }) else {
            throw CourseError.unterminatedFrontMatter(path: path)
        }
        let yaml = lines[..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        let frontMatter = try parse(yaml: yaml, path: path, firstLine: 2, lastLine: closing + 1)
        return SplitLesson(frontMatter: frontMatter, body: body, bodyStartLine: closing + 3)
    }

    /// Parses the YAML text of a front matter block that starts on `firstLine` of `path`.
    static func parse(yaml: String, path: String, firstLine: Int, lastLine: Int) throws -> FrontMatter {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            var location = error.location(path: path, firstLine: firstLine)
            if location.line > lastLine { location = FileLocation(path: path, line: lastLine, column: 1) }
            throw CourseError.invalidFrontMatter(location, reason: error.problem)
        }
        guard let node else { return FrontMatter() }
        guard let mapping = node.mapping else {
            throw CourseError.invalidFrontMatter(node.location(path: path, firstLine: firstLine), reason: "expected a mapping of keys to values")
        }
        var result = FrontMatter()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let location = keyNode.location(path: path, firstLine: firstLine)
            switch key {
            case "title": result.title = try value.requireString(key, at: location)
            case "summary": result.summary = try value.requireString(key, at: location)
            case "order":
                guard let order = value.int else {
                    throw CourseError.invalidFrontMatter(location, reason: "'order' must be an integer")
                }
                result.order = order
            case "seed":
                guard let seed = value.int, seed >= 0 else {
                    throw CourseError.invalidFrontMatter(location, reason: "'seed' must be a non-negative integer")
                }
                result.seed = UInt64(seed)
            default:
                let known = knownKeys.sorted().joined(separator: ", ")
                throw CourseError.invalidFrontMatter(location, reason: "unknown key '\(key)' (known keys: \(known))")
            }
        }
        return result
    }
}

extension Substring {
    var trimmingTrailingCR: Substring { hasSuffix("\r") ? dropLast() : self }
}

extension Node {
    func location(path: String, firstLine: Int) -> FileLocation {
        FileLocation(path: path, line: firstLine + max(mark?.line ?? 1, 1) - 1, column: max(mark?.column ?? 1, 1))
    }

    func requireString(_ key: String, at location: FileLocation) throws -> String {
        guard let scalar = scalar else {
            throw CourseError.invalidFrontMatter(location, reason: "'\(key)' must be text")
        }
        return scalar.string
    }
}

extension YamlError {
    /// The problem without Yams' multi-line rendering of the document.
    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return String(describing: self).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }

    func location(path: String, firstLine: Int) -> FileLocation {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return FileLocation(path: path, line: firstLine + max(mark.line, 1) - 1, column: max(mark.column, 1))
        default:
            return FileLocation(path: path, line: firstLine)
        }
    }
}
