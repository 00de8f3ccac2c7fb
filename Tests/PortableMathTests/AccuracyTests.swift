import Testing
import PortableMath
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Accuracy of the portable functions against the platform's Double libm (glibc here: its
/// exp, log, sin and cos are within 1 ulp, most results correctly rounded). Float functions are
/// compared with libm's Double result rounded to Float, i.e. nearly the correctly rounded value.
/// Each test prints the maximum error it saw, in ulp of the result.
struct AccuracyTests {
    /// Distance in representable Doubles between `a` and `b` (same sign, finite).
    static func ulps(_ a: Double, _ b: Double) -> UInt64 {
        if a == b { return 0 }
        func key(_ x: Double) -> Int64 { let bits = Int64(bitPattern: x.bitPattern); return bits < 0 ? Int64.min - bits : bits }
        let d = key(a).subtractingReportingOverflow(key(b)).partialValue
        return d.magnitude
    }

    static func ulps(_ a: Float, _ b: Float) -> UInt32 {
        if a == b { return 0 }
        func key(_ x: Float) -> Int32 { let bits = Int32(bitPattern: x.bitPattern); return bits < 0 ? Int32.min - bits : bits }
        return key(a).subtractingReportingOverflow(key(b)).partialValue.magnitude
    }

    /// Deterministic points: uniform in `range` (count of them) plus the range's ends.
    static func points(_ range: ClosedRange<Double>, _ count: Int, seed: UInt64) -> [Double] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var xs = [range.lowerBound, range.upperBound]
        for _ in 0..<count {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            xs.append(range.lowerBound + (range.upperBound - range.lowerBound) * Double(state >> 11) * 0x1p-53)
        }
        return xs
    }

    /// Points whose logarithm is uniform in `exponents` (both signs of x if `signed`).
    static func logPoints(_ exponents: ClosedRange<Double>, _ count: Int, seed: UInt64) -> [Double] {
        points(exponents, count, seed: seed).map { Foundation_exp2($0) }
    }

    static func maxError(_ name: String, _ xs: [Double], _ mine: (Double) -> Double, _ reference: (Double) -> Double) -> UInt64 {
        var worst: UInt64 = 0, at = 0.0
        for x in xs {
            let e = ulps(mine(x), reference(x))
            if e > worst { worst = e; at = x }
        }
        print("PortableMath.\(name)(Double): max \(worst) ulp from libm over \(xs.count) points (at \(at))")
        return worst
    }

    static func maxError(_ name: String, _ xs: [Double], _ mine: (Float) -> Float, _ reference: (Double) -> Double) -> UInt32 {
        var worst: UInt32 = 0, at: Float = 0
        for x in xs.map(Float.init) {
            let e = ulps(mine(x), Float(reference(Double(x))))
            if e > worst { worst = e; at = x }
        }
        print("PortableMath.\(name)(Float): max \(worst) ulp from libm's Double rounded to Float over \(xs.count) points (at \(at))")
        return worst
    }

    @Test func doubleFunctionsAreWithinTwoUlpOfLibm() {
        let n = 200_000
        #expect(Self.maxError("exp", Self.points(-745...709.7, n, seed: 1) + Self.points(-1...1, n, seed: 2), { (x: Double) -> Double in PortableMath.exp(x) }, Foundation_exp) <= 2)
        #expect(Self.maxError("log", Self.logPoints(-1074...1023, n, seed: 3) + Self.points(0.5...2, n, seed: 4), { (x: Double) -> Double in PortableMath.log(x) }, Foundation_log) <= 2)
        #expect(Self.maxError("log1p", Self.points(-0.999...10, n, seed: 5) + Self.logPoints(-60...0, n, seed: 6), { (x: Double) -> Double in PortableMath.log1p(x) }, Foundation_log1p) <= 2)
        #expect(Self.maxError("expm1", Self.points(-40...40, n, seed: 7) + Self.logPoints(-60...0, n, seed: 8), { (x: Double) -> Double in PortableMath.expm1(x) }, Foundation_expm1) <= 2)
        #expect(Self.maxError("sin", Self.points(-10...10, n, seed: 9) + Self.points(0...(2 * .pi), n, seed: 10) + Self.points(-1e5...1e5, n, seed: 11), { (x: Double) -> Double in PortableMath.sin(x) }, Foundation_sin) <= 2)
        #expect(Self.maxError("cos", Self.points(-10...10, n, seed: 12) + Self.points(0...(2 * .pi), n, seed: 13) + Self.points(-1e5...1e5, n, seed: 14), { (x: Double) -> Double in PortableMath.cos(x) }, Foundation_cos) <= 2)
        #expect(Self.maxError("tanh", Self.points(-25...25, n, seed: 15) + Self.logPoints(-30...0, n, seed: 16), { (x: Double) -> Double in PortableMath.tanh(x) }, Foundation_tanh) <= 3)
    }

    @Test func doublePowIsWithinItsStatedError() {
        // |y·log x| ≤ 40 here: the stated bound is |y·log x|·2⁻⁵³ + 1 ulp, at most 41 ulp.
        var worst: UInt64 = 0
        var state: UInt64 = 99
        for _ in 0..<200_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let x = Foundation_exp2(Double(state >> 11) * 0x1p-53 * 20 - 10)
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let y = Double(state >> 11) * 0x1p-53 * 8 - 4
            let e = Self.ulps(PortableMath.pow(x, y) as Double, Foundation_pow(x, y))
            let allowed = UInt64(Swift.abs(y * Foundation_log(x)) + 2)
            #expect(e <= allowed, "pow(\(x), \(y)): \(e) ulp")
            worst = Swift.max(worst, e)
        }
        print("PortableMath.pow(Double): max \(worst) ulp from libm over 200000 points with |y·log x| ≤ 28")
        #expect(PortableMath.pow(2.0, 10.0) == 1024.0 && PortableMath.pow(-2.0, 3.0) == -8.0 && PortableMath.pow(0.5, -2.0) == 4.0)
        #expect(PortableMath.pow(-8.0, 1.0 / 3).isNaN && PortableMath.pow(0.0, -1.0) == Double.infinity && PortableMath.pow(5.0, 0.0) == 1.0)
    }

    @Test func floatFunctionsAreWithinOneUlp() {
        let n = 300_000
        #expect(Self.maxError("exp", Self.points(-103...88.7, n, seed: 21) + Self.points(-1...1, n, seed: 22), { (x: Float) -> Float in PortableMath.exp(x) }, Foundation_exp) <= 1)
        #expect(Self.maxError("log", Self.logPoints(-149...127, n, seed: 23) + Self.points(0.5...2, n, seed: 24), { (x: Float) -> Float in PortableMath.log(x) }, Foundation_log) <= 1)
        #expect(Self.maxError("log1p", Self.points(-0.999...10, n, seed: 25) + Self.logPoints(-40...0, n, seed: 26), { (x: Float) -> Float in PortableMath.log1p(x) }, Foundation_log1p) <= 1)
        #expect(Self.maxError("tanh", Self.points(-12...12, n, seed: 27) + Self.logPoints(-30...0, n, seed: 28), { (x: Float) -> Float in PortableMath.tanh(x) }, Foundation_tanh) <= 1)
        #expect(Self.maxError("sigmoid", Self.points(-110...40, n, seed: 29), { (x: Float) -> Float in PortableMath.sigmoid(x) }, { 1 / (1 + Foundation_exp(-$0)) }) <= 1)
    }

    @Test func specialValues() {
        #expect(PortableMath.exp(0.0) == 1 && PortableMath.exp(Double.infinity) == .infinity && PortableMath.exp(-Double.infinity) == 0)
        #expect(PortableMath.exp(1000.0) == .infinity && PortableMath.exp(Double.nan).isNaN)
        #expect(PortableMath.log(1.0) == 0 && PortableMath.log(0.0) == -.infinity && PortableMath.log(-1.0).isNaN)
        #expect(PortableMath.log(Double.leastNonzeroMagnitude) == Foundation_log(Double.leastNonzeroMagnitude))
        #expect(PortableMath.sin(0.0) == 0 && PortableMath.cos(0.0) == 1 && PortableMath.sin(Double.infinity).isNaN)
        #expect(PortableMath.exp(Float(0)) == 1 && PortableMath.log(Float(1)) == 0 && PortableMath.tanh(Float(20)) == 1)
        #expect(PortableMath.sigmoid(Float(0)) == 0.5 && PortableMath.log1p(Float(-1)) == -.infinity)
        #expect(PortableMath.exp(Float(-104)) == 0 && PortableMath.exp(Float(89)) == .infinity)
    }
}

// libm through names that do not collide with PortableMath's.
func Foundation_exp(_ x: Double) -> Double { exp(x) }
func Foundation_exp2(_ x: Double) -> Double { exp2(x) }
func Foundation_log(_ x: Double) -> Double { log(x) }
func Foundation_log1p(_ x: Double) -> Double { log1p(x) }
func Foundation_expm1(_ x: Double) -> Double { expm1(x) }
func Foundation_sin(_ x: Double) -> Double { sin(x) }
func Foundation_cos(_ x: Double) -> Double { cos(x) }
func Foundation_tanh(_ x: Double) -> Double { tanh(x) }
func Foundation_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
