/// What the cell language covers of Swift, as the reference page's "单元格中的 Swift" section shows
/// it: each supported construct with a short example and what `swiftc` prints for it, each
/// construct still outside the subset with the error a cell gets. `LanguageCoverageTests` runs
/// every example through the interpreter, so the page cannot claim what the checker does not do.
public struct LanguageConstruct: Sendable, Equatable {
    /// The construct, as Swift names it (`struct`, `if let`).
    public let name: String
    /// One line of Chinese for the page.
    public let summary: String
    /// A short, complete Swift program.
    public let example: String
    /// What `swiftc` prints for `example` (supported constructs), or the error a cell reports
    /// (constructs outside the subset).
    public let result: String
}

public enum LanguageCoverage {
    /// Constructs cells run exactly as Swift does.
    public static let supported: [LanguageConstruct] = [
        LanguageConstruct(name: "let / var 与类型标注", summary: "字面量的类型由上下文决定：标注为 Double 的 1 / 1000 是 0.001，不是整数除法",
                          example: "let lr: Double = 1 / 1000\nvar best: Double = 0\nbest = 5\nprint(lr, best)", result: "0.001 5.0\n"),
        LanguageConstruct(name: "Int、Double、Float、Bool、String、Character", summary: "Float 是 32 位，打印位数与 Swift 相同；整数除法截断，溢出报错",
                          example: "let x: Float = 1\nprint(x / 3, 7 / 2, -7 % 3)", result: "0.33333334 3 -1\n"),
        LanguageConstruct(name: "可选值", summary: "Optional(…) 的打印、if let、guard let、??、?.、!；Int(\" 42\") 是 nil",
                          example: "let n: Int? = 123\nprint(n)\nif let m = Int(\"42\") { print(m + 1) }\nprint(Int(\" 42\") ?? -1)", result: "Optional(123)\n43\n-1\n"),
        LanguageConstruct(name: "元组", summary: "带标签或不带标签，可作返回值，可解构；打印时带上标签",
                          example: "func bounds(_ xs: [Double]) -> (lo: Double, hi: Double) { (xs.min()!, xs.max()!) }\nlet (lo, hi) = bounds([0.5, -1, 2])\nprint(bounds([3, 1]), bounds([4]).hi, hi - lo)", result: "(lo: 1.0, hi: 3.0) 4.0 3.0\n"),
        LanguageConstruct(name: "数组、字典、区间", summary: "值语义：复制之后互不影响",
                          example: "var a = [1, 2.5, 3]\nlet b = a\na[0] = 9\nprint(a, b, Array(0..<3))", result: "[9.0, 2.5, 3.0] [1.0, 2.5, 3.0] [0, 1, 2]\n"),
        LanguageConstruct(name: "for-in、while、repeat-while", summary: "区间、数组、stride、zip、enumerated 都可以遍历",
                          example: "var s = 0\nfor i in stride(from: 0, to: 10, by: 3) { s += i }\nwhile s > 10 { s -= 4 }\nprint(s)", result: "10\n"),
        LanguageConstruct(name: "函数", summary: "参数标签、默认值、递归（至少 10 000 层）；同名重载不支持",
                          example: "func power(_ x: Double, to n: Int = 2) -> Double {\n    n == 0 ? 1 : x * power(x, to: n - 1)\n}\nprint(power(3), power(2, to: 10))", result: "9.0 1024.0\n"),
        LanguageConstruct(name: "闭包", summary: "$0、带类型的参数、尾随闭包；map、filter、reduce、sorted",
                          example: "let half = { (x: Double) -> Double in x / 2 }\nprint(half(3), [3, 1, 2].sorted { $0 > $1 }.map { $0 * 10 })", result: "1.5 [30, 20, 10]\n"),
        LanguageConstruct(name: "字符串插值", summary: "\\(…) 中可以写任意表达式",
                          example: "let acc = 0.975\nprint(\"accuracy: \\(acc * 100)%\")", result: "accuracy: 97.5%\n"),
    ]

    /// Constructs outside the subset: a cell that uses one stops at it with this error.
    public static let unsupported: [LanguageConstruct] = [
        LanguageConstruct(name: "struct", summary: "自定义结构体", example: "struct Point {\n    var x = 0.0\n}", result: Unsupported.message("struct")),
        LanguageConstruct(name: "enum", summary: "枚举", example: "enum Mode {\n    case train, eval\n}", result: Unsupported.message("enum")),
        LanguageConstruct(name: "switch", summary: "模式匹配", example: "let k = 2\nswitch k {\ncase 1: print(\"one\")\ndefault: print(\"other\")\n}", result: Unsupported.message("switch")),
        LanguageConstruct(name: "class", summary: "类与继承", example: "class Counter {\n    var n = 0\n}", result: Unsupported.message("class")),
        LanguageConstruct(name: "extension", summary: "扩展已有类型", example: "extension Int {\n    var squared: Int { self * self }\n}", result: Unsupported.message("extension")),
        LanguageConstruct(name: "try / throws", summary: "抛出与捕获错误", example: "let x = try compute()", result: Unsupported.message("try")),
        LanguageConstruct(name: "defer", summary: "离开作用域时执行", example: "func f() {\n    defer { print(\"done\") }\n}", result: Unsupported.message("defer")),
    ]

    /// Every Swift keyword that makes a cell stop with "not supported" (the parser's own table).
    public static var unsupportedKeywords: [String] {
        (Unsupported.statementKeywords.union(Unsupported.expressionKeywords)).sorted()
    }

    /// Declaration modifiers accepted with no effect (`public`, `final`…).
    public static var ignoredModifiers: [String] { Unsupported.ignoredModifiers.sorted() }
}
