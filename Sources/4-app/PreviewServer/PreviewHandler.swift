import Foundation

/// Answers the preview server's requests: the live-reload and editor scripts and build status
/// under `/__ganbook/`, the editor's endpoints (``CellEditing``), and files of the site (HTML
/// with the scripts and the page's token added). `Host` was checked by `LoopbackHTTPServer`.
struct PreviewHandler: Sendable {
    let resolver: SiteFileResolver
    let state: BuildState
    let editing: CellEditing

    func handle(_ request: RequestHead) async -> HTTPReply {
        if let reply = await editing.handle(request) { return reply }
        guard request.method != "POST" else { return .plain(405, "no POST here") }
        switch request.path {
        case LiveReloadScript.path:
            return response(Array(LiveReloadScript.javascript.utf8), type: "text/javascript; charset=utf-8")
        case InPageEditorScript.path:
            return response(Array(InPageEditorScript.javascript.utf8), type: "text/javascript; charset=utf-8")
        case InPageEditorScript.stylePath:
            return response(Array(InPageEditorScript.stylesheet.utf8), type: "text/css; charset=utf-8")
        case "/__ganbook/status":
            return await status(version: state.version)
        case "/__ganbook/wait":
            let after = request.query["after"].flatMap { Int($0) } ?? 0
            return await status(version: state.wait(after: after, timeout: 25))
        default:
            return await file(request.path)
        }
    }

    private func file(_ path: String) async -> HTTPReply {
        switch resolver.resolve(path) {
        case .refused:
            return .plain(403, "forbidden")
        case .notFound:
            return .plain(404, "not found")
        case .file(let filePath):
            guard let data = FileManager.default.contents(atPath: filePath) else { return .plain(404, "not found") }
            let type = SiteFileResolver.contentType(of: filePath)
            guard type.hasPrefix("text/html") else { return response([UInt8](data), type: type) }
            let page = (filePath as NSString).lastPathComponent.replacingOccurrences(of: ".html", with: "")
            let html = LiveReloadScript.inject(into: editing.server.overlay.realPaths(in: String(decoding: data, as: UTF8.self)),
                                               version: await state.version, token: editing.server.token,
                                               page: page, lessonHash: editing.lessonHash(page))
            return response(Array(html.utf8), type: type)
        }
    }

    private func status(version: Int) async -> HTTPReply {
        let payload = ["version": version, "errors": await state.errors, "ran": await state.ranCells,
                       "inPlace": await state.inPlace] as [String: Any]
        guard let data = try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]) else {
            return .plain(500, "status not encodable")
        }
        return response([UInt8](data), type: "application/json")
    }

    private func response(_ body: [UInt8], type: String) -> HTTPReply {
        HTTPReply(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: body)
    }
}
