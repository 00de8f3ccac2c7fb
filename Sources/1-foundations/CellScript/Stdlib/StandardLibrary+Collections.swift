import ResourceBudget

/// Array mutation, String and Dictionary members.
extension StandardLibrary {
    /// Runs a mutation on the array inside `value` without copying it.
    private static func mutateArray(_ value: inout Value, _ name: String, _ body: (inout [Value]) throws -> Value) throws -> Value {
        guard case .array(var items) = value else { throw HostError("value of type '\(value.typeName)' has no member '\(name)'") }
        value = .void
        defer { value = .array(items) }
        return try body(&items)
    }

    private static func index(_ i: Int, in items: [Value], _ name: String, allowEnd: Bool = false) throws -> Int {
        guard i >= 0, i < items.count + (allowEnd ? 1 : 0) else {
            throw HostError("\(name): index \(i) out of range for an array of \(items.count) elements")
        }
        return i
    }

    static func registerArrays(_ r: HostRegistry) throws {
        let a = "Array"
        try r.method(on: a, "append(_ element: Element)", mutating: true, doc: "Adds an element at the end.") { v, args, _ in
            let element = try args.value(0)
            if case .array(let items) = v { try checkGrowth(items.count) }
            return try mutateArray(&v, "append") { $0.append(element); return .void }
        }
        try r.method(on: a, "append(contentsOf elements: [Element])", mutating: true, doc: "Adds the elements at the end.") { v, args, _ in
            let extra = try elements(try args.value(0))
            if case .array(let items) = v, items.count + extra.count > Limits.maximumCollectionCount {
                throw HostError("append(contentsOf:): array too large (more than \(Limits.maximumCollectionCount) elements)")
            }
            if case .array(let items) = v {
                try MemoryBudget.check(bytes: MemoryBudget.bytes(count: items.count + extra.count, stride: MemoryLayout<Value>.stride), "append(contentsOf:)")
            }
            return try mutateArray(&v, "append") { $0 += extra; return .void }
        }
        try r.method(on: a, "insert(_ element: Element, at index: Int)", mutating: true, doc: "Inserts an element at an index.") { v, args, _ in
            let element = try args.value(0), i = try args.int(1)
            return try mutateArray(&v, "insert") { $0.insert(element, at: try index(i, in: $0, "insert(_:at:)", allowEnd: true)); return .void }
        }
        try r.method(on: a, "remove(at index: Int) -> Element", mutating: true, doc: "Removes and returns the element at an index.") { v, args, _ in
            let i = try args.int(0)
            return try mutateArray(&v, "remove") { $0.remove(at: try index(i, in: $0, "remove(at:)")) }
        }
        try r.method(on: a, "removeLast() -> Element", mutating: true, doc: "Removes and returns the last element.") { v, _, _ in
            try mutateArray(&v, "removeLast") { items in
                guard !items.isEmpty else { throw HostError("removeLast: can't remove last element from an empty array") }
                return items.removeLast()
            }
        }
        try r.method(on: a, "removeFirst() -> Element", mutating: true, doc: "Removes and returns the first element.") { v, _, _ in
            try mutateArray(&v, "removeFirst") { items in
                guard !items.isEmpty else { throw HostError("removeFirst: can't remove first element from an empty array") }
                return items.removeFirst()
            }
        }
        try r.method(on: a, "popLast() -> Element?", mutating: true, doc: "Removes and returns the last element, or nil.") { v, _, _ in
            try mutateArray(&v, "popLast") { $0.popLast() ?? .nil }
        }
        try r.method(on: a, "removeAll()", mutating: true, doc: "Removes every element.") { v, _, _ in
            try mutateArray(&v, "removeAll") { $0.removeAll(); return .void }
        }
        try r.method(on: a, "sort()", mutating: true, doc: "Sorts the array in place.") { v, _, c in
            try mutateArray(&v, "sort") { items in try items.sort { try less($0, $1, c.runtime) }; return .void }
        }
        try r.method(on: a, "sort(by areInIncreasingOrder: (Element, Element) -> Bool)", mutating: true, doc: "Sorts in place by a predicate.") { v, args, c in
            let f = try args.value(0)
            return try mutateArray(&v, "sort") { items in try items.sort { try c.runtime.truth(try c.runtime.call2(f, $0, $1)) }; return .void }
        }
        try r.method(on: a, "reverse()", mutating: true, doc: "Reverses the array in place.") { v, _, _ in
            try mutateArray(&v, "reverse") { $0.reverse(); return .void }
        }
        try r.method(on: a, "swapAt(_ i: Int, _ j: Int)", mutating: true, doc: "Exchanges two elements.") { v, args, _ in
            let i = try args.int(0), j = try args.int(1)
            return try mutateArray(&v, "swapAt") { items in
                items.swapAt(try index(i, in: items, "swapAt"), try index(j, in: items, "swapAt"))
                return .void
            }
        }
    }

    static func registerStrings(_ r: HostRegistry) throws {
        let s = "String"
        func text(_ v: Value) -> String { if case .string(let t) = v { return t } else { return v.description } }
        try r.method(on: s, "uppercased() -> String", doc: "Upper-case copy.") { v, _, _ in .string(text(v).uppercased()) }
        try r.method(on: s, "lowercased() -> String", doc: "Lower-case copy.") { v, _, _ in .string(text(v).lowercased()) }
        try r.method(on: s, "hasPrefix(_ prefix: String) -> Bool", doc: "True if the string starts with prefix.") { v, args, _ in
            .bool(text(v).hasPrefix(try args.string(0)))
        }
        try r.method(on: s, "hasSuffix(_ suffix: String) -> Bool", doc: "True if the string ends with suffix.") { v, args, _ in
            .bool(text(v).hasSuffix(try args.string(0)))
        }
        try r.method(on: s, "split(separator: String) -> [String]", doc: "Pieces between separators (empty pieces dropped).") { v, args, _ in
            let separator = try args.string(0)
            guard let sep = separator.first, separator.count == 1 else { throw HostError("split(separator:): separator must be one character") }
            return .array(text(v).split(separator: sep).map { .string(String($0)) })
        }
        try r.method(on: s, "replacingOccurrences(of target: String, with replacement: String) -> String", doc: "Copy with every target replaced.") { v, args, _ in
            let target = try args.string(0), replacement = try args.string(1)
            guard !target.isEmpty else { return v }
            return .string(text(v).split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement))
        }
    }

    static func registerDictionaries(_ r: HostRegistry) throws {
        let d = "Dictionary"
        try r.property(on: d, "keys: [Key]", doc: "The keys in insertion order.") { v, _ in
            guard case .dictionary(let dict) = v else { return .nil }
            return .array(dict.keys)
        }
        try r.property(on: d, "values: [Value]", doc: "The values in insertion order.") { v, _ in
            guard case .dictionary(let dict) = v else { return .nil }
            return .array(dict.values)
        }
        try r.method(on: d, "removeValue(forKey key: Key) -> Value?", mutating: true, doc: "Removes a key; returns its old value.") { v, args, _ in
            guard case .dictionary(var dict) = v else { return .nil }
            let key = try args.value(0)
            let old = dict[key] ?? .nil
            v = .void
            dict.set(key, nil)
            v = .dictionary(dict)
            return old
        }
    }
}

extension StandardLibrary {
    /// Before `append` to an array of `count` elements: the array may not pass
    /// ``Limits/maximumCollectionCount``, and when it is about to double its buffer (a power of
    /// two, from 64 Ki elements) the new buffer must fit the memory budget.
    static func checkGrowth(_ count: Int) throws {
        guard count < Limits.maximumCollectionCount else {
            throw HostError("append: array too large (more than \(Limits.maximumCollectionCount) elements)")
        }
        if count >= 1 << 16, count & (count - 1) == 0 {
            try MemoryBudget.check(bytes: MemoryBudget.bytes(count: 2 * count, stride: MemoryLayout<Value>.stride), "append")
        }
    }
}
