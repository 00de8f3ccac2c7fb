import Testing
import PortableMath
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// log2, log10, tan, atan, atan2, erfc and hypot against a reference one precision up: long
/// double (64-bit significand) on x86-64, rounded once to Double, which is the correctly rounded
/// value but for rare double-rounding ties. Elsewhere (no Float80) against the Double libm, with
/// one ulp more allowed. Each test prints the largest error it saw, in ulp of the result.
struct MoreFunctionsTests {
    #if arch(x86_64) && !os(Windows)
    static let referenceName = "long double"
    static let slack: UInt64 = 0
    static func ref(_ f: (Float80) -> Float80, _ x: Double) -> Double { Double(f(Float80(x))) }
    static func ref(_ f: (Float80, Float80) -> Float80, _ x: Double, _ y: Double) -> Double { Double(f(Float80(x), Float80(y))) }
    static func log2Reference(_ x: Double) -> Double { ref({ log2($0) }, x) }
    static func log10Reference(_ x: Double) -> Double { ref({ log10($0) }, x) }
    static func tanReference(_ x: Double) -> Double { ref({ tan($0) }, x) }
    static func atanReference(_ x: Double) -> Double { ref({ atan($0) }, x) }
    static func erfcReference(_ x: Double) -> Double { ref({ erfc($0) }, x) }
    static func atan2Reference(_ y: Double, _ x: Double) -> Double { ref({ atan2($0, $1) }, y, x) }
    static func hypotReference(_ x: Double, _ y: Double) -> Double { ref({ hypot($0, $1) }, x, y) }
    #else
    static let referenceName = "Double libm"
    static let slack: UInt64 = 1
    static func log2Reference(_ x: Double) -> Double { log2(x) }
    static func log10Reference(_ x: Double) -> Double { log10(x) }
    static func tanReference(_ x: Double) -> Double { tan(x) }
    static func atanReference(_ x: Double) -> Double { atan(x) }
    static func erfcReference(_ x: Double) -> Double { erfc(x) }
    static func atan2Reference(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
    static func hypotReference(_ x: Double, _ y: Double) -> Double { hypot(x, y) }
    #endif

    static func worst(_ name: String, _ xs: [Double], _ mine: (Double) -> Double, _ reference: (Double) -> Double) -> UInt64 {
        var worst: UInt64 = 0, at = 0.0
        for x in xs {
            let e = AccuracyTests.ulps(mine(x), reference(x))
            if e > worst { worst = e; at = x }
        }
        print("PortableMath.\(name)(Double): max \(worst) ulp from the \(Self.referenceName) reference over \(xs.count) points (at \(at))")
        return worst
    }

    static func worst2(_ name: String, _ pairs: [(Double, Double)], _ mine: (Double, Double) -> Double,
                       _ reference: (Double, Double) -> Double) -> UInt64 {
        var worst: UInt64 = 0, at = (0.0, 0.0)
        for (a, b) in pairs {
            let e = AccuracyTests.ulps(mine(a, b), reference(a, b))
            if e > worst { worst = e; at = (a, b) }
        }
        print("PortableMath.\(name)(Double): max \(worst) ulp from the \(Self.referenceName) reference over \(pairs.count) pairs (at \(at))")
        return worst
    }

    /// Points with both signs whose magnitudes have a uniform logarithm in `exponents`.
    static func signedLogPoints(_ exponents: ClosedRange<Double>, _ count: Int, seed: UInt64) -> [Double] {
        AccuracyTests.logPoints(exponents, count, seed: seed).enumerated().map { $0.offset % 2 == 0 ? $0.element : -$0.element }
    }

    static let n = 100_000

    @Test func logarithmsAreWithinTwoUlp() {
        let xs = AccuracyTests.logPoints(-1074...1023, Self.n, seed: 31) + AccuracyTests.points(0.5...2, Self.n, seed: 32)
            + AccuracyTests.points(0.999...1.001, Self.n / 10, seed: 33)
        #expect(Self.worst("log2", xs, { PortableMath.log2($0) }, Self.log2Reference) <= 2 + Self.slack)
        #expect(Self.worst("log10", xs, { PortableMath.log10($0) }, Self.log10Reference) <= 2 + Self.slack)
        for k in -1074...1023 {
            let x = Double(sign: .plus, exponent: k, significand: 1)
            #expect(PortableMath.log2(x) == Double(k), "log2(2^\(k))")
        }
        var power = 1.0
        for k in 0...22 {
            #expect(PortableMath.log10(power) == Double(k), "log10(1e\(k)) = \(PortableMath.log10(power))")
            power *= 10
        }
        for f in [PortableMath.log2, PortableMath.log10] as [(Double) -> Double] {
            #expect(f(0) == -.infinity && f(-0.0) == -.infinity && f(.infinity) == .infinity)
            #expect(f(-1).isNaN && f(.nan).isNaN && f(-.infinity).isNaN && f(1) == 0)
        }
    }

    @Test func tangentAndArctangentAreWithinTwoUlp() {
        let angles = AccuracyTests.points(-10...10, Self.n, seed: 41) + AccuracyTests.points(-1.5707...1.5707, Self.n, seed: 42)
            + AccuracyTests.points(-1e5...1e5, Self.n, seed: 43) + Self.signedLogPoints(-40...0, Self.n / 10, seed: 44)
        #expect(Self.worst("tan", angles, { PortableMath.tan($0) }, Self.tanReference) <= 2 + Self.slack)
        let xs = AccuracyTests.points(-20...20, Self.n, seed: 45) + Self.signedLogPoints(-60...80, Self.n, seed: 46)
            + AccuracyTests.points(-1.1...1.1, Self.n, seed: 47)
        #expect(Self.worst("atan", xs, { PortableMath.atan($0) }, Self.atanReference) <= 2 + Self.slack)
        #expect(PortableMath.tan(0.0) == 0 && PortableMath.tan(-0.0).sign == .minus && PortableMath.tan(.infinity).isNaN && PortableMath.tan(.nan).isNaN)
        #expect(PortableMath.atan(0.0) == 0 && PortableMath.atan(-0.0).sign == .minus && PortableMath.atan(.nan).isNaN)
        #expect(PortableMath.atan(.infinity) == Double.pi / 2 && PortableMath.atan(-.infinity) == -Double.pi / 2)
        #expect(PortableMath.atan(1.0) == Double.pi / 4 && PortableMath.atan(1e300) == Double.pi / 2)
    }

    @Test func atan2IsWithinTwoUlpWithCsSpecialValues() {
        let ys = Self.signedLogPoints(-300...300, Self.n, seed: 51), xs = Self.signedLogPoints(-300...300, Self.n, seed: 52)
        let near = AccuracyTests.points(-3...3, Self.n, seed: 53), near2 = AccuracyTests.points(-3...3, Self.n, seed: 54)
        let pairs = Array(zip(ys, xs)) + Array(zip(near, near2))
        #expect(Self.worst2("atan2", pairs, { PortableMath.atan2($0, $1) }, Self.atan2Reference) <= 2 + Self.slack)
        // C99 Annex F.9.1.4, every case against the platform's libm.
        let specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 1e-310, -1e300]
        for y in specials {
            for x in specials {
                let mine = PortableMath.atan2(y, x), theirs = atan2(y, x)
                #expect(mine.bitPattern == theirs.bitPattern || (mine.isNaN && theirs.isNaN) || AccuracyTests.ulps(mine, theirs) <= 1,
                        "atan2(\(y), \(x)) = \(mine), libm \(theirs)")
            }
        }
    }

    @Test func erfcIsWithinFourUlp() {
        // Down to x = 26.5, where erfc is still a normal number (relative error is what counts).
        let xs = AccuracyTests.points(-6...26.5, Self.n, seed: 61) + AccuracyTests.points(-1...1, Self.n, seed: 62)
            + AccuracyTests.points(0.45...1.5, Self.n, seed: 63) + Self.signedLogPoints(-60...(-1), Self.n / 10, seed: 64)
        #expect(Self.worst("erfc", xs, { PortableMath.erfc($0) }, Self.erfcReference) <= 4 + Self.slack)
        #expect(PortableMath.erfc(0.0) == 1 && PortableMath.erfc(.infinity) == 0 && PortableMath.erfc(-.infinity) == 2)
        #expect(PortableMath.erfc(30.0) == 0 && PortableMath.erfc(-30.0) == 2 && PortableMath.erfc(.nan).isNaN)
        #expect(PortableMath.erfc(27.0) > 0 && PortableMath.erfc(27.0) < 1e-300)
    }

    @Test func hypotIsWithinOneUlpWithoutOverflow() {
        let a = Self.signedLogPoints(-1070...1020, Self.n, seed: 71), b = Self.signedLogPoints(-1070...1020, Self.n, seed: 72)
        let c = Self.signedLogPoints(-5...5, Self.n, seed: 73), d = Self.signedLogPoints(-5...5, Self.n, seed: 74)
        #expect(Self.worst2("hypot", Array(zip(a, b)) + Array(zip(c, d)), { PortableMath.hypot($0, $1) }, Self.hypotReference) <= 1 + Self.slack)
        #expect(PortableMath.hypot(3.0, 4.0) == 5 && PortableMath.hypot(-5.0, 12.0) == 13 && PortableMath.hypot(0.0, -0.0) == 0)
        #expect(AccuracyTests.ulps(PortableMath.hypot(1e300, 1e300), hypot(1e300, 1e300)) <= 1 && PortableMath.hypot(1e300, 1e300).isFinite)
        #expect(PortableMath.hypot(3 * 0x1p-1070, 4 * 0x1p-1070) == 5 * 0x1p-1070)
        #expect(PortableMath.hypot(.infinity, .nan) == .infinity && PortableMath.hypot(.nan, -.infinity) == .infinity)
        #expect(PortableMath.hypot(.nan, 1.0).isNaN && PortableMath.hypot(Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude) == .infinity)
    }
}
