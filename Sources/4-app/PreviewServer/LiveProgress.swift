import Builtins
import Foundation

/// What the page shows of the cell running now: its name, and the last progress a training
/// loop reported (step of total, rate, time left, the values it logs).
final class LiveProgress: ProgressSink, @unchecked Sendable {
    private let lock = NSLock()
    private var cell: String?
    private var cellStarted = ContinuousClock.now
    private var label = ""
    private var step = 0
    private var total = 0
    private var values: [(String, Double)] = []
    private var firstStep: (step: Int, at: ContinuousClock.Instant)?
    /// The running cell's live slot (`showLive`) as markup, and how many times it changed.
    private var liveMarkup: String?
    private var liveVersion = 0

    /// A cell of page `slug` starts (`slug#name`).
    func started(_ id: String) {
        lock.withLock {
            cell = id; cellStarted = .now; label = ""; step = 0; total = 0; values = []; firstStep = nil
            liveMarkup = nil
        }
    }

    func stopped() { lock.withLock { cell = nil } }

    func update(label: String, step: Int, total: Int, values: [(String, Double)]) {
        lock.withLock {
            if firstStep == nil || step < (firstStep?.step ?? 0) { firstStep = (step, .now) }
            self.label = label; self.step = step; self.total = total; self.values = values
        }
    }

    func finish(label: String) {}

    func live(_ markup: String) {
        lock.withLock {
            liveMarkup = markup
            liveVersion += 1
        }
    }

    /// The state as JSON fields: `cell` (nil: nothing runs), `seconds`, `step`, `total`,
    /// `rate` (steps a second), `left` (seconds), `values`, and `live` / `liveVersion` once the
    /// cell called `showLive`.
    func json() -> [String: Any] {
        lock.withLock {
            guard let cell else { return ["cell": NSNull()] }
            let elapsed = Self.seconds(cellStarted.duration(to: .now))
            var result: [String: Any] = ["cell": cell, "seconds": elapsed, "label": label, "step": step, "total": total,
                                         "values": values.map { [$0.0, $0.1.isFinite ? $0.1 as Any : NSNull()] as [Any] }]
            if let liveMarkup {
                result["live"] = liveMarkup
                result["liveVersion"] = liveVersion
            }
            if let firstStep, step > firstStep.step {
                let rate = Double(step - firstStep.step) / max(Self.seconds(firstStep.at.duration(to: .now)), 1e-3)
                result["rate"] = rate
                if total > step { result["left"] = Double(total - step) / rate }
            }
            return result
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
