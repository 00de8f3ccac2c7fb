import Foundation

/// Plain text out of the HTML our own renderer produced (not a general HTML parser): tags are
/// dropped, the five entities we emit are decoded, and the text is cut at `<h2>`/`<h3>`.
enum HTMLText {
    struct Section {
        var id: String?
        var heading: String
        var text: String
    }

    static func sections(of html: String) -> [Section] {
        var sections = [Section(id: nil, heading: "", text: "")]
        var inHeading = false
        var skipDepth = 0
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            guard character == "<" else {
                if skipDepth == 0 {
                    if inHeading { sections[sections.count - 1].heading.append(character) }
                    else { sections[sections.count - 1].text.append(character) }
                }
                index = html.index(after: index)
                continue
            }
            guard let close = html[index...].firstIndex(of: ">") else { break }
            let tag = html[html.index(after: index)..<close]
            let name = tag.prefix(while: { $0 != " " && $0 != ">" && $0 != "/" || $0 == "/" && tag.first == "/" })
            switch name {
            case "h2", "h3":
                sections.append(Section(id: attribute("id", in: tag), heading: "", text: ""))
                inHeading = true
            case "/h2", "/h3":
                inHeading = false
            case "a" where tag.contains("class=\"anchor\""):
                skipDepth += 1
            case "/a" where skipDepth > 0:
                skipDepth -= 1
            case "annotation", "style", "script":
                skipDepth += 1
            case "/annotation", "/style", "/script":
                skipDepth = max(0, skipDepth - 1)
            case "p", "/p", "li", "br", "/li", "td", "/td", "div", "/div", "pre", "/pre":
                if !inHeading && skipDepth == 0 { sections[sections.count - 1].text.append(" ") }
            default:
                break
            }
            index = html.index(after: close)
        }
        return sections.map { Section(id: $0.id, heading: decode(collapse($0.heading)), text: decode(collapse($0.text))) }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: "\(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return decode(String(rest[..<end]))
    }

    static func collapse(_ text: String) -> String {
        var result = ""
        var lastWasSpace = true
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
