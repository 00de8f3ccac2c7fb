import Foundation
import Testing
@testable import PortableMath
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `PortableMath.CorrectlyRounded` against references computed with mpmath at 400 and 900 bits
/// (scripts/correctly-rounded-fixtures.py, Fixtures/correctly-rounded.txt: random inputs, inputs
/// where the fast path cannot decide, and edge cases), and the fast path against the slow one.
struct CorrectlyRoundedTests {
    typealias CR = PortableMath.CorrectlyRounded

    struct Case { let name: String; let x: Double; let y: Double; let expected: Double }

    static func fixture() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/correctly-rounded.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let f = line.split(separator: " ").map(String.init)
            func d(_ s: String) -> Double { s == "nan" ? .nan : Double(bitPattern: UInt64(s, radix: 16)!) }
            return Case(name: f[0], x: d(f[1]), y: d(f[2]), expected: d(f[3]))
        }
    }

    static func evaluate(_ c: Case) -> Double {
        switch c.name {
        case "exp": return CR.exp(c.x)
        case "exp2": return CR.exp2(c.x)
        case "log": return CR.log(c.x)
        case "log2": return CR.log2(c.x)
        case "log10": return CR.log10(c.x)
        case "pow": return CR.pow(c.x, c.y)
        case "sin": return CR.sin(c.x)
        case "cos": return CR.cos(c.x)
        default: return .nan
        }
    }

    static func platform(_ c: Case) -> Double {
        switch c.name {
        case "exp": return Foundation_exp(c.x)
        case "exp2": return Foundation_exp2(c.x)
        case "log": return Foundation_log(c.x)
        case "log2": return Foundation_log2(c.x)
        case "log10": return Foundation_log10(c.x)
        case "pow": return Foundation_pow(c.x, c.y)
        case "sin": return Foundation_sin(c.x)
        case "cos": return Foundation_cos(c.x)
        default: return .nan
        }
    }

    static func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    @Test func everyFixtureResultIsTheCorrectlyRoundedOne() throws {
        let cases = try Self.fixture()
        #expect(cases.count > 3000)
        var wrong: [String] = [], counts: [String: Int] = [:], platformDiffers: [String: Int] = [:]
        for c in cases {
            counts[c.name, default: 0] += 1
            let got = Self.evaluate(c)
            if !Self.same(got, c.expected) { wrong.append("\(c.name)(\(c.x), \(c.y)) = \(got), expected \(c.expected)") }
            if !Self.same(Self.platform(c), c.expected) { platformDiffers[c.name, default: 0] += 1 }
        }
        print("CorrectlyRounded fixture: \(cases.count) cases \(counts.sorted { $0.key < $1.key }); wrong: \(wrong.count); platform libm differs from the reference in \(platformDiffers.sorted { $0.key < $1.key })")
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// Results the fast path keeps equal the slow path's (which decides at 320–1280 bits).
    @Test func fastPathAgreesWithTheSlowPath() {
        var state: UInt64 = 0x5DEECE66D
        func uniform(_ a: Double, _ b: Double) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return a + (b - a) * Double((state ^ (state >> 29)) >> 11) * 0x1p-53
        }
        var wrong: [String] = []
        for _ in 0..<400 {
            let x = uniform(-745, 709.7)
            if CR.exp(x) != CR.accurateExp(x) { wrong.append("exp(\(x))") }
            let l = Foundation_exp2(uniform(-1070, 1020))
            if CR.log(l) != CR.accurateLog(l) { wrong.append("log(\(l))") }
            let px = uniform(0.01, 10), py = uniform(-30, 30)
            if CR.pow(px, py) != CR.accuratePow(px, py) { wrong.append("pow(\(px), \(py))") }
            let t = uniform(-1e4, 1e4)
            if CR.sin(t) != CR.accurateTrigonometry(t, cosine: false) { wrong.append("sin(\(t))") }
            if CR.cos(t) != CR.accurateTrigonometry(t, cosine: true) { wrong.append("cos(\(t))") }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func specialValuesFollowC() {
        #expect(CR.exp(0) == 1 && CR.exp(-.infinity) == 0 && CR.exp(.infinity) == .infinity && CR.exp(.nan).isNaN)
        #expect(CR.exp(710) == .infinity && CR.exp(-746) == 0 && CR.exp(1) == 2.718281828459045)
        #expect(CR.log(1) == 0 && CR.log(0) == -.infinity && CR.log(-1).isNaN && CR.log(.infinity) == .infinity)
        #expect(CR.log2(1024) == 10 && CR.log2(0x1p-1074) == -1074 && CR.log10(1e22) == 22 && CR.log10(0.001) == -3)
        #expect(CR.exp2(-1074) == 0x1p-1074 && CR.exp2(-1075) == 0 && CR.exp2(1024) == .infinity)
        #expect(CR.pow(.nan, 0) == 1 && CR.pow(1, .nan) == 1 && CR.pow(-2, 0.5).isNaN && CR.pow(-2, 3) == -8)
        #expect(CR.pow(-0.0, -3) == -.infinity && CR.pow(0, -2) == .infinity && CR.pow(-0.0, 3).sign == .minus)
        #expect(CR.pow(-1, .infinity) == 1 && CR.pow(0.5, -.infinity) == .infinity && CR.pow(2, -.infinity) == 0)
        #expect(CR.pow(-.infinity, 3) == -.infinity && CR.pow(-.infinity, -3).sign == .minus && CR.pow(.infinity, -1) == 0)
        // An exact midpoint (2²⁷ − 1)² = 2⁵⁴ − 2²⁸ + 1 rounds to even; exact powers are exact.
        #expect(CR.pow(134217727, 2) == 134217727 * 134217727.0 && CR.pow(3, 33) == 5559060566555523)
        #expect(CR.pow(2, 0.5) == 2.0.squareRoot() && CR.pow(9, 1.5) == 27 && CR.pow(10, -2) == 0.01)
        #expect(CR.sin(0) == 0 && CR.sin(-0.0).sign == .minus && CR.cos(0) == 1 && CR.sin(.infinity).isNaN && CR.cos(.nan).isNaN)
        #expect(CR.sin(0x1p-30) == 0x1p-30 && CR.cos(-0x1p-30) == 1 && CR.sin(0x1p1023) == 0x1.205248cbdb760p-1 && CR.cos(.greatestFiniteMagnitude) == -0x1.fffe62ecfab75p-1)
    }

    /// NaN results carry glibc's sign on x86-64 (what `swiftc` programs print there: "-nan" for
    /// log(−1), pow(−2, 0.5), sin(∞); "nan" for log10(−1)); NaN arguments come back unchanged.
    @Test func nanResultsHaveGlibcsSign() {
        let negativeNaN = -Double.nan
        for value in [CR.log(-1), CR.log(-.infinity), CR.log2(-1), CR.pow(-2, 0.5), CR.sin(.infinity), CR.cos(-.infinity),
                      CR.exp(negativeNaN), CR.log(negativeNaN), CR.sin(negativeNaN), CR.pow(negativeNaN, 2)] {
            #expect(value.isNaN && value.sign == .minus)
        }
        for value in [CR.log10(-1), CR.exp(.nan), CR.log(.nan), CR.pow(.nan, 2), CR.sin(.nan), CR.cos(.nan)] {
            #expect(value.isNaN && value.sign == .plus)
        }
        #expect("\(CR.log(-1))" == "-nan" && "\(CR.log10(-1))" == "nan")
    }

    /// pow(x, 2) is x·x and pow(x, 3) is x·x·x when that product is exact (5-bit x).
    @Test func squaresAreProductsAndSmallIntegerPowersAreExactWhenRepresentable() {
        for x in stride(from: -3.0, through: 3.0, by: 0.0625) {
            #expect(CR.pow(x, 2) == x * x)
            #expect(CR.pow(x, 3) == x * x * x)      // x has 5 bits: x³ is exact
        }
    }
}

func Foundation_log2(_ x: Double) -> Double { log2(x) }
func Foundation_log10(_ x: Double) -> Double { log10(x) }
