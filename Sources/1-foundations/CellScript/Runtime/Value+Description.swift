/// Printing values the way Swift's `print` and `debugPrint` do.
extension Value: CustomStringConvertible, CustomDebugStringConvertible {
    /// What `print(value)` writes: strings without quotes.
    public var description: String {
        if case .string(let s) = self { return s }
        if case .enumCase(let e) = self { return e.description }
        if case .structure(let s) = self { return s.type.describe(s) }
        return debugDescription
    }

    /// The form used inside collections: strings quoted.
    public var debugDescription: String {
        switch self {
        case .void: return "()"
        case .nil: return "nil"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return "\(d)"  // as print writes it: a NaN with its sign bit set is -nan
        case .string(let s): return "\"" + s.replacingEscapes() + "\""
        case .array(let items): return "[" + items.map(\.debugDescription).joined(separator: ", ") + "]"
        case .dictionary(let dict):
            if dict.count == 0 { return "[:]" }
            let pairs = zip(dict.keys, dict.values).map { "\($0.debugDescription): \($1.debugDescription)" }
            return "[" + pairs.joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map(\.debugDescription).joined(separator: ", ") + ")"
        case .range(let r): return r.isClosed ? "\(r.lowerBound)...\(r.upperBound - 1)" : "\(r.lowerBound)..<\(r.upperBound)"
        case .function(let f): return "(function \(f.name))"
        case .object(let object):
            if let described = object as? CustomStringConvertible { return described.description }
            return "<\(object.typeName)>"
        case .type(let name): return name
        case .symbol(let symbol): return symbol.description
        case .structure(let s): return s.type.describe(s, qualified: true)
        case .enumCase(let e): return e.debugDescription
        case .fixedInt(let x): return x.description
        }
    }
}

extension String {
    /// The string as Swift's `debugDescription` writes it between its quotes: each scalar as
    /// `Unicode.Scalar.escaped(asASCII: false)` gives it (`\\`, `\'`, `\"`, `\0`, `\t`, `\n`, `\r`,
    /// other control characters of ASCII as `\u{1B}`, everything else as it is).
    func replacingEscapes() -> String {
        var out = ""
        for c in unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where c.value < 0x20 || c.value == 0x7F:
                let hex = String(c.value, radix: 16, uppercase: true)
                out += "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
