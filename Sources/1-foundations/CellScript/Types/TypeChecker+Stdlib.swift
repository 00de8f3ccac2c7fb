/// Types of the standard library's String, Character, Array, Set and Dictionary members and
/// of its free functions (`zip`, `stride`, `Array(…)`, `Set(…)`), as Swift gives them.
/// Values Swift prints by their type (a `ReversedCollection`, an `EnumeratedSequence`) are
/// `view`s: iterated, mapped and converted like their elements, but never printed in cells.
extension TypeChecker {
    /// The element type of a sequence type, or nil when it is not one the checker knows.
    func sequenceElement(_ type: StaticType) -> StaticType? {
        switch type {
        case .array(let t), .set(let t), .view(_, let t): return t
        case .range: return .int
        case .string: return .character
        case .dictionary(let k, let v): return .tuple([k, v], labels: ["key", "value"])
        default: return nil
        }
    }

    private func viewName(_ kind: String, _ base: StaticType) -> String {
        switch base {
        case .array(let t): return "\(kind)<Array<\(t)>>"
        case .string: return "\(kind)<String>"
        default: return "\(kind)<\(base)>"
        }
    }

    /// A method of a standard-library receiver: its checked arguments and result type, or nil
    /// for the general rules of ``method``.
    func stdlibMethod(_ receiver: StaticType, _ name: String, _ arguments: [Argument], _ range: SourceRange) -> ([Argument], StaticType)? {
        guard let element = sequenceElement(receiver) else {
            if receiver == .character, name == "uppercased" || name == "lowercased", arguments.isEmpty { return ([], .string) }
            if let typed = integerMethod(receiver, name, arguments) { return typed }
            if receiver == .int, name == "quotientAndRemainder", arguments.map(\.label) == ["dividingBy"] {
                return ([argumentChecked(arguments[0], .int, reporting: true)], .tuple([.int, .int], labels: ["quotient", "remainder"]))
            }
            if receiver.isFloatingPoint, name == "truncatingRemainder" || name == "remainder", arguments.map(\.label) == ["dividingBy"] {
                return ([argumentChecked(arguments[0], receiver, reporting: true)], receiver)
            }
            return nil
        }
        var labels = arguments.map(\.label)
        // A trailing closure drops its label: `xs.max { … }` is `max(by:)`.
        if let last = arguments.last, last.isTrailingClosure, last.label == nil, let label = Self.trailingClosureLabels[name] {
            labels[labels.count - 1] = label
        }
        func plain(_ types: [StaticType?], _ result: StaticType) -> ([Argument], StaticType) {
            (zip(arguments, types + Array(repeating: nil, count: Swift.max(0, arguments.count - types.count))).map { argumentChecked($0, $1) }, result)
        }
        func closure(_ params: [StaticType], result: StaticType?, then type: (StaticType) -> StaticType) -> ([Argument], StaticType) {
            var args = arguments.map { argumentChecked($0, nil) }
            let last = arguments.count - 1
            let checked = closureArgument(arguments[last], params, result: result)
            args[last] = checked.0
            var resultType = StaticType.unknown
            if case .function(_, let r) = checked.1 { resultType = r }
            return (args, type(resultType))
        }
        let isString = receiver == .string
        if isString, let typed = stringIndexMethod(name, arguments, range) ?? textMethod(name, arguments) { return typed }
        switch (name, labels, arguments.isEmpty) {
        case ("reversed", _, true):
            if case .view = receiver { return nil }
            return ([], .view(viewName("ReversedCollection", receiver), element: element))
        case ("enumerated", _, true):
            return ([], .view(viewName("EnumeratedSequence", receiver), element: .tuple([.int, element], labels: ["offset", "element"])))
        case ("filter", [nil], _) where isString:
            return closure([.character], result: .bool) { _ in .string }
        case ("filter", [nil], _):
            if case .set = receiver { return closure([element], result: .bool) { _ in receiver } }
            if case .dictionary = receiver { return closure([element], result: .bool) { _ in receiver } }
            return nil
        case ("prefix", [nil], _) where isString, ("suffix", [nil], _) where isString,
             ("dropFirst", _, _) where isString, ("dropLast", _, _) where isString:
            return plain([.int], .string)
        case ("prefix", [nil], _), ("suffix", [nil], _), ("dropFirst", _, _), ("dropLast", _, _):
            if case .set = receiver { return nil }
            return plain([.int], .array(element))
        case ("prefix", ["while"], _), ("drop", ["while"], _):
            return closure([element], result: .bool) { _ in isString ? .string : .array(element) }
        case ("split", _, _) where isString && labels.first == "separator":
            return plain([.character, .int, .bool], .array(.string))
        case ("split", ["whereSeparator"], _) where isString:
            return closure([.character], result: .bool) { _ in .array(.string) }
        case ("components", ["separatedBy"], _) where isString:
            return plain([.string], .array(.string))
        case ("append", [nil], _) where isString, ("append", ["contentsOf"], _) where isString:
            return plain([nil], .void)
        case ("insert", [nil, "at"], _) where isString:
            return plain([.character, .int], .void)
        case ("trimmingCharacters", ["in"], _) where isString:
            return plain([nil], .string)
        case ("replacingOccurrences", ["of", "with"], _) where isString:
            return plain([.string, .string], .string)
        case ("starts", ["with"], _) where isString:
            return plain([.string], .bool)
        case ("contains", ["where"], _), ("allSatisfy", [nil], _):
            return closure([element], result: .bool) { _ in .bool }
        case ("first", ["where"], _), ("last", ["where"], _):
            return closure([element], result: .bool) { _ in .optional(element) }
        case ("firstIndex", ["where"], _), ("lastIndex", ["where"], _):
            return closure([element], result: .bool) { _ in .optional(.int) }
        case ("lastIndex", ["of"], _):
            return plain([element], .optional(.int))
        case ("count", ["where"], _):
            return closure([element], result: .bool) { _ in .int }
        case ("max", ["by"], _), ("min", ["by"], _):
            return closure([element, element], result: .bool) { _ in .optional(element) }
        case ("sorted", ["by"], _):
            return closure([element, element], result: .bool) { _ in .array(element) }
        case ("forEach", [nil], _):
            return closure([element], result: .void) { _ in .void }
        case ("compactMap", [nil], _):
            return closure([element], result: nil) { r in
                if case .optional(let w) = r { return .array(w) }
                return .unknown
            }
        case ("flatMap", [nil], _):
            return closure([element], result: nil) { r in sequenceElement(r).map { .array($0) } ?? .unknown }
        case ("reduce", ["into", nil], _):
            let initial = expression(arguments[0].value, expected: nil)
            var first = arguments[0]
            first.value = initial.expr
            var update = closureArgument(arguments[1], [initial.type, element], result: .void).0
            if case .closure(var accumulating) = update.value.kind {
                accumulating.mutableFirstParameter = true
                update.value.kind = .closure(accumulating)
            }
            return ([first, update], initial.type)
        case ("joined", ["separator"], _):
            return plain([.string], .string)
        case ("joined", [], true) where element == .string || element == .character:
            return plain([.string], .string)
        case ("joined", [], true):
            return ([], sequenceElement(element).map { .array($0) } ?? .unknown)
        case ("elementsEqual", [nil], _):
            return plain([nil], .bool)
        default:
            break
        }
        return collectionMethod(receiver, element, name, labels, arguments, plain, closure)
    }

    /// Members of one collection kind (Array, Set, Dictionary).
    private func collectionMethod(_ receiver: StaticType, _ element: StaticType, _ name: String, _ labels: [String?], _ arguments: [Argument],
                                  _ plain: ([StaticType?], StaticType) -> ([Argument], StaticType),
                                  _ closure: ([StaticType], StaticType?, (StaticType) -> StaticType) -> ([Argument], StaticType)) -> ([Argument], StaticType)? {
        switch receiver {
        case .array:
            switch (name, labels) {
            case ("removeAll", ["where"]): return closure([element], .bool) { _ in .void }
            case ("removeFirst", [nil]), ("removeLast", [nil]), ("reserveCapacity", [nil]): return plain([.int], .void)
            case ("insert", [nil, "at"]): return plain([element, .int], .void)
            case ("remove", ["at"]): return plain([.int], element)
            case ("swapAt", [nil, nil]): return plain([.int, .int], .void)
            case ("append", ["contentsOf"]): return plain([nil], .void)
            case ("removeAll", []), ("sort", []), ("reverse", []): return plain([], .void)
            case ("sort", ["by"]): return closure([element, element], .bool) { _ in .void }
            default: return nil
            }
        case .set:
            switch (name, labels) {
            case ("insert", [nil]): return plain([element], .tuple([.bool, element], labels: ["inserted", "memberAfterInsert"]))
            case ("remove", [nil]): return plain([element], .optional(element))
            case ("contains", [nil]): return plain([element], .bool)
            case ("union", [nil]), ("intersection", [nil]), ("subtracting", [nil]), ("symmetricDifference", [nil]): return plain([nil], receiver)
            case ("isSubset", ["of"]), ("isSuperset", ["of"]), ("isDisjoint", ["with"]): return plain([nil], .bool)
            case ("formUnion", [nil]), ("removeAll", []): return plain([nil], .void)
            default: return nil
            }
        case .dictionary(let k, let v):
            switch (name, labels) {
            case ("mapValues", [nil]): return closure([v], nil) { r in .dictionary(k, r) }
            case ("compactMapValues", [nil]): return closure([v], nil) { r in if case .optional(let t) = r { .dictionary(k, t) } else { .unknown } }
            case ("updateValue", [nil, "forKey"]): return plain([v, k], .optional(v))
            case ("removeValue", ["forKey"]): return plain([k], .optional(v))
            case ("merging", [nil, "uniquingKeysWith"]):
                let other = argumentChecked(arguments[0], receiver)
                let combine = closureArgument(arguments[1], [v, v], result: v).0
                return ([other, combine], receiver)
            case ("removeAll", []): return plain([], .void)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `base.name` of a standard-library value, or nil for the general rules.
    func stdlibMember(_ type: StaticType, _ name: String) -> StaticType? {
        if let member = stringIndexMember(type, name) { return member }
        switch (type, name) {
        case (.string, "first"), (.string, "last"): return .optional(.character)
        case (.set, "count"), (.view, "count"): return .int
        case (.set, "isEmpty"): return .bool
        case (.set(let t), "first"): return .optional(t)
        case (.array, "indices"): return .range(closed: false)
        case (.array, "startIndex"), (.array, "endIndex"): return .int
        case (.range, "lowerBound"), (.range, "upperBound"): return .int
        case (.dictionary(let k, _), "keys"): return .array(k)
        case (.dictionary(_, let v), "values"): return .array(v)
        case (.character, "asciiValue"): return .optional(.fixedInt(.uint8))
        case (.character, "wholeNumberValue"), (.character, "hexDigitValue"): return .optional(.int)
        case (.character, _) where Self.characterFlags.contains(name): return .bool
        default: return nil
        }
    }

    static let characterFlags: Set<String> = ["isLetter", "isNumber", "isWholeNumber", "isWhitespace", "isNewline", "isUppercase",
                                              "isLowercase", "isPunctuation", "isSymbol", "isASCII", "isHexDigit", "isCased"]

    /// The index of a tuple label (`pair.key` is `pair.0`), when the base's type has it.
    func tupleLabelIndex(_ type: StaticType, _ name: String) -> Int? {
        guard case .tuple(_, let labels) = type else { return nil }
        return labels.firstIndex(of: name)
    }

    /// `zip`, `stride`, `Array(…)`, `Set(…)`, `Character(…)`, `UnicodeScalar(…)`, `String(repeating:count:)`,
    /// `String(characters)` and the `Dictionary` initialisers; nil for other calls.
    func stdlibFunction(_ e: Expr, _ callee: Expr, _ name: String, _ arguments: [Argument]) -> Typed? {
        let labels = arguments.map(\.label)
        func finish(_ args: [Argument], _ type: StaticType) -> Typed {
            var out = e
            out.kind = .call(callee, args)
            return Typed(out, type)
        }
        if let typed = mathFunction(e, callee, name, arguments) { return typed }
        switch (name, labels) {
        case ("zip", [nil, nil]):
            let a = expression(arguments[0].value, expected: nil), b = expression(arguments[1].value, expected: nil)
            var args = arguments
            args[0].value = a.expr
            args[1].value = b.expr
            guard let x = sequenceElement(a.type), let y = sequenceElement(b.type) else { return finish(args, .unknown) }
            return finish(args, .view("Zip2Sequence<\(a.type), \(b.type)>", element: .tuple([x, y], labels: [nil, nil])))
        case ("stride", ["from", "to", "by"]), ("stride", ["from", "through", "by"]):
            let typed = arguments.map { expression($0.value, expected: nil) }
            var common: StaticType = typed.contains { $0.type == .double } ? .double : (typed.allSatisfy { $0.type == .int } ? .int : .unknown)
            if typed.contains(where: { $0.type == .float }) { common = .float }
            let args = zip(arguments, typed).map { argument, t -> Argument in
                var a = argument
                a.value = common.isNumeric && t.isLiteral ? expression(argument.value, expected: common).expr : t.expr
                return a
            }
            let kind = labels[1] == "to" ? "StrideTo" : "StrideThrough"
            return finish(args, common == .unknown ? .unknown : .view("\(kind)<\(common)>", element: common))
        case ("Array", [nil]), ("Set", [nil]):
            let typed = expression(arguments[0].value, expected: nil)
            var args = arguments
            args[0].value = typed.expr
            guard let element = sequenceElement(typed.type) else { return finish(args, .unknown) }
            return finish(args, name == "Array" ? .array(element) : .set(element))
        case ("Array", ["repeating", "count"]):
            let value = expression(arguments[0].value, expected: nil)
            var args = arguments
            args[0].value = value.expr
            args[1] = argumentChecked(arguments[1], .int, reporting: true)
            return finish(args, .array(value.type))
        case ("Set", []):
            return finish([], .unknown)
        case ("Character", [nil]):
            return finish(arguments.map { argumentChecked($0, .character) }, .character)
        case ("UnicodeScalar", [nil]):
            // From a UInt8 always a scalar; from an Int (a literal too), UInt16 or UInt32 an optional one.
            let typed = expression(arguments[0].value, expected: nil)
            var args = arguments
            args[0].value = typed.expr
            switch typed.type {
            case .fixedInt(.uint8): return finish(args, Self.unicodeScalar)
            case .int, .fixedInt(.uint16), .fixedInt(.uint32): return finish(args, .optional(Self.unicodeScalar))
            default: return nil
            }
        case ("String", ["repeating", "count"]):
            let args = [argumentChecked(arguments[0], .string), argumentChecked(arguments[1], .int, reporting: true)]
            return finish(args, .string)
        case ("String", [nil]):
            // `String(characters)`: the characters joined (Swift's `String.init<S: Sequence>`).
            let typed = expression(arguments[0].value, expected: nil)
            guard let element = sequenceElement(typed.type), element == .character, typed.type != .string else { return nil }
            let joined = Expr(kind: .member(typed.expr, name: "joined", nameRange: callee.range), range: e.range)
            return Typed(Expr(kind: .call(joined, []), range: e.range), .string)
        case ("Dictionary", ["uniqueKeysWithValues"]):
            let typed = expression(arguments[0].value, expected: nil)
            var args = arguments
            args[0].value = typed.expr
            if case .tuple(let items, _)? = sequenceElement(typed.type), items.count == 2 { return finish(args, .dictionary(items[0], items[1])) }
            return finish(args, .unknown)
        case ("Dictionary", ["grouping", "by"]):
            let values = expression(arguments[0].value, expected: nil)
            var args = arguments
            args[0].value = values.expr
            guard let element = sequenceElement(values.type) else {
                args[1] = argumentChecked(arguments[1], nil)
                return finish(args, .unknown)
            }
            let key = closureArgument(arguments[1], [element], result: nil)
            args[1] = key.0
            if case .function(_, let k) = key.1, k.isKnown { return finish(args, .dictionary(k, .array(element))) }
            return finish(args, .unknown)
        default:
            return textFunction(e, callee, name, arguments)
        }
    }

    /// A value Swift prints by its type cannot be printed in cells: an error at the value.
    func rejectPrintedView(_ typed: Typed) {
        guard case .view(let name, _) = typed.type else { return }
        error("printing a value of type '\(name)' is not supported in cells: convert it with Array(…) first", typed.expr.range)
    }
}

extension TypeChecker {
    /// `[1, 2]` where a `Set<T>` is expected: `Set([1, 2])`.
    func setLiteral(_ e: Expr, _ items: [Expr], _ element: StaticType) -> Typed {
        let array = expression(e, expected: .array(element))
        let callee = Expr(kind: .identifier("Set"), range: e.range)
        return Typed(Expr(kind: .call(callee, [Argument(label: nil, labelRange: nil, value: array.expr)]), range: e.range), .set(element))
    }
}

extension TypeChecker {
    /// The type a type expression names: `Int`, `[Double]`, `[String: Int]`, `Set[T]` (the
    /// parser's form of `Set<T>`); nil for any other expression.
    func typeExpression(_ e: Expr) -> StaticType? {
        switch e.kind {
        case .identifier("Any") where lookup("Any") == nil:
            // A generic parameter (`[T]()` in `struct Stack<T>`), typed at run time.
            return .unknown
        case .identifier(let name):
            guard lookup(name) == nil, name.first?.isUppercase == true else { return nil }
            let type = StaticType(.named(name, e.range))
            return type == .unknown ? nil : type
        case .tuple(let items) where items.count > 1:
            var types: [StaticType] = []
            for item in items {
                guard let type = typeExpression(item) else { return nil }
                types.append(type)
            }
            return .tuple(types, labels: e.labels ?? items.map { _ in nil })
        case .array(let items) where items.count == 1:
            return typeExpression(items[0]).map { .array($0) }
        case .dictionary(let pairs) where pairs.count == 1:
            guard let k = typeExpression(pairs[0].key), let v = typeExpression(pairs[0].value) else { return nil }
            return .dictionary(k, v)
        case .subscriptAccess(let base, let arguments) where arguments.count == 1:
            if case .identifier("Optional") = base.kind, lookup("Optional") == nil {
                return typeExpression(arguments[0].value).map { .optional($0) }
            }
            guard case .identifier("Set") = base.kind else { return nil }
            return typeExpression(arguments[0].value).map { .set($0) }
        default:
            return nil
        }
    }

    /// `[T](…)`, `[K: V]()`, `Set<T>(…)`: a call of a collection type written as an expression.
    func typedCollectionCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument]) -> Typed? {
        guard let type = typeExpression(callee) else { return nil }
        let labels = arguments.map(\.label)
        func call(_ name: String, _ args: [Argument]) -> Expr {
            Expr(kind: .call(Expr(kind: .identifier(name), range: callee.range), args), range: e.range)
        }
        switch (type, labels) {
        case (.array, []):
            return Typed(Expr(kind: .array([]), range: e.range), type)
        case (.dictionary, []):
            return Typed(Expr(kind: .dictionary([]), range: e.range), type)
        case (.set, []):
            return Typed(call("Set", [Argument(label: nil, labelRange: nil, value: Expr(kind: .array([]), range: e.range))]), type)
        case (.array(let element), ["repeating", "count"]):
            let args = [argumentChecked(arguments[0], element, reporting: true), argumentChecked(arguments[1], .int, reporting: true)]
            return Typed(call("Array", args), type)
        case (.array(let element), [nil]), (.set(let element), [nil]):
            let typed = expression(arguments[0].value, expected: .array(element))
            var argument = arguments[0]
            argument.value = typed.expr
            if case .array = type { return Typed(call("Array", [argument]), type) }
            return Typed(call("Set", [argument]), type)
        default:
            return nil
        }
    }
}

extension TypeChecker {
    /// The label a trailing closure stands for, by method name.
    static let trailingClosureLabels: [String: String] = [
        "contains": "where", "first": "where", "last": "where", "firstIndex": "where", "lastIndex": "where",
        "count": "where", "removeAll": "where", "max": "by", "min": "by", "sorted": "by", "sort": "by",
        "prefix": "while", "drop": "while", "split": "whereSeparator", "merging": "uniquingKeysWith",
    ]
}
