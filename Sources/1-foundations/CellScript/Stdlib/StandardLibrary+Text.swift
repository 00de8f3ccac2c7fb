import Foundation
import ResourceBudget

/// String and Character members students use (`append`, `components(separatedBy:)`,
/// `isLetter`…). A Character is a one-character `.string` value at run time; the checker
/// keeps the two types apart. Members that return a `Substring` in Swift return text here,
/// which prints the same.
extension StandardLibrary {
    static func text(_ v: Value) throws -> String {
        guard case .string(let t) = v else { throw HostError("value of type '\(v.typeName)' is not a String") }
        return t
    }

    /// Runs a mutation on the string inside `value` without copying it.
    private static func mutateString(_ value: inout Value, _ body: (inout String) throws -> Void) throws -> Value {
        guard case .string(var s) = value else { throw HostError("value of type '\(value.typeName)' is not a String") }
        value = .void
        defer { value = .string(s) }
        try body(&s)
        return .void
    }

    private static func checkLength(_ bytes: Int, _ what: String) throws {
        guard bytes <= Limits.maximumStringBytes else { throw HostError("\(what): string too long (more than \(Limits.maximumStringBytes) bytes)") }
    }

    static func registerText(_ r: HostRegistry) throws {
        let s = "String"
        try r.method(on: s, "append(_ other: String)", mutating: true, doc: "Adds text (or a Character) at the end.") { v, args, _ in
            let extra = try args.string(0)
            return try mutateString(&v) { s in
                try checkLength(s.utf8.count + extra.utf8.count, "append")
                s += extra
            }
        }
        try r.method(on: s, "append(contentsOf other: String)", mutating: true, doc: "Adds the characters of other at the end.") { v, args, _ in
            let extra = try args.value(0)
            let piece: String
            if case .string(let t) = extra { piece = t } else { piece = try elements(extra).map { try text($0) }.joined() }
            return try mutateString(&v) { s in
                try checkLength(s.utf8.count + piece.utf8.count, "append(contentsOf:)")
                s += piece
            }
        }
        try r.method(on: s, "insert(_ c: Character, at i: String.Index)", mutating: true, doc: "Inserts a character at a position.") { v, args, _ in
            let c = try args.string(0), i = try args.int(1)
            return try mutateString(&v) { s in
                guard i >= 0, i <= s.count else { throw HostError("insert(_:at:): String index \(i) is out of bounds") }
                s.insert(contentsOf: c, at: s.index(s.startIndex, offsetBy: i))
            }
        }
        try r.method(on: s, "removeLast() -> Character", mutating: true, doc: "Removes and returns the last character.") { v, _, _ in
            var last = ""
            _ = try mutateString(&v) { s in
                guard let c = s.popLast() else { throw HostError("removeLast: can't remove last element from an empty collection") }
                last = String(c)
            }
            return .string(last)
        }
        try r.method(on: s, "removeFirst() -> Character", mutating: true, doc: "Removes and returns the first character.") { v, _, _ in
            var first = ""
            _ = try mutateString(&v) { s in
                guard !s.isEmpty else { throw HostError("removeFirst: can't remove first element from an empty collection") }
                first = String(s.removeFirst())
            }
            return .string(first)
        }
        try r.method(on: s, "removeAll()", mutating: true, doc: "Removes every character.") { v, _, _ in
            try mutateString(&v) { $0 = "" }
        }
        try r.method(on: s, "components(separatedBy separator: String) -> [String]", doc: "Pieces between separators (empty pieces kept).") { v, args, _ in
            let separator = try args.string(0)
            let t = try text(v)
            guard !separator.isEmpty else { return .array([.string(t)]) }
            return .array(t.components(separatedBy: separator).map(Value.string))
        }
        try r.method(on: s, "split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]",
                      doc: "Pieces between separators (empty pieces dropped unless asked).") { v, args, _ in
            let separator = try args.string(0)
            guard let sep = separator.first, separator.count == 1 else { throw HostError("split(separator:): separator must be one character") }
            let maxSplits = try args.int(1, default: Int.max)
            guard maxSplits >= 0 else { throw HostError("split(separator:): maxSplits must be at least 0, got \(maxSplits)") }
            let omit = args[2] == nil ? true : try args.bool(2)
            return .array(try text(v).split(separator: sep, maxSplits: maxSplits, omittingEmptySubsequences: omit).map { .string(String($0)) })
        }
        try r.method(on: s, "split(whereSeparator isSeparator: (Character) -> Bool) -> [Substring]", doc: "Pieces between characters the predicate accepts.") { v, args, c in
            let f = try args.value(0)
            var failure: Error?
            let pieces = try text(v).split { ch in
                guard failure == nil else { return false }
                do { return try c.runtime.truth(try c.runtime.call1(f, .string(String(ch)))) } catch { failure = error; return false }
            }
            if let failure { throw failure }
            return .array(pieces.map { .string(String($0)) })
        }
        try r.method(on: s, "filter(_ isIncluded: (Character) -> Bool) -> String", doc: "The characters for which the predicate is true.") { v, args, c in
            let f = try args.value(0)
            var out = ""
            for ch in try text(v) where try c.runtime.truth(try c.runtime.call1(f, .string(String(ch)))) { out.append(ch) }
            return .string(out)
        }
        try r.method(on: s, "prefix(_ maxLength: Int) -> Substring", doc: "Up to maxLength leading characters.") { v, args, _ in
            .string(String(try text(v).prefix(try nonNegative(args, "prefix"))))
        }
        try r.method(on: s, "suffix(_ maxLength: Int) -> Substring", doc: "Up to maxLength trailing characters.") { v, args, _ in
            .string(String(try text(v).suffix(try nonNegative(args, "suffix"))))
        }
        try r.method(on: s, "dropFirst(_ k: Int = 1) -> Substring", doc: "All but the first k characters.") { v, args, _ in
            .string(String(try text(v).dropFirst(try nonNegative(args, "dropFirst"))))
        }
        try r.method(on: s, "dropLast(_ k: Int = 1) -> Substring", doc: "All but the last k characters.") { v, args, _ in
            .string(String(try text(v).dropLast(try nonNegative(args, "dropLast"))))
        }
        try r.method(on: s, "contains(_ other: String) -> Bool", doc: "True if other occurs in the string (a Character or a String).") { v, args, _ in
            let part = try args.string(0)
            let whole = try text(v)
            return .bool(part.isEmpty || whole.contains(part))
        }
        try r.method(on: s, "starts(with prefix: String) -> Bool", doc: "True if the string starts with prefix.") { v, args, _ in
            .bool(try text(v).starts(with: try args.string(0)))
        }
        try r.method(on: s, "trimmingCharacters(in set: CharacterSet) -> String", doc: "Copy without leading and trailing characters of the set (.whitespaces, .whitespacesAndNewlines, a CharacterSet).") { v, args, _ in
            .string(try text(v).trimmingCharacters(in: try characterSet(try args.value(0), "trimmingCharacters(in:)")))
        }
        try registerCharacters(r)
        try registerTextInitializers(r)
    }

    private static func nonNegative(_ args: Arguments, _ name: String) throws -> Int {
        let n = try args.int(0, default: 1)
        guard n >= 0 else { throw HostError("\(name): can't take a prefix of negative length from a collection") }
        return n
    }

    /// Properties of a Character (`isLetter`, `asciiValue`…), as Swift's `Character` has them.
    private static func registerCharacters(_ r: HostRegistry) throws {
        let c = "Character"
        func character(_ v: Value) throws -> Character {
            guard case .string(let t) = v, t.count == 1, let ch = t.first else { throw HostError("value of type '\(v.typeName)' is not a Character") }
            return ch
        }
        let flags: [(String, (Character) -> Bool, String)] = [
            ("isLetter", { $0.isLetter }, "True for a letter."), ("isNumber", { $0.isNumber }, "True for a numeric character."),
            ("isWholeNumber", { $0.isWholeNumber }, "True for a digit with a whole-number value."),
            ("isWhitespace", { $0.isWhitespace }, "True for a space, tab or newline."),
            ("isNewline", { $0.isNewline }, "True for a line break."),
            ("isUppercase", { $0.isUppercase }, "True for an upper-case letter."), ("isLowercase", { $0.isLowercase }, "True for a lower-case letter."),
            ("isPunctuation", { $0.isPunctuation }, "True for punctuation."), ("isSymbol", { $0.isSymbol }, "True for a symbol."),
            ("isASCII", { $0.isASCII }, "True for an ASCII character."), ("isHexDigit", { $0.isHexDigit }, "True for 0-9, a-f, A-F."),
            ("isCased", { $0.isCased }, "True for a character with case."),
        ]
        for (name, test, doc) in flags {
            try r.property(on: c, "\(name): Bool", doc: doc) { v, _ in .bool(test(try character(v))) }
        }
        try r.property(on: c, "asciiValue: UInt8?", doc: "The ASCII code, or nil.") { v, _ in
            (try character(v)).asciiValue.map { .fixedInt(FixedWidthInt(bits: UInt64($0), .uint8)) } ?? .nil
        }
        try r.property(on: c, "wholeNumberValue: Int?", doc: "The digit's value, or nil.") { v, _ in
            (try character(v)).wholeNumberValue.map(Value.int) ?? .nil
        }
        try r.property(on: c, "hexDigitValue: Int?", doc: "The hexadecimal digit's value, or nil.") { v, _ in
            (try character(v)).hexDigitValue.map(Value.int) ?? .nil
        }
    }

    private static func registerTextInitializers(_ r: HostRegistry) throws {
        try r.initializer("Character(_ text: String) -> Character", doc: "A character from a one-character string.") { args, _ in
            let t = try args.string(0)
            guard t.count == 1 else { throw HostError("Can't form a Character from a String containing more than one extended grapheme cluster") }
            return .string(t)
        }
        // Swift's overloads: a UInt8 is always a scalar, an Int, UInt16 or UInt32 may not be one.
        for signature in ["UnicodeScalar(_ v: UInt8) -> Unicode.Scalar", "UnicodeScalar(_ v: UInt16) -> Unicode.Scalar?",
                          "UnicodeScalar(_ v: UInt32) -> Unicode.Scalar?", "UnicodeScalar(_ v: Int) -> Unicode.Scalar?"] {
            try r.initializer(signature, doc: "The Unicode scalar with this code point (nil if it is not one).") { args, _ in
                let code: Int128
                switch try args.value(0) {
                case .int(let i): code = Int128(i)
                case .fixedInt(let x): code = x.value
                case let other: throw HostError("UnicodeScalar(_:): expected an integer, got '\(other.typeName)'")
                }
                guard let bits = UInt32(exactly: code), let scalar = Unicode.Scalar(bits) else { return .nil }
                return .string(String(Character(scalar)))
            }
        }
        try r.initializer("Set(_ elements: [Element]) -> Set<Element>", doc: "A set of the sequence's elements.") { args, _ in
            try SetObject.make(try elements(try args.value(0)))
        }
        try r.initializer("Set() -> Set<Element>", doc: "An empty set.") { _, _ in .object(SetObject(members: DictionaryValue())) }
    }
}
