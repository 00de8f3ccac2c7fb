import Foundation

/// Maps a request path to a file inside the site folder, refusing anything that would leave it
/// (`..` components, encoded or not, and symbolic links pointing outside).
public struct SiteFileResolver: Sendable {
    public let root: String

    public init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
    }

    public enum Resolution: Equatable, Sendable {
        case file(String)
        case notFound
        case refused
    }

    /// The file for `requestPath` (`/` → `index.html`, `/a/` → `a/index.html`).
    public func resolve(_ requestPath: String) -> Resolution {
        let withoutQuery = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard let decoded = withoutQuery.removingPercentEncoding else { return .refused }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if components.contains(where: { $0 == ".." || $0.contains("\\") || $0.contains("\0") }) { return .refused }
        var relative = components.joined(separator: "/")
        if relative.isEmpty || decoded.hasSuffix("/") { relative += relative.isEmpty ? "index.html" : "/index.html" }
        let candidate = URL(fileURLWithPath: root).appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath().path
        guard candidate == root || candidate.hasPrefix(root + "/") else { return .refused }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue { return resolve(withoutQuery + "/") }
        return .file(candidate)
    }

    /// The `Content-Type` of a file by its extension.
    public static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "json": return "application/json"
        default: return "application/octet-stream"
        }
    }
}
