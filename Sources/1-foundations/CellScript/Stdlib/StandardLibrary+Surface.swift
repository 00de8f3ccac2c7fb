import Foundation
import ResourceBudget

/// Swift standard-library and Foundation members the corpus of valid Swift programs met missing:
/// `round(x)`, `trunc(x)`, `Int(text, radix:)`, `String(n, radix:uppercase:)`,
/// `array.insert(contentsOf:at:)`.
extension StandardLibrary {
    static func registerSurface(_ r: HostRegistry) throws {
        try r.function("round(_ x: Double) -> Double", doc: "x rounded to the nearest integer, halfway cases away from zero.") { args, _ in
            .double(Foundation.round(try args.double(0)))
        }
        try r.function("trunc(_ x: Double) -> Double", doc: "x rounded toward zero.") { args, _ in
            .double(Foundation.trunc(try args.double(0)))
        }
        try r.initializer("Int(_ text: String, radix: Int) -> Int?", doc: "The integer text spells in base radix (2…36), with an optional sign; nil if it is not one.") { args, _ in
            let text = try args.string(0), radix = try args.int(1)
            guard (2...36).contains(radix) else { throw HostError("Int(_:radix:): radix \(radix) is not in 2...36") }
            return Int(text, radix: radix).map(Value.int) ?? .nil
        }
        try r.initializer("String(_ value: Int, radix: Int, uppercase: Bool = false) -> String", doc: "The integer's digits in base radix (2…36).") { args, _ in
            let value = try args.int(0), radix = try args.int(1)
            let uppercase = args[2] == nil ? false : try args.bool(2)
            guard (2...36).contains(radix) else { throw HostError("String(_:radix:): radix \(radix) is not in 2...36") }
            return .string(String(value, radix: radix, uppercase: uppercase))
        }
        try r.method(on: "Array", "insert(contentsOf elements: [Element], at index: Int)", mutating: true, doc: "Inserts the elements at an index.") { v, args, _ in
            let extra = try elements(try args.value(0)), i = try args.int(1)
            guard case .array(var items) = v else { throw HostError("value of type '\(v.typeName)' has no member 'insert'") }
            guard i >= 0, i <= items.count else {
                throw HostError("insert(contentsOf:at:): index \(i) out of range for an array of \(items.count) elements")
            }
            guard items.count + extra.count <= Limits.maximumCollectionCount else {
                throw HostError("insert(contentsOf:at:): array too large (more than \(Limits.maximumCollectionCount) elements)")
            }
            try MemoryBudget.check(bytes: MemoryBudget.bytes(count: items.count + extra.count, stride: MemoryLayout<Value>.stride), "insert(contentsOf:at:)")
            v = .void
            items.insert(contentsOf: extra, at: i)
            v = .array(items)
            return .void
        }
    }
}
