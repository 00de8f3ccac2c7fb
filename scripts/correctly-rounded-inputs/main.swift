// Fixture inputs for PortableMath.CorrectlyRounded: random ones and "hard" ones (where the fast
// path cannot decide its rounding), as "name xhex yhex" lines. Build and run:
//   swiftc -O -o /tmp/cr-inputs Sources/1-foundations/PortableMath/*.swift scripts/correctly-rounded-inputs/main.swift
//   /tmp/cr-inputs 3000000 | python3 scripts/correctly-rounded-fixtures.py > Tests/PortableMathTests/Fixtures/correctly-rounded.txt
import Foundation
typealias CR = PortableMath.CorrectlyRounded
struct LCG { var s: UInt64; mutating func next() -> UInt64 { s = s &* 6364136223846793005 &+ 1442695040888963407; return s ^ (s >> 29) } }
var g = LCG(s: 20261205)
func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * Double(g.next() >> 11) * 0x1p-53 }
func anyPositive() -> Double { Double(bitPattern: g.next() % 0x7ff0_0000_0000_0000) }
func out(_ n: String, _ x: Double, _ y: Double = 0) { print(n, String(x.bitPattern, radix: 16), String(y.bitPattern, radix: 16)) }
func hardExp(_ x: Double) -> Bool { let (q, v) = CR.expKernel(x, 0); return q > -1022 && CR.roundIfSure(v, CR.expBound) == nil }
func hardLog(_ x: Double) -> Bool { CR.roundIfSure(CR.logDoubleDouble(x), CR.logBound) == nil }
func hardPow(_ x: Double, _ y: Double) -> Bool {
    let l = CR.logDoubleDouble(x); let th = twoProduct(y, l.hi)
    let (q, v) = CR.expKernel(th.hi, th.lo + y * l.lo); return q > -1022 && CR.roundIfSure(v, CR.powBound) == nil
}
// Random.
for _ in 0..<400 { out("exp", uniform(-745.2, 709.8)) }
for _ in 0..<200 { out("exp", uniform(-1, 1)) }
for _ in 0..<100 { out("exp", uniform(-1, 1) * 0x1p-30) }
for _ in 0..<400 { out("log", anyPositive()) }
for _ in 0..<200 { out("log", uniform(0.5, 2)) }
for _ in 0..<100 { out("log", 1 + uniform(-1, 1) * 0x1p-30) }
for _ in 0..<500 { out("pow", uniform(0, 10), uniform(-60, 60)) }
for _ in 0..<200 { out("pow", anyPositive(), uniform(-2, 2)) }
for _ in 0..<200 { out("pow", uniform(-10, 10), (uniform(-40, 40)).rounded()) }
for _ in 0..<100 { out("pow", 1 + uniform(-1, 1) * 0x1p-20, uniform(-1e7, 1e7)) }
for _ in 0..<300 { out("exp2", uniform(-1075, 1024)) }
for _ in 0..<300 { out("log2", anyPositive()) }
for _ in 0..<300 { out("log10", anyPositive()) }
for name in ["sin", "cos"] {
    for _ in 0..<250 { out(name, uniform(-10, 10)) }
    for _ in 0..<100 { out(name, uniform(-1e5, 1e5)) }
    for _ in 0..<50 { out(name, uniform(-1, 1) * 0x1p-20) }
    for _ in 0..<50 { out(name, uniform(-1, 1) * 0x1p61) }
    for _ in 0..<30 { out(name, anyPositive()) }
}
// Hard: inputs where the fast path cannot decide (searched among random ones).
let budget = Int(CommandLine.arguments[1])!
var found = [String: Int]()
for _ in 0..<budget {
    let x = uniform(-745.2, 709.8); if hardExp(x) { out("exp", x); found["exp", default: 0] += 1 }
    let s = uniform(-0.01, 0.01); if hardExp(s) { out("exp", s); found["exp", default: 0] += 1 }
    let l = anyPositive(); if l > 0 && hardLog(l) { out("log", l); found["log", default: 0] += 1 }
    let m = uniform(0.5, 2); if hardLog(m) { out("log", m); found["log", default: 0] += 1 }
    let px = uniform(0, 10), py = uniform(-60, 60); if px > 0 && hardPow(px, py) { out("pow", px, py); found["pow", default: 0] += 1 }
    let t = uniform(-100, 100)
    if CR.trigonometryFast(t, cosine: false) == nil { out("sin", t); found["sin", default: 0] += 1 }
    if CR.trigonometryFast(t, cosine: true) == nil { out("cos", t); found["cos", default: 0] += 1 }
}
FileHandle.standardError.write("hard found \(found) in \(budget)\n".data(using: .utf8)!)
