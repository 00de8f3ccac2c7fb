/// Lowering string interpolation: each piece appends its UTF-8 bytes to one buffer, then the
/// buffer becomes the String.
extension Compiler {
    /// Appends one piece of an interpolated string.
    typealias Appender = (Frame, inout [UInt8]) throws -> Void

    func compileInterpolation(_ parts: [InterpolationPart]) -> Eval {
        let appenders: [Appender] = parts.map { part in
            switch part {
            case .text(let text):
                let bytes = Array(text.utf8)
                return { _, out in out.append(contentsOf: bytes) }
            case .expression(let expr):
                // `\(i)` of a value typed Int: its digits, without a `Value` in between.
                if expr.checkedType == .int, let typed = compileInt(expr) {
                    return { frame, out in InterpolationBuffer.appendDecimal(try typed(frame), to: &out) }
                }
                let eval = compileExpression(expr)
                return { frame, out in
                    switch try eval(frame) {
                    case .string(let s): out.append(contentsOf: s.utf8)
                    case .int(let i): InterpolationBuffer.appendDecimal(i, to: &out)
                    case let v: out.append(contentsOf: v.description.utf8)
                    }
                }
            }
        }
        let all = Self.chain(appenders[...])
        let scratch = InterpolationBuffer()
        return { frame in
            // The bytes are built in a buffer kept between runs (taken out while in use, so a
            // nested run of the same interpolation gets its own), then copied once into a String.
            var bytes = scratch.take()
            try all(frame, &bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            scratch.giveBack(bytes)
            return .string(text)
        }
    }

    /// The pieces run in order by a balanced tree of closures (each calls its two halves
    /// directly, with no array of closures walked at run time).
    private static func chain(_ list: ArraySlice<Appender>) -> Appender {
        switch list.count {
        case 0: return { _, _ in }
        case 1: return list[list.startIndex]
        case 2:
            let a = list[list.startIndex], b = list[list.startIndex + 1]
            return { frame, out in
                try a(frame, &out)
                try b(frame, &out)
            }
        default:
            let middle = list.startIndex + list.count / 2
            let a = chain(list[..<middle]), b = chain(list[middle...])
            return { frame, out in
                try a(frame, &out)
                try b(frame, &out)
            }
        }
    }
}
