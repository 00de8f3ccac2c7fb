import Testing
@testable import CellScript

/// Every signature the standard library registers parses with the cell parser as a Swift
/// declaration and names only Swift types and its own generic parameters.
@Test func standardLibrarySignaturesAreValidSwift() {
    let registry = HostRegistry.standard()
    #expect(registry.setupErrors.isEmpty, "\(registry.setupErrors)")
    let problems = registry.entries.flatMap { $0.swiftProblems(hostTypes: registry.hostTypeNames) }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(registry.entries.count > 150)
}

/// The check finds what is not Swift: unknown type names, undeclared generic parameters,
/// generic types without arguments, nil defaults of non-optional parameters, syntax errors.
@Test func signatureCheckRejectsWhatIsNotSwift() {
    func problems(_ kind: HostRegistry.Entry.Kind, _ owner: String?, _ signature: String) -> [String] {
        HostRegistry.Entry(kind: kind, owner: owner, signature: signature, doc: "").swiftProblems(hostTypes: ["Tensor"])
    }
    #expect(problems(.function, nil, "abs(_ x: Number) -> Number").count == 2)
    #expect(problems(.function, nil, "zip(_ a: Sequence, _ b: Sequence) -> [(Any, Any)]").count == 2)
    #expect(problems(.method, "Sequence", "map(_ transform: (Element) -> T) -> [T]").count == 2, "T is not declared")
    #expect(problems(.method, "Sequence", "map<T>(_ transform: (Element) -> T) -> [T]").isEmpty)
    #expect(problems(.method, "Tensor", "map<T>(_ transform: (Element) -> T) -> [T]").count == 1, "a Tensor has no Element")
    #expect(problems(.initializer, "Chart", "Chart(xRange: ClosedRange? = nil)") == ["'Chart(xRange: ClosedRange? = nil)' writes 'ClosedRange' without its generic arguments"])
    #expect(problems(.initializer, "Chart", "Chart(xRange: ClosedRange<Double>? = nil)").isEmpty)
    #expect(problems(.function, nil, "plot(title: String = nil)") == ["'plot(title: String = nil)': 'title' defaults to nil but is not optional"])
    #expect(problems(.function, nil, "f(_ x: Int") .first?.contains("is not valid Swift") == true)
    #expect(problems(.property, "Tensor", "shape: [Int]").isEmpty)
    #expect(problems(.infixOperator, nil, "static func + (lhs: Tensor, rhs: Tensor)").isEmpty)
    #expect(problems(.infixOperator, nil, "static func + (lhs: Tensr, rhs: Tensor)").count == 1)
}
