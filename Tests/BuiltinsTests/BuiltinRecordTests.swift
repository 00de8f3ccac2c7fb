import CellScript
import Foundation
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
    }

    /// Every Int or [Int] parameter of every builtin is a declared count or shape (checked
    /// before the builtin runs), or one the engine checks itself (axes, indices, `Reshape`'s
    /// variadic sizes), or a label-like value that sizes nothing.
    @Test func everyCountArgumentHasASizeCheck() throws {
        let records = try BuiltinCatalog.shared().records
        let checkedByEngine: Set<String> = ["axis", "index", "shape", "highlight", "groups", "insertedCells"]
        var unchecked: [String] = []
        for record in records where record.entry.kind != .type && record.entry.kind != .property {
            let signature = record.entry.signature
            guard let open = signature.firstIndex(of: "("), let close = signature.firstIndex(of: ")") else { continue }
            let parameters = signature[signature.index(after: open)..<close].split(separator: ",")
            for (index, parameter) in parameters.enumerated() {
                let parts = parameter.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let type = parts[1].split(separator: "=")[0].trimmingCharacters(in: .whitespaces)
                guard type == "Int" || type == "[Int]" else { continue }
                let name = String(parts[0].split(separator: " ").last ?? "")
                switch record.sizeCheck {
                case .counts(let counts) where counts.contains { $0.index == index && $0.name == name }: continue
                case .shapeArgument(index): continue
                default: if !checkedByEngine.contains(name) { unchecked.append("\(record.entry.owner.map { "\($0)." } ?? "")\(signature)") }
                }
            }
        }
        #expect(unchecked.isEmpty, "\(unchecked)")
        #expect(SizeCheck.counts([CountArgument(1, "columns", 1...1024)]).description == "`columns`: 1…1024")
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

/// Every builtin signature is written as Swift would declare it: a parameter defaulting to
/// `nil` has an optional type (`title: String? = nil`, not `title: String = nil`), and no
/// parameter is typed `Any` where the builtin takes a model.
@Test func builtinSignaturesDefaultToNilOnlyOptionals() throws {
    let registry = HostRegistry.standard()
    _ = try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: ""))
    var bad: [String] = []
    for entry in registry.entries where !entry.signature.hasPrefix("static ") {
        guard let signature = try? Signature(entry.signature) else { bad.append("unparsable: \(entry.signature)"); continue }
        for parameter in signature.parameters where parameter.hasDefault {
            let text = entry.signature
            if text.contains("\(parameter.name): \(parameter.type) = nil"), !parameter.type.hasSuffix("?") {
                bad.append(text)
            }
        }
        if entry.signature.contains("source: Any") { bad.append(entry.signature) }
    }
    #expect(bad.isEmpty, "\(bad.joined(separator: "\n"))")
}

/// Every registered signature, course builtins and standard library alike, is a valid Swift
/// declaration: it parses with the cell parser as `func …` and names only Swift types, the
/// registered host types, the families the reference page groups them in (`Layer`,
/// `Distribution`: the protocols they conform to) and generic parameters it (or its owner,
/// `Element`, `Key`, `Value`) declares. No `Number`, no bare `Sequence`, no `ClosedRange` without
/// its element type.
@Test func everyBuiltinSignatureIsValidSwift() throws {
    let registry = HostRegistry.standard()
    _ = try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: ""))
    let known = registry.hostTypeNames.union(ReferenceChinese.families.keys)
    let problems = registry.entries.flatMap { $0.swiftProblems(hostTypes: known) }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(registry.entries.count > 300)
}
