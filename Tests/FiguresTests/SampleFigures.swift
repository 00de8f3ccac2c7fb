import Foundation
@testable import Figures

/// The figures rendered as golden files: one or more per mark type, and the course's figures.
enum SampleFigures {
    static var all: [(name: String, figure: any Figure)] {
        [
            ("line-divergences", divergences),
            ("line-nan-infinity", nanAndInfinity),
            ("area-densities", areaDensities),
            ("point-scatter-2d", scatter),
            ("rule-and-text", rulesAndText),
            ("bar", bars),
            ("histogram-density", histogram),
            ("heatmap-discriminator", heatMap),
            ("arrow-vector-field", vectorField),
            ("log-scale-losses", logLosses),
            ("panels-gan-1d", gan1D),
            ("matrix-strided-convolution", stridedConvolution),
            ("matrix-transposed-convolution", transposedConvolution),
            ("layers-dcgan-generator", dcganGenerator),
            ("layers-autoencoder", autoencoder),
        ]
    }

    static var divergences: Chart {
        let shifts = SampleData.grid(-4, 4, 81)
        let kl = shifts.map { $0 * $0 / 2 }
        let js = shifts.map { shift -> Double in
            // JS between N(0,1) and N(shift,1) by numeric integration.
            let xs = SampleData.grid(-12, 12, 801), dx = xs[1] - xs[0]
            return xs.reduce(0) { sum, x in
                let p = SampleData.normalDensity(x, mean: 0, std: 1), q = SampleData.normalDensity(x, mean: shift, std: 1)
                let m = (p + q) / 2
                let a = p > 0 ? p * Foundation.log(p / m) : 0, b = q > 0 ? q * Foundation.log(q / m) : 0
                return sum + 0.5 * (a + b) * dx
            }
        }
        return Chart(title: "散度随平移量的变化", x: "平移量 μ", y: "散度 (nats)", yRange: 0...2.5) {
            LineMark(x: shifts, y: kl, label: "KL(P‖Q)")
            LineMark(x: shifts, y: js, label: "JS(P‖Q)")
            RuleMark(y: Foundation.log(2), label: "log 2")
        }
    }

    static var nanAndInfinity: Chart {
        let xs = SampleData.grid(0, 4, 41)
        var kl = xs.map { $0 < 2 ? 0.5 * $0 * $0 : Double.infinity }
        kl[5] = .nan
        kl[6] = .nan
        let w = xs.map { $0 }
        return Chart(title: "不相交支撑集：KL 为 +∞", x: "θ", y: "距离") {
            LineMark(x: xs, y: kl, label: "KL")
            LineMark(x: xs, y: w, label: "Wasserstein", style: .dashed)
        }
    }

    static var areaDensities: Chart {
        let xs = SampleData.grid(-4, 6, 201)
        let real = xs.map { SampleData.normalDensity($0, mean: 2, std: 0.8) }
        let fake = xs.map { SampleData.normalDensity($0, mean: 0, std: 1.2) }
        return Chart(title: "真实分布与生成分布", x: "x", y: "密度") {
            AreaMark(x: xs, y: real, label: "p_data", color: FigurePalette.real)
            AreaMark(x: xs, y: fake, label: "p_g", color: FigurePalette.generated)
            LineMark(x: xs, y: real, color: FigurePalette.real, width: 1.5)
            LineMark(x: xs, y: fake, color: FigurePalette.generated, width: 1.5)
        }
    }

    static var scatter: Chart {
        var random = SampleRandom(seed: 7)
        var realX: [Double] = [], realY: [Double] = [], fakeX: [Double] = [], fakeY: [Double] = []
        for index in 0..<240 {
            let angle = Double(index % 8) * Double.pi / 4
            realX.append(2 * cos(angle) + 0.15 * random.normal())
            realY.append(2 * sin(angle) + 0.15 * random.normal())
            fakeX.append(0.6 * random.normal() + 1.2)
            fakeY.append(0.6 * random.normal() + 0.8)
        }
        return Chart(title: "二维样本：8 个高斯混合", x: "x₁", y: "x₂", width: 480, height: 440) {
            PointMark(x: realX, y: realY, label: "真实样本", color: FigurePalette.real, size: 2.5, opacity: 0.7)
            PointMark(x: fakeX, y: fakeY, label: "生成样本", color: FigurePalette.generated, size: 2.5, opacity: 0.7)
        }
    }

    static var rulesAndText: Chart {
        let xs = SampleData.grid(0, 1, 101)
        let curve = xs.map { -Foundation.log(1 - 0.98 * $0) }
        return Chart(title: "生成器损失 −log(1 − D(G(z)))", x: "D(G(z))", y: "损失") {
            LineMark(x: xs, y: curve, label: "−log(1 − D)")
            LineMark(x: xs, y: xs.map { -Foundation.log(0.02 + 0.98 * $0) }, label: "−log D", style: .dashed)
            RuleMark(x: 0.5, label: "D = 1/2")
            RuleMark(y: 0, style: .solid)
            TextMark(x: 0.08, y: 3.2, text: "训练初期梯度很小", anchor: .start)
        }
    }

    static var bars: Chart {
        Chart(title: "离散分布 P 与 Q", x: "取值", y: "概率") {
            BarMark(x: [0.85, 1.85, 2.85, 3.85], height: [0.1, 0.4, 0.3, 0.2], width: 0.3, label: "P", color: FigurePalette.real)
            BarMark(x: [1.15, 2.15, 3.15, 4.15], height: [0.25, 0.25, 0.25, 0.25], width: 0.3, label: "Q", color: FigurePalette.generated)
        }
    }

    static var histogram: Chart {
        var random = SampleRandom(seed: 11)
        let samples = (0..<2000).map { _ in 1.5 + 0.7 * random.normal() }
        let xs = SampleData.grid(-1, 4, 101)
        return Chart(title: "生成样本的直方图", x: "x", y: "密度") {
            Histogram(samples, bins: 30, density: true, label: "G(z) 样本", color: FigurePalette.generated)
            LineMark(x: xs, y: xs.map { SampleData.normalDensity($0, mean: 1.5, std: 0.7) }, label: "N(1.5, 0.7²)",
                     color: FigurePalette.real, style: .dotted)
        }
    }

    static var heatMap: Chart {
        var random = SampleRandom(seed: 3)
        let realX = (0..<80).map { _ in 1 + 0.4 * random.normal() }, realY = (0..<80).map { _ in 1 + 0.4 * random.normal() }
        let fakeX = (0..<80).map { _ in -1 + 0.5 * random.normal() }, fakeY = (0..<80).map { _ in -0.5 + 0.5 * random.normal() }
        return Chart(title: "判别器输出 D(x)", x: "x₁", y: "x₂", width: 560, height: 440) {
            HeatMap(x: -3...3, y: -3...3, resolution: 48, valueRange: 0...1, contourLevels: [0.5], label: "D(x)") { a, b in
                1 / (1 + Foundation.exp(-(1.6 * a + 1.2 * b - 0.3 * a * b)))
            }
            PointMark(x: realX, y: realY, label: "真实", color: FigurePalette.real, size: 2.5, opacity: 0.9)
            PointMark(x: fakeX, y: fakeY, label: "生成", color: FigurePalette.generated, size: 2.5, opacity: 0.9)
        }
    }

    static var vectorField: Chart {
        var xs: [Double] = [], ys: [Double] = [], dx: [Double] = [], dy: [Double] = []
        for i in 0..<11 {
            for j in 0..<11 {
                let x = -2 + 0.4 * Double(i), y = -2 + 0.4 * Double(j)
                xs.append(x); ys.append(y)
                dx.append(1 - x); dy.append(0.5 - y)
            }
        }
        return Chart(title: "生成器样本的梯度方向", x: "x₁", y: "x₂", width: 480, height: 440) {
            ArrowMark(x: xs, y: ys, dx: dx, dy: dy, scale: 0.12, label: "∇ log D", color: FigurePalette.discriminator)
            PointMark(x: [1], y: [0.5], label: "真实数据中心", color: FigurePalette.real, size: 5, opacity: 1)
        }
    }

    static var logLosses: Chart {
        var random = SampleRandom(seed: 5)
        let steps = (1...400).map(Double.init)
        let d = steps.map { 0.7 * Foundation.exp(-$0 / 150) + 0.3 + 0.05 * random.normal() }
        let g = steps.map { 3 * Foundation.exp(-$0 / 60) + 0.7 + 0.1 * random.normal() }
        return Chart(title: "训练损失（对数坐标）", x: "迭代步", y: "损失", yScale: .log) {
            LineMark(x: steps, y: d, label: "判别器", color: FigurePalette.discriminator, width: 1.2)
            LineMark(x: steps, y: g, label: "生成器", color: FigurePalette.generated, width: 1.2)
        }
    }

    /// Goodfellow et al.'s four stages of 1-D GAN training.
    static var gan1D: Panels {
        let xs = SampleData.grid(-1, 7, 241)
        let data = xs.map { SampleData.normalDensity($0, mean: 4, std: 0.7) }
        let stages: [(mean: Double, std: Double, optimal: Bool)] = [(2.2, 1.0, false), (2.2, 1.0, true), (3.3, 0.8, true), (4, 0.7, true)]
        let zs = SampleData.grid(-0.8, 6.8, 25)
        return Panels(title: "一维 GAN 的训练过程", columns: 4, panelWidth: 260, panelHeight: 300) {
            for (index, stage) in stages.enumerated() {
                let model = xs.map { SampleData.normalDensity($0, mean: stage.mean, std: stage.std) }
                let optimal = zip(data, model).map { $0 + $1 > 1e-12 ? $0 / ($0 + $1) : 0.5 }
                let d = stage.optimal ? optimal : zip(optimal, xs).map { 0.5 + 0.35 * ($0 - 0.5) + 0.08 * sin(2.5 * $1) }
                let mapped = zs.map { SampleData.normalQuantile(($0 + 0.8) / 7.6 * 0.96 + 0.02, mean: stage.mean, std: stage.std) }
                Chart(x: "x", y: index == 0 ? "密度 / D(x)" : nil, yRange: 0...1.05) {
                    // The data density is drawn last so its dots stay visible where p_g matches it (d).
                    LineMark(x: xs, y: model, label: "生成分布 p_g", color: FigurePalette.generated)
                    LineMark(x: xs, y: d, label: "判别器 D(x)", color: FigurePalette.discriminator, style: .dashed)
                    LineMark(x: xs, y: data, label: "数据分布 p_data", color: FigurePalette.real, style: .dotted, width: 2.2)
                    MappingMark(from: zs, to: mapped)
                }
            }
        }
    }

    static var stridedConvolution: MatrixFigure {
        let input: [[Double]] = [[1, 2, 0, 1, 3], [0, 1, 2, 2, 1], [3, 1, 0, 1, 0], [2, 0, 1, 3, 1], [1, 2, 1, 0, 2]]
        let kernel: [[Double]] = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
        let output: [[Double]] = [[-3, -1, 2], [-2, 0, 3], [-3, 2, 3]]
        return MatrixFigure(title: "步幅 2、填充 1 的卷积", panels: [
            MatrixPanel(input, caption: "输入 5×5（填充 1）", padding: 1, highlights: [MatrixHighlight(rows: 0..<3, columns: 0..<3)]),
            MatrixPanel(kernel, caption: "卷积核 3×3", highlights: [MatrixHighlight(rows: 0..<3, columns: 0..<3)]),
            MatrixPanel(output, caption: "输出 3×3",
                        highlights: [MatrixHighlight(rows: 0..<1, columns: 0..<1, color: FigurePalette.highlight2)]),
        ], operators: ["∗", "="])
    }

    static var transposedConvolution: MatrixFigure {
        let input: [[Double]] = [[1, 2], [3, 4]]
        var inserted: [[Int]] = []
        for row in 0..<5 { for column in 0..<5 where row % 2 == 1 || column % 2 == 1 { inserted.append([row + 1, column + 1]) } }
        let dilated: [[Double]] = [[1, 0, 2], [0, 0, 0], [3, 0, 4]]
        return MatrixFigure(title: "转置卷积：在输入间插入零", panels: [
            MatrixPanel(input, caption: "输入 2×2"),
            MatrixPanel(dilated, caption: "插零并填充后 5×5", padding: 1,
                        highlights: [MatrixHighlight(rows: 0..<3, columns: 0..<3)],
                        insertedCells: [[2, 1], [2, 2], [2, 3], [1, 2], [3, 2]]),
        ], operators: ["→"])
    }

    static var dcganGenerator: LayerDiagram {
        LayerDiagram(title: "DCGAN 生成器", layers: [
            ("噪声 z ~ N(0, I)", [100]),
            ("Linear(100, 6272) + BatchNorm + ReLU", [6272]),
            ("Reshape", [128, 7, 7]),
            ("ConvTranspose2d(128, 64, 4, 2, 1) + BatchNorm2d + ReLU", [64, 14, 14]),
            ("ConvTranspose2d(64, 1, 4, 2, 1) + Tanh", [1, 28, 28]),
        ])
    }

    static var autoencoder: LayerDiagram {
        LayerDiagram(title: "自编码器", layers: [
            ("输入图像", [784]),
            ("编码器 Linear(784, 256) + ReLU", [256]),
            ("Linear(256, 32)：隐变量 z", [32]),
            ("解码器 Linear(32, 256) + ReLU", [256]),
            ("Linear(256, 784) + Sigmoid", [784]),
        ])
    }
}
