import Foundation
@testable import TeXMath

/// Converts and returns what sits between `<semantics>` and `<annotation`.
func body(_ tex: String, display: Bool = false, macros: [String: String] = [:]) -> String {
    let mathml = TeXConverter(macros: macros).convert(tex, display: display).mathml
    guard let start = mathml.range(of: "<semantics>"), let end = mathml.range(of: "<annotation") else { return mathml }
    return String(mathml[start.upperBound..<end.lowerBound])
}

func diagnostics(_ tex: String, display: Bool = false) -> [TeXDiagnostic] {
    TeXConverter().convert(tex, display: display).diagnostics
}

/// A small XML well-formedness checker: balanced and properly nested tags, quoted attribute
/// values without `<`, known entities only, no bare `&` or `<` in text, one root element.
enum XMLChecker {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func check(_ xml: String) throws(Failure) {
        let bytes = Array(xml.utf8)
        var stack: [String] = []
        var position = 0
        var roots = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") {
                position += 1
                if position < bytes.count && bytes[position] == UInt8(ascii: "/") {
                    position += 1
                    let name = readName(bytes, &position)
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw Failure(description: "bad end tag </\(name) at \(position)") }
                    position += 1
                    guard stack.popLast() == name else { throw Failure(description: "mismatched </\(name)> at \(position)") }
                    continue
                }
                let name = readName(bytes, &position)
                guard !name.isEmpty else { throw Failure(description: "empty tag name at \(position)") }
                if stack.isEmpty { roots += 1 }
                try readAttributes(bytes, &position)
                if bytes[position] == UInt8(ascii: "/") {
                    position += 2
                } else {
                    position += 1
                    stack.append(name)
                }
            } else if byte == UInt8(ascii: "&") {
                try readEntity(bytes, &position)
            } else if byte == UInt8(ascii: ">") {
                throw Failure(description: "bare '>' at \(position)")
            } else {
                if stack.isEmpty { throw Failure(description: "text outside the root at \(position)") }
                position += 1
            }
        }
        guard stack.isEmpty else { throw Failure(description: "unclosed <\(stack.joined(separator: "><"))>") }
        guard roots == 1 else { throw Failure(description: "\(roots) root elements") }
    }

    private static func readName(_ bytes: [UInt8], _ position: inout Int) -> String {
        let start = position
        while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func readAttributes(_ bytes: [UInt8], _ position: inout Int) throws(Failure) {
        var names: Set<String> = []
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: ">") { return }
            if bytes[position] == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw Failure(description: "bad '/' at \(position)") }
                return
            }
            guard bytes[position] == UInt8(ascii: " ") else { throw Failure(description: "expected space at \(position)") }
            position += 1
            let name = readName(bytes, &position)
            guard !name.isEmpty, names.insert(name).inserted else { throw Failure(description: "bad or repeated attribute '\(name)' at \(position)") }
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "="), bytes[position + 1] == UInt8(ascii: "\"") else {
                throw Failure(description: "unquoted attribute '\(name)' at \(position)")
            }
            position += 2
            while position < bytes.count && bytes[position] != UInt8(ascii: "\"") {
                if bytes[position] == UInt8(ascii: "<") { throw Failure(description: "'<' in attribute at \(position)") }
                if bytes[position] == UInt8(ascii: "&") { try readEntity(bytes, &position) } else { position += 1 }
            }
            guard position < bytes.count else { throw Failure(description: "unterminated attribute '\(name)'") }
            position += 1
        }
        throw Failure(description: "unterminated tag")
    }

    private static func readEntity(_ bytes: [UInt8], _ position: inout Int) throws(Failure) {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: ";") && position - start < 12 { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ";") else { throw Failure(description: "bare '&' at \(start)") }
        let entity = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
        position += 1
        let known = ["amp", "lt", "gt", "quot", "apos"]
        if known.contains(entity) { return }
        if entity.hasPrefix("#x"), UInt32(entity.dropFirst(2), radix: 16) != nil { return }
        if entity.hasPrefix("#"), UInt32(entity.dropFirst()) != nil { return }
        throw Failure(description: "unknown entity &\(entity); at \(start)")
    }
}
