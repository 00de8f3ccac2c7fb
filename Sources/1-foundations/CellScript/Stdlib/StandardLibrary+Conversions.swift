import Foundation

/// Initialisers of the builtin types: `Double(x)`, `Int(x)`, `String(x)`, `String(format:)`, `Array(…)`.
extension StandardLibrary {
    static func registerConversions(_ r: HostRegistry) throws {
        try r.initializer("Double(_ value: Any) -> Double?", doc: "Converts an Int, Double or String (nil if the string is not a number).") { args, _ in
            switch try args.value(0) {
            case .int(let i): return .double(Double(i))
            case .double(let d): return .double(d)
            case .string(let s): return Double(s.trimmed()).map(Value.double) ?? .nil
            case let other: throw HostError("cannot convert value of type '\(other.typeName)' to Double")
            }
        }
        try r.initializer("Int(_ value: Any) -> Int?", doc: "Converts a Double (truncating), Int or String (nil if not an integer).") { args, _ in
            switch try args.value(0) {
            case .int(let i): return .int(i)
            case .double(let d):
                guard d.isFinite, d > -9.3e18, d < 9.3e18 else { throw HostError("Double value \(d) cannot be converted to Int") }
                return .int(Int(d))
            case .string(let s): return Int(s.trimmed()).map(Value.int) ?? .nil
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
            .string(try args.value(0).description)
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
            return .string(String(repeating: text, count: count))
        }
        try r.initializer("String(format: String, _ arguments: Any...) -> String",
                          doc: "printf-style formatting: %d %i %f %.3f %e %g %s %x %%.") { args, _ in
            .string(try Formatter.format(try args.string(0), try args.array(1)))
        }
        try r.initializer("Array(_ sequence: Sequence) -> [Any]", doc: "The elements of a range, string or array.") { args, _ in
            .array(try elements(try args.value(0)))
        }
        try r.initializer("Array(repeating value: Any, count: Int) -> [Any]", doc: "An array of count copies of value.") { args, _ in
            let count = try args.int(1)
            guard count >= 0, count <= Limits.maximumCollectionCount else { throw HostError("Array(repeating:count:): count \(count) is negative or too large") }
            return .array(Array(repeating: try args.value(0), count: count))
        }
    }
}

/// printf-style formatting for `String(format:)`.
enum Formatter {
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
            guard next < arguments.count else { throw HostError("String(format:): not enough arguments for '%\(spec)\(conversion)'") }
            let argument = arguments[next]
            next += 1
            out += try convert(conversion, spec, argument)
        }
        return out
    }

    private static func convert(_ conversion: Character, _ spec: String, _ argument: Value) throws -> String {
        switch conversion {
        case "d", "i", "x", "X":
            guard case .int(let i) = argument else { throw HostError("String(format:): '%\(conversion)' expects an Int, got \(argument.typeName)") }
            return String(format: "%\(spec)l\(conversion)", i)
        case "f", "F", "e", "E", "g", "G":
            guard let d = argument.asDouble else { throw HostError("String(format:): '%\(conversion)' expects a Double, got \(argument.typeName)") }
            return String(format: "%\(spec)\(conversion)", d)
        case "s", "@":
            let text = argument.description
            guard let width = Int(spec.filter(\.isNumber)), width > text.count else { return text }
            let pad = String(repeating: " ", count: width - text.count)
            return spec.hasPrefix("-") ? text + pad : pad + text
        default:
            throw HostError("String(format:): unsupported conversion '%\(conversion)'")
        }
    }
}
