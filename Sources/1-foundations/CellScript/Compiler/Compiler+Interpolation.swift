/// Lowering string interpolation: each piece appends its UTF-8 bytes to the runtime's
/// ``TextBuffer``, then the bytes become the String.
extension Compiler {
    /// Appends one piece of an interpolated string.
    typealias Appender = (Frame) throws -> Void

    func compileInterpolation(_ parts: [InterpolationPart]) -> Eval {
        let buffer = runtime.textBuffer
        let appenders: [Appender] = parts.map { part in
            switch part {
            case .text(let text):
                let bytes = LiteralBytes(text)
                return { _ in buffer.append(bytes.start, count: bytes.count) }
            case .expression(let expr):
                // `\(i)` of a value typed Int: its digits, without a `Value` in between.
                if expr.checkedType == .int, let typed = compileInt(expr) {
                    return { frame in buffer.appendDecimal(try typed(frame)) }
                }
                let eval = compileExpression(expr)
                return { frame in
                    switch try eval(frame) {
                    case .string(let s): buffer.append(s)
                    case .int(let i): buffer.appendDecimal(i)
                    case let v: buffer.append(v.description)
                    }
                }
            }
        }
        let all = Self.chain(appenders[...])
        return { frame in
            // A nested or recursive interpolation appends after this one's bytes and gives
            // its own back before this one goes on.
            let start = buffer.count
            do {
                try all(frame)
            } catch {
                buffer.release(to: start)
                throw error
            }
            return .string(buffer.finish(from: start))
        }
    }

    /// The pieces run in order by a balanced tree of closures (each calls its two halves
    /// directly, with no array of closures walked at run time).
    private static func chain(_ list: ArraySlice<Appender>) -> Appender {
        switch list.count {
        case 0: return { _ in }
        case 1: return list[list.startIndex]
        case 2:
            let a = list[list.startIndex], b = list[list.startIndex + 1]
            return { frame in
                try a(frame)
                try b(frame)
            }
        default:
            let middle = list.startIndex + list.count / 2
            let a = chain(list[..<middle]), b = chain(list[middle...])
            return { frame in
                try a(frame)
                try b(frame)
            }
        }
    }
}
