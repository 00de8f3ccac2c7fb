import Foundation

/// Calls of registered builtins checked against their signatures, in Swift's words: labels
/// (`missing argument label 'mean:' in call`, `extraneous argument label 'x:' in call`,
/// `missing argument for parameter 'count' in call`) and, where the signature is precise (a
/// parameter typed `Int`, `Double`, `Float`, `Bool`, `String` or `Character`, or an optional of
/// one, in the only overload the labels fit), the argument's type (`cannot convert value of
/// type 'String' to expected argument type 'Double'`). Literals take the parameter's type.
extension TypeChecker {
    /// The overloads a call of `name` without a receiver reaches, when it is a builtin.
    func hostOverloads(_ name: String) -> [HostRegistry.Callable]? {
        guard let registry, lookup(name) == nil else { return nil }
        return registry.functions[name] ?? registry.initializers[name]
    }

    /// The static type of a builtin function's result, when every overload names the same precise
    /// one (`mean(_ xs: [Double]) -> Double`): a `[mean(xs), 1]` then holds Doubles, as in Swift.
    /// Initializers are typed by their own rules (`Int(_:)` of a Double is not optional).
    func hostResultType(_ name: String, _ overloads: [HostRegistry.Callable]) -> StaticType {
        guard registry?.functions[name] != nil else { return .unknown }
        let types = Set(overloads.map { $0.signature.returnType.flatMap(Self.preciseType) })
        guard types.count == 1, let only = types.first, let type = only else { return .unknown }
        return type
    }

    /// The overloads of a method of a host type (`Tensor`, `Normal`…) the checker knows.
    func hostMethodOverloads(_ receiver: StaticType, _ name: String) -> [HostRegistry.Callable]? {
        guard let registry, case .host(let typeName) = receiver else { return nil }
        return registry.methods[typeName]?[name]
    }

    /// Checks the arguments of a call of `overloads` and returns them checked.
    func hostArguments(_ overloads: [HostRegistry.Callable], _ arguments: [Argument], callee: String, _ range: SourceRange) -> [Argument] {
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        var matches: [(Signature, [ArgumentMatcher.Source])] = []
        var firstMismatch: ArgumentMatcher.Mismatch?
        for callable in overloads {
            do {
                matches.append((callable.signature, try ArgumentMatcher.match(callable.signature.parameters, shape, callee: callee)))
            } catch let mismatch as ArgumentMatcher.Mismatch {
                if firstMismatch == nil || callable.signature.parameters.count == arguments.count { firstMismatch = mismatch }
            } catch {}
        }
        var expected: [StaticType?] = Array(repeating: nil, count: arguments.count)
        if matches.isEmpty, let mismatch = firstMismatch {
            let at = mismatch.argumentIndex.map { arguments[$0].labelRange ?? arguments[$0].value.range } ?? range
            self.error(Self.swiftWording(mismatch.message), at)
        } else if matches.count == 1 {
            for (parameter, source) in zip(matches[0].0.parameters, matches[0].1) {
                guard case .argument(let index) = source, let type = Self.preciseType(parameter.type) else { continue }
                expected[index] = type
            }
        }
        return arguments.enumerated().map { index, argument in
            argumentChecked(argument, expected[index], reporting: expected[index] != nil)
        }
    }

    /// The static type of a parameter type the checker can hold an argument to.
    static func preciseType(_ text: String) -> StaticType? {
        if text.hasSuffix("?") { return preciseType(String(text.dropLast())).map { .optional($0) } }
        switch text {
        case "Int": return .int
        case "Double": return .double
        case "Float": return .float
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        default: return nil
        }
    }

    /// The argument matcher's message as Swift words it: `… in call`, parameters without their
    /// colon, a wrong label as `incorrect argument label in call (have 'a:', expected 'b:')`.
    static func swiftWording(_ message: String) -> String {
        var text = message.replacingOccurrences(of: " in call to '[^']*'", with: " in call", options: .regularExpression)
        if let match = text.range(of: "^argument label '([^']*)' expected, found '([^']*)'$", options: .regularExpression) {
            let parts = text[match].split(separator: "'")
            if parts.count >= 4 { text = "incorrect argument label in call (have '\(parts[3])', expected '\(parts[1])')" }
        }
        text = text.replacingOccurrences(of: "missing argument for parameter '([^']*):'", with: "missing argument for parameter '$1'", options: .regularExpression)
        text = text.replacingOccurrences(of: "extra argument '([^']*):'", with: "extra argument '$1'", options: .regularExpression)
        return text
    }
}
