/// A checked expression: the rewritten node, its static type, and whether the type only
/// defaulted from a literal (`1`, `2.5`, `1 + 2`), so a context may still choose another.
struct Typed {
    var expr: Expr
    var type: StaticType
    var isLiteral = false

    init(_ expr: Expr, _ type: StaticType, literal: Bool = false) {
        self.expr = expr
        self.expr.checkedType = type == .unknown ? nil : type
        self.type = type
        self.isLiteral = literal
    }
}
