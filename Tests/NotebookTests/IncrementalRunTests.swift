import Foundation
import Testing
import Course
@testable import Notebook

/// `build` after an edit: only the edited cell (and the cells whose keys changed) run; what they
/// need comes from value snapshots, and the outputs equal those of a run of the whole lesson.
@Suite struct IncrementalRunTests {
    static let model = """
    ```swift
    //| label: model
    let G = Sequential {
        Linear(1, 8)
        BatchNorm(8)
        Tanh()
        Dropout(0.2)
        Linear(8, 1)
    }
    let opt = Adam(G.parameters, lr: 0.05)
    ```
    """
    static let train = """
    ```swift
    //| label: train
    var losses: [Double] = []
    for step in 0..<30 {
        let z = randn([32, 1])
        let loss = mse(G(z), z * 3)
        opt.zeroGrad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    }
    G.eval()
    print(losses.count)
    ```
    """
    static let helper = "```swift\n//| label: helper\nfunc twice(_ x: Double) -> Double { return 2 * x }\n```"

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-incremental-\(UUID().uuidString)").path

    func plan(sample: String, train: String = IncrementalRunTests.train) throws -> LessonPlan {
        let body = [Self.model, train, Self.helper, "```swift\n//| label: sample\n\(sample)\n```",
                    "```swift\n//| label: after\nprint(twice(Double(losses.count)))\n```"]
            .joined(separator: "\n\n")
        let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        let lesson = Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil, document: document, source: body)
        return LessonPlan(lesson: lesson, courseSeed: 7)
    }

    func executor(_ plan: LessonPlan, snapshots: SnapshotStore?) throws -> LessonRunner {
        let executor = try LessonRunner(plan: plan, courseSeed: 7, lessonsFolder: folder,
                                          store: FreezeStore(folder: "\(folder)/_freeze"))
        executor.snapshots = snapshots
        return executor
    }

    /// Runs `first` whole (leaving snapshots), then brings the freeze to `edited` incrementally.
    func update(from first: LessonPlan, to edited: LessonPlan) throws -> IncrementalRunSummary {
        let snapshots = SnapshotStore(lessonsFolder: folder)
        let frozen = try executor(first, snapshots: snapshots).run()
        let stale = Set(edited.staleCells(frozen: frozen, lessonsFolder: folder).map(\.0))
        return try executor(edited, snapshots: SnapshotStore(lessonsFolder: folder)).runIncrementally(previous: frozen, mustRun: stale)
    }

    @Test func editingTheSamplingCellRunsOnlyIt() throws {
        let edited = try plan(sample: "G(Tensor([[2.0]])).item()")
        let outcome = try update(from: try plan(sample: "G(Tensor([[1.0]])).item()"), to: edited)
        #expect(outcome.ran == ["sample"])
        #expect(outcome.ranForValues.isEmpty)
        #expect(outcome.restored.contains { $0.hasPrefix("train: ") && $0.contains("G") })

        let whole = try executor(edited, snapshots: nil).run()
        #expect(outcome.frozen.cells.map(\.outputs) == whole.cells.map(\.outputs), "the restored model gives what a whole run gives")
        #expect(outcome.frozen.cells.map(\.key) == whole.cells.map(\.key))
    }

    @Test func continuingTrainingAfterARestoreMatchesAWholeRun() throws {
        // The edited cell trains the restored model further: optimizer moments, batch-norm
        // statistics, the dropout stream and train/eval modes must all come back exactly.
        let sample = "G.train()\nfor _ in 0..<5 {\n    let z = randn([16, 1])\n    let loss = mse(G(z), z * 3)\n    opt.zeroGrad()\n    loss.backward()\n    opt.step()\n}\nG.eval()\nG(Tensor([[0.5]])).item()"
        let edited = try plan(sample: sample)
        let outcome = try update(from: try plan(sample: "1"), to: edited)
        #expect(outcome.ran == ["sample"])
        let whole = try executor(edited, snapshots: nil).run()
        #expect(outcome.frozen.cells.map(\.outputs) == whole.cells.map(\.outputs))
    }

    @Test func editingTheTrainingCellRunsItAndItsDependents() throws {
        let first = try plan(sample: "G(Tensor([[1.0]])).item()")
        let edited = try plan(sample: "G(Tensor([[1.0]])).item()", train: Self.train.replacingOccurrences(of: "0..<30", with: "0..<40"))
        let outcome = try update(from: first, to: edited)
        #expect(outcome.ran == ["train", "sample", "after"])
        #expect(outcome.frozen.cells.last?.outputs == [.text("80.0\n")])
        let whole = try executor(edited, snapshots: nil).run()
        #expect(outcome.frozen.cells.map(\.outputs) == whole.cells.map(\.outputs))
    }

    @Test func aFunctionIsDeclaredAgainFromItsSnapshot() throws {
        let first = try plan(sample: "1")
        let edited = try plan(sample: "1").lesson.source.replacingOccurrences(of: "twice(Double(losses.count))", with: "twice(1.5)")
        let document = try LessonParser().parse(body: edited, firstLine: 1, path: "l.md")
        let editedPlan = LessonPlan(lesson: Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                                   document: document, source: edited), courseSeed: 7)
        let outcome = try update(from: first, to: editedPlan)
        #expect(outcome.ran == ["after"])
        #expect(outcome.restored == ["helper: twice"])
        #expect(outcome.frozen.cells.last?.outputs == [.text("3.0\n")])
    }

    @Test func aClosureValueMakesItsCellRunAgain() throws {
        let closure = "```swift\n//| label: maker\nlet scale = 3.0\nlet times = { (x: Double) -> Double in x * scale }\n```"
        func plan(_ use: String) throws -> LessonPlan {
            let body = [closure, "```swift\n//| label: use\nprint(times(\(use)))\n```"].joined(separator: "\n\n")
            let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
            return LessonPlan(lesson: Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                             document: document, source: body), courseSeed: 7)
        }
        let outcome = try update(from: try plan("1.0"), to: try plan("2.0"))
        #expect(outcome.ran == ["maker", "use"])
        #expect(outcome.ranForValues == ["maker ('times' for use: its value is a function, which has no snapshot form)"])
        #expect(outcome.frozen.cells.last?.outputs == [.text("6.0\n")])
    }

    @Test func aCorruptSnapshotIsReportedAndItsCellRunsAgain() throws {
        let first = try plan(sample: "G(Tensor([[1.0]])).item()")
        let snapshots = SnapshotStore(lessonsFolder: folder)
        let frozen = try executor(first, snapshots: snapshots).run()
        let path = snapshots.path(slug: "01-l", key: first.keys[1])
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: path))

        let edited = try plan(sample: "G(Tensor([[2.0]])).item()")
        let store = SnapshotStore(lessonsFolder: folder)
        let outcome = try executor(edited, snapshots: store).runIncrementally(previous: frozen, mustRun: [3])
        #expect(outcome.ran == ["train", "sample"])
        #expect(store.warnings.count == 1 && store.warnings[0].contains("checksum mismatch"))
        let whole = try executor(edited, snapshots: nil).run()
        #expect(outcome.frozen.cells.map(\.outputs) == whole.cells.map(\.outputs))
        #expect(store.snapshot(slug: "01-l", key: first.keys[1]) != nil, "the re-run wrote a good snapshot")
    }

    @Test func slowCellsKeepTheirSnapshotsWithTheCommittedFreeze() throws {
        let first = try plan(sample: "G(Tensor([[1.0]])).item()")
        let snapshots = SnapshotStore(lessonsFolder: folder)
        snapshots.committedThreshold = 0   // every cell counts as slow here
        let frozen = try executor(first, snapshots: snapshots).run()
        let committed = "\(folder)/_values/01-l/\(first.keys[1]).snap"
        #expect(FileManager.default.fileExists(atPath: committed))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/.cache/snapshots/01-l/\(first.keys[1]).snap"))
        // A fresh clone has no local cache: the committed snapshot alone makes the edit cheap.
        try? FileManager.default.removeItem(atPath: "\(folder)/.cache")
        let edited = try plan(sample: "G(Tensor([[2.0]])).item()")
        let outcome = try executor(edited, snapshots: SnapshotStore(lessonsFolder: folder)).runIncrementally(previous: frozen, mustRun: [3])
        #expect(outcome.ran == ["sample"])
    }
}
