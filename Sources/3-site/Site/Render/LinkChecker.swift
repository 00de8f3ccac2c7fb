import Foundation
import Course

/// Checks, after rendering, that every internal link, anchor and local resource of every page
/// points at a file of the site (and an id in it). External links (`http:`, `https:`,
/// `mailto:`) are not checked: the build makes no network requests.
public struct LinkChecker {
    /// One broken link, located in the lesson that holds it.
    public struct BrokenLink: Error, CustomStringConvertible, Equatable {
        public var location: FileLocation
        public var target: String
        public var reason: String
        public var description: String { "\(location): error: broken link '\(target.removingPercentEncoding ?? target)': \(reason)" }
    }

    public let files: [String: [UInt8]]
    /// Ids of every page, found once (pages carry large inline SVGs; scanning bytes is cheap,
    /// searching Strings again for every anchor was most of a build's time).
    private let ids: [String: Set<String>]

    public init(files: [String: [UInt8]]) {
        self.files = files
        var ids: [String: Set<String>] = [:]
        for (path, bytes) in files where path.hasSuffix(".html") {
            ids[path] = Set(Self.attributeValues(Self.idPattern, in: bytes))
        }
        self.ids = ids
    }

    /// Every broken link of `lesson`'s page.
    public func check(_ lesson: Lesson, source: String) -> [BrokenLink] {
        guard let bytes = files[lesson.pageName] else { return [] }
        var broken: [BrokenLink] = []
        for target in Self.references(in: bytes) where !Self.isExternal(target) {
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let file = parts[0].isEmpty ? lesson.pageName : (String(parts[0]).removingPercentEncoding ?? String(parts[0]))
            let path = file.split(separator: "?").first.map(String.init) ?? file
            guard files[path] != nil else {
                broken.append(BrokenLink(location: locate(target, in: source, path: lesson.path), target: target, reason: "no such file in the site"))
                continue
            }
            if parts.count == 2, !parts[1].isEmpty, path.hasSuffix(".html") {
                let anchor = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                if ids[path]?.contains(anchor) != true {
                    broken.append(BrokenLink(location: locate(target, in: source, path: lesson.path), target: target,
                                             reason: "no element with id '\(anchor)' in \(path)"))
                }
            }
        }
        return broken
    }

    static func isExternal(_ target: String) -> Bool {
        let lower = target.lowercased()
        return lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("data:")
            || lower.hasPrefix("//")
    }

    private static let idPattern = Array(" id=\"".utf8)
    private static let hrefPattern = Array(" href=\"".utf8)
    private static let srcPattern = Array(" src=\"".utf8)

    /// Values of `href="…"` and `src="…"` attributes (entity-decoded).
    static func references(in bytes: [UInt8]) -> [String] {
        attributeValues(hrefPattern, in: bytes) + attributeValues(srcPattern, in: bytes)
    }

    /// The entity-decoded values of every attribute that starts with `pattern` (` name="`).
    static func attributeValues(_ pattern: [UInt8], in bytes: [UInt8]) -> [String] {
        var values: [String] = []
        var i = 0
        let first = pattern[0]
        while i + pattern.count < bytes.count {
            if bytes[i] == first && bytes[i + 1] == pattern[1] && Array(bytes[i..<(i + pattern.count)]) == pattern {
                let start = i + pattern.count
                var end = start
                while end < bytes.count && bytes[end] != 0x22 { end += 1 }
                values.append(HTMLText.decode(String(decoding: bytes[start..<end], as: UTF8.self)))
                i = end
            } else {
                i += 1
            }
        }
        return values
    }

    /// The first line of the lesson source that mentions `target` (or the first line).
    func locate(_ target: String, in source: String, path: String) -> FileLocation {
        let decoded = target.removingPercentEncoding ?? target
        var needles = ["(" + target, "(" + decoded]
        if decoded.hasPrefix("#") { needles.append("@" + decoded.dropFirst()) }
        for needle in needles {
            for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: needle) {
                    let skip = needle.hasPrefix("(") ? 2 : 1
                    return FileLocation(path: path, line: offset + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + skip)
                }
            }
        }
        return FileLocation(path: path, line: 1)
    }
}
