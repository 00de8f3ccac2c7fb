import Build
import Foundation
import Notebook
import Testing
@testable import PreviewServer

/// `serve` shows a rebuild's lessons, cells and warnings, chosen by event case, and the events
/// survive a trip through JSON (a cell worker will send them over a pipe).
@Suite struct BuildEventFilterTests {
    @Test func serveShowsRunsAndWarningsButNotSteps() {
        let ran = BuildEvent.run(.cellFinished(slug: "01", cell: "train", status: .failedAsExpected, seconds: 1.5, failure: "boom"))
        #expect(PreviewServer.shown(ran) == "  train: failed as expected in 1.50 s")
        #expect(PreviewServer.shown(.run(.lessonStarted(path: "lessons/01.md", running: 1, cells: 3, forced: false)))
                == "run lessons/01.md: 1 of 3 cells (stale)")
        #expect(PreviewServer.shown(.warning("a.md:1:2: warning: x")) == "a.md:1:2: warning: x")
        #expect(PreviewServer.shown(.step(number: 2, total: 4, title: "check frozen outputs")) == nil)
        #expect(PreviewServer.shown(.waitingForLock(folder: "lessons", holder: "42")) == nil)
        #expect(PreviewServer.shown(.run(.cellStarted(slug: "01", cell: "train"))) == nil)
    }

    @Test func eventsRoundTripThroughJSON() throws {
        let events: [BuildEvent] = [
            .step(number: 1, total: 4, title: "load lessons from lessons"),
            .run(.cellFinished(slug: "03-dcgan", cell: "train", status: .ok, seconds: 443.4, failure: nil)),
            .run(.restored(["train: G, opt"])),
            .warning("w"),
        ]
        let decoded = try JSONDecoder().decode([BuildEvent].self, from: JSONEncoder().encode(events))
        #expect(decoded == events)
    }
}
