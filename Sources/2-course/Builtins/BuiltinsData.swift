import CellScript
import Foundation
import GANEngine
import PNGCodec

/// A split of the course's handwritten digits (`Digits.load()`): images [n, 1, 28, 28] in
/// [−1, 1] and their labels.
final class DigitsObject: Displayable {
    let images: Tensor
    let labels: [Int]
    let split: String
    var typeName: String { "Digits" }

    init(images: Tensor, labels: [Int], split: String) {
        self.images = images
        self.labels = labels
        self.split = split
    }

    func rendered() throws -> RenderedDisplay {
        .text("Digits(split: \"\(split)\", count: \(labels.count), images: [\(images.shape.map(String.init).joined(separator: ", "))])")
    }
}

/// Decoded digit sheets kept for the life of the process, keyed by the files' content hashes,
/// so that every lesson loading the data pays the PNG decoding once.
final class DigitsCache: @unchecked Sendable {
    static let shared = DigitsCache()
    private let lock = NSLock()
    private var entries: [String: (pixels: [Float], labels: [Int])] = [:]

    func value(_ key: String, orMake make: () throws -> (pixels: [Float], labels: [Int])) rethrows -> (pixels: [Float], labels: [Int]) {
        lock.lock()
        if let found = entries[key] { lock.unlock(); return found }
        lock.unlock()
        let made = try make()
        lock.lock()
        entries[key] = made
        lock.unlock()
        return made
    }
}

extension Builtins {
    static let digitSide = 28
    static let digitSheetColumns = 50

    /// `Digits.load(split:)`, `.images`, `.labels`, `.count`, `.batch(_:)`.
    static func registerData(in r: BuiltinRegistrar, context: BuiltinContext) throws {
        try r.type("Digits", doc: "The course's 5 000 MNIST digits: 4 500 for training (450 per class), 500 held out.")
        try r.staticMethod(on: "Digits", "load(split: String = \"train\") -> Digits",
                           doc: "Loads a split (\"train\" or \"test\"): images [n, 1, 28, 28] in [−1, 1] and labels.") { args, _ in
            let split = args[0] == nil ? "train" : try args.string(0)
            guard split == "train" || split == "test" else { throw HostError("Digits.load: split must be \"train\" or \"test\", got \"\(split)\"") }
            let (pixels, labels) = try loadDigits(split: split, context: context)
            let images = try Tensor(shape: [labels.count, 1, digitSide, digitSide], values: pixels)
            return .object(DigitsObject(images: images, labels: labels, split: split))
        }
        let digits = { (v: Value) throws -> DigitsObject in
            guard case .object(let object as DigitsObject) = v else { throw HostError("expected Digits, got \(v.typeName)") }
            return object
        }
        try r.property(on: "Digits", "images: Tensor", doc: "All images, [n, 1, 28, 28] in [−1, 1].") { v, _ in
            BuiltinValues.tensorValue(try digits(v).images)
        }
        try r.property(on: "Digits", "labels: [Int]", doc: "The digit (0–9) of each image.") { v, _ in .array(try digits(v).labels.map { .int($0) }) }
        try r.property(on: "Digits", "count: Int", doc: "Number of images.") { v, _ in .int(try digits(v).labels.count) }
        try r.method(on: "Digits", "batch(_ size: Int) -> (images: Tensor, labels: [Int])", effect: .readOnly,
                     sizeCheck: .counts([CountArgument(0, "size", Int.min...(1 << 24), bytesEach: 28 * 28 * 4 + 40)]), doc: "A random batch without repetition from the cell's random stream: `(images, labels)`.") { v, args, _ in
            let data = try digits(v)
            let size = try args.int(0)
            guard size > 0, size <= data.labels.count else { throw HostError("batch: size must be in 1...\(data.labels.count), got \(size)") }
            var indices = Array(0..<data.labels.count)
            for i in 0..<size {
                let j = i + Int(context.generator.next() % UInt64(indices.count - i))
                indices.swapAt(i, j)
            }
            let chosen = Array(indices.prefix(size))
            let images = try data.images.indexSelect(axis: 0, indices: chosen)
            return .tuple([BuiltinValues.tensorValue(images), .array(chosen.map { .int(data.labels[$0]) })])
        }
    }

    /// Pixels in [−1, 1] (tile after tile) and labels of a split, decoded once per process.
    static func loadDigits(split: String, context: BuiltinContext) throws -> (pixels: [Float], labels: [Int]) {
        let imagePath = "data/digits-\(split).png", labelsPath = "data/digits-\(split)-labels.txt"
        let imageBytes = try context.readDataFile(imagePath)
        let labelBytes = try context.readDataFile(labelsPath)
        let key = [imagePath, context.filesRead[imagePath] ?? "", context.filesRead[labelsPath] ?? ""].joined(separator: "|")
        return try DigitsCache.shared.value(key) {
            let labels = try String(decoding: labelBytes, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated().map { line, text in
                guard let label = Int(text.trimmingCharacters(in: .whitespaces)), (0...9).contains(label) else {
                    throw HostError("Digits.load: \(labelsPath) line \(line + 1) is '\(text)', not a digit 0–9")
                }
                return label
            }
            let image = try PNGCodec.decode(imageBytes, channels: 1)
            let side = digitSide, columns = digitSheetColumns
            let rows = (labels.count + columns - 1) / columns
            guard image.width >= columns * side, image.height >= rows * side else {
                throw HostError("Digits.load: \(imagePath) is \(image.width)×\(image.height) pixels, too small for \(labels.count) tiles of \(side)×\(side) in \(columns) columns")
            }
            var pixels = [Float](repeating: 0, count: labels.count * side * side)
            for tile in 0..<labels.count {
                let left = side * (tile % columns), top = side * (tile / columns)
                for y in 0..<side {
                    let source = (top + y) * image.width + left, target = (tile * side + y) * side
                    for x in 0..<side { pixels[target + x] = Float(image.pixels[source + x]) / 127.5 - 1 }
                }
            }
            return (pixels, labels)
        }
    }
}
