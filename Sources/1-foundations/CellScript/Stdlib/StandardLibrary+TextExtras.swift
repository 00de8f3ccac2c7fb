import Foundation
import ResourceBudget

/// More of String, Character and Foundation's text API, computed by the same Swift and
/// Foundation the program would link against (so the results are Swift's): the
/// `unicodeScalars`/`utf8`/`utf16` views, `capitalized`, `folding(options:locale:)`,
/// `padding(toLength:withPad:startingAt:)`, `String(reflecting:)`, `CharacterSet`, and
/// `Bool.toggle()`.
///
/// A `Unicode.Scalar` is a one-scalar `.string` at run time (it prints as its character, as
/// Swift's does); the checker types it `Unicode.Scalar`, and its members (`value`) are found
/// after String's and Character's, as a Character's are. The views are arrays at run time: of scalars, or of code-unit numbers.
extension StandardLibrary {
    static func registerTextExtras(_ r: HostRegistry) throws {
        let s = "String"
        try r.initializer("String(reflecting subject: Any) -> String", doc: "The value as debugPrint shows it (text quoted and escaped).") { args, _ in
            .string(try args.value(0).debugDescription)
        }
        try r.property(on: s, "unicodeScalars: String.UnicodeScalarView", doc: "The Unicode scalars of the text, in order.") { v, _ in
            .array(try text(v).unicodeScalars.map { .string(String($0)) })
        }
        try r.property(on: s, "utf8: String.UTF8View", doc: "The UTF-8 code units of the text.") { v, _ in
            .array(try text(v).utf8.map { .fixedInt(FixedWidthInt(bits: UInt64($0), .uint8)) })
        }
        try r.property(on: s, "utf16: String.UTF16View", doc: "The UTF-16 code units of the text.") { v, _ in
            .array(try text(v).utf16.map { .fixedInt(FixedWidthInt(bits: UInt64($0), .uint16)) })
        }
        func scalar(_ v: Value) throws -> Unicode.Scalar {
            guard case .string(let t) = v, let scalar = t.unicodeScalars.first, t.unicodeScalars.count == 1 else {
                throw HostError("value of type '\(v.typeName)' is not a Unicode.Scalar")
            }
            return scalar
        }
        try r.property(on: "Unicode.Scalar", "value: UInt32", doc: "The scalar's code point.") { v, _ in .fixedInt(FixedWidthInt(bits: UInt64(try scalar(v).value), .uint32)) }
        try r.property(on: "Unicode.Scalar", "isASCII: Bool", doc: "True for a code point below 128.") { v, _ in .bool(try scalar(v).isASCII) }
        try r.property(on: s, "capitalized: String", doc: "Each word's first letter upper-case, the rest lower-case (Foundation).") { v, _ in
            .string(try text(v).capitalized)
        }
        try r.method(on: s, "folding(options: String.CompareOptions, locale: Locale?) -> String",
                      doc: "The text without the distinctions the options name (.diacriticInsensitive, .caseInsensitive, .widthInsensitive); locale nil.") { v, args, _ in
            guard case .nil = try args.value(1) else { throw HostError("folding(options:locale:): only locale: nil is supported in cells") }
            let options = try compareOptions(try args.value(0), "folding(options:locale:)")
            return .string(try text(v).folding(options: options, locale: nil))
        }
        try r.method(on: s, "padding(toLength newLength: Int, withPad padString: String, startingAt padIndex: Int) -> String",
                      doc: "The text cut or padded to newLength characters with padString, starting at padIndex of it (Foundation).") { v, args, _ in
            let length = try args.int(0), pad = try args.string(1), start = try args.int(2)
            guard length >= 0 else { throw HostError("padding(toLength:withPad:startingAt:): length \(length) is negative") }
            guard !pad.isEmpty, start >= 0, start < pad.utf16.count else { throw HostError("padding(toLength:withPad:startingAt:): padIndex \(start) is out of bounds of the pad") }
            try MemoryBudget.check(bytes: MemoryBudget.bytes(count: length, stride: 4), "padding(toLength:withPad:startingAt:)")
            return .string(try text(v).padding(toLength: length, withPad: pad, startingAt: start))
        }
        try r.method(on: s, "reserveCapacity(_ n: Int)", mutating: true, doc: "Prepares room for n bytes (changes nothing visible).") { _, _, _ in .void }
        try r.method(on: "Dictionary", "reserveCapacity(_ minimumCapacity: Int)", mutating: true, doc: "Prepares room for entries (changes nothing visible).") { _, _, _ in .void }
        try r.method(on: "Bool", "toggle()", mutating: true, doc: "Flips the value: true becomes false and false true.") { v, _, _ in
            guard case .bool(let b) = v else { throw HostError("toggle(): the receiver must be a Bool") }
            v = .bool(!b)
            return .void
        }
        try r.method(on: s, "replacingOccurrences(of target: String, with replacement: String, options: String.CompareOptions, range searchRange: Range<String.Index>? = nil) -> String",
                      doc: "Copy with every match of target replaced, as the options say (.regularExpression, .caseInsensitive, .literal, .anchored, .backwards), within searchRange (Foundation).") { v, args, _ in
            let whole = try text(v)
            let options = try compareOptions(try args.value(2), "replacingOccurrences(of:with:options:range:)")
            var range: Range<String.Index>?
            if let bounds = args[3], case .range(let r) = bounds {
                let count = whole.count
                guard r.lowerBound >= 0, r.lowerBound <= r.upperBound, r.upperBound <= count else { throw HostError(StringIndices.outOfBounds) }
                let start = whole.index(whole.startIndex, offsetBy: r.lowerBound)
                range = start..<whole.index(start, offsetBy: r.upperBound - r.lowerBound)
            }
            let result = whole.replacingOccurrences(of: try args.string(0), with: try args.string(1), options: options, range: range)
            try MemoryBudget.check(bytes: result.utf8.count, "replacingOccurrences(of:with:options:range:)")
            return .string(result)
        }
        try registerCharacterSets(r)
    }

    /// `.caseInsensitive`, `[.regularExpression, .caseInsensitive]`… as Foundation's options.
    private static func compareOptions(_ value: Value, _ what: String) throws -> String.CompareOptions {
        let names: [String]
        switch value {
        case .symbol(let symbol): names = [symbol.name]
        case .array(let items): names = try items.map { item in
            guard case .symbol(let symbol) = item else { throw HostError("\(what): expected options such as .caseInsensitive") }
            return symbol.name
        }
        default: throw HostError("\(what): expected options such as .caseInsensitive")
        }
        let known: [String: String.CompareOptions] = [
            "diacriticInsensitive": .diacriticInsensitive, "caseInsensitive": .caseInsensitive, "widthInsensitive": .widthInsensitive,
            "regularExpression": .regularExpression, "literal": .literal, "anchored": .anchored, "backwards": .backwards,
        ]
        var options: String.CompareOptions = []
        for name in names {
            guard let option = known[name] else { throw HostError("\(what): '.\(name)' is not supported in cells") }
            options.insert(option)
        }
        return options
    }
}

/// Foundation's `CharacterSet` (a set of Unicode scalars), held as a host object.
final class CharacterSetObject: HostObject {
    var typeName: String { "CharacterSet" }
    let set: CharacterSet

    init(_ set: CharacterSet) {
        self.set = set
    }

    /// The named sets, as `CharacterSet.letters` and `.letters` give them.
    static let named: [String: CharacterSet] = [
        "letters": .letters, "lowercaseLetters": .lowercaseLetters, "uppercaseLetters": .uppercaseLetters,
        "decimalDigits": .decimalDigits, "alphanumerics": .alphanumerics, "whitespaces": .whitespaces,
        "newlines": .newlines, "whitespacesAndNewlines": .whitespacesAndNewlines, "punctuationCharacters": .punctuationCharacters,
        "symbols": .symbols, "capitalizedLetters": .capitalizedLetters, "controlCharacters": .controlCharacters,
    ]
}

extension StandardLibrary {
    /// A CharacterSet argument: an object, or an implicit member such as `.whitespaces`.
    static func characterSet(_ value: Value, _ what: String) throws -> CharacterSet {
        switch value {
        case .object(let object as CharacterSetObject): return object.set
        case .symbol(let symbol):
            guard let set = CharacterSetObject.named[symbol.name] else { throw HostError("\(what): '.\(symbol.name)' is not supported in cells") }
            return set
        default: throw HostError("\(what): expected a CharacterSet, got \(value.typeName)")
        }
    }

    private static func registerCharacterSets(_ r: HostRegistry) throws {
        let c = "CharacterSet"
        try r.type(c, doc: "Foundation's set of Unicode scalars (letters, whitespace, your own characters).")
        try r.initializer("CharacterSet(charactersIn string: String) -> CharacterSet", doc: "The set of the string's Unicode scalars.") { args, _ in
            .object(CharacterSetObject(CharacterSet(charactersIn: try args.string(0))))
        }
        for name in CharacterSetObject.named.keys.sorted() {
            let set = CharacterSetObject.named[name]!
            try r.staticProperty(on: c, "\(name): CharacterSet", doc: "Foundation's CharacterSet.\(name).") { _ in .object(CharacterSetObject(set)) }
        }
        try r.property(on: c, "inverted: CharacterSet", doc: "Every scalar not in the set.") { v, _ in
            .object(CharacterSetObject(try characterSet(v, "inverted").inverted))
        }
        try r.method(on: c, "contains(_ member: Unicode.Scalar) -> Bool", doc: "True if the scalar is in the set.") { v, args, _ in
            let t = try args.string(0)
            guard let scalar = t.unicodeScalars.first, t.unicodeScalars.count == 1 else { throw HostError("contains(_:): expected one Unicode scalar") }
            return .bool(try characterSet(v, "contains(_:)").contains(scalar))
        }
        for (name, combine) in [("union", { (a: CharacterSet, b: CharacterSet) in a.union(b) }), ("subtracting", { $0.subtracting($1) }),
                                ("intersection", { $0.intersection($1) })] {
            try r.method(on: c, "\(name)(_ other: CharacterSet) -> CharacterSet", doc: "The set's \(name) with other.") { v, args, _ in
                .object(CharacterSetObject(combine(try characterSet(v, name), try characterSet(try args.value(0), name))))
            }
        }
        try r.method(on: "String", "components(separatedBy separators: CharacterSet) -> [String]",
                      doc: "Pieces between characters of the set (empty pieces kept).") { v, args, _ in
            let set = try characterSet(try args.value(0), "components(separatedBy:)")
            return .array(try text(v).components(separatedBy: set).map(Value.string))
        }
    }
}
