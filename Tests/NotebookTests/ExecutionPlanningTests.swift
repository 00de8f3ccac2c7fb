import Testing
import Builtins
import Course
@testable import Notebook

@Suite struct ExecutionPlanningTests {
    @Test func dependenciesFollowTheLatestWriter() {
        let cells = [
            CellNames(defines: ["G", "D"]),                       // 0: models
            CellNames(defines: ["data"]),                         // 1: data
            CellNames(reads: ["G", "D", "data"], mutates: ["G", "D"]), // 2: training changes G and D
            CellNames(defines: ["samples"], reads: ["G"]),        // 3: sampling uses the trained G
            CellNames(reads: ["data"]),                           // 4: a plot of the data only
        ]
        let direct = CellDependencies.direct(cells)
        #expect(direct == [[], [], [0, 1], [2], [1]])
        #expect(CellDependencies.transitive(direct, of: 3) == [0, 1, 2])
    }

    @Test func displayOptionsAndTrailingSpaceDoNotChangeTheKey() throws {
        let plain = try LessonParser().parse(body: "```swift\n//| label: a\nlet x = 1\n```\n", firstLine: 1, path: "l.md").cells[0]
        let captioned = try LessonParser().parse(body: "```swift\n//| label: a\n//| caption: 图\n//| echo: false\nlet x = 1   \n\n```\n", firstLine: 1, path: "l.md").cells[0]
        let timed = try LessonParser().parse(body: "```swift\n//| label: a\n//| timeout: 5\nlet x = 1\n```\n", firstLine: 1, path: "l.md").cells[0]
        let key = { (cell: CellSource) in CellKey.compute(cell: cell, dependencyKeys: ["d"], courseSeed: 1, lessonSeed: nil) }
        #expect(key(plain) == key(captioned))
        #expect(key(plain) != key(timed))
        // The memory budget is in the key only when given (so existing keys stay as they were).
        let budgeted = try LessonParser().parse(body: "```swift\n//| label: a\n//| memory: 8 GB\nlet x = 1\n```\n", firstLine: 1, path: "l.md").cells[0]
        let budgetedMore = try LessonParser().parse(body: "```swift\n//| label: a\n//| memory: 16 GB\nlet x = 1\n```\n", firstLine: 1, path: "l.md").cells[0]
        #expect(key(plain) != key(budgeted) && key(budgeted) != key(budgetedMore))
        #expect(key(plain) != CellKey.compute(cell: plain, dependencyKeys: ["e"], courseSeed: 1, lessonSeed: nil))
        #expect(key(plain) != CellKey.compute(cell: plain, dependencyKeys: ["d"], courseSeed: 2, lessonSeed: nil))
    }

    @Test func contentHashIsStableAndSensitive() {
        #expect(ContentHash.of(Array("".utf8)) == "6c62272e07bb014262b821756295c58d")
        #expect(ContentHash.of(Array("a".utf8)) == "d228cb696f1a8caf78912b704e4a8964")
        #expect(ContentHash.of(Array("ab".utf8)) != ContentHash.of(Array("ba".utf8)))
    }
}

@Suite struct AliasTests {
    @Test func steppingAnOptimizerChangesTheModelItWasGiven() throws {
        let body = """
        ```swift
        let G = Sequential { Linear(1, 1) }
        let opt = Adam(G.parameters, lr: 0.1)
        ```

        ```swift
        opt.step()
        ```

        ```swift
        let samples = G(randn([4, 1]))
        ```

        ```swift
        print(samples)
        ```
        """
        let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        let lesson = Lesson(slug: "l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil, document: document, source: body)
        let plan = LessonPlan(lesson: lesson, courseSeed: 0)
        #expect(plan.names[1].mutates.contains("G"), "opt shares G's parameters")
        #expect(plan.dependencies == [[], [0], [1], [2]])
        #expect(!plan.names[2].mutates.contains("G"), "calling a model is not counted as changing it")
    }
}

/// The plan of a lesson made of `cells`, one fenced cell each.
func lessonPlan(_ cells: [String]) throws -> LessonPlan {
    let body = cells.map { "```swift\n\($0)\n```" }.joined(separator: "\n\n")
    let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
    return LessonPlan(lesson: Lesson(slug: "l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                     document: document, source: body), courseSeed: 0)
}

@Suite struct PureBuiltinTests {
    func plan(_ cells: [String]) throws -> LessonPlan { try lessonPlan(cells) }

    @Test func passingANameToABuiltinIsAReadNotAChange() throws {
        // A figure cell that prints and converts `steps` must not become what later cells depend on.
        let plan = try plan(["let steps = 10\nlet G = Sequential { Linear(1, 1) }", "print(steps)\nlet t = linspace(1, Double(steps), count: steps)",
                             "let more = steps * 2"])
        #expect(plan.names[1].mutates.isEmpty)
        #expect(plan.dependencies == [[], [0], [0]])
    }

    @Test func aFunctionTheLessonDeclaresIsNotTakenForTheBuiltin() throws {
        // `mean` is a builtin, but this lesson declares its own, which might change its argument.
        let plan = try plan(["let G = Sequential { Linear(1, 1) }", "func mean(_ model: Any) -> Double { return 0 }", "print(mean(G))",
                             "let y = G(randn([1, 1]))"])
        #expect(plan.names[2].mutates == ["G"])
        #expect(plan.dependencies[3] == [2])
    }
}

@Suite struct ReadOnlyMethodTests {
    @Test func readOnlyMethodsAreKnownAndChangingOnesAreNot() throws {
        let readOnly = try BuiltinCatalog.shared().readOnlyMethods
        for name in ["batch", "sample", "toArray", "suffix", "map", "filter", "contains", "formatted", "diagram"] {
            #expect(readOnly.contains(name), "\(name)")
        }
        for name in ["step", "zeroGrad", "train", "eval", "initialize", "clipWeights", "append", "sort", "backward", "requiresGrad"] {
            #expect(!readOnly.contains(name), "\(name)")
        }
    }

    @Test func samplingFromTheDataAfterTrainingDoesNotBecomeAnInputOfLaterTraining() throws {
        // Lesson 03's shape: the sampling cell draws a batch of real digits; the classifier
        // cell after it trains on the same digits. Editing the sampling cell must not retrain it.
        let cells = ["let digits = Digits.load()\nlet G = Sequential { Linear(1, 1) }\nvar losses: [Double] = [1, 2]",
                     "let real = digits.batch(32).images\nlet last = losses.suffix(1)\nlet y = G(randn([4, 1]))",
                     "let C = Sequential { Linear(1, 1) }\nlet opt = Adam(C.parameters, lr: 0.1)\nlet b = digits.batch(8)\nopt.step()\nlosses.append(3)"]
        let plan = try lessonPlan(cells)
        #expect(plan.names[1].mutates.isEmpty)
        #expect(plan.dependencies[2] == [0])
        #expect(plan.names[2].mutates.isSuperset(of: ["opt", "losses"]))
    }
}

@Suite struct FreshResultTests {
    @Test func aShapeArgumentDoesNotLinkEveryTensorMadeWithIt() throws {
        // `uniform([32, zDim])` in the sampling cell once joined `generated` with `zDim` and,
        // through it, with every later tensor, so later cells depended on the sampling cell.
        let cells = ["let zDim = 4\nlet G = Sequential { Linear(4, 1) }",
                     "let generated = G(uniform([8, zDim], low: -1, high: 1))",
                     "var z = uniform([2, zDim], low: -1, high: 1)\nz = z * 2",
                     "let opt = Adam(G.parameters, lr: 0.1)\nopt.step()"]
        let plan = try lessonPlan(cells)
        #expect(!plan.names[2].mutates.contains("generated"))
        #expect(plan.dependencies[2] == [0])
        #expect(plan.names[3].mutates.contains("G"), "an optimizer still links to the model it was given")
    }
}
