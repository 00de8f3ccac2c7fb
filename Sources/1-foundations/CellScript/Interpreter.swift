import Foundation
import ResourceBudget

/// Runs the cells of one lesson in a persistent environment.
///
/// ```swift
/// let interpreter = Interpreter()                       // standard library registered
/// interpreter.limits.timeLimit = 120
/// let result = interpreter.run("let gan = 2\ngan * 21", file: "lessons/02-gan-math.md", firstLine: 57)
/// result.displayValue        // .int(42)
/// result.output              // printed text
/// print(result.formattedDiagnostics)
/// ```
public final class Interpreter {
    /// The builtins cells can call; register host functions and types here before running.
    public let registry: HostRegistry
    /// Limits applied to each following `run`.
    public var limits: Limits {
        get { runtime.limits }
        set { runtime.limits = newValue }
    }
    /// Stack size of the thread cells run on (deep recursion fails with an error, not a crash).
    public var stackSize = 512 << 20

    let runtime: Runtime
    var globalNames: [String: Binding] = [:]
    var globalSlotCount = 0
    var cellCount = 0
    /// Static types of top-level names, from the cells checked so far in document order.
    var globalTypes: [String: StaticType] = [:]
    var globalStructs: [String: StructInfo] = [:]

    /// Creates an interpreter; by default with ``HostRegistry/standard()``.
    public init(registry: HostRegistry = .standard(), limits: Limits = Limits()) {
        self.registry = registry
        self.runtime = Runtime(registry: registry)
        self.runtime.limits = limits
    }

    /// An interpreter with room for `globalCapacity` top-level declarations (fuzzing uses few).
    init(registry: HostRegistry, limits: Limits, globalCapacity: Int) {
        self.registry = registry
        self.runtime = Runtime(registry: registry, globalCapacity: globalCapacity)
        self.runtime.limits = limits
    }

    /// The big-stack thread cells run on, started by the first `run` and kept for the next ones
    /// (a new thread per cell waited for the scheduler each time: ~10 ms on a busy machine).
    private var cellThread: CellThread?

    deinit {
        // Functions stored in globals capture the global frame; clearing breaks the cycle. It
        // runs on the cell thread: freeing a deeply nested value (`x = [x]` in a loop) recurses
        // once per level, which the caller's stack may not hold.
        let runtime = self.runtime
        if let cellThread {
            cellThread.perform { runtime.globals.clear(); runtime.structTypes = [:]; runtime.builtinExtensions = [:]; runtime.enumTypes = [:]; runtime.enumConstructors = [:] }
            cellThread.stop()
        } else {
            runtime.globals.clear()
            runtime.structTypes = [:]
            runtime.builtinExtensions = [:]
            // Enum methods' code refers to the runtime too.
            runtime.enumTypes = [:]
            runtime.enumConstructors = [:]
        }
    }

    /// Names defined by the cells run so far (latest declaration of each).
    public var definedNames: [String] { globalNames.keys.sorted() }

    /// The current value of a top-level name defined by an earlier cell.
    public func value(named name: String) -> Value? {
        guard let binding = globalNames[name] else { return nil }
        return runtime.globals.slots[binding.slot]
    }

    /// Defines (or shadows) a top-level constant, e.g. to restore a snapshot or inject data.
    public func define(_ name: String, _ value: Value, isLet: Bool = true) throws {
        guard globalSlotCount < runtime.globalCapacity else { throw HostError("define: too many top-level names") }
        cellCount += 1
        let slot = globalSlotCount
        globalSlotCount += 1
        globalNames[name] = Binding(slot: slot, isLet: isLet, cell: cellCount, range: .zero)
        runtime.globals.slots[slot] = value
        globalTypes[name] = StaticType(of: value)
    }

    /// Runs one cell. `file` and `firstLine` place diagnostics in the Markdown file; `output`
    /// receives printed text as it is written (it is also collected in the result).
    /// `types` gives the cell the static types of the earlier cells in document order (see
    /// ``LessonTypeChecker``); without it, the types of the cells this interpreter ran and of
    /// the values it was given.
    public func run(_ source: String, file: String = "<cell>", firstLine: Int = 1, types: CellTypeEnvironment? = nil,
                    output: ((String) -> Void)? = nil) -> CellResult {
        run(nil, source, file: file, firstLine: firstLine, types: types, output: output)
    }

    /// Runs a cell parsed once (see ``ParsedCell``), as ``run(_:file:firstLine:types:output:)``
    /// runs its source.
    public func run(_ cell: ParsedCell, file: String = "<cell>", firstLine: Int = 1, types: CellTypeEnvironment? = nil,
                    output: ((String) -> Void)? = nil) -> CellResult {
        run(cell, cell.source, file: file, firstLine: firstLine, types: types, output: output)
    }

    /// Runs `cell`, or when it is nil `source` parsed on the cell thread.
    private func run(_ cell: ParsedCell?, _ source: String, file: String, firstLine: Int, types: CellTypeEnvironment?,
                     output: ((String) -> Void)?) -> CellResult {
        let formatter = DiagnosticFormatter(source: source, file: file, firstLine: firstLine)
        let budget = limits.memoryBudget
        let job = Job {
            // Bound on the cell thread, so the engine's allocation checks see it; the baseline is
            // the heap in use as the cell starts.
            MemoryBudget.$current.withValue(MemoryBudget(limit: budget)) {
                self.runOnCurrentThread(cell ?? ParsedCell(source: source), types: types, output: output)
            }
        }
        if cellThread?.stackSize != stackSize {
            cellThread?.stop()
            cellThread = CellThread(stackSize: stackSize)
        }
        cellThread?.perform(job.run)
        let outcome = job.result ?? (nil, [], "")
        return CellResult(displayValue: outcome.0, output: outcome.2, diagnostics: outcome.1, formatter: formatter)
    }

    func runOnCurrentThread(_ cell: ParsedCell, types: CellTypeEnvironment? = nil, output: ((String) -> Void)?) -> (Value?, [Diagnostic], String) {
        runtime.beginCell(sink: output)
        let (statements, syntaxErrors) = (cell.statements, cell.syntaxErrors)
        if !syntaxErrors.isEmpty { return (nil, syntaxErrors.sorted { $0.range.start < $1.range.start }, "") }
        let checker = TypeChecker(globals: types.map { $0.types.merging(globalTypes) { documentOrder, _ in documentOrder } } ?? globalTypes,
                                  structs: types.map { $0.structs.merging(globalStructs) { documentOrder, _ in documentOrder } } ?? globalStructs)
        checker.registry = registry
        let checked = checker.checkCell(statements)
        if !checker.diagnostics.isEmpty { return (nil, checker.uniqueDiagnostics, "") }
        globalTypes = checker.globals
        globalStructs = checker.structs
        cellCount += 1
        let compiler = Compiler(runtime: runtime, globalNames: globalNames, globalSlotCount: globalSlotCount, cellIndex: cellCount)
        let cell = compiler.compileCell(checked)
        if !compiler.diagnostics.isEmpty { return (nil, compiler.diagnostics, "") }
        globalNames = compiler.globalScope.blocks[0]
        globalSlotCount = compiler.globalScope.slotCount
        do {
            _ = try cell.body(runtime.globals)
            let display = try cell.displayValue?(runtime.globals)
            if case .void? = display { return (nil, [], runtime.output) }
            return (display, [], runtime.output)
        } catch let error as ScriptError {
            let diagnostic = Diagnostic(message: error.message, range: error.range ?? .zero, notes: error.notes)
            return (nil, [diagnostic], runtime.output)
        } catch {
            return (nil, [Diagnostic(message: "\(error)", range: .zero)], runtime.output)
        }
    }
}

/// A thread with a large stack that runs one piece of work at a time for its interpreter.
private final class CellThread: @unchecked Sendable {
    let stackSize: Int
    private let workReady = DispatchSemaphore(value: 0)
    private let workDone = DispatchSemaphore(value: 0)
    private var work: (() -> Void)?
    private var stopping = false

    init(stackSize: Int) {
        self.stackSize = stackSize
        let thread = Thread { [self] in
            while true {
                workReady.wait()
                if stopping { return }
                work?()
                work = nil
                workDone.signal()
            }
        }
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body` on the thread and waits for it.
    func perform(_ body: @escaping () -> Void) {
        work = body
        workReady.signal()
        workDone.wait()
    }

    /// Ends the thread (it holds the only other reference to this object).
    func stop() {
        stopping = true
        workReady.signal()
    }
}

/// Carries the cell's work to the big-stack thread and its result back.
private final class Job: @unchecked Sendable {
    let body: () -> (Value?, [Diagnostic], String)
    var result: (Value?, [Diagnostic], String)?
    init(_ body: @escaping () -> (Value?, [Diagnostic], String)) { self.body = body }
    func run() { result = body() }
}

/// What running a cell produced.
public struct CellResult {
    /// The value of the cell's last bare expression (nil if none, or if it was `()`).
    public var displayValue: Value?
    /// Everything the cell printed, in order.
    public var output: String
    /// Syntax, name or runtime errors; empty when the cell succeeded.
    public var diagnostics: [Diagnostic]
    /// Formats diagnostics against the cell's Markdown file.
    public let formatter: DiagnosticFormatter

    public var succeeded: Bool { diagnostics.isEmpty }

    /// All diagnostics rendered Swift-compiler style, with source lines and carets.
    public var formattedDiagnostics: String { diagnostics.map(formatter.format).joined() }
}
