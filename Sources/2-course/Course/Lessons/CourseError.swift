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
    case invalidUTF8(FileLocation, byte: UInt8, offset: Int)
    case linkLeavesCourse(path: String, target: String)
    case reservedSlug(path: String, slug: String, reason: String)
    case duplicateCellName(FileLocation, name: String, first: FileLocation)
    case duplicateElementID(FileLocation, id: String, other: FileLocation)
    case unterminatedMath(FileLocation, display: Bool)
    case unclosedFence(FileLocation, fence: String)
    case emptyInlineValue(FileLocation)

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
            return "\(second):1:1: error: lesson slug '\(slug)' (its page \(slug).html) is already used by \(first)"
        case .missingIndex(let folder):
            return "\(folder): error: no index.md (the course home page)"
        case .invalidSettings(let location, let reason):
            return "\(location): error: invalid course settings: \(reason)"
        case .invalidCellOption(let location, let reason):
            return "\(location): error: \(reason)"
        case .reservedCharacter(let location):
            return "\(location): error: characters U+E000 and U+E001 are reserved by ganbook"
        case .invalidUTF8(let location, let byte, let offset):
            let hex = String(byte, radix: 16, uppercase: true)
            return "\(location): error: invalid UTF-8: byte 0x\(hex.count < 2 ? "0" + hex : hex) at offset \(offset) does not decode (save the file as UTF-8)"
        case .linkLeavesCourse(let path, let target):
            return "\(path):1:1: error: symbolic link leads outside the course folder, to \(target) (copy the file in instead)"
        case .reservedSlug(let path, let slug, let reason):
            return "\(path):1:1: error: lesson name '\(slug)' is reserved: \(reason); rename the file"
        case .duplicateCellName(let location, let name, let first):
            return "\(location): error: duplicate cell label '\(name)' (both cells would get id=\"cell-\(name)\"); the first is at \(first.line):\(first.column)"
        case .duplicateElementID(let location, let id, let other):
            return "\(location): error: heading anchor '#\(id)' is also the id of the cell at \(other.line):\(other.column); rename the heading or the label"
        case .unterminatedMath(let location, let display):
            return display
                ? "\(location): error: unterminated display math: no closing '$$' before the paragraph ends"
                : "\(location): error: unterminated inline math: no closing '$' before the paragraph ends (a closing '$' must follow a non-space and not precede a digit; write \\$ for a dollar sign)"
        case .unclosedFence(let location, let fence):
            return "\(location): error: code fence '\(fence)' is never closed (it would swallow the rest of the file); add a closing \(fence.prefix(while: { $0 == "`" || $0 == "~" })) line"
        case .emptyInlineValue(let location):
            return "\(location): error: inline value '`{swift}`' has no expression; write `{swift} name` to show a value a cell computed"
        }
    }
}
