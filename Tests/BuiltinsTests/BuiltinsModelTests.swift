import CellScript
import Testing
@testable import Builtins

@Suite struct BuiltinsModelTests {
    @Test func sequentialCountsParametersAndRuns() throws {
        let cells = try BuiltinCells()
        let source = """
        let D = Sequential {
            Linear(2, 64)
            ReLU()
            Linear(64, 1)
        }
        D.parameterCount
        """
        #expect(try cells.double(source) == 2 * 64 + 64 + 64 + 1)
        guard case .array(let shape) = try cells.value("D(randn([5, 2])).shape") else { Issue.record("shape"); return }
        #expect(shape.compactMap(\.asDouble) == [5, 1])
    }

    @Test func trainingATinyMLPLowersTheLoss() throws {
        let cells = try BuiltinCells()
        let source = """
        let model = Sequential { Linear(1, 16); Tanh(); Linear(16, 1) }
        let opt = Adam(model.parameters, lr: 0.05, beta1: 0.9, beta2: 0.999)
        let x = linspace(-1, 1, count: 32)
        let xs = Tensor(x).reshaped([32, 1])
        let ys = xs * 3 - 1
        var losses: [Double] = []
        for step in Progress(0..<3, label: "fit") {
            opt.zeroGrad()
            let loss = mse(model(xs), ys)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        }
        losses
        """
        let losses = try cells.doubles(source)
        #expect(losses.count == 3)
        #expect(losses[2] < losses[1] && losses[1] < losses[0])
    }

    @Test func dcganInitDrawsFromTheCellStream() throws {
        let cells = try BuiltinCells()
        let source = """
        let G = Sequential { Linear(4, 8); BatchNorm(8); ReLU() }
        G.initialize(std: 0.02)
        G.parameters.map { $0.detached().std() }
        """
        let stds = try cells.doubles(source)
        #expect(stds.count == 4)
        #expect(abs(stds[0] - 0.02) < 0.01)     // weights N(0, 0.02)
        #expect(stds[1] == 0)                   // bias 0
        #expect(abs(stds[2] - 0.02) < 0.015)    // γ N(1, 0.02)
        #expect(try cells.double("G.parameters[2].mean().item()") > 0.9)
    }

    @Test func clipWeightsBoundsEveryParameter() throws {
        let cells = try BuiltinCells()
        let source = "let C = Sequential { Linear(3, 5) }\nC.clipWeights(0.01)\nC.parameters.map { $0.detached().abs().max() }"
        #expect(try cells.doubles(source).allSatisfy { $0 <= 0.01 })
    }

    @Test func diagramListsLayersWithShapes() throws {
        let cells = try BuiltinCells()
        let source = """
        let G = Sequential { Linear(100, 6272); ReLU(); Reshape(128, 7, 7); ConvTranspose2d(128, 1, kernel: 4, stride: 2, padding: 1); Tanh() }
        G.diagram(input: [100])
        """
        guard case .svg(let svg, _) = try cells.rendered(source) else { Issue.record("not SVG"); return }
        #expect(svg.contains("<svg"))
        #expect(svg.contains("14"))
    }

    @Test func wrongArgumentLabelIsADiagnostic() throws {
        let cells = try BuiltinCells()
        let result = cells.run("let opt = SGD(Linear(1, 1).parameters, learningRate: 0.1)")
        #expect(!result.succeeded)
        #expect(result.formattedDiagnostics.contains("lr:"))
    }
}
