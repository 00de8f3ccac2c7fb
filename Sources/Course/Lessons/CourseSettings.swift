import Foundation
import Yams

/// Course-wide settings from `lessons/course.yml` (optional).
///
/// ```yaml
/// title: GANBook：用代码学生成对抗网络
/// language: zh-CN
/// allow_raw_html: false
/// seed: 2014
/// ```
public struct CourseSettings: Sendable, Equatable {
    /// The site title; defaults to the home page's title.
    public var title: String?
    /// The pages' `lang` attribute.
    public var language = "zh-CN"
    /// Raw HTML in lessons passes (still tag-filtered) only when this is true.
    public var allowRawHTML = false
    /// The course seed from which each lesson's and cell's random streams derive.
    public var seed: UInt64 = 0

    public static let fileName = "course.yml"
    static let knownKeys = ["title", "language", "allow_raw_html", "seed"]

    public init() {}

    /// Reads `course.yml` in `folder`, or returns defaults when there is none.
    public static func load(folder: String) throws -> CourseSettings {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return CourseSettings() }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw CourseError.unreadableFile(path: path, reason: "not UTF-8 text or not readable")
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> CourseSettings {
        var settings = CourseSettings()
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw CourseError.invalidSettings(error.location(path: path, firstLine: 1), reason: error.problem)
        }
        guard let mapping = node?.mapping else { return settings }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let location = keyNode.location(path: path, firstLine: 1)
            switch key {
            case "title": settings.title = value.string
            case "language":
                guard let language = value.string, !language.isEmpty else {
                    throw CourseError.invalidSettings(location, reason: "'language' must be a language tag such as zh-CN")
                }
                settings.language = language
            case "allow_raw_html":
                guard let flag = value.bool else {
                    throw CourseError.invalidSettings(location, reason: "'allow_raw_html' must be true or false")
                }
                settings.allowRawHTML = flag
            case "seed":
                guard let seed = value.int, seed >= 0 else {
                    throw CourseError.invalidSettings(location, reason: "'seed' must be a non-negative integer")
                }
                settings.seed = UInt64(seed)
            default:
                throw CourseError.invalidSettings(location, reason: "unknown key '\(key)' (known: \(knownKeys.joined(separator: ", ")))")
            }
        }
        return settings
    }
}
