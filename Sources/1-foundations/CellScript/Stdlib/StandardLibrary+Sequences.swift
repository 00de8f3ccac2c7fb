/// Methods shared by arrays, ranges, strings and dictionaries (`map`, `filter`, `reduce`, …).
extension StandardLibrary {
    static func registerSequences(_ r: HostRegistry) throws {
        let s = "Sequence"
        try r.property(on: s, "count: Int", doc: "Number of elements.") { v, _ in
            switch v {
            case .array(let items): return .int(items.count)
            case .range(let range):
                guard let count = range.exactCount else {
                    throw HostError("count of \(Value.range(range).debugDescription) does not fit in Int (it has more than \(Int.max) elements)")
                }
                return .int(count)
            case .string(let text): return .int(characterCount(text))
            case .dictionary(let d): return .int(d.count)
            default: return .int(try elements(v).count)
            }
        }
        try r.property(on: s, "isEmpty: Bool", doc: "True when there are no elements.") { v, _ in
            if case .range(let range) = v { return .bool(range.count == 0) }
            return .bool(try elements(v).isEmpty)
        }
        try r.property(on: s, "first: Element?", doc: "The first element, or nil.") { v, _ in
            if case .range(let range) = v { return range.count == 0 ? .nil : .int(range.lowerBound) }
            return try elements(v).first ?? .nil
        }
        try r.property(on: s, "last: Element?", doc: "The last element, or nil.") { v, _ in
            if case .range(let range) = v { return range.count == 0 ? .nil : .int(range.upperBound - 1) }
            return try elements(v).last ?? .nil
        }
        try r.method(on: s, "map<T>(_ transform: (Element) -> T) -> [T]", doc: "The results of transform on each element.") { v, args, c in
            let items = try elements(v)
            var out: [Value] = []
            out.reserveCapacity(items.count)
            try c.runtime.each1(try args.value(0), items) { _, result in out.append(result); return true }
            return .array(out)
        }
        try r.method(on: s, "compactMap<T>(_ transform: (Element) -> T?) -> [T]", doc: "Non-nil results of transform.") { v, args, c in
            let f = try args.value(0)
            var out: [Value] = []
            try c.runtime.each1(f, try elements(v)) { _, result in
                if !result.isNil { out.append(result) }
                return true
            }
            return .array(out)
        }
        try r.method(on: s, "flatMap<T>(_ transform: (Element) -> [T]) -> [T]", doc: "Concatenated results of transform.") { v, args, c in
            let f = try args.value(0)
            return .array(try elements(v).flatMap { try elements(try c.runtime.call1(f, $0)) })
        }
        try r.method(on: s, "filter(_ isIncluded: (Element) -> Bool) -> [Element]", doc: "Elements for which the predicate is true.") { v, args, c in
            let f = try args.value(0)
            var kept: [Value] = []
            try c.runtime.each1(f, try elements(v)) { item, result in
                if try c.runtime.truth(result) { kept.append(item) }
                return true
            }
            // A Set's filter is a Set in Swift (the checker types it so).
            if case .object(let set) = v, set is SetObject { return try SetObject.make(kept) }
            return .array(kept)
        }
        try r.method(on: s, "forEach(_ body: (Element) -> Void)", doc: "Calls body on each element.") { v, args, c in
            let f = try args.value(0)
            try forEach(in: v, c) { item in _ = try c.runtime.call1(f, item); return true }
            return .void
        }
        try r.method(on: s, "reduce<T>(_ initial: T, _ combine: (T, Element) -> T) -> T", doc: "Combines the elements from an initial value.") { v, args, c in
            let f = try args.value(1)
            var acc = try args.value(0)
            try forEach(in: v, c) { item in acc = try c.runtime.call2(f, acc, item); return true }
            return acc
        }
        try r.method(on: s, "sorted() -> [Element]", doc: "Elements in increasing order.") { v, _, c in
            .array(try elements(v).sorted { try less($0, $1, c.runtime) })
        }
        try r.method(on: s, "sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]", doc: "Elements ordered by a predicate.") { v, args, c in
            let f = try args.value(0)
            return .array(try elements(v).sorted { try c.runtime.truth(try c.runtime.call2(f, $0, $1)) })
        }
        try r.method(on: s, "reversed() -> ReversedCollection<[Element]>", doc: "Elements in reverse order.") { v, _, _ in .array(try elements(v).reversed()) }
        try r.method(on: s, "enumerated() -> EnumeratedSequence<[Element]>", doc: "(offset, element) pairs.") { v, _, _ in
            .array(try elements(v).enumerated().map { .tuple([.int($0.offset), $0.element]) })
        }
        try r.method(on: s, "contains(_ element: Element) -> Bool", doc: "True if an element equals the value.") { v, args, c in
            let target = try args.value(0)
            if case .range(let range) = v, case .int(let i) = target { return .bool(i >= range.lowerBound && i < range.upperBound) }
            if case .string(let text) = v, case .string(let part) = target { return .bool(part.isEmpty || text.contains(part)) }
            return .bool(try elements(v).contains { try c.runtime.equals($0, target, promote: true) })
        }
        try r.method(on: s, "contains(where predicate: (Element) -> Bool) -> Bool", doc: "True if an element satisfies the predicate.") { v, args, c in
            let f = try args.value(0)
            var found = false
            try forEach(in: v, c) { item in found = try c.runtime.truth(try c.runtime.call1(f, item)); return !found }
            return .bool(found)
        }
        try r.method(on: s, "allSatisfy(_ predicate: (Element) -> Bool) -> Bool", doc: "True if every element satisfies the predicate.") { v, args, c in
            let f = try args.value(0)
            var all = true
            try forEach(in: v, c) { item in all = try c.runtime.truth(try c.runtime.call1(f, item)); return all }
            return .bool(all)
        }
        try r.method(on: s, "first(where predicate: (Element) -> Bool) -> Element?", doc: "The first element satisfying the predicate.") { v, args, c in
            let f = try args.value(0)
            var found = Value.nil
            try forEach(in: v, c) { item in
                guard try c.runtime.truth(try c.runtime.call1(f, item)) else { return true }
                found = item
                return false
            }
            return found
        }
        try r.method(on: s, "firstIndex(of element: Element) -> Int?", doc: "Index of the first equal element.") { v, args, c in
            let target = try args.value(0)
            if case .range(let range) = v {
                guard case .int(let i) = target, i >= range.lowerBound, i < range.upperBound else { return .nil }
                return .int(i - range.lowerBound)
            }
            return try elements(v).firstIndex { try c.runtime.equals($0, target, promote: true) }.map(Value.int) ?? .nil
        }
        try r.method(on: s, "min() -> Element?", doc: "The smallest element, or nil if empty.") { v, _, c in
            if case .range(let range) = v { return range.count == 0 ? .nil : .int(range.lowerBound) }
            return try elements(v).min { try less($0, $1, c.runtime) } ?? .nil
        }
        try r.method(on: s, "max() -> Element?", doc: "The largest element, or nil if empty.") { v, _, c in
            if case .range(let range) = v { return range.count == 0 ? .nil : .int(range.upperBound - 1) }
            return try elements(v).max { try less($0, $1, c.runtime) } ?? .nil
        }
        try registerSlices(r)
    }

    private static func registerSlices(_ r: HostRegistry) throws {
        let s = "Sequence"
        func count(_ args: Arguments) throws -> Int {
            let n = try args.int(0, default: 1)
            guard n >= 0 else { throw HostError("\(args.signature.name): count must not be negative, got \(n)") }
            return n
        }
        try r.method(on: s, "prefix(_ maxLength: Int) -> [Element]", doc: "Up to maxLength leading elements.") { v, args, _ in
            if case .range(let range) = v {
                let n = Swift.min(try count(args), range.count)
                try checkNewArray(count: n, "prefix(\(n))")
                return .array((range.lowerBound..<(range.lowerBound + n)).map { .int($0) })
            }
            return .array(Array(try elements(v).prefix(try count(args))))
        }
        try r.method(on: s, "suffix(_ maxLength: Int) -> [Element]", doc: "Up to maxLength trailing elements.") { v, args, _ in
            if case .range(let range) = v {
                let n = Swift.min(try count(args), range.count)
                try checkNewArray(count: n, "suffix(\(n))")
                return .array(((range.upperBound - n)..<range.upperBound).map { .int($0) })
            }
            return .array(Array(try elements(v).suffix(try count(args))))
        }
        try r.method(on: s, "dropFirst(_ k: Int = 1) -> [Element]", doc: "All but the first k elements.") { v, args, _ in
            .array(Array(try elements(v).dropFirst(try count(args))))
        }
        try r.method(on: s, "dropLast(_ k: Int = 1) -> [Element]", doc: "All but the last k elements.") { v, args, _ in
            .array(Array(try elements(v).dropLast(try count(args))))
        }
        try r.property(on: s, "indices: Range<Int>", doc: "The valid indices, 0..<count.") { v, _ in
            if case .range(let range) = v, let n = range.exactCount { return .range(IntRange(lowerBound: 0, upperBound: n, isClosed: false)) }
            return .range(IntRange(lowerBound: 0, upperBound: try elements(v).count, isClosed: false))
        }
        try r.method(on: s, "joined(separator: String = \"\") -> String", doc: "The elements' descriptions joined by separator.") { v, args, _ in
            let separator = args[0] == nil ? "" : try args.string(0)
            let items = try elements(v)
            // `[[1, 2], [3]].joined()`: the nested arrays' elements.
            if args[0] == nil, !items.isEmpty, items.allSatisfy({ if case .array = $0 { return true } else { return false } }) {
                return .array(try items.flatMap { try elements($0) })
            }
            return .string(items.map(\.description).joined(separator: separator))
        }
        try r.property(on: "Range", "lowerBound: Int", doc: "First value of the range.") { v, _ in
            guard case .range(let range) = v else { return .nil }
            return .int(range.lowerBound)
        }
        try r.property(on: "Range", "upperBound: Int", doc: "The bound the range stops before.") { v, _ in
            guard case .range(let range) = v else { return .nil }
            return .int(range.upperBound)
        }
    }
}

extension StandardLibrary {
    /// `String.count` (Characters). ASCII text without carriage returns has one Character per
    /// byte (only CR LF joins among ASCII), so it is counted without grapheme breaking.
    static func characterCount(_ text: String) -> Int {
        let utf8 = text.utf8
        let plainASCII = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        return plainASCII == true ? utf8.count : text.count
    }
}
