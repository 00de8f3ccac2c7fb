/// The top-level bindings of an interpreter at one moment: names, their slots and values.
/// Values are copied as CellScript values are (collections by value, host objects by reference),
/// so a host that wants an object's state back must keep that state itself.
public struct GlobalsSnapshot {
    let names: [String: Binding]
    let slotCount: Int
    let cellCount: Int
    let slotValues: [Value]

    /// No bindings at all: the state before the first cell.
    public static var empty: GlobalsSnapshot { GlobalsSnapshot(names: [:], slotCount: 0, cellCount: 0, slotValues: []) }

    /// Every value bound at the time (latest declaration of each name first-class).
    public var values: [Value] { names.values.map { slotValues[$0.slot] } }

    /// The value `name` had.
    public func value(named name: String) -> Value? {
        names[name].map { slotValues[$0.slot] }
    }
}

extension Interpreter {
    /// The top-level bindings as they are now (cheap: values are copy-on-write).
    public func captureGlobals() -> GlobalsSnapshot {
        var values: [Value] = []
        values.reserveCapacity(globalSlotCount)
        for slot in 0..<globalSlotCount { values.append(runtime.globals.slots[slot]) }
        return GlobalsSnapshot(names: globalNames, slotCount: globalSlotCount, cellCount: cellCount, slotValues: values)
    }

    /// Puts every top-level binding back as it was in `snapshot` (names declared since are gone).
    public func restoreGlobals(_ snapshot: GlobalsSnapshot) {
        for slot in 0..<max(globalSlotCount, snapshot.slotCount) {
            runtime.globals.slots[slot] = slot < snapshot.slotCount ? snapshot.slotValues[slot] : .void
        }
        globalNames = snapshot.names
        globalSlotCount = snapshot.slotCount
        cellCount = max(cellCount, snapshot.cellCount)
    }

    /// Binds `names` to the values they had in `snapshot`, keeping every other binding as it is
    /// (to replay what a cell defined without running it again).
    public func adoptGlobals(_ names: some Sequence<String>, from snapshot: GlobalsSnapshot) throws {
        for name in names {
            guard let old = snapshot.names[name] else { continue }
            let value = snapshot.slotValues[old.slot]
            if let current = globalNames[name], current.cell == old.cell || current.slot < globalSlotCount {
                runtime.globals.slots[current.slot] = value
                globalNames[name] = Binding(slot: current.slot, isLet: old.isLet, cell: current.cell, range: old.range)
            } else {
                guard globalSlotCount < runtime.globalCapacity else { throw HostError("too many top-level names") }
                cellCount += 1
                globalNames[name] = Binding(slot: globalSlotCount, isLet: old.isLet, cell: cellCount, range: old.range)
                runtime.globals.slots[globalSlotCount] = value
                globalSlotCount += 1
            }
        }
    }
}
