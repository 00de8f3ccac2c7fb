/// The names Swift's standard library and Foundation declare (generated from the toolchain's
/// symbol graphs by `scripts/gen-swift-names.py`), consulted only after a lookup in cells has
/// failed: a name Swift has is valid Swift the subset lacks, so it is reported as
/// `'Scanner' is not supported in cells` / `'Double.sign' is not supported in cells`; any other
/// name stays Swift's `cannot find 'x' in scope` (a typo).
enum SwiftStandardNames {
    static let types: Set<String> = words(typeList)
    static let functions: Set<String> = words(functionList)
    /// Member titles by builtin type name: `sign`, `insert(contentsOf:at:)`, `init(_:radix:)`.
    static let members: [String: Set<String>] = memberLists.mapValues(words)
    /// Member base names by builtin type name: `sign`, `insert`, `init`.
    static let memberBaseNames: [String: Set<String>] = members.mapValues { Set($0.map(baseName)) }

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(separator: " ").map(String.init))
    }

    private static func baseName(_ title: String) -> String {
        String(title.prefix { $0 != "(" })
    }

    /// `'Scanner' is not supported in cells` when Swift declares a top-level type or function
    /// `name`; nil for a name Swift does not have.
    static func unsupportedTopLevel(_ name: String) -> String? {
        types.contains(name) || functions.contains(name) ? Unsupported.message(name) : nil
    }

    /// `'AnyIterator' is not supported in cells` when Swift declares a type `name`.
    static func unsupportedType(_ name: String) -> String? {
        let base = String(name.prefix { $0 != "<" && $0 != "." })
        return types.contains(base) ? Unsupported.message(base) : nil
    }

    /// `'Double.sign' is not supported in cells` when Swift's `typeName` (a builtin type of cells,
    /// as `Value.typeName` spells it) has a member `name`.
    static func unsupportedMember(_ typeName: String, _ name: String) -> String? {
        guard memberBaseNames[typeName]?.contains(name) == true else { return nil }
        return Unsupported.message("\(typeName).\(name)")
    }

    /// `'Array.insert(contentsOf:at:)' is not supported in cells` when Swift's `typeName` has a
    /// member `name` taking exactly these argument labels (nil for an unlabelled argument).
    static func unsupportedCall(_ typeName: String, _ name: String, labels: [String?]) -> String? {
        let title = "\(name)(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        guard members[typeName]?.contains(title) == true else { return nil }
        return Unsupported.message("\(typeName).\(title)")
    }
}

extension SwiftStandardNames {
    /// Runs `body` (the choice of a builtin method's overload); a label mismatch on a call
    /// Swift's `typeName` has (`a.insert(contentsOf: b, at: 0)`) becomes
    /// `'Array.insert(contentsOf:at:)' is not supported in cells`.
    static func reportingUnsupported<T>(_ typeName: String, _ name: String, _ call: ArgumentMatcher.CallShape,
                                        _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let mismatch as ArgumentMatcher.Mismatch {
            guard let message = unsupportedCall(typeName, name, labels: call.labels) else { throw mismatch }
            var error = ScriptError(message)
            error.pointsAtMember = true
            throw error
        }
    }
}
