import Testing
@testable import CellScript

/// Generic type arguments and standard-library conformances: a value of `Queue<Double>` is
/// checked, printed and named with its type arguments (outputs recorded from `swiftc` 6.3.1);
/// a conformance, protocol extension or associated type cells do not model stops at the
/// construct with a located "not supported" error instead of a later type error.
@Suite struct GenericArgumentsTests {
    private func run(_ source: String) -> CellResult {
        Interpreter().run(source, file: "generics.swift")
    }

    private func firstError(_ source: String) -> (String, Int, Int)? {
        guard let d = run(source).diagnostics.first else { return nil }
        return (d.message, d.range.start.line, d.range.start.column)
    }

    private static let queue = """
        struct Queue<T> {
            private var elements: [T] = []
            mutating func push(_ value: T) { elements.append(value) }
            mutating func pop() -> T? { elements.isEmpty ? nil : elements.removeFirst() }
        }

        """

    @Test func writtenTypeArgumentsPrintAsSwiftPrintsThem() {
        let result = run(Self.queue + "var q = Queue<String>()\nq.push(\"a\")\nq.push(\"b\")\nprint(q.pop())\nprint(q)")
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.output == "Optional(\"a\")\nQueue<String>(elements: [\"b\"])\n")
    }

    @Test func typeArgumentsTypeTheMembersLiterals() {
        // Swift: push(1) on a Queue<Double> stores 1.0; pop() is a Double?; a Float keeps its digits.
        let result = run(Self.queue + "var q = Queue<Double>()\nq.push(1)\nprint(q.pop())\nvar f = Queue<Float>()\nf.push(0.1)\nprint(f)")
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.output == "Optional(1.0)\nQueue<Float>(elements: [0.1])\n")
    }

    @Test func anAnnotationsTypeArgumentsTypeTheInitialiser() {
        // Swift infers `Queue<Double>` and `Pair<Double, Int>` from the annotations.
        let result = run(Self.queue + "struct Pair<A, B> { var first: A; var second: B }\nvar q: Queue<Double> = Queue()\nq.push(1)\n"
            + "let p: Pair<Double, Int> = Pair(first: 1, second: 2)\nprint(q, p.first / 2, p)")
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.output == "Queue<Double>(elements: [1.0]) 0.5 Pair<Double, Int>(first: 1.0, second: 2)\n")
    }

    @Test func typeOfNamesTheTypeArguments() {
        let result = run(Self.queue + "print(type(of: Queue<[Int]>()), type(of: Queue<[String: Int?]>()))")
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.output == "Queue<Array<Int>> Queue<Dictionary<String, Optional<Int>>>\n")
        // A generic type argument's own arguments are not kept: Swift's `Queue<Queue<Int>>` is
        // not printed as something else, the cell stops at it.
        let nested = run(Self.queue + "let q = Queue<Queue<Int>>()\nprint(type(of: q))\nprint(q)")
        #expect(nested.output.isEmpty)
        #expect(nested.diagnostics.map(\.message) == [
            "'type(of:)' is not supported in cells on a value whose type is not known before the cell runs",
            "printing a value of generic struct 'Queue' is not supported in cells; give it a 'description' (CustomStringConvertible)",
        ])
    }

    @Test func aWrongNumberOfTypeArgumentsIsSwiftsError() {
        let error = firstError("struct Pair<A, B> { var a: A; var b: B }\nlet p = Pair<Int>(a: 1, b: 2)")
        #expect(error?.0 == "generic type 'Pair' specialized with too few type parameters (got 1, but expected 2)")
        #expect(error?.1 == 2)
    }

    @Test func aValueWithoutWrittenTypeArgumentsStillStopsAtThePrint() {
        // Swift prints `Queue<Int>(…)` here: cells do not infer the arguments, so the print stops.
        let error = firstError(Self.queue + "var q = Queue<Int>()\nq.push(1)\nlet copies = [q]\nprint(copies)")
        #expect(error?.0 == "printing a value of generic struct 'Queue' is not supported in cells; give it a 'description' (CustomStringConvertible)")
        #expect(error?.1 == 9)
        #expect(error?.2 == 7)
    }

    @Test func anArrayLiteralBuildsAnExpressibleByArrayLiteralStruct() {
        let source = "struct Bag<E>: ExpressibleByArrayLiteral {\n    var items: [E]\n    init(arrayLiteral items: E...) { self.items = items }\n}\n"
            + "let b: Bag<Double> = [1, 2]\nfunc sum(_ b: Bag<Int>) -> Int { b.items.reduce(0, +) }\nprint(b.items, sum([3, 4]))"
        let result = run(source)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.output == "[1.0, 2.0] 7\n")
    }

    @Test(arguments: ["Sequence", "IteratorProtocol", "Collection", "ExpressibleByIntegerLiteral", "Numeric", "Codable", "Strideable"])
    func anUnhonouredConformanceStopsAtTheProtocolName(_ name: String) {
        let inDeclaration = firstError("struct S: Equatable, \(name) {\n    var n = 0\n}")
        #expect(inDeclaration?.0 == "'conformance to \(name)' is not supported in cells")
        #expect(inDeclaration?.1 == 1)
        #expect(inDeclaration?.2 == 22)
        let inExtension = firstError("struct S {\n    var n = 0\n}\nextension S: \(name) {\n}")
        #expect(inExtension?.0 == "'conformance to \(name)' is not supported in cells")
        #expect(inExtension?.1 == 4)
        #expect(inExtension?.2 == 14)
        let onEnum = firstError("enum E: \(name) {\n    case a\n}")
        #expect(onEnum?.0 == "'conformance to \(name)' is not supported in cells")
        #expect(onEnum?.2 == 9)
    }

    @Test func honouredConformancesStillRun() {
        let result = run("struct P: Hashable, Comparable, CustomStringConvertible {\n    var v: Int\n    static func < (a: P, b: P) -> Bool { a.v < b.v }\n    var description: String { \"P\\(v)\" }\n}\nprint([P(v: 2), P(v: 1)].sorted(), P(v: 1) == P(v: 1))")
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.output == "[P1, P2] true\n")
    }

    @Test func aProtocolExtensionStopsAtTheProtocol() {
        let error = firstError("extension Sequence where Element: Numeric {\n    func total() -> Element { reduce(0, +) }\n}")
        #expect(error?.0 == "'extension of protocol Sequence' is not supported in cells")
        #expect(error?.1 == 1)
        #expect(error?.2 == 11)
    }

    @Test func anAssociatedTypeStopsAtItsPath() {
        let inStruct = firstError("struct Edge<G: Collection> {\n    var from: G.Element\n}")
        #expect(inStruct?.0 == "'associated type G.Element' is not supported in cells")
        #expect(inStruct?.1 == 2)
        #expect(inStruct?.2 == 15)
        let nested = firstError("func f<S: Sequence>(_ s: S) -> [S.Iterator.Element] { Array(s) }")
        #expect(nested?.0 == "'associated type S.Iterator.Element' is not supported in cells")
        #expect(nested?.2 == 33)
    }
}
