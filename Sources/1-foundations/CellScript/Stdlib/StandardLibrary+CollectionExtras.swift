import ResourceBudget

/// More Array and Dictionary members students use: `reduce(into:_:)`, `max(by:)`,
/// `firstIndex(where:)`, `removeAll(where:)`, `mapValues`, `Dictionary(grouping:by:)`…
extension StandardLibrary {
    static func registerCollectionExtras(_ r: HostRegistry) throws {
        try registerSequenceExtras(r)
        try registerArrayExtras(r)
        try registerDictionaryExtras(r)
    }

    private static func predicate(_ f: Value, _ c: CallContext) -> (Value) throws -> Bool {
        { try c.runtime.truth(try c.runtime.call1(f, $0)) }
    }

    private static func registerSequenceExtras(_ r: HostRegistry) throws {
        let s = "Sequence"
        try r.method(on: s, "reduce<T>(into initial: T, _ update: (inout T, Element) -> Void) -> T", doc: "Updates an accumulator with each element.") { v, args, c in
            let f = try args.value(1)
            var acc = try args.value(0)
            try forEach(in: v, c) { item in try c.runtime.callUpdating(f, &acc, item); return true }
            return acc
        }
        try r.method(on: s, "max(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?", doc: "The largest element by a predicate.") { v, args, c in
            let f = try args.value(0)
            var best: Value?
            try forEach(in: v, c) { item in
                if let current = best { if try c.runtime.truth(try c.runtime.call2(f, current, item)) { best = item } } else { best = item }
                return true
            }
            return best ?? .nil
        }
        try r.method(on: s, "min(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?", doc: "The smallest element by a predicate.") { v, args, c in
            let f = try args.value(0)
            var best: Value?
            try forEach(in: v, c) { item in
                if let current = best { if try c.runtime.truth(try c.runtime.call2(f, item, current)) { best = item } } else { best = item }
                return true
            }
            return best ?? .nil
        }
        try r.method(on: s, "firstIndex(where predicate: (Element) -> Bool) -> Int?", doc: "Index of the first element satisfying the predicate.") { v, args, c in
            let test = predicate(try args.value(0), c)
            var index = 0
            var found: Value = .nil
            try forEach(in: v, c) { item in
                if try test(item) { found = .int(index); return false }
                index += 1
                return true
            }
            return found
        }
        try r.method(on: s, "lastIndex(of element: Element) -> Int?", doc: "Index of the last equal element.") { v, args, c in
            let target = try args.value(0)
            return try elements(v).lastIndex { try c.runtime.equals($0, target, promote: true) }.map(Value.int) ?? .nil
        }
        try r.method(on: s, "lastIndex(where predicate: (Element) -> Bool) -> Int?", doc: "Index of the last element satisfying the predicate.") { v, args, c in
            try elements(v).lastIndex(where: predicate(try args.value(0), c)).map(Value.int) ?? .nil
        }
        try r.method(on: s, "last(where predicate: (Element) -> Bool) -> Element?", doc: "The last element satisfying the predicate.") { v, args, c in
            try elements(v).last(where: predicate(try args.value(0), c)) ?? .nil
        }
        try r.method(on: s, "count(where predicate: (Element) -> Bool) -> Int", doc: "How many elements satisfy the predicate.") { v, args, c in
            let test = predicate(try args.value(0), c)
            var n = 0
            try forEach(in: v, c) { item in if try test(item) { n += 1 }; return true }
            return .int(n)
        }
        try r.method(on: s, "prefix(while predicate: (Element) -> Bool) -> [Element]", doc: "Leading elements while the predicate holds.") { v, args, c in
            let test = predicate(try args.value(0), c)
            var out: [Value] = []
            try forEach(in: v, c) { item in
                guard try test(item) else { return false }
                out.append(item)
                return true
            }
            if case .string = v { return .string(try out.map { try text($0) }.joined()) }
            return .array(out)
        }
        try r.method(on: s, "drop(while predicate: (Element) -> Bool) -> [Element]", doc: "The elements after the leading ones the predicate holds for.") { v, args, c in
            let items = try elements(v)
            let rest = Array(try items.drop(while: predicate(try args.value(0), c)))
            if case .string = v { return .string(try rest.map { try text($0) }.joined()) }
            return .array(rest)
        }
        try r.method(on: s, "elementsEqual(_ other: [Element]) -> Bool", doc: "True if both have equal elements in order.") { v, args, c in
            let a = try elements(v), b = try elements(try args.value(0))
            guard a.count == b.count else { return .bool(false) }
            for (x, y) in zip(a, b) where try !c.runtime.equals(x, y, promote: true) { return .bool(false) }
            return .bool(true)
        }
    }

    private static func registerArrayExtras(_ r: HostRegistry) throws {
        let a = "Array"
        func mutate(_ v: inout Value, _ name: String, _ body: (inout [Value]) throws -> Value) throws -> Value {
            guard case .array(var items) = v else { throw HostError("value of type '\(v.typeName)' has no member '\(name)'") }
            v = .void
            defer { v = .array(items) }
            return try body(&items)
        }
        try r.method(on: a, "removeAll(where shouldBeRemoved: (Element) -> Bool)", mutating: true, doc: "Removes the elements the predicate accepts.") { v, args, c in
            let test = predicate(try args.value(0), c)
            return try mutate(&v, "removeAll") { items in try items.removeAll(where: test); return .void }
        }
        try r.method(on: a, "removeFirst(_ k: Int)", mutating: true, doc: "Removes the first k elements.") { v, args, _ in
            let k = try args.int(0)
            return try mutate(&v, "removeFirst") { items in
                guard k >= 0, k <= items.count else { throw HostError("removeFirst(_:): can't remove more items from a collection than it contains") }
                items.removeFirst(k)
                return .void
            }
        }
        try r.method(on: a, "removeLast(_ k: Int)", mutating: true, doc: "Removes the last k elements.") { v, args, _ in
            let k = try args.int(0)
            return try mutate(&v, "removeLast") { items in
                guard k >= 0, k <= items.count else { throw HostError("removeLast(_:): can't remove more items from a collection than it contains") }
                items.removeLast(k)
                return .void
            }
        }
        try r.method(on: a, "reserveCapacity(_ minimumCapacity: Int)", mutating: true, doc: "Has no effect in cells.") { _, _, _ in .void }
    }

    private static func registerDictionaryExtras(_ r: HostRegistry) throws {
        let d = "Dictionary"
        func dictionary(_ v: Value) throws -> DictionaryValue {
            guard case .dictionary(let dict) = v else { throw HostError("value of type '\(v.typeName)' is not a Dictionary") }
            return dict
        }
        try r.method(on: d, "subscript(_ key: Key, default defaultValue: Value) -> Value", doc: "The key's value, or defaultValue when the key is absent.") { v, args, _ in
            let key = try args.value(0)
            guard DictionaryValue.isHashable(key) else { throw HostError(DictionaryValue.unsupportedKeyMessage(key)) }
            return try dictionary(v)[key] ?? args.value(1)
        }
        try r.method(on: d, "mapValues<T>(_ transform: (Value) -> T) -> [Key: T]", doc: "The same keys with transformed values.") { v, args, c in
            let f = try args.value(0)
            let dict = try dictionary(v)
            var out = DictionaryValue()
            for (k, value) in zip(dict.keys, dict.values) { out.set(k, try c.runtime.call1(f, value)) }
            return .dictionary(out)
        }
        try r.method(on: d, "filter(_ isIncluded: ((key: Key, value: Value)) -> Bool) -> [Key: Value]", doc: "The entries the predicate accepts.") { v, args, c in
            let test = predicate(try args.value(0), c)
            let dict = try dictionary(v)
            var out = DictionaryValue()
            for (k, value) in zip(dict.keys, dict.values) where try test(.tuple([k, value])) { out.set(k, value) }
            return .dictionary(out)
        }
        try r.method(on: d, "updateValue(_ value: Value, forKey key: Key) -> Value?", mutating: true, doc: "Sets a value; returns the old one.") { v, args, _ in
            guard case .dictionary(var dict) = v else { return .nil }
            let value = try args.value(0), key = try args.value(1)
            let old = dict[key] ?? .nil
            v = .void
            defer { v = .dictionary(dict) }
            guard dict.set(key, value) else { throw HostError("a value of type '\(key.typeName)' cannot be a Dictionary key in cells") }
            return old
        }
        try r.method(on: d, "merging(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) -> Value) -> [Key: Value]",
                     doc: "The entries of both; combine picks the value of a key in both.") { v, args, c in
            var out = try dictionary(v)
            let other = try dictionary(try args.value(0)), f = try args.value(1)
            for (k, value) in zip(other.keys, other.values) {
                out.set(k, try out[k].map { try c.runtime.call2(f, $0, value) } ?? value)
            }
            return .dictionary(out)
        }
        try r.method(on: d, "removeAll()", mutating: true, doc: "Removes every entry.") { v, _, _ in
            guard case .dictionary = v else { return .void }
            v = .dictionary(DictionaryValue())
            return .void
        }
        try r.initializer("Dictionary(uniqueKeysWithValues keysAndValues: [(Key, Value)]) -> [Key: Value]", doc: "A dictionary of the pairs (keys must differ).") { args, _ in
            var out = DictionaryValue()
            for pair in try elements(try args.value(0)) {
                guard case .tuple(let kv) = pair, kv.count == 2 else { throw HostError("Dictionary(uniqueKeysWithValues:): expected (key, value) pairs") }
                guard out[kv[0]] == nil else { throw HostError("Fatal error: Duplicate values for key: '\(kv[0].description)'") }
                guard out.set(kv[0], kv[1]) else { throw HostError("a value of type '\(kv[0].typeName)' cannot be a Dictionary key in cells") }
            }
            return .dictionary(out)
        }
        try r.initializer("Dictionary(grouping values: [Value], by keyForValue: (Value) -> Key) -> [Key: [Value]]", doc: "The values grouped by a key.") { args, c in
            let f = try args.value(1)
            var out = DictionaryValue()
            for item in try elements(try args.value(0)) {
                let key = try c.runtime.call1(f, item)
                var group: [Value] = []
                if case .array(let existing)? = out[key] { group = existing }
                group.append(item)
                guard out.set(key, .array(group)) else { throw HostError("a value of type '\(key.typeName)' cannot be a Dictionary key in cells") }
            }
            return .dictionary(out)
        }
    }
}

extension Runtime {
    /// Calls `f(&acc, item)` for `reduce(into:)`: a closure's first parameter is its `inout`
    /// accumulator, read back from its slot after the body ran.
    func callUpdating(_ f: Value, _ acc: inout Value, _ item: Value) throws {
        guard case .function(let function) = f, let shape = function.shape, shape.parameters.count == 2 else {
            throw ScriptError("reduce(into:_:): the update must be a closure of two parameters, (inout T, Element) -> Void")
        }
        try enterCall()
        defer { callDepth -= 1 }
        let frame = shape.makeFrame(for: function)
        frame.slots[0] = acc
        acc = .void
        frame.slots[1] = item
        defer { frame.clear() }
        do {
            _ = try shape.body(frame)
        } catch {
            acc = frame.slots[0]
            throw error
        }
        acc = frame.slots[0]
    }
}
