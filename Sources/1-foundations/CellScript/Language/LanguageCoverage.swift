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
        LanguageConstruct(name: "可选值", summary: "Optional(…) 的打印、if let、guard let、??、!；Int(\" 42\") 是 nil",
                          example: "let n: Int? = 123\nprint(n)\nif let m = Int(\"42\") { print(m + 1) }\nprint(Int(\" 42\") ?? -1)", result: "Optional(123)\n43\n-1\n"),
        LanguageConstruct(name: "元组", summary: "带标签或不带标签，可作返回值，可解构；打印时带上标签",
                          example: "func bounds(_ xs: [Double]) -> (lo: Double, hi: Double) { (xs.min()!, xs.max()!) }\nlet (lo, hi) = bounds([0.5, -1, 2])\nprint(bounds([3, 1]), bounds([4]).hi, hi - lo)", result: "(lo: 1.0, hi: 3.0) 4.0 3.0\n"),
        LanguageConstruct(name: "数组、字典、区间", summary: "值语义：复制之后互不影响",
                          example: "var a = [1, 2.5, 3]\nlet b = a\na[0] = 9\nprint(a, b, Array(0..<3))", result: "[9.0, 2.5, 3.0] [1.0, 2.5, 3.0] [0, 1, 2]\n"),
        LanguageConstruct(name: "for-in、while、repeat-while", summary: "区间、数组、stride、zip、enumerated 都可以遍历",
                          example: "var s = 0\nfor i in stride(from: 0, to: 10, by: 3) { s += i }\nwhile s > 10 { s -= 4 }\nprint(s)", result: "10\n"),
        LanguageConstruct(name: "函数", summary: "参数标签、默认值、递归（至少 10 000 层）",
                          example: "func power(_ x: Double, to n: Int = 2) -> Double {\n    n == 0 ? 1 : x * power(x, to: n - 1)\n}\nprint(power(3), power(2, to: 10))", result: "9.0 1024.0\n"),
        LanguageConstruct(name: "重载", summary: "同名函数按参数标签或参数类型区分，选择规则与 Swift 相同（整数字面量优先匹配 Int）；有歧义时报 ambiguous use",
                          example: "func describe(_ x: Int) -> String { \"Int \\(x)\" }\nfunc describe(_ x: Double) -> String { \"Double \\(x)\" }\nfunc area(side: Double) -> Double { side * side }\nfunc area(radius: Double) -> Double { 3.14 * radius * radius }\nprint(describe(2), describe(2.5), area(side: 3), area(radius: 1))", result: "Int 2 Double 2.5 9.0 3.14\n"),
        LanguageConstruct(name: "闭包", summary: "$0、带类型的参数、尾随闭包；map、filter、reduce、sorted",
                          example: "let half = { (x: Double) -> Double in x / 2 }\nprint(half(3), [3, 1, 2].sorted { $0 > $1 }.map { $0 * 10 })", result: "1.5 [30, 20, 10]\n"),
        LanguageConstruct(name: "字符串插值", summary: "\\(…) 中可以写任意表达式",
                          example: "let acc = 0.975\nprint(\"accuracy: \\(acc * 100)%\")", result: "accuracy: 97.5%\n"),
        LanguageConstruct(name: "struct", summary: "结构体：存储属性与默认值、逐一成员构造器、mutating 方法、计算属性；复制之后互不影响",
                          example: "struct Point {\n    var x = 0.0\n    var y = 0.0\n    mutating func move(by d: Double) { x += d }\n}\nvar p = Point(x: 1)\np.move(by: 2)\nprint(p)", result: "Point(x: 3.0, y: 0.0)\n"),
        LanguageConstruct(name: "class", summary: "类：引用语义（两个名字指向同一个对象）；不支持继承",
                          example: "class Counter {\n    var n = 0\n    func tick() { n += 1 }\n}\nlet c = Counter()\nlet d = c\nd.tick()\nprint(c.n)", result: "1\n"),
        LanguageConstruct(name: "enum", summary: "枚举：原始值、rawValue、init?(rawValue:)、CaseIterable 的 allCases",
                          example: "enum Mode: String, CaseIterable {\n    case train, eval\n}\nprint(Mode.allCases.map { $0.rawValue }, Mode(rawValue: \"eval\")!)", result: "[\"train\", \"eval\"] eval\n"),
        LanguageConstruct(name: "enum 的关联值", summary: "关联值带标签，方法里用 switch self 分情况",
                          example: "enum Shape {\n    case circle(r: Double)\n    case square(side: Double)\n    var area: Double {\n        switch self {\n        case .circle(let r): return 3 * r * r\n        case .square(let s): return s * s\n        }\n    }\n}\nprint(Shape.square(side: 2).area, Shape.circle(r: 1))", result: "4.0 circle(r: 1.0)\n"),
        LanguageConstruct(name: "switch", summary: "模式匹配：值、区间、元组、let 绑定、where；必须穷尽",
                          example: "let k = 7\nswitch k {\ncase 0: print(\"zero\")\ncase 1..<5: print(\"small\")\ncase let n where n % 2 == 1: print(\"odd\", n)\ndefault: print(\"other\")\n}", result: "odd 7\n"),
        LanguageConstruct(name: "extension", summary: "给自己的类型或 Int、Double、String、Array 加方法和计算属性",
                          example: "extension Int {\n    var squared: Int { self * self }\n}\nprint(7.squared)", result: "49\n"),
        LanguageConstruct(name: "throws / try / do-catch", summary: "抛出与捕获错误，catch 可按模式匹配；try? 把错误变成 nil",
                          example: "enum TrainError: Error {\n    case diverged(step: Int)\n}\nfunc check(_ loss: Double, at step: Int) throws {\n    if loss.isNaN { throw TrainError.diverged(step: step) }\n}\ndo {\n    try check(.nan, at: 12)\n} catch TrainError.diverged(let step) {\n    print(\"diverged at\", step)\n}\nprint((try? check(1, at: 0)) != nil)", result: "diverged at 12\ntrue\n"),
        LanguageConstruct(name: "defer", summary: "离开作用域时执行，多个 defer 逆序执行",
                          example: "func f() {\n    defer { print(\"cleanup\") }\n    print(\"work\")\n}\nf()", result: "work\ncleanup\n"),
        LanguageConstruct(name: "inout 与 &", summary: "函数返回时把参数的新值写回",
                          example: "func bump(_ x: inout Int) { x += 1 }\nvar n = 1\nbump(&n)\nprint(n)", result: "2\n"),
        LanguageConstruct(name: "带标签的循环", summary: "break outer / continue outer 跳出外层循环",
                          example: "outer: for i in 0..<3 {\n    for j in 0..<3 where i * j == 2 {\n        print(i, j)\n        break outer\n    }\n}", result: "1 2\n"),
        LanguageConstruct(name: "Set 与字符串方法", summary: "Set 的 insert、contains、union；split、hasPrefix、uppercased、reversed 等",
                          example: "var seen: Set<Int> = [3, 1]\nseen.insert(2)\nprint(seen.sorted(), \"a,b\".split(separator: \",\"))", result: "[1, 2, 3] [\"a\", \"b\"]\n"),
        LanguageConstruct(name: "String.Index", summary: "字符串下标：startIndex、index(after:)、index(_:offsetBy:)、firstIndex(of:)、distance(from:to:)；s[i] 是 Character，s[a..<b]、s[i...]、s[..<i] 是 Substring",
                          example: "let s = \"naïve, café\"\nlet comma = s.firstIndex(of: \",\")!\nprint(s[s.startIndex], s[..<comma], s[s.index(comma, offsetBy: 2)...])\nprint(s.distance(from: s.startIndex, to: comma), String(s.reversed()))",
                          result: "n naïve café\n5 éfac ,evïan\n"),
        LanguageConstruct(name: "Unicode 标量与 UTF-8", summary: "unicodeScalars、utf8、utf16 视图，scalar.value；Foundation 的 capitalized、CharacterSet",
                          example: "import Foundation\nfor u in \"Go🐶\".unicodeScalars { print(u, u.value) }\nprint(\"deep learning\".capitalized, Array(\"é\".utf8))",
                          result: "G 71\no 111\n🐶 128054\nDeep Learning [195, 169]\n"),
        LanguageConstruct(name: "原始字符串与 #if", summary: "#\"…\"# 中反斜杠是普通字符，\\#(…) 插值；#if swift(>=…)、canImport、os 按本机取舍",
                          example: "let x = 2\nprint(#\"\\d+ \\(x)\"#, #\"\\#(x * 2)\"#)\n#if swift(>=5.9)\nprint(\"Swift 5.9+\")\n#endif",
                          result: "\\d+ \\(x) 4\nSwift 5.9+\n"),
        LanguageConstruct(name: "typealias", summary: "给类型起别名",
                          example: "typealias Batch = [Double]\nlet b: Batch = [1, 2]\nprint(b.reduce(0, +))", result: "3.0\n"),
        LanguageConstruct(name: "init、subscript 与 indirect enum", summary: "自己写的初始化方法、下标，以及可以递归的 indirect enum",
                          example: "struct Grid {\n    var cells: [Int]\n    init(size: Int) { cells = Array(repeating: 0, count: size) }\n    subscript(i: Int) -> Int { cells[i] }\n}\nindirect enum Tree { case leaf(Int), node(Tree, Tree) }\nfunc total(_ t: Tree) -> Int {\n    switch t {\n    case .leaf(let v): return v\n    case .node(let a, let b): return total(a) + total(b)\n    }\n}\nprint(Grid(size: 3)[1], total(.node(.leaf(1), .node(.leaf(2), .leaf(3)))))", result: "0 6\n"),
        LanguageConstruct(name: "嵌套类型", summary: "在 struct、enum、class 里声明的类型：外部写 Outer.Inner，内部直接写 Inner",
                          example: "struct Card {\n    enum Suit { case hearts, spades }\n    let suit: Suit\n}\nlet s: Card.Suit = .spades\nprint(Card(suit: .hearts).suit, s)", result: "hearts spades\n"),
        LanguageConstruct(name: "位运算与移位", summary: "Int 的 <<、>>、&、|、^、~ 与不报溢出的 &+、&-、&*；<<= 等复合赋值",
                          example: "var mask = 1 << 10\nmask |= 0b11\nprint(mask, 0b1100 & 0b1010, 6 ^ 3, ~0, Int.max &+ 1 == Int.min)", result: "1027 8 5 -1 true\n"),
        LanguageConstruct(name: "定宽整数 Int8…Int64、UInt8…UInt64、UInt", summary: "各自是独立的类型：字面量按上下文取类型，不与 Int 隐式混用；按位宽检查溢出，&+ 回绕；UInt64 精确到最后一位；UInt8(x)、truncatingIfNeeded:、exactly: 转换",
                          example: "let pink: UInt32 = 0xCC6699\nlet red = (pink & 0xFF0000) >> 16\nvar byte: UInt8 = 250\nbyte = byte &+ 10\nprint(red, byte, UInt64.max, type(of: red), Int8(truncatingIfNeeded: 300))", result: "204 4 18446744073709551615 UInt32 44\n"),
        LanguageConstruct(name: "运算符函数", summary: "struct、class、enum 里的 static func +、==、<，以及全局的 func ==",
                          example: "enum Level: Int, Comparable {\n    case low, high\n    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }\n}\nprint(Level.low < .high, max(Level.low, Level.high))", result: "true high\n"),
        LanguageConstruct(name: "自定义运算符与 precedencegroup", summary: "infix / prefix operator 声明，precedencegroup 的 higherThan、lowerThan、associativity；左边是 inout 的 += 这类复合赋值；运算符可以先用后声明",
                          example: "precedencegroup PowerPrecedence { higherThan: MultiplicationPrecedence }\ninfix operator ** : PowerPrecedence\nprefix operator +++\nfunc ** (x: Double, n: Int) -> Double { n == 0 ? 1 : x * (x ** (n - 1)) }\nstruct Steps {\n    var n = 0\n    static func += (s: inout Steps, k: Int) { s.n += k }\n    static prefix func +++ (s: inout Steps) -> Steps { s += 1; return s }\n}\nvar s = Steps()\ns += 2\nprint(2 * 3.0 ** 2, +++s, s.n)", result: "18.0 Steps(n: 3) 3\n"),
        LanguageConstruct(name: "~= 与 inout 闭包", summary: "自己写的 func ~= 让 case 用另一种类型的值匹配；函数类型和闭包的参数可以是 inout，调用时写 &",
                          example: "func ~= (pattern: String, value: Int) -> Bool { pattern == \"\\(value)\" }\ntypealias Update = (inout [Int], Int) -> Void\nlet push: Update = { xs, x in xs.append(x) }\nvar xs: [Int] = []\nfor n in [7, 8] {\n    switch n {\n    case \"7\": push(&xs, n * 10)\n    default: push(&xs, n)\n    }\n}\nprint(xs)", result: "[70, 8]\n"),
        LanguageConstruct(name: "#if swift(…)", summary: "条件编译：按 Swift 6.3 选择分支（只支持 swift(…)、compiler(…) 版本条件）",
                          example: "#if swift(>=5.9)\nprint(\"new\")\n#else\nprint(\"old\")\n#endif", result: "new\n"),
        LanguageConstruct(name: "as（类型强制）", summary: "给字面量指定类型：7 as Double、[] as [Int]、nil as Int?；x as Any 按 x 自己的类型打印",
                          example: "let n: Int? = 3\nprint(7 as Double, [] as [Int], n as Any)", result: "7.0 [] Optional(3)\n"),
        LanguageConstruct(name: "可选链 ?.", summary: "a?.b、a?.m()、a?[i]、f?()：遇到 nil 整条链就是 nil；也可以通过链赋值",
                          example: "struct Box { var items: [Int]? }\nvar b: Box? = Box(items: [1])\nb?.items?.append(2)\nlet none: Box? = nil\nprint(b?.items?.count ?? 0, none?.items?.first as Any)", result: "2 nil\n"),
        LanguageConstruct(name: "if / switch 表达式", summary: "let x = if … else …、let y = switch … ：每个分支是一个表达式",
                          example: "let t = 31\nlet advice = if t > 30 { \"hot\" } else { \"mild\" }\nlet size: Double = switch t { case 0..<10: 1 default: 2 }\nprint(advice, size)", result: "hot 2.0\n"),
        LanguageConstruct(name: "捕获列表与键路径", summary: "{ [x] in … } 在创建闭包时复制 x；\\.name 可以当作函数传给 map",
                          example: "var base = 10\nlet f = { [base] in base + 1 }\nbase = 100\nprint(f(), [\"a\", \"bb\"].map(\\.count))", result: "11 [1, 2]\n"),
        LanguageConstruct(name: "元组赋值与带类型的可选绑定", summary: "(a, _, (b, c)) = … 按位置赋值，_ 丢弃；if let m: Int = n；十六进制浮点字面量 0x1p4",
                          example: "var a = \"\"\nvar b = 0\nvar c = 0\n(a, _, (b, c)) = (\"x\", 9.5, (1, 2))\nlet n: Int? = Int(\"2a\", radix: 16)\nif let m: Int = n { print(a, b, c, m, 0x1p4) }", result: "x 1 2 42 16.0\n"),
        LanguageConstruct(name: "泛型 struct", summary: "struct Queue<T>：写明类型参数的值（Queue<Double>()）按类型参数检查、打印，type(of:) 给出 Queue<Double>；遵循 ExpressibleByArrayLiteral 的类型可以用数组字面量构造",
                          example: "struct Queue<T> {\n    var items: [T] = []\n    mutating func push(_ x: T) { items.append(x) }\n}\nvar q = Queue<Double>()\nq.push(1)\nprint(q, type(of: q))\nstruct Bag: ExpressibleByArrayLiteral {\n    var xs: [Int]\n    init(arrayLiteral xs: Int...) { self.xs = xs }\n}\nlet b: Bag = [3, 4]\nprint(b.xs)",
                          result: "Queue<Double>(items: [1.0]) Queue<Double>\n[3, 4]\n"),
    ]

    /// Constructs outside the subset: a cell that uses one stops at it with this error.
    public static let unsupported: [LanguageConstruct] = [
        LanguageConstruct(name: "protocol", summary: "协议", example: "protocol Shape {\n    var area: Double { get }\n}", result: Unsupported.message("protocol")),
        LanguageConstruct(name: "继承", summary: "类的继承与 override", example: "class Layer {}\nclass Dense: Layer {}", result: Unsupported.message("class inheritance")),
        LanguageConstruct(name: "属性包装器", summary: "@propertyWrapper 与 @Clamped 这样的包装属性", example: "@propertyWrapper struct Clamped {\n    var wrappedValue: Int\n}", result: Unsupported.message("@propertyWrapper")),
        LanguageConstruct(name: "as? / is", summary: "运行时类型转换与检查", example: "let x: Any = 1\nif let n = x as? Int { print(n) }", result: Unsupported.message("as?")),
        LanguageConstruct(name: "async / await", summary: "并发", example: "func load() async -> Int { 1 }", result: Unsupported.message("async")),
        LanguageConstruct(name: "打印 String.Index", summary: "下标本身不能打印（Swift 打印的是内部编码）；请打印 text[i] 或 distance(from:to:)",
                          example: "let s = \"hello\"\nprint(s.startIndex)", result: "printing a 'String.Index' is not supported in cells: print text[index] or text.distance(from: text.startIndex, to: index)"),
        LanguageConstruct(name: "weak / unowned 捕获", summary: "弱引用捕获", example: "class Owner { var n = 1 }\nlet o = Owner()\nlet f = { [weak o] in o?.n }", result: Unsupported.message("weak capture")),
        LanguageConstruct(name: "Sequence 等标准库协议", summary: "让自己的类型遵循 Sequence、IteratorProtocol、Collection、Numeric 等（Swift 由此派生 for-in、map 等）",
                          example: "struct Countdown: Sequence {\n    var from: Int\n    func makeIterator() -> AnyIterator<Int> {\n        var n = from\n        return AnyIterator {\n            guard n > 0 else { return nil }\n            n -= 1\n            return n + 1\n        }\n    }\n}",
                          result: Unsupported.message("conformance to Sequence")),
        LanguageConstruct(name: "关联类型与协议扩展", summary: "泛型参数的关联类型（C.Element、G.Node）和 extension Collection 这样的协议扩展",
                          example: "func firstOf<C: Collection>(_ c: C) -> C.Element? {\n    c.first\n}", result: Unsupported.message("associated type C.Element")),
        LanguageConstruct(name: "嵌套可选值", summary: "Int?? 这样的类型，例如值为可选类型的字典的下标", example: "let d: [String: Int?] = [\"a\": nil]\nprint(d[\"a\"] as Any)", result: Unsupported.message("nested optional") + " (a value of type 'Int??')"),
        LanguageConstruct(name: "标准库中单元格没有的名字", summary: "Swift 标准库和 Foundation 里有、单元格没有实现的类型、函数和成员（表由 Swift 工具链的符号图生成）；拼错的名字仍报 cannot find",
                          example: "let scanner = Scanner(string: \"1 + 2\")", result: Unsupported.message("Scanner")),
    ]

    /// Keywords of the parser's fallback table that cells support where Swift allows them: the
    /// parser meets the table only elsewhere (`init` outside a type, `static` at the top level).
    static let supportedWhereSwiftAllows: Set<String> = [
        "extension", "typealias", "defer", "throw", "init", "subscript", "indirect", "mutating", "static", "catch", "try", "inout",
        "operator", "precedencegroup", "infix", "prefix",
    ]

    /// Every Swift keyword that makes a cell stop with "not supported" (the parser's own table,
    /// without the keywords cells support where Swift allows them).
    public static var unsupportedKeywords: [String] {
        (Unsupported.statementKeywords.union(Unsupported.expressionKeywords)).subtracting(supportedWhereSwiftAllows).sorted()
    }

    /// Declaration modifiers accepted with no effect (`public`, `final`…).
    public static var ignoredModifiers: [String] { Unsupported.ignoredModifiers.sorted() }
}
