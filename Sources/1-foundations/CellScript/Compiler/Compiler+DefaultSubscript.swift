/// `dict[key, default: value]` as a storage location: `counts[word, default: 0] += 1`.
extension Compiler {
    func compileDefaultSubscriptLValue(_ base: Expr, _ arguments: [Argument], _ range: SourceRange, mutating method: String?) -> LValue? {
        guard let container = compileLValue(base, mutating: method) else { return nil }
        let keyEval = compileExpression(arguments[0].value)
        let defaultEval = compileExpression(arguments[1].value)
        let runtime = self.runtime
        return { frame, body in
            let key = try keyEval(frame)
            return try container(frame) { value in
                guard case .dictionary(let dict) = value else {
                    throw ScriptError("value of type '\(value.typeName)' has no subscript with a 'default:' label", range)
                }
                guard DictionaryValue.isHashable(key) else {
                    throw ScriptError(DictionaryValue.unsupportedKeyMessage(key), range)
                }
                var element = try dict[key] ?? defaultEval(frame)
                let result = try body(&element)
                try located(range) { try runtime.subscriptSet(&value, key, element) }
                return result
            }
        }
    }
}
