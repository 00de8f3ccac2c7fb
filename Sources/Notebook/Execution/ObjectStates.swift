import CellScript
import GANEngine

/// The mutable state of the host objects reachable from some CellScript values: tensor data,
/// models' parameters, buffers and train/eval flags, optimizers' state and learning rates.
/// Captured after a cell runs, it lets the live preview put the objects back as they were, so a
/// later cell can run again without re-running the cells before it. Other host objects
/// (distributions, figures, data sets) never change after creation and need nothing.
struct ObjectStates {
    private enum Entry {
        case tensor(Tensor, [Float])
        case module(any Module, tensors: [(Tensor, [Float])], training: [(any Module, Bool)])
        case optimizer(any Optimizer, state: [String: Tensor], learningRate: Float)
    }

    private var entries: [ObjectIdentifier: Entry] = [:]

    /// Captures the state of every object reachable from `values`.
    static func capture(_ values: [Value]) -> ObjectStates {
        var states = ObjectStates()
        var visited = Set<ObjectIdentifier>()
        var stack = values
        while let value = stack.popLast() {
            switch value {
            case .array(let items), .tuple(let items): stack += items
            case .dictionary(let dictionary): stack += dictionary.values
            case .object(let object):
                guard visited.insert(ObjectIdentifier(object)).inserted else { continue }
                states.add(object)
            default: break
            }
        }
        return states
    }

    private mutating func add(_ object: any HostObject) {
        let id = ObjectIdentifier(object)
        switch object {
        case let box as TensorObject:
            entries[id] = .tensor(box.tensor, box.tensor.values)
        case let box as ModuleObject:
            let tensors = (box.module.namedParameters() + box.module.namedBuffers()).map { ($0.1, $0.1.values) }
            let training = box.module.allModules().map { ($0.1, $0.1.isTraining) }
            entries[id] = .module(box.module, tensors: tensors, training: training)
        case let box as OptimizerObject:
            var state: [String: Tensor] = [:]
            for (name, tensor) in box.optimizer.namedState() { state[name] = tensor.copy() }
            entries[id] = .optimizer(box.optimizer, state: state, learningRate: box.optimizer.learningRate)
        default:
            break
        }
    }

    /// Writes the captured state back into the same objects.
    func restore() throws {
        for entry in entries.values {
            switch entry {
            case .tensor(let tensor, let values):
                try tensor.assign(values: values)
                tensor.grad = nil
            case .module(_, let tensors, let training):
                for (tensor, values) in tensors {
                    try tensor.assign(values: values)
                    tensor.grad = nil
                }
                for (module, flag) in training { module.isTraining = flag }   // parents first, as captured
            case .optimizer(let optimizer, let state, let learningRate):
                try optimizer.loadState(state.mapValues { $0.copy() })
                optimizer.learningRate = learningRate
            }
        }
    }
}

