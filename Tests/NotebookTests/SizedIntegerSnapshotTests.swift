import CellScript
import Testing
@testable import Notebook

/// Values of the sized integer types (`UInt64`, `Int8`, …) are stored in a value snapshot with
/// their kind and exact bits, and come back as the same type: never as an `Int`.
@Suite struct SizedIntegerSnapshotTests {
    @Test func sizedIntegersComeBackExactlyWithTheirTypes() throws {
        let cells = try SnapshotCells()
        let source = """
        let big = UInt64.max
        let small: Int8 = -128
        var bytes: [UInt8] = [0, 200, 255]
        let table: [UInt16: Int32] = [7: -1]
        let plain = 5
        """
        #expect(cells.run(source).succeeded)
        let names = ["big", "small", "bytes", "table", "plain"]
        let types = ["big": "UInt64", "small": "Int8", "bytes": "[UInt8]", "table": "[UInt16: Int32]", "plain": "Int"]
        let bindings = names.map { SnapshotBinding(name: $0, isLet: $0 != "bytes", value: cells.interpreter.value(named: $0)!) }
        let snapshot = try ValueSnapshot(bytes: ValueSnapshot.encode(key: "k", bindings: bindings, staticTypes: { types[$0] }))
        #expect(snapshot.unsnapshottable.isEmpty)
        #expect(snapshot.staticTypes == types)

        let fresh = try SnapshotCells()
        let restored = try snapshot.bindings(Set(names), context: fresh.context, makeValue: fresh.interpreter.value(from:))
        for binding in restored {
            #expect(binding.value.typeName == cells.interpreter.value(named: binding.name)!.typeName)
            #expect(binding.value.debugDescription == cells.interpreter.value(named: binding.name)!.debugDescription)
            try fresh.interpreter.define(binding.name, binding.value, isLet: binding.isLet)
        }
        let result = fresh.run("""
        print(type(of: big), big, big &+ 1, big / 3)
        print(type(of: small), small + 1, small &- 1)
        bytes.append(7)
        print(type(of: bytes), bytes, table[7]!, type(of: plain))
        """)
        #expect(result.succeeded, "\(result.formattedDiagnostics)")
        #expect(result.output == """
        UInt64 18446744073709551615 0 6148914691236517205
        Int8 -127 127
        Array<UInt8> [0, 200, 255, 7] -1 Int

        """)
    }

    @Test func aStoredPatternThatIsNoValueOfItsKindIsRejected() throws {
        // An Int8 whose 64-bit pattern is not sign-extended cannot be a stored value.
        #expect(FixedWidthInt(storedKind: .int8, bits: 0x80) == nil)
        #expect(FixedWidthInt(storedKind: .int8, bits: UInt64(bitPattern: -128))?.description == "-128")
        #expect(FixedWidthInt(storedKind: .uint8, bits: 0x100) == nil)
        #expect(FixedWidthInt(storedKind: .int, bits: 1) == nil)
    }
}
