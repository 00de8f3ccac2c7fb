import CCmarkGFM
import Foundation

/// A thin owner of a cmark-gfm parser and its document tree, with the GFM extensions the
/// course uses (table, strikethrough, autolink, tagfilter, tasklist).
final class CmarkDocument {
    private let parser: OpaquePointer
    let root: OpaquePointer
    private let options: Int32

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Parses `markdown`. Raw HTML is dropped unless `allowRawHTML` (and then still tag-filtered).
    init(markdown: String, allowRawHTML: Bool) {
        cmark_gfm_core_extensions_ensure_registered()
        options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
        let parser = cmark_parser_new(options)!
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        self.parser = parser
        root = cmark_parser_finish(parser)!
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Every node in document order (collected first, so callers may edit the tree afterwards).
    func nodes() -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { result.append(node) }
        }
        return result
    }

    /// Replaces `node` by a paragraph holding only `text` (a placeholder token).
    func replaceWithParagraph(_ node: OpaquePointer, text: String) {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return }
        guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { cmark_node_free(paragraph); return }
        cmark_node_set_literal(textNode, text)
        cmark_node_append_child(paragraph, textNode)
        cmark_node_replace(node, paragraph)
        cmark_node_free(node)
    }

    /// Replaces the inline `node` by a text node holding `text` (a placeholder token).
    func replaceWithText(_ node: OpaquePointer, text: String) {
        guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(textNode, text)
        cmark_node_replace(node, textNode)
        cmark_node_free(node)
    }

    /// Inserts a text node holding `text` as the first child of `node`.
    func prependText(_ node: OpaquePointer, text: String) {
        guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(textNode, text)
        cmark_node_prepend_child(node, textNode)
    }

    /// The document as HTML.
    func html() -> String {
        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

/// Read-only accessors of one cmark node.
struct CmarkNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isFenced: Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(pointer, &length, &offset, &character) != 0
    }

    /// The concatenated text of all descendants (for heading titles and anchors).
    var plainText: String {
        var text = ""
        guard let iterator = cmark_iter_new(pointer) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let node = CmarkNode(pointer: child)
            if node.type == CMARK_NODE_TEXT || node.type == CMARK_NODE_CODE { text += node.literal }
            if node.type == CMARK_NODE_SOFTBREAK || node.type == CMARK_NODE_LINEBREAK { text += " " }
        }
        return text
    }
}
