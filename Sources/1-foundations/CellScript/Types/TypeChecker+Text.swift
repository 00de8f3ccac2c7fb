/// Typing the text initialisers and functions Swift programs write: `String()`,
/// `Substring(text)`, `String(reflecting:)`, `debugPrint(…)`, and `String.init` /
/// `Substring.init` passed as a function (`words.map(String.init)`). A Substring is text in
/// cells (it prints as its characters, as Swift's does).
extension TypeChecker {
    /// A call of one of these functions, rewritten to what cells run; nil for other calls.
    func textFunction(_ e: Expr, _ callee: Expr, _ name: String, _ arguments: [Argument]) -> Typed? {
        let labels = arguments.map(\.label)
        switch (name, labels) {
        case ("String", []), ("Substring", []):
            return Typed(Expr(kind: .string(""), range: e.range), .string)
        case ("Substring", [nil]):
            let typed = expression(arguments[0].value, expected: .string)
            guard typed.type == .string else { return nil }
            return Typed(typed.expr, .string)
        case ("String", ["reflecting"]):
            let typed = expression(arguments[0].value, expected: nil)
            return reflecting(typed, callee, e.range)
        case ("debugPrint", _):
            let args = arguments.map { argument -> Argument in
                var a = argument
                guard argument.label == nil else {
                    a.value = expression(argument.value, expected: .string).expr
                    return a
                }
                let typed = expression(argument.value, expected: nil)
                a.value = reflecting(typed, callee, argument.value.range).expr
                return a
            }
            let print = Expr(kind: .identifier("print"), range: callee.range)
            return Typed(Expr(kind: .call(print, args), range: e.range), .void)
        default:
            return nil
        }
    }

    /// `String(reflecting: value)`: text and characters quoted and escaped as Swift's
    /// `debugDescription`; any other value as `String(describing:)` shows it (the same text).
    private func reflecting(_ typed: Typed, _ callee: Expr, _ range: SourceRange) -> Typed {
        let string = Expr(kind: .identifier("String"), range: callee.range)
        if typed.type == .string || typed.type == .character {
            let argument = Argument(label: "reflecting", labelRange: nil, value: typed.expr)
            return Typed(Expr(kind: .call(string, [argument]), range: range), .string)
        }
        let argument = Argument(label: "describing", labelRange: nil, value: describedIfNeeded(typed))
        return Typed(Expr(kind: .call(string, [argument]), range: range), .string)
    }

    /// `String.init` or `Substring.init` used as a function value: `{ String($0) }`, typed by
    /// the function type the context expects.
    func initializerReference(_ e: Expr, _ base: Expr, _ name: String, expected: StaticType?) -> Typed? {
        guard name == "init", case .identifier(let typeName) = base.kind, typeName == "String" || typeName == "Substring",
              lookup(typeName) == nil, case .function(let params, _)? = expected, params.count == 1 else { return nil }
        let argument = Argument(label: nil, labelRange: nil, value: Expr(kind: .dollar(0), range: e.range))
        let call = Expr(kind: .call(Expr(kind: .identifier("String"), range: base.range), [argument]), range: e.range)
        let closure = ClosureExpr(parameters: nil, body: [Stmt(kind: .expression(call), range: e.range)])
        return expression(Expr(kind: .closure(closure), range: e.range), expected: expected)
    }

    /// Text methods with options: `replacingOccurrences(of:with:options:range:)`.
    func textMethod(_ name: String, _ arguments: [Argument]) -> ([Argument], StaticType)? {
        let labels = arguments.map(\.label)
        guard name == "replacingOccurrences", labels == ["of", "with", "options"] || labels == ["of", "with", "options", "range"] else { return nil }
        var args = [argumentChecked(arguments[0], .string, reporting: true), argumentChecked(arguments[1], .string, reporting: true),
                    argumentChecked(arguments[2], nil)]
        if arguments.count == 4 {
            let range = expression(arguments[3].value, expected: nil)
            var argument = arguments[3]
            argument.value = range.expr
            if case .view(let view, _) = range.type, view == Self.indexRangeNames[0] {} else if range.type.isKnown {
                error("cannot convert value of type '\(range.type)' to expected argument type 'Range<String.Index>?'", range.expr.range)
            }
            args.append(argument)
        }
        return (args, .string)
    }
}
