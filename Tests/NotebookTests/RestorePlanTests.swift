import Testing
@testable import Notebook

@Suite struct RestorePlanTests {
    // 0: let G    1: train (mutates G, defines losses)    2: let f (a closure)    3: sample (reads G, f)
    let names = [
        CellNames(defines: ["G"]),
        CellNames(defines: ["losses"], reads: ["G"], mutates: ["G"]),
        CellNames(defines: ["f"]),
        CellNames(defines: ["x"], reads: ["G", "f"]),
    ]

    @Test func restoresFromTheLatestWriterAndRunsWhatHasNoSnapshot() {
        let stored: [Int: Set<String>] = [0: ["G"], 1: ["G", "losses"], 2: []]
        let plan = RestorePlan(names: names, mustRun: [3]) { stored[$0].map { RestorePlan.Stored(names: $0) } }
        #expect(plan.run == [2, 3])
        #expect(plan.restores == [1: ["G"]])
        #expect(plan.reasons[2]?.name == "f" && plan.reasons[2]?.neededBy == 3)
        #expect(plan.steps == [1, 2, 3])
    }

    @Test func aMissingSnapshotRunsItsCellAndWhatItNeeds() {
        let stored: [Int: Set<String>] = [0: ["G"], 2: ["f"]]
        let plan = RestorePlan(names: names, mustRun: [3]) { stored[$0].map { RestorePlan.Stored(names: $0) } }
        #expect(plan.run == [1, 3])
        #expect(plan.restores == [0: ["G"], 2: ["f"]])
    }

    @Test func namesNoEarlierCellDeclaredAreNotNeeded() {
        // An alias group may say cell 1 "changes" a name only declared later.
        let names = [CellNames(defines: ["a"], mutates: ["b"]), CellNames(defines: ["b"], reads: ["a"], mutates: ["b"])]
        let plan = RestorePlan(names: names, mustRun: [1]) { _ in nil }
        #expect(plan.run == [0, 1])
        #expect(plan.reasons[0]?.name == "a")
    }

    @Test func aRestoredFunctionBringsTheNamesItsBodyUses() {
        // 0: let k    1: func f uses k (stored as a declaration)    2: reads f
        let names = [CellNames(defines: ["k"]), CellNames(defines: ["f"], reads: ["k"]), CellNames(defines: ["y"], reads: ["f"])]
        let stored: [Int: RestorePlan.Stored] = [0: .init(names: ["k"]), 1: .init(names: ["f"], functionReads: ["f": ["k", "print"]])]
        let plan = RestorePlan(names: names, mustRun: [2]) { stored[$0] }
        #expect(plan.run == [2])
        #expect(plan.restores == [0: ["k"], 1: ["f"]])
    }
}
