import Testing
@testable import CellScript

/// An interpreter whose cells declared enums (whose methods' code refers to the runtime) is
/// freed with everything it made.
@Test func anInterpreterWithEnumsIsFreed() {
    weak var runtime: Runtime?
    weak var type: EnumType?
    do {
        let interpreter = Interpreter()
        let result = interpreter.run("enum E: CustomStringConvertible { case a\n func f() -> Int { print(\"f\"); return [1, 2].count - 1 }\n var description: String { \"A\" } }\nlet e = E.a\nprint(e.f(), e)")
        #expect(result.succeeded)
        #expect(result.output == "f\n1 A\n")
        runtime = interpreter.runtime
        type = interpreter.runtime.enumTypes["E"]
        #expect(type != nil)
    }
    #expect(runtime == nil)
    #expect(type == nil)
}
