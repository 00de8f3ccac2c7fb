/// A Swift `Set` value: distinct Int, Double, String/Character or Bool members. Held as a host
/// object, with value semantics: a mutation copies the members unless this is the only
/// reference. Members keep insertion order (Swift's order is random per process, so a program
/// whose output depends on it cannot match Swift in any case).
final class SetObject: HostObject, CustomStringConvertible {
    var typeName: String { "Set" }
    /// The members as the keys of a dictionary whose values are `()`.
    var members: DictionaryValue

    init(members: DictionaryValue) {
        self.members = members
    }

    /// A set of `items`; an item that cannot be a member is an error.
    static func make(_ items: [Value]) throws -> Value {
        var members = DictionaryValue()
        for item in items {
            guard members.set(item, .void) else { throw HostError("a Set cannot hold a value of type '\(item.typeName)' (not Hashable in cells)") }
        }
        return .object(SetObject(members: members))
    }

    var elements: [Value] { members.keys }

    func contains(_ value: Value) -> Bool { members[value] != nil }

    /// Swift prints a set like an array literal.
    var description: String { "[" + members.keys.map(\.debugDescription).joined(separator: ", ") + "]" }
}

extension SetObject: HostSequence {
    func count() throws -> Int { members.count }
    func element(at index: Int) throws -> Value { members.keys[index] }
    func willIterate(index: Int, of count: Int) {}
    func didFinish() {}
}

extension StandardLibrary {
    /// Runs a mutation on the set inside `value`, copying its members first unless the set is
    /// referenced only here (so `var b = a; b.insert(1)` leaves `a` as it was).
    static func mutateSet(_ value: inout Value, _ name: String, _ body: (inout DictionaryValue) throws -> Value) throws -> Value {
        guard case .object(let object) = value, var set = object as? SetObject else {
            throw HostError("value of type '\(value.typeName)' has no member '\(name)'")
        }
        value = .void
        if !isKnownUniquelyReferenced(&set) { set = SetObject(members: set.members) }
        defer { value = .object(set) }
        return try body(&set.members)
    }

    static func setMembers(_ value: Value) -> DictionaryValue? {
        guard case .object(let object) = value, let set = object as? SetObject else { return nil }
        return set.members
    }

    static func registerSets(_ r: HostRegistry) throws {
        let s = "Set"
        try r.method(on: s, "insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)", mutating: true,
                     doc: "Adds a member; says whether it was new.") { v, args, _ in
            let item = try args.value(0)
            return try mutateSet(&v, "insert") { members in
                if members[item] != nil { return .tuple([.bool(false), item]) }
                guard members.count < Limits.maximumCollectionCount else { throw HostError("insert: set too large") }
                guard members.set(item, .void) else { throw HostError("a Set cannot hold a value of type '\(item.typeName)'") }
                return .tuple([.bool(true), item])
            }
        }
        try r.method(on: s, "remove(_ member: Element) -> Element?", mutating: true, doc: "Removes a member; returns it, or nil.") { v, args, _ in
            let item = try args.value(0)
            return try mutateSet(&v, "remove") { members in
                guard members[item] != nil else { return .nil }
                members.set(item, nil)
                return item
            }
        }
        try r.method(on: s, "remove(at position: Int) -> Element", mutating: true, doc: "Removes the member at a position from firstIndex(of:).") { v, args, _ in
            let i = try args.int(0)
            return try mutateSet(&v, "remove(at:)") { members in
                guard i >= 0, i < members.count else { throw HostError("remove(at:): index \(i) is out of range for a set of \(members.count) members") }
                let item = members.keys[i]
                members.set(item, nil)
                return item
            }
        }
        try r.method(on: s, "removeAll()", mutating: true, doc: "Removes every member.") { v, _, _ in
            try mutateSet(&v, "removeAll") { members in members = DictionaryValue(); return .void }
        }
        try r.method(on: s, "formUnion(_ other: [Element])", mutating: true, doc: "Adds the members of other.") { v, args, _ in
            let other = try setOrSequence(try args.value(0))
            return try mutateSet(&v, "formUnion") { members in for item in other { members.set(item, .void) }; return .void }
        }
        try r.method(on: s, "contains(_ member: Element) -> Bool", doc: "True if the value is a member.") { v, args, _ in
            .bool(setMembers(v)?[try args.value(0)] != nil)
        }
        try r.method(on: s, "union(_ other: [Element]) -> Set<Element>", doc: "Members of either.") { v, args, _ in
            try SetObject.make((setMembers(v)?.keys ?? []) + (try setOrSequence(try args.value(0))))
        }
        try r.method(on: s, "intersection(_ other: [Element]) -> Set<Element>", doc: "Members of both.") { v, args, _ in
            let other = try SetObject.make(try setOrSequence(try args.value(0)))
            let mine = setMembers(v)?.keys ?? []
            return try SetObject.make(mine.filter { setMembers(other)?[$0] != nil })
        }
        try r.method(on: s, "subtracting(_ other: [Element]) -> Set<Element>", doc: "Members not in other.") { v, args, _ in
            let other = try SetObject.make(try setOrSequence(try args.value(0)))
            return try SetObject.make((setMembers(v)?.keys ?? []).filter { setMembers(other)?[$0] == nil })
        }
        try r.method(on: s, "symmetricDifference(_ other: [Element]) -> Set<Element>", doc: "Members of exactly one.") { v, args, _ in
            let otherItems = try setOrSequence(try args.value(0))
            let other = try SetObject.make(otherItems)
            let mine = setMembers(v) ?? DictionaryValue()
            return try SetObject.make(mine.keys.filter { setMembers(other)?[$0] == nil } + otherItems.filter { mine[$0] == nil })
        }
        try r.method(on: s, "isSubset(of other: [Element]) -> Bool", doc: "True if every member is in other.") { v, args, _ in
            let other = try SetObject.make(try setOrSequence(try args.value(0)))
            return .bool((setMembers(v)?.keys ?? []).allSatisfy { setMembers(other)?[$0] != nil })
        }
        try r.method(on: s, "isSuperset(of other: [Element]) -> Bool", doc: "True if every member of other is in the set.") { v, args, _ in
            let mine = setMembers(v) ?? DictionaryValue()
            return .bool(try setOrSequence(try args.value(0)).allSatisfy { mine[$0] != nil })
        }
        try r.method(on: s, "isDisjoint(with other: [Element]) -> Bool", doc: "True if no member is in other.") { v, args, _ in
            let mine = setMembers(v) ?? DictionaryValue()
            return .bool(try setOrSequence(try args.value(0)).allSatisfy { mine[$0] == nil })
        }
        try r.infixOperator("==", lhs: s, rhs: s, doc: "Same members.") { a, b, _ in
            guard let x = setMembers(a), let y = setMembers(b) else { return .bool(false) }
            return .bool(x.count == y.count && x.keys.allSatisfy { y[$0] != nil })
        }
        try r.infixOperator("!=", lhs: s, rhs: s, doc: "Different members.") { a, b, _ in
            guard let x = setMembers(a), let y = setMembers(b) else { return .bool(true) }
            return .bool(!(x.count == y.count && x.keys.allSatisfy { y[$0] != nil }))
        }
    }

    private static func setOrSequence(_ value: Value) throws -> [Value] {
        if let members = setMembers(value) { return members.keys }
        return try elements(value)
    }
}
