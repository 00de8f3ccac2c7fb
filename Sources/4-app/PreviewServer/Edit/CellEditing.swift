import Course
import Foundation
import Site

/// The page's cell editor on the server side (`/__ganbook/` endpoints): read a cell's code,
/// highlight code as the static page does, save a cell into its lesson file and run what it makes
/// stale (运行), put back the course's version (还原), stop the running cell (停止), the progress
/// of the running cell, and the course's frozen output of a cell (对比).
///
/// Every POST passes ``EditGuard`` (token, `Origin`); writes go only to a top-level lesson file
/// of the lessons folder, only to a cell it has, and only when the file is still what the page
/// loaded (its content hash).
struct CellEditing: Sendable {
    let server: PreviewServer

    /// The reply for `request`, or nil when its path is not one of the editor's.
    func handle(_ request: RequestHead) async -> HTTPReply? {
        switch (request.method, request.path) {
        case ("GET", "/__ganbook/cell"): return cell(request)
        case ("GET", "/__ganbook/progress"): return Self.json(server.progress.json())
        case ("GET", "/__ganbook/compare"): return compare(request)
        case (_, "/__ganbook/highlight"), (_, "/__ganbook/run"), (_, "/__ganbook/reset"), (_, "/__ganbook/stop"):
            if let refusal = EditGuard.refusal(of: request, token: server.token) { return refusal }
            switch request.path {
            case "/__ganbook/highlight":
                let code = String(decoding: request.body, as: UTF8.self)
                return HTTPReply(status: 200, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                                 body: Array(CodeHighlighting.markup(code).utf8))
            case "/__ganbook/stop":
                return Self.json(["stopped": server.cancelRunningRebuild()])
            default:
                return await save(request, reset: request.path == "/__ganbook/reset")
            }
        default:
            return nil
        }
    }

    /// `GET /__ganbook/cell?page=02-gan-math&cell=fig-x`: the cell's code, option lines, line and
    /// the lesson file's hash.
    private func cell(_ request: RequestHead) -> HTTPReply {
        let query = Self.decoded(request.query)
        guard let slug = query["page"], let name = query["cell"] else { return .plain(400, "page and cell are required") }
        switch lesson(slug) {
        case .failure(let refusal): return refusal.reply
        case .success(let file):
            do {
                guard let cell = try LessonCellEdit.cells(in: String(decoding: file.bytes, as: UTF8.self), path: file.path)
                    .first(where: { $0.name == name }) else { return .plain(404, "\(file.path) has no cell '\(name)'") }
                return Self.json(["code": cell.code, "options": cell.options, "line": cell.fenceLine, "path": file.path,
                                  "hash": ContentHash.of(file.bytes), "runnable": cell.runnable])
            } catch {
                return .plain(422, server.overlay.realPaths(in: "\(error)"))
            }
        }
    }

    /// `POST /__ganbook/run` `{"page", "cell", "code", "hash"}` (or `/reset` without `code`):
    /// writes the cell into its lesson file, then rebuilds; answers when the rebuild is done.
    private func save(_ request: RequestHead, reset: Bool) async -> HTTPReply {
        guard let body = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any],
              let slug = body["page"] as? String, let name = body["cell"] as? String, let hash = body["hash"] as? String else {
            return .plain(400, "expected JSON {page, cell, code, hash}")
        }
        let file: LessonFile
        switch lesson(slug) {
        case .failure(let refusal): return refusal.reply
        case .success(let found): file = found
        }
        guard ContentHash.of(file.bytes) == hash else {
            return .plain(409, "\(file.path) changed on disk since this page was loaded; nothing was saved (copy your edit, then reload the page)")
        }
        let code: String
        if reset {
            guard let course = server.overlay.courseVersion(of: file.name),
                  let original = try? LessonCellEdit.cells(in: String(decoding: course.bytes, as: UTF8.self), path: file.path)
                      .first(where: { $0.name == name }) else {
                return .plain(404, "the course's version of \(file.path) has no cell '\(name)'")
            }
            code = original.code
        } else {
            guard let sent = body["code"] as? String else { return .plain(400, "expected JSON {page, cell, code, hash}") }
            code = sent
        }
        let text: String
        do {
            text = try LessonCellEdit.replacing(cell: name, code: code, in: String(decoding: file.bytes, as: UTF8.self), path: file.path)
        } catch let refusal as LessonCellEdit.Refusal {
            return .plain(422, refusal.description)
        } catch {
            return .plain(422, server.overlay.realPaths(in: "\(error)"))
        }
        let bytes = Array(text.utf8)
        if bytes != file.bytes {
            do {
                try server.watcher.writing(file.name) { try AtomicFile.write(bytes, to: file.path) }
            } catch {
                return .plain(500, "cannot write \(file.path): \(error)")
            }
        }
        let started = ContinuousClock.now
        let outcome = await server.rebuildForEdit(page: slug)
        var reply: [String: Any] = ["hash": ContentHash.of(bytes), "code": code, "version": await server.state.version,
                                    "seconds": LiveProgress.seconds(started.duration(to: .now))]
        switch outcome {
        case .built(let ran): reply["status"] = "ran"; reply["ran"] = ran
        case .failed(let errors): reply["status"] = "failed"; reply["errors"] = errors
        case .cancelled: reply["status"] = "cancelled"
        }
        return Self.json(reply)
    }

    /// `GET /__ganbook/compare?page=&cell=`: the course's frozen output of the cell (from
    /// `lessons/_freeze`, not the overlay) as HTML, with the key it was frozen under.
    private func compare(_ request: RequestHead) -> HTTPReply {
        let query = Self.decoded(request.query)
        guard let slug = query["page"], let name = query["cell"], Self.isPlainName(slug) else { return .plain(400, "page and cell are required") }
        var store = FreezeStore(lessonsFolder: server.lessonsFolder)
        guard let cell = store.load(slug: slug).cells.first(where: { $0.name == name }) else {
            return Self.json(["html": "", "found": false])
        }
        return Self.json(["html": CourseOutputHTML.html(cell, slug: slug, store: store), "found": true])
    }

    /// A top-level lesson file of the course.
    struct LessonFile {
        var name: String
        var path: String
        var bytes: [UInt8]
    }

    struct Refusal: Error {
        var reply: HTTPReply
    }

    /// The lesson file whose page is `slug`: a top-level `.md` file of the lessons folder (not a
    /// `_` or `.` file), matched as the course loader names pages.
    func lesson(_ slug: String) -> Result<LessonFile, Refusal> {
        guard Self.isPlainName(slug) else { return .failure(Refusal(reply: .plain(400, "bad page name"))) }
        let folder = server.lessonsFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let name = names.first(where: { name in
            name.hasSuffix(".md") && !name.hasPrefix("_") && !name.hasPrefix(".") && (name as NSString).deletingPathExtension.lowercased() == slug
        }) else { return .failure(Refusal(reply: .plain(404, "no lesson file for page '\(slug)' in \(folder)"))) }
        let path = (folder as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType == .typeRegular,
              let data = FileManager.default.contents(atPath: path) else {
            return .failure(Refusal(reply: .plain(403, "\(path) is not a regular file")))
        }
        return .success(LessonFile(name: name, path: path, bytes: [UInt8](data)))
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.count < 200 && !name.contains("/") && !name.contains("\\") && !name.hasPrefix(".") && !name.contains("\0")
    }

    static func decoded(_ query: [String: String]) -> [String: String] {
        query.mapValues { $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? $0 }
    }

    static func json(_ object: [String: Any]) -> HTTPReply {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return .plain(500, "reply not encodable")
        }
        return HTTPReply(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body: [UInt8](data))
    }
}

extension CellEditing {
    /// The content hash of the lesson file behind page `slug` (nil: none, e.g. the reference page).
    func lessonHash(_ slug: String) -> String? {
        guard case .success(let file) = lesson(slug) else { return nil }
        return ContentHash.of(file.bytes)
    }
}
