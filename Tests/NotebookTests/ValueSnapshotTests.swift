import CellScript
import Foundation
import GANEngine
import Testing
@testable import Notebook

/// Value snapshots turn a cell's bindings into bytes and back into values that behave the same.
@Suite struct ValueSnapshotTests {
    static let setup = """
    let count = 3
    let ratio = 0.1
    let weird = [Double.nan, Double.infinity, -0.0]
    let name = "判别器"
    var nested: [String: [Int]] = ["a": [1, 2], "b": []]
    let pair = (1, "x")
    let steps = 0..<10
    let span = -0.5...1
    let digits = Digits.load(split: "test")
    let p = Mixture([Normal(mean: -1, std: 0.5), Uniform(low: 1, high: 2)], weights: [0.3, 0.7])
    let ring = GaussianRing(modes: 8, radius: 2, std: 0.05)
    let x = randn([4, 1, 8, 8]).requiresGrad()
    let G = Sequential {
        Conv2d(1, 4, kernel: 4, stride: 2, padding: 1)
        BatchNorm2d(4)
        LeakyReLU(0.2)
        Flatten()
        Dropout(0.3)
        Linear(64, 1)
    }
    let params = G.parameters
    let opt = Adam(G.parameters, lr: 2e-4, beta1: 0.5, beta2: 0.999)
    for _ in 0..<3 {
        let loss = G(x).square().mean()
        opt.zeroGrad()
        loss.backward()
        opt.step()
    }
    let probe = randn([2, 1, 8, 8])
    """
    static let names = ["count", "ratio", "weird", "name", "nested", "pair", "steps", "span", "digits", "p", "ring", "x", "G",
                        "params", "opt", "probe"]

    func roundTrip() throws -> (original: SnapshotCells, restored: SnapshotCells, snapshot: ValueSnapshot) {
        let original = try SnapshotCells()
        let result = original.run(Self.setup)
        #expect(result.succeeded, "\(result.formattedDiagnostics)")
        let bindings = Self.names.map { SnapshotBinding(name: $0, isLet: original.interpreter.isConstant(named: $0) ?? true,
                                                         value: original.interpreter.value(named: $0)!) }
        let snapshot = try ValueSnapshot(bytes: ValueSnapshot.encode(key: "k", bindings: bindings))
        let restored = try SnapshotCells()
        for binding in try snapshot.bindings(Set(Self.names), context: restored.context) {
            try restored.interpreter.define(binding.name, binding.value, isLet: binding.isLet)
        }
        return (original, restored, snapshot)
    }

    @Test func everyKindOfValueComesBackEqual() throws {
        let (original, restored, snapshot) = try roundTrip()
        #expect(snapshot.storedNames == Set(Self.names) && snapshot.unsnapshottable.isEmpty)
        for name in Self.names where !["G", "opt", "digits", "x", "params", "probe"].contains(name) {
            #expect(original.interpreter.value(named: name)?.description == restored.interpreter.value(named: name)?.description, "\(name)")
        }
        #expect(restored.interpreter.isConstant(named: "nested") == false)
        for check in ["digits.count", "digits.labels[0..<20]", "x.toArray()", "p.cdf([-1.0, 0.5, 1.5])", "ring.sample(3).toArray()"] {
            #expect(try original.value(check, seed: 9).description == restored.value(check, seed: 9).description, "\(check)")
        }
    }

    @Test func aTrainedModelAndItsOptimizerContinueExactlyAsTheOriginal() throws {
        let (original, restored, _) = try roundTrip()
        // Same outputs in train mode (batch statistics, dropout stream) and in eval mode, and the
        // same next optimizer steps: moments, step counts and shared parameters came back.
        let train = """
        for _ in 0..<2 {
            let loss = G(x).square().mean()
            opt.zeroGrad()
            loss.backward()
            opt.step()
        }
        G.eval()
        G(probe).toArray() + params[0].toArray()
        """
        #expect(try original.value(train, seed: 5).description == restored.value(train, seed: 5).description)
    }

    @Test func functionsAndGraphTensorsAreListedAsUnsnapshottable() throws {
        let cells = try SnapshotCells()
        #expect(cells.run("func twice(_ v: Double) -> Double { return 2 * v }\nlet a = randn([2]).requiresGrad()\nlet b = a * 2\nlet c = 1").succeeded)
        let bindings = ["twice", "b", "c"].map { SnapshotBinding(name: $0, isLet: true, value: cells.interpreter.value(named: $0)!) }
        let snapshot = try ValueSnapshot(bytes: ValueSnapshot.encode(key: "k", bindings: bindings))
        #expect(snapshot.storedNames == ["c"])
        #expect(snapshot.unsnapshottable == ["twice": "function", "b": "Tensor with a gradient graph"])
    }

    @Test func structEnumAndSetValuesComeBackWithTheirTypesDeclaredAgain() throws {
        let declarations = """
        enum Phase { case warmup, train(epochs: Int, lr: Float) }
        struct Run { var phase: Phase; var tag: Character?; var seen: Set<Int> }
        """
        let values = "let p = Phase.train(epochs: 3, lr: 0.1)\nlet r = Run(phase: .warmup, tag: \"z\", seen: [3])\nlet s: Set<String> = [\"a\"]\nlet n = 2"
        let cells = try SnapshotCells()
        #expect(cells.run(declarations + "\n" + values).succeeded)
        let sources = CellAnalysis.typeDeclarations(ParsedCell(declarations))
        #expect(sources.map(\.name) == ["Phase", "Run"])
        let bindings = ["p", "r", "s", "n"].map { SnapshotBinding(name: $0, isLet: true, value: cells.interpreter.value(named: $0)!) }
        let types = ["p": "Phase", "r": "Run", "s": "Set<String>", "n": "Int"]
        let snapshot = try ValueSnapshot(bytes: ValueSnapshot.encode(key: "k", bindings: bindings, functionSources: sources,
                                                                     staticTypes: { types[$0] }))
        #expect(snapshot.storedNames == ["p", "r", "s", "n", "Phase", "Run"])
        #expect(snapshot.unsnapshottable.isEmpty)
        #expect(snapshot.staticTypes == types)
        #expect(snapshot.typesNeeded == ["p": ["Phase"], "r": ["Run", "Phase"]])
        // Without the types declared, a struct or enum value cannot be made.
        let fresh = try SnapshotCells()
        #expect(throws: SnapshotError.self) { try snapshot.bindings(["p"], context: fresh.context, makeValue: fresh.interpreter.value(from:)) }
        #expect(fresh.run(declarations).succeeded)
        let restored = try snapshot.bindings(["p", "r", "s", "n"], context: fresh.context, makeValue: fresh.interpreter.value(from:))
        #expect(restored.map(\.name) == ["n", "p", "r", "s"])
        for binding in restored {
            #expect(binding.value.debugDescription == cells.interpreter.value(named: binding.name)!.debugDescription)
        }
    }

    @Test func aStructOfAnotherShapeIsNotMadeFromAStoredValue() throws {
        let cells = try SnapshotCells()
        #expect(cells.run("struct P { var x: Int }\nlet p = P(x: 1)").succeeded)
        let bytes = ValueSnapshot.encode(key: "k", bindings: [SnapshotBinding(name: "p", isLet: true, value: cells.interpreter.value(named: "p")!)])
        let fresh = try SnapshotCells()
        #expect(fresh.run("struct P { var x: Int; var y: Int }").succeeded)
        #expect(throws: SnapshotError.self) {
            try ValueSnapshot(bytes: bytes).bindings(["p"], context: fresh.context, makeValue: fresh.interpreter.value(from:))
        }
    }

    @Test func classInstancesAreListedAsUnsnapshottable() throws {
        let cells = try SnapshotCells()
        #expect(cells.run("class Node { var next: Node? = nil }\nlet head = Node()").succeeded)
        let snapshot = try ValueSnapshot(bytes: ValueSnapshot.encode(key: "k", bindings: [
            SnapshotBinding(name: "head", isLet: true, value: cells.interpreter.value(named: "head")!)]))
        #expect(snapshot.storedNames.isEmpty)
        #expect(snapshot.unsnapshottable == ["head": "Node"])
    }

    @Test func truncatedOrCorruptedBytesAreRejected() throws {
        let cells = try SnapshotCells()
        #expect(cells.run(Self.setup).succeeded)
        let bytes = ValueSnapshot.encode(key: "k", bindings: Self.names.map {
            SnapshotBinding(name: $0, isLet: true, value: cells.interpreter.value(named: $0)!)
        })
        for cut in [0, 7, 20, bytes.count / 3, bytes.count - 1] {
            #expect(throws: SnapshotError.self) { try ValueSnapshot(bytes: Array(bytes.prefix(cut))) }
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(throws: SnapshotError.self) { try ValueSnapshot(bytes: flipped) }
    }

    /// The same dropout state gives the same bytes in every process (JSON keys in sorted order).
    @Test func dropoutStateEncodesInAFixedKeyOrder() throws {
        let json = ModuleRecord.encoded(SeededGenerator(seed: 42))
        let keys = json.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(keys == ["s0", "s1", "s2", "s3"], "\(json)")
        #expect(try JSONDecoder().decode(SeededGenerator.self, from: Data(json.utf8)) == SeededGenerator(seed: 42))
    }
}

/// The snapshots committed with the course (format 2 or 3) read back whole with this ganbook.
@Suite struct CommittedSnapshotTests {
    @Test func everyCommittedSnapshotOfTheCourseReads() throws {
        let cells = try SnapshotCells()
        let folder = (cells.context.lessonsFolder as NSString).appendingPathComponent("_values")
        let files = try #require(FileManager.default.subpaths(atPath: folder)).filter { $0.hasSuffix(".snap") }
        #expect(files.count >= 3)
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/\(file)"))
            let snapshot = try ValueSnapshot(bytes: [UInt8](bytes))
            #expect(file.hasSuffix("\(snapshot.key).snap"))
            let values = snapshot.storedNames.subtracting(snapshot.functions.map(\.name))
            let restored = try snapshot.bindings(values, context: cells.context, makeValue: cells.interpreter.value(from:))
            #expect(Set(restored.map(\.name)) == values, "\(file)")
        }
    }
}
