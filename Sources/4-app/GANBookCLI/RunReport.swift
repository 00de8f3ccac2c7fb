import Course
import Foundation
import Notebook

/// What `ganbook run` prints: each cell with its line, outputs (figures as a path) and error.
struct RunReport {
    let plan: LessonPlan
    let frozen: FrozenLesson
    let store: FreezeStore

    var hasUnexpectedFailure: Bool {
        zip(plan.cells, frozen.cells).contains { cell, entry in
            (entry.failure != nil) != cell.options.expectsError || entry.skippedBecause != nil
        }
    }

    func text() -> String {
        zip(plan.cells, frozen.cells).map { Self.text(of: $0, $1, plan: plan, store: store) }.joined()
    }

    /// One cell's block of the text report: its line and time, then its outputs, skip reason or error.
    static func text(of cell: CellSource, _ entry: FrozenCell, plan: LessonPlan, store: FreezeStore) -> String {
        var out = "\(plan.lesson.path):\(cell.fenceLine): cell '\(cell.name)' (\(String(format: "%.2f", entry.seconds)) s)\n"
        for output in entry.outputs {
            out += "  " + describe(output, plan: plan, store: store).replacingOccurrences(of: "\n", with: "\n  ") + "\n"
        }
        if let skipped = entry.skippedBecause { out += "  \(skipped)\n" }
        if let failure = entry.failure { out += failure.rendered.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

    private static func describe(_ output: CellOutput, plan: LessonPlan, store: FreezeStore) -> String {
        switch output {
        case .text(let text): return text.hasSuffix("\n") ? String(text.dropLast()) : text
        case .value(let text): return "= " + text
        case .svg(let file, let title): return "figure: \(store.assetPath(slug: plan.lesson.slug, file: file)) (\(title))"
        case .png(let file, let width, let height): return "image \(width)×\(height): \(store.assetPath(slug: plan.lesson.slug, file: file))"
        case .table(let header, let rows): return "table: \(header.joined(separator: " | ")) (\(rows.count) rows)"
        }
    }

    func json() -> String {
        let cells: [[String: Any]] = zip(plan.cells, frozen.cells).map { cell, entry in
            var object: [String: Any] = ["label": cell.name, "line": cell.fenceLine, "key": entry.key, "seconds": entry.seconds,
                                         "outputs": entry.outputs.map(jsonOutput)]
            if let failure = entry.failure {
                object["error"] = ["line": failure.line, "column": failure.column, "message": failure.message,
                                   "expected": cell.options.expectsError]
            }
            if let skipped = entry.skippedBecause { object["skipped"] = skipped }
            return object
        }
        let document: [String: Any] = ["lesson": plan.lesson.path, "cells": cells]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func jsonOutput(_ output: CellOutput) -> [String: Any] {
        switch output {
        case .text(let text): return ["kind": "text", "text": text]
        case .value(let text): return ["kind": "value", "text": text]
        case .svg(let file, let title): return ["kind": "svg", "path": store.assetPath(slug: plan.lesson.slug, file: file), "title": title]
        case .png(let file, let width, let height):
            return ["kind": "png", "path": store.assetPath(slug: plan.lesson.slug, file: file), "width": width, "height": height]
        case .table(let header, let rows): return ["kind": "table", "header": header, "rows": rows]
        }
    }
}
