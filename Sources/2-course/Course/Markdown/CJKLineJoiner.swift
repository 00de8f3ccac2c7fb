import CCmarkGFM

/// Removes soft line breaks between two Chinese/Japanese characters.
///
/// A lesson wraps long Chinese paragraphs across lines; browsers render each soft break as a
/// space, which is wrong between CJK characters (Chromium does not apply CSS Text's segment
/// break transformation). Breaks next to Latin text keep their space.
enum CJKLineJoiner {
    static func join(in document: CmarkDocument) {
        for pointer in document.nodes() where CmarkNode(pointer: pointer).type == CMARK_NODE_SOFTBREAK {
            guard let before = lastScalar(before: pointer), let after = firstScalar(after: pointer),
                  isCJK(before), isCJK(after) else { continue }
            cmark_node_unlink(pointer)
            cmark_node_free(pointer)
        }
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    private static func lastScalar(before node: OpaquePointer) -> Unicode.Scalar? {
        guard let sibling = cmark_node_previous(node) else { return nil }
        return text(of: sibling, last: true)
    }

    private static func firstScalar(after node: OpaquePointer) -> Unicode.Scalar? {
        guard let sibling = cmark_node_next(node) else { return nil }
        return text(of: sibling, last: false)
    }

    /// The first or last character of a text node, or of the nearest text inside emphasis.
    private static func text(of node: OpaquePointer, last: Bool) -> Unicode.Scalar? {
        let wrapped = CmarkNode(pointer: node)
        if wrapped.type == CMARK_NODE_TEXT || wrapped.type == CMARK_NODE_CODE {
            return last ? wrapped.literal.unicodeScalars.last : wrapped.literal.unicodeScalars.first
        }
        guard let child = last ? cmark_node_last_child(node) : cmark_node_first_child(node) else { return nil }
        return text(of: child, last: last)
    }
}
