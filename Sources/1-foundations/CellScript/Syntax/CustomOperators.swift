/// The operators a cell declares and the precedence groups it orders them with:
///
/// ```swift
/// precedencegroup PowerPrecedence { higherThan: MultiplicationPrecedence }
/// infix operator ** : PowerPrecedence
/// prefix operator +++
/// func ** (radix: Int, power: Int) -> Int { … }
/// ```
///
/// The lexer reads operator characters as the builtin symbols (`**` is `*` `*`); the parser
/// joins adjacent symbols that spell a declared operator. The declarations are found by a scan
/// of the whole cell before parsing, so an operator may be used above its declaration, as
/// Swift allows.
struct CustomOperators: Sendable {
    /// A `precedencegroup` declaration.
    struct Group: Sendable {
        var higherThan: String?
        var lowerThan: String?
        var rightAssociative = false
    }

    /// Infix operators by spelling, with their precedence group (nil: `DefaultPrecedence`).
    var infix: [String: String?] = [:]
    var prefix: Set<String> = []
    var postfix: Set<String> = []
    var groups: [String: Group] = [:]
    /// Operators the cell declares functions for (`func ~=`, `static func +-`), by spelling.
    var functionNames: Set<String> = []
    /// The binary levels of the parser, lowest first, with the cell's operators placed by their
    /// groups; nil when the cell declares no infix operator (the builtin table is used).
    var levels: [(ops: Set<String>, rightAssociative: Bool)]?

    /// Every spelling the parser joins from adjacent symbols.
    var spellings: Set<String> { Set(infix.keys).union(prefix).union(postfix).union(functionNames) }

    /// Swift's precedence groups of the builtin levels (`Parser.levels`, lowest first).
    static let builtinGroups: [String: Int] = [
        "LogicalDisjunctionPrecedence": 0, "LogicalConjunctionPrecedence": 1, "ComparisonPrecedence": 2,
        "NilCoalescingPrecedence": 3, "CastingPrecedence": 4, "RangeFormationPrecedence": 5,
        "AdditionPrecedence": 6, "MultiplicationPrecedence": 7, "BitwiseShiftPrecedence": 8,
    ]

    /// Characters an operator may be spelled with (Swift's ASCII operator characters).
    static let operatorCharacters: Set<Character> = ["/", "=", "-", "+", "!", "*", "%", "<", ">", "&", "|", "^", "~", "?", "."]

    /// The operator spelled by the adjacent symbol tokens from `index` (no space between them),
    /// and how many tokens it spans; nil when `tokens[index]` is not an operator symbol.
    static func spelledOperator(_ tokens: [Token], at index: Int) -> (String, Int)? {
        var spelled = ""
        var count = 0
        while index + count < tokens.count, case .symbol(let s) = tokens[index + count].kind,
              s.allSatisfy(operatorCharacters.contains), count == 0 || !tokens[index + count].spaceBefore {
            spelled += s
            count += 1
        }
        return count == 0 ? nil : (spelled, count)
    }

    /// Finds the operator and precedence-group declarations and the operator functions of a cell.
    static func scan(_ tokens: [Token], builtinLevels: [(ops: Set<String>, rightAssociative: Bool)]) -> CustomOperators {
        var found = CustomOperators()
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if let fixity = token.identifier, ["infix", "prefix", "postfix"].contains(fixity), i + 1 < tokens.count,
               tokens[i + 1].identifier == "operator", let (op, width) = spelledOperator(tokens, at: i + 2) {
                var end = i + 2 + width
                switch fixity {
                case "prefix": found.prefix.insert(op)
                case "postfix": found.postfix.insert(op)
                default:
                    var group: String?
                    if end + 1 < tokens.count, tokens[end].isSymbol(":"), let name = tokens[end + 1].identifier, !tokens[end].newlineBefore {
                        group = name
                        end += 2
                    }
                    found.infix[op] = group
                }
                i = end
                continue
            }
            if token.identifier == "precedencegroup", i + 1 < tokens.count, let name = tokens[i + 1].identifier {
                var group = Group()
                var j = i + 2
                if j < tokens.count, tokens[j].isSymbol("{") {
                    j += 1
                    while j < tokens.count, !tokens[j].isSymbol("}") {
                        if j + 2 < tokens.count, let key = tokens[j].identifier, tokens[j + 1].isSymbol(":") {
                            let value = tokens[j + 2].identifier
                            switch key {
                            case "higherThan": group.higherThan = value
                            case "lowerThan": group.lowerThan = value
                            case "associativity": group.rightAssociative = value == "right"
                            default: break
                            }
                            j += 3
                        } else {
                            j += 1
                        }
                    }
                }
                found.groups[name] = group
                i = j
                continue
            }
            if token.isKeyword(.func), let (op, width) = spelledOperator(tokens, at: i + 1) {
                found.functionNames.insert(op)
                i += 1 + width
                continue
            }
            i += 1
        }
        if !found.infix.isEmpty { found.levels = found.placedLevels(builtinLevels) }
        return found
    }

    /// The builtin levels with each declared infix operator added to the level of its group:
    /// a builtin group's own level, or a level of its own just above `higherThan` (below
    /// `lowerThan`). Groups Swift leaves unordered (two groups above one level) may take any
    /// order: a program that mixes their operators without parentheses does not compile.
    private func placedLevels(_ builtin: [(ops: Set<String>, rightAssociative: Bool)]) -> [(ops: Set<String>, rightAssociative: Bool)] {
        // Builtin level k ranks k + 1; `DefaultPrecedence` (no group) ranks 0, below `||`.
        var levels: [String: (rank: Double, ops: Set<String>, rightAssociative: Bool)] = [:]
        for (k, level) in builtin.enumerated() { levels["\(k)"] = (Double(k + 1), level.ops, level.rightAssociative) }
        for (op, group) in infix.sorted(by: { $0.key < $1.key }) {
            let key = group.flatMap { Self.builtinGroups[$0] }.map { "\($0)" } ?? (group ?? "DefaultPrecedence")
            let (rank, right) = placement(group, depth: 0)
            var level = levels[key] ?? (rank, [], right)
            level.ops.insert(op)
            levels[key] = level
        }
        return levels.sorted { ($0.value.rank, $0.key) < ($1.value.rank, $1.key) }.map { ($0.value.ops, $0.value.rightAssociative) }
    }

    /// The rank of a group's level and whether it associates right: a group above another
    /// ranks between it and the next builtin level, nearer for each step of a chain.
    private func placement(_ group: String?, depth: Int) -> (Double, Bool) {
        guard let group, depth < 16 else { return (0, false) }
        if let k = Self.builtinGroups[group] { return (Double(k + 1), false) }
        guard let declared = groups[group] else { return (0, false) }
        let step = 0.5 / Double(1 << depth) * 0.5
        if let higher = declared.higherThan { return (placement(higher, depth: depth + 1).0 + step, declared.rightAssociative) }
        if let lower = declared.lowerThan { return (placement(lower, depth: depth + 1).0 - step, declared.rightAssociative) }
        return (0, declared.rightAssociative)
    }
}
