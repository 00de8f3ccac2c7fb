/// A name bound to a slot.
struct Binding {
    var slot: Int
    var isLet: Bool
    /// The cell that declared it (redeclaring a name of an earlier cell shadows it).
    var cell: Int
    var range: SourceRange
    /// True for the name of a `func` declaration: calls by that name use its argument labels;
    /// a call of a function *value* (a variable, parameter or element holding one) does not.
    var isFunction = false
}

/// Names of one function (or of the global scope), with their block structure and slots.
final class Scope {
    let parent: Scope?
    let isGlobal: Bool
    var blocks: [[String: Binding]]
    var slotCount: Int
    /// Closures without an `in` header take `$0…$maxDollar` as parameters.
    var usesDollar = false
    var loopDepth = 0
    /// Enclosing `switch` statements and statement labels (`outer: for`), innermost last.
    var switchDepth = 0
    var labels: [String] = []
    /// The label of the loop about to be compiled (set by its labelled statement).
    var pendingLabel: String?
    /// The enum whose method or property this function is (its members need no `self.`).
    var selfType: String?
    /// Inside a result-builder closure body, expression statements list their values.
    var collects = false
    let isFunction: Bool
    /// Slots of `func`s declared in this function; cleared on return to break reference cycles.
    var functionSlots: [Int] = []

    init(parent: Scope?, isGlobal: Bool, isFunction: Bool, blocks: [[String: Binding]] = [[:]], slotCount: Int = 0) {
        self.parent = parent
        self.isGlobal = isGlobal
        self.isFunction = isFunction
        self.blocks = blocks
        self.slotCount = slotCount
    }

    func lookup(_ name: String) -> Binding? {
        for block in blocks.reversed() { if let b = block[name] { return b } }
        return nil
    }

    /// All names visible here, for "did you mean" suggestions.
    var visibleNames: [String] {
        blocks.flatMap(\.keys) + (parent?.visibleNames ?? [])
    }
}

/// How compiled code reaches a name.
enum NameReference {
    case local(depth: Int, slot: Int)
    case global(slot: Int)
}
