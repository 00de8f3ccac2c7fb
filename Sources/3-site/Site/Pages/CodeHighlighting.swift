import CellScript

/// Cell code as HTML coloured by CellScript's own lexer (`hl-keyword`, `hl-type`, … classes).
public enum CodeHighlighting {
    /// The highlighted HTML of `code` (what the page shows; `ganbook serve`'s editor asks for it).
    public static func markup(_ code: String) -> String { html(code).html }

    static func html(_ code: String) -> HTMLNode {
        .fragment(SyntaxHighlighter.pieces(code).map { piece in
            piece.kind == .plain || piece.kind == .identifier || piece.kind == .punctuation
                ? .text(piece.text)
                : .el("span", [("class", "hl-" + piece.kind.rawValue)], [.text(piece.text)])
        })
    }
}
