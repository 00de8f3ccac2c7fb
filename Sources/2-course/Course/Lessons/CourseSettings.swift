import Foundation
import Yams

/// Course-wide settings from `lessons/course.yml` (optional).
///
/// ```yaml
/// title: GANBook：用代码学生成对抗网络
/// language: zh-CN
/// allow_raw_html: false
/// seed: 2014
/// macros:                 # TeX macros for every formula of the course
///   E: \mathbb{E}
///   KL: D_{\mathrm{KL}}\left(#1 \,\middle\|\, #2\right)
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
    /// TeX macros of the whole course: name (without the backslash) → body with `#1`…`#9`.
    public var macros: [String: String] = [:]

    public static let fileName = "course.yml"
    static let knownKeys = ["title", "language", "allow_raw_html", "seed", "macros"]

    public init() {}

    /// Reads `course.yml` in `folder`, or returns defaults when there is none.
    public static func load(folder: String) throws -> CourseSettings {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return CourseSettings() }
        if let target = CourseContainment.escape(of: path, from: folder) {
            throw CourseError.linkLeavesCourse(path: path, target: target)
        }
        let text = try LessonText.read(path: path)
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
            case "macros":
                settings.macros = try parseMacros(value, path: path)
            default:
                throw CourseError.invalidSettings(location, reason: "unknown key '\(key)' (known: \(knownKeys.joined(separator: ", ")))")
            }
        }
        return settings
    }

    /// `macros:` — a mapping of macro names (letters, optionally after a backslash) to TeX bodies.
    static func parseMacros(_ node: Node, path: String) throws -> [String: String] {
        guard let mapping = node.mapping else {
            throw CourseError.invalidSettings(node.location(path: path, firstLine: 1), reason: "'macros' must map macro names to TeX, e.g. 'E: \\mathbb{E}'")
        }
        var macros: [String: String] = [:]
        for (nameNode, bodyNode) in mapping {
            let raw = nameNode.string ?? ""
            let name = raw.hasPrefix("\\") ? String(raw.dropFirst()) : raw
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else {
                throw CourseError.invalidSettings(nameNode.location(path: path, firstLine: 1), reason: "macro name '\(raw)' must be letters only")
            }
            guard let body = bodyNode.string else {
                throw CourseError.invalidSettings(bodyNode.location(path: path, firstLine: 1), reason: "macro '\(name)' must be TeX text")
            }
            macros[name] = body
        }
        return macros
    }
}
