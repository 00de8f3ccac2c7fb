/// `array[guarded: i]`: a one-index subscript with an argument label is the subscript declared
/// with that label (an `extension Array { subscript(guarded i: Int) -> Element? }`), never the
/// builtin position subscript (which takes no label).
extension Compiler {
    func compileLabelledSubscript(_ baseEval: @escaping Eval, _ indexEval: @escaping Eval, label: String, _ range: SourceRange) -> Eval {
        let runtime = self.runtime
        let shape = ArgumentMatcher.CallShape(labels: [label], trailing: [false])
        return { frame in
            var container = try baseEval(frame)
            let index = try indexEval(frame)
            return try atCallSite(range, []) {
                if let value = try runtime.builtinExtensionSubscript(container, [index], shape) { return value }
                return try runtime.callMethod(&container, "subscript", [index], shape)
            }
        }
    }
}
