/// Everything that can go wrong while loading a course, each with the file it concerns.
///
/// The CLI prints these in one place as `path:line:column: error: message`.
public enum CourseError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingLessonsFolder(path: String)
    case unreadableFile(path: String, reason: String)
    case invalidFrontMatter(FileLocation, reason: String)
    case unterminatedFrontMatter(path: String)
    case missingTitle(path: String)
    case duplicateSlug(String, first: String, second: String)
    case missingIndex(folder: String)
    case invalidSettings(FileLocation, reason: String)
    case invalidCellOption(FileLocation, reason: String)
    case reservedCharacter(FileLocation)

    public var description: String {
        switch self {
        case .missingLessonsFolder(let path):
            return "\(path): error: lessons folder not found"
        case .unreadableFile(let path, let reason):
            return "\(path): error: cannot read file: \(reason)"
        case .invalidFrontMatter(let location, let reason):
            return "\(location): error: front matter is not valid YAML: \(reason)"
        case .unterminatedFrontMatter(let path):
            return "\(path):1:1: error: front matter starts with '---' but has no closing '---' line"
        case .missingTitle(let path):
            return "\(path):1:1: error: lesson has no title (add 'title:' to its front matter)"
        case .duplicateSlug(let slug, let first, let second):
            return "\(second): error: lesson slug '\(slug)' is already used by \(first)"
        case .missingIndex(let folder):
            return "\(folder): error: no index.md (the course home page)"
        case .invalidSettings(let location, let reason):
            return "\(location): error: invalid course settings: \(reason)"
        case .invalidCellOption(let location, let reason):
            return "\(location): error: \(reason)"
        case .reservedCharacter(let location):
            return "\(location): error: characters U+E000 and U+E001 are reserved by ganbook"
        }
    }
}
