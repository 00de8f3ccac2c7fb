import Foundation
import GANEngine

/// What it takes to build a layer again: its kind and configuration (not its tensors, which
/// the snapshot restores afterwards).
enum ModuleRecord {
    case linear(inputs: Int, outputs: Int, bias: Bool)
    case conv2d(inputs: Int, outputs: Int, kernel: Int, stride: Int, padding: Int, bias: Bool)
    case convTranspose2d(inputs: Int, outputs: Int, kernel: Int, stride: Int, padding: Int, outputPadding: Int, bias: Bool)
    case batchNorm(features: Int, momentum: Float, epsilon: Float, rank: Int)
    case relu, tanh, sigmoid, flatten
    case leakyReLU(slope: Float)
    case reshape([Int])
    case dropout(probability: Float, generator: SeededGenerator)
    case sequential

    static func describe(_ module: any Module) throws -> ModuleRecord {
        switch module {
        case let m as Linear: return .linear(inputs: m.inputSize, outputs: m.outputSize, bias: m.bias != nil)
        case let m as Conv2d:
            return .conv2d(inputs: m.inChannels, outputs: m.outChannels, kernel: m.kernelSize, stride: m.stride,
                           padding: m.padding, bias: m.bias != nil)
        case let m as ConvTranspose2d:
            return .convTranspose2d(inputs: m.inChannels, outputs: m.outChannels, kernel: m.kernelSize, stride: m.stride,
                                    padding: m.padding, outputPadding: m.outputPadding, bias: m.bias != nil)
        case let m as BatchNorm2d: return .batchNorm(features: m.numFeatures, momentum: m.momentum, epsilon: m.epsilon, rank: 4)
        case let m as BatchNorm1d: return .batchNorm(features: m.numFeatures, momentum: m.momentum, epsilon: m.epsilon, rank: 2)
        case is ReLU: return .relu
        case is Tanh: return .tanh
        case is Sigmoid: return .sigmoid
        case is Flatten: return .flatten
        case let m as LeakyReLU: return .leakyReLU(slope: m.slope)
        case let m as Reshape: return .reshape(m.shape)
        case let m as Dropout: return .dropout(probability: m.probability, generator: m.maskGenerator)
        case is Sequential: return .sequential
        default: throw SnapshotError.unsnapshottable(typeName: String(describing: type(of: module)))
        }
    }

    func write(to out: inout SnapshotWriter) {
        switch self {
        case .linear(let inputs, let outputs, let bias):
            out.string("Linear"); out.i64(inputs); out.i64(outputs); out.bool(bias)
        case .conv2d(let inputs, let outputs, let kernel, let stride, let padding, let bias):
            out.string("Conv2d"); for n in [inputs, outputs, kernel, stride, padding] { out.i64(n) }; out.bool(bias)
        case .convTranspose2d(let inputs, let outputs, let kernel, let stride, let padding, let outputPadding, let bias):
            out.string("ConvTranspose2d"); for n in [inputs, outputs, kernel, stride, padding, outputPadding] { out.i64(n) }; out.bool(bias)
        case .batchNorm(let features, let momentum, let epsilon, let rank):
            out.string("BatchNorm"); out.i64(features); out.f32(momentum); out.f32(epsilon); out.i64(rank)
        case .relu: out.string("ReLU")
        case .tanh: out.string("Tanh")
        case .sigmoid: out.string("Sigmoid")
        case .flatten: out.string("Flatten")
        case .leakyReLU(let slope): out.string("LeakyReLU"); out.f32(slope)
        case .reshape(let shape): out.string("Reshape"); out.u32(shape.count); for n in shape { out.i64(n) }
        case .dropout(let probability, let generator):
            out.string("Dropout"); out.f32(probability)
            out.string(Self.encoded(generator))
        case .sequential: out.string("Sequential")
        }
    }

    /// A dropout layer's generator state as JSON with sorted keys, so that the same state always
    /// gives the same snapshot bytes (unsorted, the key order changed from run to run and every
    /// rerun of an unchanged cell rewrote its committed snapshot).
    static func encoded(_ generator: SeededGenerator) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(generator), as: UTF8.self)) ?? ""
    }

    static func read(from reader: inout SnapshotReader) throws -> ModuleRecord {
        switch try reader.string() {
        case "Linear": return .linear(inputs: try reader.i64(), outputs: try reader.i64(), bias: try reader.bool())
        case "Conv2d":
            return .conv2d(inputs: try reader.i64(), outputs: try reader.i64(), kernel: try reader.i64(), stride: try reader.i64(),
                           padding: try reader.i64(), bias: try reader.bool())
        case "ConvTranspose2d":
            return .convTranspose2d(inputs: try reader.i64(), outputs: try reader.i64(), kernel: try reader.i64(),
                                    stride: try reader.i64(), padding: try reader.i64(), outputPadding: try reader.i64(),
                                    bias: try reader.bool())
        case "BatchNorm":
            return .batchNorm(features: try reader.i64(), momentum: try reader.f32(), epsilon: try reader.f32(), rank: try reader.i64())
        case "ReLU": return .relu
        case "Tanh": return .tanh
        case "Sigmoid": return .sigmoid
        case "Flatten": return .flatten
        case "LeakyReLU": return .leakyReLU(slope: try reader.f32())
        case "Reshape":
            let count = try reader.u32()
            guard count <= 16 else { throw SnapshotError.malformed("Reshape of rank \(count)") }
            return .reshape(try (0..<count).map { _ in try reader.i64() })
        case "Dropout":
            let probability = try reader.f32()
            guard let generator = try? JSONDecoder().decode(SeededGenerator.self, from: Data(try reader.string().utf8)) else {
                throw SnapshotError.malformed("Dropout without its mask stream")
            }
            return .dropout(probability: probability, generator: generator)
        case "Sequential": return .sequential
        case let other: throw SnapshotError.malformed("unknown layer kind '\(other)'")
        }
    }

    /// Builds the layer (with throwaway initial weights; the snapshot's tensors replace them).
    func make(children: [any Module]) throws -> any Module {
        var scratch = SeededGenerator(seed: 0)
        switch self {
        case .linear(let inputs, let outputs, let bias): return try Linear(inputs, outputs, bias: bias, using: &scratch)
        case .conv2d(let inputs, let outputs, let kernel, let stride, let padding, let bias):
            return try Conv2d(inputs, outputs, kernelSize: kernel, stride: stride, padding: padding, bias: bias, using: &scratch)
        case .convTranspose2d(let inputs, let outputs, let kernel, let stride, let padding, let outputPadding, let bias):
            return try ConvTranspose2d(inputs, outputs, kernelSize: kernel, stride: stride, padding: padding,
                                       outputPadding: outputPadding, bias: bias, using: &scratch)
        case .batchNorm(let features, let momentum, let epsilon, let rank):
            return rank == 4 ? try BatchNorm2d(features, momentum: momentum, epsilon: epsilon)
                : try BatchNorm1d(features, momentum: momentum, epsilon: epsilon)
        case .relu: return ReLU()
        case .tanh: return Tanh()
        case .sigmoid: return Sigmoid()
        case .flatten: return Flatten()
        case .leakyReLU(let slope): return LeakyReLU(slope)
        case .reshape(let shape): return Reshape(shape)
        case .dropout(let probability, let generator):
            let layer = try Dropout(probability)
            layer.maskGenerator = generator
            return layer
        case .sequential: return Sequential(children)
        }
    }
}
