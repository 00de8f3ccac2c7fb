/// Resolves names to slots and lowers the AST once into Swift closures, reporting every
/// unknown name and misuse before the cell runs.
final class Compiler {
    let runtime: Runtime
    let cellIndex: Int
    var diagnostics: [Diagnostic] = []
    /// Function and closure bodies compiled so far (tells whether a body creates closures).
    var shapesCompiled = 0
    var scope: Scope
    let globalScope: Scope
    /// While compiling the members of `extension Int` (…): the type whose own members a bare
    /// name may mean (`count` for `self.count`).
    var builtinSelf: String?

    init(runtime: Runtime, globalNames: [String: Binding], globalSlotCount: Int, cellIndex: Int) {
        self.runtime = runtime
        self.cellIndex = cellIndex
        globalScope = Scope(parent: nil, isGlobal: true, isFunction: false, blocks: [globalNames], slotCount: globalSlotCount)
        scope = globalScope
    }

    var registry: HostRegistry { runtime.registry }

    func error(_ message: String, _ range: SourceRange) {
        diagnostics.append(Diagnostic(message: message, range: range))
    }

    // MARK: declarations

    /// Declares a name in the innermost block and returns its slot.
    @discardableResult
    func declare(_ name: String, isLet: Bool, _ range: SourceRange) -> Int {
        let scope = self.scope
        if let existing = scope.blocks[scope.blocks.count - 1][name], !(scope.isGlobal && scope.blocks.count == 1 && existing.cell != cellIndex) {
            error("invalid redeclaration of '\(name)'", range)
            return existing.slot
        }
        let slot = scope.slotCount
        if scope.isGlobal && slot >= runtime.globalCapacity {
            error("too many top-level declarations in this lesson", range)
            return 0
        }
        scope.slotCount += 1
        scope.blocks[scope.blocks.count - 1][name] = Binding(slot: slot, isLet: isLet, cell: cellIndex, range: range)
        return slot
    }

    /// A fresh slot without a name (loop counters, temporaries).
    func temporarySlot() -> Int {
        defer { scope.slotCount += 1 }
        return scope.slotCount
    }

    func withBlock<T>(_ body: () -> T) -> T {
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        return body()
    }

    // MARK: resolution

    /// Finds a variable, walking out through enclosing functions.
    func resolve(_ name: String) -> (NameReference, Binding)? {
        var current: Scope? = scope
        var depth = 0
        while let s = current {
            if let binding = s.lookup(name) {
                return (s.isGlobal ? .global(slot: binding.slot) : .local(depth: depth, slot: binding.slot), binding)
            }
            current = s.parent
            depth += 1
        }
        return nil
    }

    /// `cannot find 'x' in scope; did you mean 'y'?`
    func unknownName(_ name: String, _ range: SourceRange) {
        if let unsupported = SwiftStandardNames.unsupportedTopLevel(name) { return error(unsupported, range) }
        var candidates = scope.visibleNames + Array(registry.globalNames)
        candidates += ["print", "Double", "Int", "String", "Bool"]
        var message = "cannot find '\(name)' in scope"
        if let suggestion = Suggestion.closest(to: name, in: candidates) { message += "; did you mean '\(suggestion)'?" }
        error(message, range)
    }

    /// Compiles a slot read.
    func read(_ reference: NameReference) -> Eval {
        switch reference {
        case .global(let slot):
            let slots = runtime.globals.slots
            return { _ in slots[slot] }
        case .local(0, let slot):
            return { frame in frame.slots[slot] }
        case .local(1, let slot):
            return { frame in frame.parent.unsafelyUnwrapped.slots[slot] }
        case .local(let depth, let slot):
            return { frame in frame.ancestor(depth).slots[slot] }
        }
    }

    /// A pointer to a slot, for writes and in-place updates.
    func slotPointer(_ reference: NameReference) -> (Frame) -> UnsafeMutablePointer<Value> {
        switch reference {
        case .global(let slot):
            let pointer = runtime.globals.slots + slot
            return { _ in pointer }
        case .local(0, let slot):
            return { frame in frame.slots + slot }
        case .local(let depth, let slot):
            return { frame in frame.ancestor(depth).slots + slot }
        }
    }
}

/// "Did you mean" suggestions by edit distance.
enum Suggestion {
    static func closest(to name: String, in candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (String, Int)?
        for candidate in Set(candidates) where candidate != name && !candidate.hasPrefix("$") {
            let d = distance(Array(name), Array(candidate))
            guard d <= limit else { continue }
            if let current = best, d > current.1 || (d == current.1 && candidate > current.0) { continue }
            best = (candidate, d)
        }
        return best?.0
    }

    /// Optimal string alignment distance (edits plus adjacent transpositions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
