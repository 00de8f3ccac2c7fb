import FlyingFox
import Foundation

/// Answers the preview server's requests: the live-reload script and build status under
/// `/__ganbook/`, and files of the site (HTML with the live-reload script added).
struct PreviewHandler: HTTPHandler {
    let resolver: SiteFileResolver
    let state: BuildState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        switch request.path {
        case LiveReloadScript.path:
            return response(Data(LiveReloadScript.javascript.utf8), type: "text/javascript; charset=utf-8")
        case "/__ganbook/status":
            return try await status(version: state.version)
        case "/__ganbook/wait":
            let after = request.query.first { $0.name == "after" }.flatMap { Int($0.value) } ?? 0
            return try await status(version: state.wait(after: after, timeout: 25))
        default:
            return await file(request.path)
        }
    }

    private func file(_ path: String) async -> HTTPResponse {
        switch resolver.resolve(path) {
        case .refused:
            return HTTPResponse(statusCode: .forbidden, body: Data("forbidden\n".utf8))
        case .notFound:
            return HTTPResponse(statusCode: .notFound, body: Data("not found\n".utf8))
        case .file(let filePath):
            guard let data = FileManager.default.contents(atPath: filePath) else {
                return HTTPResponse(statusCode: .notFound)
            }
            let type = SiteFileResolver.contentType(of: filePath)
            guard type.hasPrefix("text/html") else { return response(data, type: type) }
            let html = LiveReloadScript.inject(into: String(decoding: data, as: UTF8.self), version: await state.version)
            return response(Data(html.utf8), type: type)
        }
    }

    private func status(version: Int) async throws -> HTTPResponse {
        let payload = ["version": version, "errors": await state.errors, "ran": await state.ranCells] as [String: Any]
        let data = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
        return response(data, type: "application/json")
    }

    private func response(_ data: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }
}
