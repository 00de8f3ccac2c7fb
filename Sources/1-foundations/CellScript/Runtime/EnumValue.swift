/// An `enum` declared in a cell: its cases, raw values, and the methods and properties its
/// declaration created when it ran.
public final class EnumType {
    public let name: String
    /// `Outer.Name` for a nested enum (as Swift qualifies its cases), else the name.
    var qualifiedName: String
    public let caseNames: [String]
    /// Labels of each case's associated values (nil for a case without them).
    let caseLabels: [[String?]?]
    /// The declared types of each case's associated values (how they print: `Optional("a")`,
    /// a `Float` as `0.1`), nil for a case without them.
    var casePayloadTypes: [[StaticType]?] = []
    /// Raw values, one per case, when the enum has a raw type.
    let rawValues: [Value]?
    let conformsToError: Bool
    /// Methods by name (their first parameter is `self`), set when the declaration runs.
    var methods: [String: EnumMethod] = [:]
    /// Computed properties' getters (one parameter, `self`).
    var properties: [String: Function] = [:]
    /// Static methods and computed properties, and static stored properties' values.
    var staticMethods: [String: Function] = [:]
    var staticProperties: [String: Function] = [:]
    var staticValues: [String: Value] = [:]
    /// Names usable without `self.`/`Type.` inside the enum's own methods.
    var instanceMembers: Set<String> = []
    var staticMembers: Set<String> = []
    /// `init(…)` bodies (first parameter `self`, returning the new value or nil).
    var initializers: [Function] = []
    /// Protocols after the colon that change printing (`CustomStringConvertible`, …).
    var printsWithDescription = false
    var printsWithDebugDescription = false
    /// Runs `description`/`debugDescription` getters when the value is printed.
    weak var runtime: Runtime?

    init(name: String, caseNames: [String], caseLabels: [[String?]?], rawValues: [Value]?, conformsToError: Bool) {
        self.name = name
        self.qualifiedName = name
        self.caseNames = caseNames
        self.caseLabels = caseLabels
        self.rawValues = rawValues
        self.conformsToError = conformsToError
    }

    func caseIndex(_ name: String) -> Int? { caseNames.firstIndex(of: name) }
}

/// A method of an enum, with whether it may replace `self`.
struct EnumMethod {
    let function: Function
    let isMutating: Bool
}

/// A value of a cell's `enum`: its case and associated values. Copies are independent (the
/// payload is an array of values with value semantics).
public struct EnumValue {
    public let type: EnumType
    public let index: Int
    public var payload: [Value]

    public var caseName: String { type.caseNames[index] }

    /// `north`, `move(dx: 1, dy: 2)`: what `print` writes (the `description` property when
    /// the enum declares `CustomStringConvertible`).
    public var description: String {
        if type.printsWithDescription, let text = type.getterText("description", self) { return text }
        // `print` falls back on `debugDescription` for a type that has only that one.
        if type.printsWithDebugDescription, let text = type.getterText("debugDescription", self) { return text }
        return caseDescription
    }

    var caseDescription: String {
        guard let labels = type.caseLabels[index] else { return caseName }
        let types = type.casePayloadTypes.indices.contains(index) ? type.casePayloadTypes[index] : nil
        let parts = zip(labels, payload).enumerated().map { position, pair in
            let (label, value) = pair
            let text = types.map { TypedDescription.debugDescribe(value, as: $0[position]) } ?? value.debugDescription
            return (label.map { "\($0): " } ?? "") + text
        }
        return caseName + "(" + parts.joined(separator: ", ") + ")"
    }

    /// Inside collections and optionals Swift qualifies the case with the module and type
    /// (`main.Direction.north`, as a program compiled from `main.swift` prints it).
    public var debugDescription: String {
        if type.printsWithDebugDescription, let text = type.getterText("debugDescription", self) { return text }
        if type.printsWithDescription, let text = type.getterText("description", self) { return text }
        return "main.\(type.qualifiedName).\(caseDescription)"
    }

    func equals(_ other: EnumValue, _ runtime: Runtime) throws -> Bool {
        // By name: a cell declaring the enum may run again (a new type object, the same enum).
        guard type.name == other.type.name, index == other.index, payload.count == other.payload.count else { return false }
        for (a, b) in zip(payload, other.payload) where try !runtime.equals(a, b, promote: false) { return false }
        return true
    }
}

extension EnumType {
    /// The String a getter of the enum returns for `value`, or nil (no such getter, an error).
    func getterText(_ name: String, _ value: EnumValue) -> String? {
        guard let runtime, let getter = properties[name], let user = getter.user,
              let result = try? runtime.invoke(user, [.enumCase(value)], ArgumentMatcher.CallShape(labels: [nil], trailing: [false])),
              case .string(let text) = result else { return nil }
        return text
    }
}
