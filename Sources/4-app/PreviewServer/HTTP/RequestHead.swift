/// A parsed HTTP/1.x request head. Parsing is one linear pass over at most
/// `HTTPLimits.maxHeadBytes` bytes (FlyingFox's took 30 s of a core for a 256 KB header).
struct RequestHead: Sendable, Equatable {
    var method: String
    /// The request target as sent: `/02-gan-math.html?x=1`.
    var target: String
    var version: String
    /// Header fields in order, names lower-cased.
    var fields: [Field]
    /// The body of a POST (read by the server after the head); empty otherwise.
    var body: [UInt8] = []

    struct Field: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// The value of the first field named `name` (lower case).
    func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The target's path, still percent-encoded.
    var path: String { String(target.prefix { $0 != "?" }) }

    /// The query's `name=value` pairs (not decoded; the server's own parameters are plain).
    var query: [String: String] {
        guard let mark = target.firstIndex(of: "?") else { return [:] }
        var result: [String: String] = [:]
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            result[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }

    /// Why a head was refused.
    struct Malformed: Error, Equatable { var reason: String }

    /// Where the head in `bytes` ends (just after its blank line), searching from `from` (the
    /// caller passes where the previous search stopped, minus 3, so the search stays linear).
    static func end(in bytes: [UInt8], from: Int) -> Int? {
        var i = max(0, from)
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { return i + 2 }
                if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return i + 3 }
            }
            i += 1
        }
        return nil
    }

    /// Parses a complete head (request line, fields, blank line).
    static func parse(_ bytes: ArraySlice<UInt8>) throws -> RequestHead {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            var line = bytes[start..<index]
            if line.last == 0x0D { line = line.dropLast() }
            lines.append(line)
            start = index + 1
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw Malformed(reason: "empty request") }
        let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[1].first == 0x2F || parts[1].elementsEqual("*".utf8),
              parts[2].starts(with: "HTTP/1.".utf8) else {
            throw Malformed(reason: "request line must read 'METHOD /path HTTP/1.1'")
        }
        var fields: [Field] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
                  line[line.startIndex..<colon].allSatisfy(isTokenByte) else {
                throw Malformed(reason: "header line without a 'name:' (folded lines are not accepted)")
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            let trimmed = value.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
            fields.append(Field(name: name, value: String(decoding: trimmed, as: UTF8.self)))
        }
        return RequestHead(method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
                           version: String(decoding: parts[2], as: UTF8.self), fields: fields)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) && !"\"(),/:;<=>?@[\\]{}".utf8.contains(byte)
    }
}

/// The `Host` header a preview server answers: its own loopback names with its port. Any
/// other name (`evil.example` resolving to 127.0.0.1: DNS rebinding) is answered 421.
enum HostCheck {
    static func allows(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let names = ["127.0.0.1", "localhost", "[::1]"]
        return names.contains { host == "\($0):\(port)" } || (port == 80 && names.contains(host))
    }
}
