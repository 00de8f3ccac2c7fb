import CellScript
import Testing
@testable import Builtins

/// Every entry of the reference page has a Chinese description, and every row of the tables
/// describes an entry that exists: a builtin added without a description, or a row left behind
/// by a renamed one, fails here.
@Suite struct ReferenceChineseTests {
    @Test func everyEntryHasAChineseDescriptionAndNoRowIsStale() throws {
        let entries = try BuiltinReference.entries()
        let found = ReferenceChinese.lookup(standard: entries.standard, course: entries.course)
        #expect(found.course.missing.isEmpty, "course builtins without a Chinese description: \(found.course.missing)")
        #expect(found.standard.missing.isEmpty, "standard-library entries without a Chinese description: \(found.standard.missing)")
        #expect(found.course.stale.isEmpty, "course rows that match no builtin: \(found.course.stale)")
        #expect(found.standard.stale.isEmpty, "standard-library rows that match no entry: \(found.standard.stale)")
        #expect(found.course.descriptions.count == Set(entries.course).count)
        #expect(found.standard.descriptions.count == Set(entries.standard).count)
        let chinese = BuiltinReference.chinese(entries)
        #expect((entries.standard + entries.course).allSatisfy { chinese[$0] != nil })
    }

    @Test func familiesNameOnlyCourseTypesAndNoType() throws {
        let types = Set(try BuiltinReference.entries().course.filter { $0.kind == .type }.map(\.signature))
        for (family, members) in ReferenceChinese.families {
            #expect(!types.contains(family), "\(family) is a type name; a family needs a name of its own")
            #expect(Set(members).isSubset(of: types), "\(family) names types that do not exist: \(Set(members).subtracting(types))")
        }
    }

    /// Chinese text, balanced backticks (they become `<code>`), no English sentence left over.
    @Test func descriptionsAreChineseWithCodeInBackticks() {
        for (key, text) in ReferenceChinese.courseTable.merging(ReferenceChinese.standardTable, uniquingKeysWith: { a, _ in a }) {
            #expect(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(key): no Chinese in “\(text)”")
            #expect(text.filter { $0 == "`" }.count % 2 == 0, "\(key): unbalanced backticks in “\(text)”")
            #expect(text.hasSuffix("。"), "\(key): a description ends with 。")
        }
    }

    /// The key is the shape a caller writes: owner, name and the labels without defaults.
    @Test func keysSurviveOptionalParametersAndTypeChanges() {
        #expect(ReferenceChinese.shape("Linear(_ inputs: Int, _ outputs: Int, bias: Bool = true) -> Linear") == "Linear(_:_:)")
        #expect(ReferenceChinese.shape("Linear(_ n: Double, _ m: Double, bias: Bool = true, init: String = \"x\")") == "Linear(_:_:)")
        #expect(ReferenceChinese.shape("stride(from start: Number, through end: Number, by step: Number) -> [Number]") == "stride(from:through:by:)")
        #expect(ReferenceChinese.shape("sort(by areInIncreasingOrder: (Element, Element) -> Bool)") == "sort(by:)")
        #expect(ReferenceChinese.shape("Chart(title: String = nil, _ marks: () -> [Mark])") == "Chart(_:)")
        #expect(ReferenceChinese.shape("Reshape(_ shape: Int...)") == "Reshape(_:)")
        #expect(ReferenceChinese.shape("shape: [Int]") == "shape")
        #expect(ReferenceChinese.operatorSymbol("static func + (lhs: Tensor, rhs: Double)") == "+")
        #expect(ReferenceChinese.operatorSymbol("static prefix func - (operand: Tensor)") == "-")
    }

    @Test func keysOfRealEntries() throws {
        let entries = try BuiltinReference.entries()
        let keys = Set(entries.course.map(ReferenceChinese.key))
        for key in ["Tensor", "Tensor(_:)", "Tensor.sum()", "Tensor.sum(axis:)", "Tensor.shape", "infix +", "prefix -",
                    "RuleMark(y:)", "RuleMark(x:)", "Digits.load()", "Linear.train()", "Tuple.images"] {
            #expect(keys.contains(key), "\(key)")
        }
        #expect(Set(entries.standard.map(ReferenceChinese.key)).isSuperset(of: ["Double.pi", "Sequence.first", "Sequence.first(where:)", "String(format:_:)"]))
    }

    /// The check catches a builtin without a row and a row without a builtin.
    @Test func theLookupReportsMissingAndStaleRows() throws {
        let course = try BuiltinReference.entries().course
        var table = ReferenceChinese.courseTable
        table["Tensor.sum(axis:)"] = nil
        table["Layer.train()"] = nil
        table["Tensor.unknownMember()"] = "不存在的成员。"
        let found = ReferenceChinese.lookup(course, in: table)
        #expect(found.missing.contains("Tensor.sum(axis:)"))
        #expect(found.missing.contains("Linear.train()") && found.missing.contains("Sequential.train()"))
        #expect(found.stale == ["Tensor.unknownMember()"])
        // A row for one type wins over its family's row.
        table["Layer.train()"] = "家族。"
        table["Dropout.train()"] = "只给 Dropout。"
        let specific = ReferenceChinese.lookup(course, in: table)
        let dropoutTrain = try #require(course.first { $0.owner == "Dropout" && $0.signature.hasPrefix("train(") })
        let linearTrain = try #require(course.first { $0.owner == "Linear" && $0.signature.hasPrefix("train(") })
        #expect(specific.descriptions[dropoutTrain] == "只给 Dropout。")
        #expect(specific.descriptions[linearTrain] == "家族。")
    }
}
