import CellScript
import Testing
@testable import Builtins

@Suite struct BuiltinsTensorTests {
    @Test func arithmeticBroadcastsAndMixesNumbers() throws {
        let cells = try BuiltinCells()
        #expect(try cells.double("let a = Tensor([[1, 2], [3, 4]])\n(a * 2 + 1).sum()") == 24)
        #expect(try cells.doubles("(2 - a).toArray()") == [1, 0, -1, -2])
        #expect(try cells.doubles("(a + Tensor([10, 20])).toArray()") == [11, 22, 13, 24])
        #expect(try cells.doubles("(-a / 2).toArray()") == [-0.5, -1, -1.5, -2])
        #expect(try cells.doubles("a.sum(axis: 1).toArray()") == [3, 7])
        #expect(try cells.doubles("a[1..<2].toArray()") == [3, 4])
        #expect(try cells.double("matmul(a, a).max()") == 22)
        #expect(try cells.double("a.min()") == 1)
        guard case .array(let shape) = try cells.value("concat([a, a], axis: 0).shape") else { Issue.record("shape"); return }
        #expect(shape.compactMap(\.asDouble) == [4, 2])
    }

    @Test func shapeErrorsAreReportedNotCrashes() throws {
        let cells = try BuiltinCells()
        let result = cells.run("Tensor([1, 2, 3]) + Tensor([1, 2])")
        #expect(!result.succeeded)
        #expect(result.formattedDiagnostics.contains("[3]"))
    }

    @Test func sameSeedGivesSameSamplesAndOtherSeedsDiffer() throws {
        let cells = try BuiltinCells()
        let first = try cells.doubles("randn([4, 3]).toArray()", seed: 7)
        let again = try cells.doubles("randn([4, 3]).toArray()", seed: 7)
        let other = try cells.doubles("randn([4, 3]).toArray()", seed: 8)
        #expect(first.count == 12)
        #expect(first == again)
        #expect(first != other)
        let uniform = try cells.doubles("uniform([1000], low: -1, high: 1).toArray()")
        #expect(uniform.allSatisfy { $0 >= -1 && $0 < 1 })
    }

    @Test func gradientPenaltyNeedsSecondDerivative() throws {
        let cells = try BuiltinCells()
        let source = """
        let x = Tensor([1, 2, 3]).requiresGrad()
        let g = grad((x * x * x).sum(), wrt: x, createGraph: true)
        g.sum().backward()
        x.grad!.toArray()
        """
        // d/dx Σ 3x² = 6x
        #expect(try cells.doubles(source) == [6, 12, 18])
        #expect(try cells.doubles("g.toArray()") == [3, 12, 27])
        // Reductions of plain data are Doubles; of tensors in a graph, tensors that can backward.
        #expect(try cells.value("Tensor([1, 2]).mean()").asDouble == 1.5)
        #expect(try cells.value("(x * 2).mean()").typeName == "Tensor")
        #expect(try cells.value("(x * 2).mean().formatted(digits: 2)").description == "4.00")
    }

    @Test func backwardIntoChosenInputsOnly() throws {
        let cells = try BuiltinCells()
        let source = """
        let a = Tensor([1, 2]).requiresGrad()
        let b = Tensor([3, 4]).requiresGrad()
        (a * b).sum().backward(inputs: [a])
        a.grad!.toArray()
        """
        #expect(try cells.doubles(source) == [3, 4])
        #expect(try cells.value("b.grad == nil").description == "true")
        let wrongKind = cells.run("(a * b).sum().backward(inputs: a)")
        #expect(wrongKind.formattedDiagnostics.contains("must be an array of tensors"))
        let constant = cells.run("(a * b).sum().backward(inputs: [a, Tensor([1, 1])])")
        #expect(constant.formattedDiagnostics.contains("does not require gradients"))
    }

    @Test func previewShowsShapeAndStatistics() throws {
        let cells = try BuiltinCells()
        #expect(try cells.rendered("Tensor([[1, 2], [3, 4]])") == .text("Tensor [2, 2]  [[1, 2], [3, 4]]"))
        guard case .text(let text) = try cells.rendered("zeros([64, 1, 28, 28]) + 0.5") else { Issue.record("not text"); return }
        #expect(text.hasPrefix("Tensor [64, 1, 28, 28]  mean 0.5  std 0"))
        #expect(cells.run("print(Tensor([1, 2.5]))").output == "Tensor [2]  [1, 2.5]\n")
    }

    @Test func activationsWorkOnTensorsAndNumbers() throws {
        let cells = try BuiltinCells()
        #expect(try cells.doubles("relu(Tensor([-1, 2])).toArray()") == [0, 2])
        #expect(try cells.double("sigmoid(0)") == 0.5)
        #expect(abs(try cells.double("softplus(Tensor([0])).item()") - 0.6931) < 1e-4)
    }
}

@Suite struct OverloadByTypeTests {
    @Test func tanhOfATensorFindsTheTensorOverload() throws {
        let cells = try BuiltinCells()
        let value = try cells.value("let t = tanh(Tensor([0.0, 1.0]))\nt.toArray()[1] > 0.76 && tanh(1.0) > 0.76")
        #expect(value.description == "true")
    }
}
