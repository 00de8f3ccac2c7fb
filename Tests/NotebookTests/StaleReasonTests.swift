import Foundation
import Testing
import Course
@testable import Notebook

/// `build --frozen` says why a cell must run: its own code, a version of the engine, builtins,
/// figures or cell language (from the versions the freeze recorded), or a cell it depends on.
@Suite struct StaleReasonTests {
    func plan(_ code: String) throws -> LessonPlan {
        let body = "```swift\n//| label: a\n\(code)\n```\n\n```swift\n//| label: b\nprint(x + 1)\n```"
        let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        return LessonPlan(lesson: Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                         document: document, source: body), courseSeed: 7)
    }

    func frozen(_ plan: LessonPlan, versions: String?, ownHash: String? = nil) -> FrozenLesson {
        FrozenLesson(cells: plan.cells.indices.map { index in
            FrozenCell(name: plan.cells[index].name, index: index, key: ownHash == nil ? plan.keys[index] : "old",
                       ownHash: ownHash ?? plan.ownHashes[index], versions: versions, outputs: [], failure: nil, seconds: 0, filesRead: [:])
        })
    }

    @Test func aCurrentCellIsNotStale() throws {
        let plan = try plan("let x = 1")
        #expect(plan.staleCells(frozen: frozen(plan, versions: CellKey.engineVersion), lessonsFolder: "/nonexistent").isEmpty)
    }

    @Test func aVersionBumpIsNamed() throws {
        let plan = try plan("let x = 1")
        let old = CellKey.engineVersion.replacingOccurrences(of: "-builtins-\(CellKey.builtinsVersion)-", with: "-builtins-0-")
        #expect(old != CellKey.engineVersion)
        let reasons = plan.staleCells(frozen: frozen(plan, versions: old, ownHash: "before"), lessonsFolder: "/nonexistent")
        #expect(reasons.map(\.1) == ["the builtins changed (version 0 → \(CellKey.builtinsVersion))",
                                     "the builtins changed (version 0 → \(CellKey.builtinsVersion))"])
    }

    @Test func anEditIsNamedAndItsDependentsFollow() throws {
        let before = try plan("let x = 1")
        let after = try plan("let x = 2")
        let reasons = after.staleCells(frozen: frozen(before, versions: CellKey.engineVersion), lessonsFolder: "/nonexistent")
        #expect(reasons.map(\.1) == ["its code or options changed", "cell 'a' it depends on changed"])
    }

    @Test func anOldFreezeWithoutVersionsGetsTheCautiousReason() throws {
        let plan = try plan("let x = 1")
        let reasons = plan.staleCells(frozen: frozen(plan, versions: nil, ownHash: "before"), lessonsFolder: "/nonexistent")
        #expect(reasons.first?.1 == "its code or options, or the engine or language version, changed")
    }

    @Test func versionChangeListsEveryPartThatDiffers() {
        let old = CellKey.engineVersion.replacingOccurrences(of: "-figures-", with: "-figures-0").replacingOccurrences(of: "-language-", with: "-language-0")
        let text = CellKey.versionChange(from: old) ?? ""
        #expect(text.contains("the figures changed") && text.contains("the cell language changed"))
        #expect(CellKey.versionChange(from: "something-else") == nil)
        #expect(CellKey.versionChange(from: CellKey.engineVersion) == nil)
    }
}
