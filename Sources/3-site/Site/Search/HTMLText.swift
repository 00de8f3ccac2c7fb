/// Plain text out of the HTML our own renderer produced (not a general HTML parser): tags are
/// dropped, the entities we emit are decoded, whitespace is collapsed, and the text is cut at
/// `<h2>`/`<h3>`. Code blocks (cells' code, fenced code) are left out; math scripts and
/// fractions are spelled as ``MathSearchText`` says. Works on UTF-8 bytes: it runs over every
/// page of every build.
enum HTMLText {
    struct Section {
        var id: String?
        var heading: String
        var text: String
    }

    /// Text accumulated byte by byte with whitespace collapsed.
    private struct Buffer {
        var bytes: [UInt8] = []
        var pendingSpace = false

        mutating func append(_ byte: UInt8) {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
                return
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(byte)
        }

        var string: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func sections(of html: String) -> [Section] {
        var result: [Section] = []
        var id: String?
        var heading = Buffer(), text = Buffer()
        var inHeading = false
        var skipDepth = 0
        var skippedPre: [Bool] = []
        var math: [MathSearchText.Frame] = []
        func flush() {
            result.append(Section(id: id, heading: heading.string, text: text.string))
            heading = Buffer(); text = Buffer()
        }
        var utf8 = Array(html.utf8)
        utf8.append(0)
        var i = 0
        let end = utf8.count - 1
        while i < end {
            let byte = utf8[i]
            if byte == 0x3C, let close = utf8[i..<end].firstIndex(of: 0x3E) {   // <tag>
                let tag = utf8[(i + 1)..<close]
                switch String(decoding: tagName(tag), as: UTF8.self) {
                case "h2", "h3":
                    flush()
                    id = attribute("id", in: tag)
                    inHeading = true
                case "/h2", "/h3": inHeading = false
                case "a" where contains(tag, "class=\"anchor\""): skipDepth += 1
                case "/a" where skipDepth > 0: skipDepth -= 1
                case "annotation", "style", "script": skipDepth += 1
                case "/annotation", "/style", "/script": skipDepth = max(0, skipDepth - 1)
                case "pre":
                    // Code (a cell's or a fenced block's) is not prose: it made search hits of code lines.
                    let code = attribute("class", in: tag).map { $0 == "cell-code" } ?? true
                    skippedPre.append(code)
                    if code { skipDepth += 1 } else if !inHeading && skipDepth == 0 { text.append(0x20) }
                case "/pre":
                    if skippedPre.popLast() == true { skipDepth = max(0, skipDepth - 1) } else if !inHeading && skipDepth == 0 { text.append(0x20) }
                case "p", "/p", "li", "/li", "br", "td", "/td", "div", "/div":
                    if !inHeading && skipDepth == 0 { text.append(0x20) }
                case "math":
                    math = [MathSearchText.Frame(name: "math")]
                case "/math":
                    math = []
                case let name where !math.isEmpty && skipDepth == 0:
                    if name.hasPrefix("/") {
                        guard math.count > 1, let frame = math.popLast() else { break }
                        guard frame.role != .none else { break }
                        if inHeading {
                            heading.bytes.replaceSubrange(frame.start..., with: MathSearchText.spell(heading.bytes[frame.start...], as: frame.role))
                        } else {
                            text.bytes.replaceSubrange(frame.start..., with: MathSearchText.spell(text.bytes[frame.start...], as: frame.role))
                        }
                    } else {
                        math[math.count - 1].children += 1
                        let role = MathSearchText.role(ofChild: math[math.count - 1].children, in: math[math.count - 1])
                        guard tag.last != 0x2F else { break }   // <mspace/>
                        let start = inHeading ? heading.bytes.count : text.bytes.count
                        math.append(MathSearchText.Frame(name: name, role: role, start: start, isAccent: contains(tag, "accent=\"true\"")))
                    }
                default: break
                }
                i = close + 1
                continue
            }
            if skipDepth == 0 {
                var decoded = byte
                if byte == 0x26, let (value, length) = entity(utf8, at: i) { decoded = value; i += length - 1 }
                if inHeading { heading.append(decoded) } else { text.append(decoded) }
            }
            i += 1
        }
        flush()
        return result
    }

    /// The tag's name including a leading `/`.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var j = tag.startIndex
        if j < tag.endIndex && tag[j] == 0x2F { j += 1 }
        while j < tag.endIndex && tag[j] != 0x20 && tag[j] != 0x2F { j += 1 }
        return tag[tag.startIndex..<j]
    }

    private static func contains(_ tag: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard tag.count >= pattern.count else { return false }
        var j = tag.startIndex
        while j + pattern.count <= tag.endIndex {
            if tag[j] == pattern[0] && Array(tag[j..<(j + pattern.count)]) == pattern { return true }
            j += 1
        }
        return false
    }

    private static let entities: [(String, UInt8)] = [("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22), ("&#39;", 0x27)]

    /// The byte an entity at `index` stands for and the entity's length.
    private static func entity(_ bytes: [UInt8], at index: Int) -> (UInt8, Int)? {
        for (name, value) in entities {
            let pattern = Array(name.utf8)
            if index + pattern.count <= bytes.count, Array(bytes[index..<(index + pattern.count)]) == pattern {
                return (value, pattern.count)
            }
        }
        return nil
    }

    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let pattern = Array("\(name)=\"".utf8)
        var j = tag.startIndex
        while j + pattern.count <= tag.endIndex {
            if Array(tag[j..<(j + pattern.count)]) == pattern {
                let start = j + pattern.count
                let stop = tag[start...].firstIndex(of: 0x22) ?? tag.endIndex
                return decode(String(decoding: tag[start..<stop], as: UTF8.self))
            }
            j += 1
        }
        return nil
    }

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        bytes.append(0)
        var i = 0
        while i < bytes.count - 1 {
            if bytes[i] == 0x26, let (value, length) = entity(bytes, at: i) {
                output.append(value)
                i += length
            } else {
                output.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
