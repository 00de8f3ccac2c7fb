import Notebook

/// The element a math span becomes. Until TeX→MathML conversion is wired in, the TeX source is
/// kept, escaped, inside `<span class="math">` / `<div class="math">`.
enum MathElement {
    static func render(_ span: MathSpan) -> HTMLNode {
        span.display
            ? .el("div", [("class", "math display")], [.text(span.tex)])
            : .el("span", [("class", "math")], [.text(span.tex)])
    }
}
