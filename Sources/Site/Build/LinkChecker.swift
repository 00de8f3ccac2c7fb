import Foundation
import Notebook

/// Checks, after rendering, that every internal link, anchor and local resource of every page
/// points at a file of the site (and an id in it). External links (`http:`, `https:`,
/// `mailto:`) are not checked: the build makes no network requests.
struct LinkChecker {
    /// One broken link, located in the lesson that holds it.
    struct BrokenLink: Error, CustomStringConvertible, Equatable {
        var location: SourceLocation
        var target: String
        var reason: String
        var description: String { "\(location): error: broken link '\(target.removingPercentEncoding ?? target)': \(reason)" }
    }

    let files: [String: [UInt8]]

    /// Every broken link of `lesson`'s page.
    func check(_ lesson: Lesson, source: String) -> [BrokenLink] {
        guard let bytes = files[lesson.pageName] else { return [] }
        let html = String(decoding: bytes, as: UTF8.self)
        var broken: [BrokenLink] = []
        for target in Self.references(in: html) where !Self.isExternal(target) {
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let file = parts[0].isEmpty ? lesson.pageName : (String(parts[0]).removingPercentEncoding ?? String(parts[0]))
            let path = file.split(separator: "?").first.map(String.init) ?? file
            guard let page = files[path] else {
                broken.append(BrokenLink(location: locate(target, in: source, path: lesson.path), target: target, reason: "no such file in the site"))
                continue
            }
            if parts.count == 2, !parts[1].isEmpty, path.hasSuffix(".html") {
                let anchor = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                let pageHTML = String(decoding: page, as: UTF8.self)
                if !pageHTML.contains("id=\"\(HTMLNode.escape(anchor))\"") {
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

    /// Values of `href="…"` and `src="…"` attributes (entity-decoded).
    static func references(in html: String) -> [String] {
        var result: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = html[...]
            while let range = rest.range(of: attribute) {
                let after = rest[range.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                result.append(HTMLText.decode(String(after[..<end])))
                rest = after[end...]
            }
        }
        return result
    }

    /// The first line of the lesson source that mentions `target` (or the first line).
    func locate(_ target: String, in source: String, path: String) -> SourceLocation {
        let decoded = target.removingPercentEncoding ?? target
        var needles = ["(" + target, "(" + decoded]
        if decoded.hasPrefix("#") { needles.append("@" + decoded.dropFirst()) }
        for needle in needles {
            for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: needle) {
                    let skip = needle.hasPrefix("(") ? 2 : 1
                    return SourceLocation(path: path, line: offset + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + skip)
                }
            }
        }
        return SourceLocation(path: path, line: 1)
    }
}
