import CellScript
import Distributions
import GANEngine

/// The host objects a value snapshot can store, as plain data: what `Notebook`'s snapshot
/// encoder reads from a cell's values and what its decoder turns back into objects. The boxes
/// themselves (`TensorObject`, `ModuleObject`, …) stay private to this module.
package enum HostValue {
    case tensor(Tensor)
    case module(any Module, typeName: String)
    case optimizer(any Optimizer, typeName: String)
    /// A digit set, stored by its split and loaded again from the data files.
    case digits(split: String)
    case distribution(any Distribution1D, typeName: String)
    case ring(GaussianRing)

    /// What `object` holds, or nil when it is not a box a snapshot can store.
    package init?(_ object: any HostObject) {
        switch object {
        case let box as TensorObject: self = .tensor(box.tensor)
        case let box as ModuleObject: self = .module(box.module, typeName: box.typeName)
        case let box as OptimizerObject: self = .optimizer(box.optimizer, typeName: box.typeName)
        case let box as DigitsObject: self = .digits(split: box.split)
        case let box as DistributionObject: self = .distribution(box.distribution, typeName: box.typeName)
        case let box as RingObject: self = .ring(box.ring)
        default: return nil
        }
    }

    /// A fresh box holding this value; digit sets are read through `context`.
    package func object(context: BuiltinContext) throws -> any HostObject {
        switch self {
        case .tensor(let tensor): return TensorObject(tensor)
        case .module(let module, let typeName): return ModuleObject(module, typeName: typeName)
        case .optimizer(let optimizer, let typeName): return OptimizerObject(optimizer, typeName: typeName)
        case .digits(let split):
            let (pixels, labels) = try Builtins.loadDigits(split: split, context: context)
            let side = Builtins.digitSide
            return DigitsObject(images: try Tensor(shape: [labels.count, 1, side, side], values: pixels), labels: labels, split: split)
        case .distribution(let distribution, let typeName): return DistributionObject(distribution, typeName: typeName)
        case .ring(let ring): return RingObject(ring)
        }
    }
}
