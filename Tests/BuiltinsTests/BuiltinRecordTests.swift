import CellScript
import Testing
@testable import Builtins

/// One record per builtin, with the effect its registration declares; the analysis' name sets
/// and the reference page come from these records.
@Suite struct BuiltinRecordTests {
    @Test func everyRegistrationLeavesOneRecord() throws {
        let registry = HostRegistry.standard()
        let before = registry.entries.count
        let records = try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: ""))
        #expect(records.map(\.entry) == Array(registry.entries.dropFirst(before)))
        #expect(Set(records.map(\.entry)).count == records.count, "no builtin is registered twice")
        #expect(records.allSatisfy { !$0.entry.doc.isEmpty }, "every builtin has a doc line")
    }

    @Test func effectsAreDeclaredWithTheBuiltin() throws {
        let records = try BuiltinCatalog.shared().records
        func effect(_ owner: String?, _ name: String) -> BuiltinEffect? {
            records.first { $0.entry.owner == owner && $0.name == name && $0.entry.kind != .type }?.effect
        }
        #expect(effect("Digits", "batch") == .readOnly)
        #expect(effect("Tensor", "reshaped") == .readOnly)
        #expect(effect("Tensor", "backward") == .mutates)
        #expect(effect("Adam", "step") == .mutates)
        #expect(effect(nil, "uniform") == .freshValue)
        #expect(effect("Adam", "Adam") == .readOnly, "an optimizer holds the parameters it is given")
        #expect(records.allSatisfy { $0.sizeCheck == .engineOnly }, "no builtin has a size check of its own yet")
    }

    @Test func analysisNamesFollowTheRecords() throws {
        let catalog = try BuiltinCatalog.shared()
        #expect(catalog.freshFunctions == Set(catalog.records.filter { $0.entry.kind == .function && $0.effect == .freshValue }.map(\.name)))
        #expect(catalog.readOnlyMethods.isSuperset(of: ["batch", "sample", "reshaped", "map", "filter", "suffix"]))
        #expect(catalog.readOnlyMethods.isDisjoint(with: ["step", "backward", "train", "eval", "append", "density"]))
        #expect(catalog.pureFunctions.isSuperset(of: ["print", "uniform", "Adam", "kl"]))
        #expect(try BuiltinReference.entries().course == catalog.records.map(\.entry))
    }
}
