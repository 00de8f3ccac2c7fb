import Foundation
import ResourceBudget

/// Initialisers of the builtin types: `Double(x)`, `Int(x)`, `String(x)`, `String(format:)`, `Array(…)`.
extension StandardLibrary {
    static func registerConversions(_ r: HostRegistry) throws {
        try r.initializer("Double(_ value: Any) -> Double?", doc: "Converts an Int, Double or String (nil if the string is not a number).") { args, _ in
            switch try args.value(0) {
            case .int(let i): return .double(Double(i))
            case .double(let d): return .double(d)
            case .string(let s): return Double(s).map(Value.double) ?? .nil
            case let other: throw HostError("cannot convert value of type '\(other.typeName)' to Double")
            }
        }
        try r.initializer("Float(_ value: Any) -> Float?", doc: "Converts to a 32-bit Float (rounded); nil if a string is not a number.") { args, _ in
            switch try args.value(0) {
            case .int(let i): return .double(Double(Float(i)))
            case .double(let d): return .double(Double(Float(d)))
            case .string(let s): return Float(s).map { Value.double(Double($0)) } ?? .nil
            case let other: throw HostError("cannot convert value of type '\(other.typeName)' to Float")
            }
        }
        try r.initializer("Int(_ value: Any) -> Int?", doc: "Converts a Double (truncating), Int or String (nil if not an integer).") { args, _ in
            switch try args.value(0) {
            case .int(let i): return .int(i)
            case .double(let d):
                guard d.isFinite, d > -9.3e18, d < 9.3e18 else { throw HostError("Double value \(d) cannot be converted to Int") }
                return .int(Int(d))
            case .string(let s): return Int(s).map(Value.int) ?? .nil
            case .bool(let b): return .int(b ? 1 : 0)
            case let other: throw HostError("cannot convert value of type '\(other.typeName)' to Int")
            }
        }
        try r.initializer("Bool(_ value: String) -> Bool?", doc: "\"true\" or \"false\" as a Bool.") { args, _ in
            switch try args.value(0) {
            case .bool(let b): return .bool(b)
            case .string("true"): return .bool(true)
            case .string("false"): return .bool(false)
            default: return .nil
            }
        }
        try r.initializer("String(_ value: Any) -> String", doc: "The value's description.") { args, _ in
            let value = try args.value(0)
            // `String(s.reversed())`, `String(s.prefix(3))`: the only arrays Swift turns into a
            // String this way are sequences of Characters, which are joined.
            if case .array(let items) = value {
                var text = ""
                for item in items {
                    guard case .string(let c) = item else { return .string(value.description) }
                    text += c
                }
                return .string(text)
            }
            return .string(value.description)
        }
        try r.initializer("String(describing value: Any) -> String", doc: "The value's description.") { args, _ in
            .string(try args.value(0).description)
        }
        try r.initializer("String(repeating text: String, count: Int) -> String", doc: "The text repeated count times.") { args, _ in
            let count = try args.int(1)
            let text = try args.string(0)
            let (bytes, overflow) = count.multipliedReportingOverflow(by: Swift.max(1, text.utf8.count))
            guard count >= 0, !overflow, bytes <= Limits.maximumStringBytes else {
                throw HostError("String(repeating:count:): count \(count) is negative or too large")
            }
            try MemoryBudget.check(bytes: bytes, "String(repeating:count:)")
            return .string(String(repeating: text, count: count))
        }
        try r.initializer("String(format: String, _ arguments: Any...) -> String",
                          doc: "printf-style formatting: %d %i %f %.3f %e %g %s %x %%.") { args, _ in
            .string(try Formatter.format(try args.string(0), try args.array(1)))
        }
        try r.initializer("Array(_ elements: [Element]) -> [Element]", doc: "The elements of a range, string or array.") { args, _ in
            .array(try elements(try args.value(0)))
        }
        try r.initializer("Array(repeating value: Element, count: Int) -> [Element]", doc: "An array of count copies of value.") { args, _ in
            let count = try args.int(1)
            guard count >= 0, count <= Limits.maximumCollectionCount else { throw HostError("Array(repeating:count:): count \(count) is negative or too large") }
            try MemoryBudget.check(bytes: MemoryBudget.bytes(count: count, stride: MemoryLayout<Value>.stride), "Array(repeating:count:)")
            return .array(Array(repeating: try args.value(0), count: count))
        }
    }
}

/// printf-style formatting for `String(format:)`.
enum Formatter {
    /// Widest field and longest precision accepted. printf takes them as C `int`s and needs
    /// memory in proportion (Foundation used 5.9 GB for `%.999999999f`); past this a
    /// specifier is an error, and below it the result's bytes are checked against the budget.
    static let maximumWidth = 1 << 24

    static func format(_ template: String, _ arguments: [Value]) throws -> String {
        var out = ""
        var next = 0
        var chars = Array(template)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var spec = ""
            while let f = chars.first, "-+ 0#.123456789".contains(f) { spec.append(f); chars.removeFirst() }
            guard let conversion = chars.popFirst() else { throw HostError("String(format:): incomplete format specifier at end") }
            if conversion == "%" { out += "%"; continue }
            let field = try Field(spec, conversion)
            guard next < arguments.count else { throw HostError("String(format:): not enough arguments for '%\(spec)\(conversion)'") }
            let argument = arguments[next]
            next += 1
            out += try convert(conversion, spec, field, argument)
        }
        return out
    }

    /// The width and precision of one specifier, read without overflow.
    struct Field {
        var width = 0
        var precision: Int?

        init(_ spec: String, _ conversion: Character) throws {
            var seenDot = false
            var number: Int?
            func finish(_ seenDot: Bool, _ number: Int?) {
                if seenDot { precision = number ?? 0 } else if let number { width = number }
            }
            for c in spec {
                if c == "." {
                    finish(false, number)
                    guard !seenDot else { throw HostError("String(format:): two '.' in '%\(spec)\(conversion)'") }
                    seenDot = true
                    number = nil
                } else if let digit = c.wholeNumberValue, number != nil || digit != 0 || seenDot {
                    let value = (number ?? 0) * 10 + digit
                    guard value <= Formatter.maximumWidth else {
                        throw HostError("String(format:): \(seenDot ? "precision" : "width") in '%\(spec)\(conversion)' is larger than \(Formatter.maximumWidth)")
                    }
                    number = value
                }
            }
            finish(seenDot, number)
        }

        /// An upper bound on the bytes of the formatted field: width, precision and the longest
        /// number (a Double printed with `%f` has up to 309 integer digits).
        var bytes: Int { Swift.max(width, (precision ?? 0) + 330) }
    }

    private static func convert(_ conversion: Character, _ spec: String, _ field: Field, _ argument: Value) throws -> String {
        // Foundation builds the field in several buffers (UTF-16 and UTF-8 copies): ~6 bytes a character.
        try MemoryBudget.check(bytes: MemoryBudget.bytes(count: field.bytes, stride: 6), "String(format: \"%\(spec)\(conversion)\")")
        switch conversion {
        case "d", "i", "x", "X", "o", "u":
            guard case .int(let i) = argument else { throw HostError("String(format:): '%\(conversion)' expects an Int, got \(argument.typeName)") }
            return String(format: "%\(spec)l\(conversion)", i)
        case "f", "F", "e", "E", "g", "G":
            guard let d = argument.asDouble else { throw HostError("String(format:): '%\(conversion)' expects a Double, got \(argument.typeName)") }
            return String(format: "%\(spec)\(conversion)", d)
        case "s", "@":
            let text = argument.description
            guard field.width > text.count else { return text }
            let pad = String(repeating: " ", count: field.width - text.count)
            return spec.hasPrefix("-") ? text + pad : pad + text
        default:
            throw HostError("String(format:): unsupported conversion '%\(conversion)'")
        }
    }
}
