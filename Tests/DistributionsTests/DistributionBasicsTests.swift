import Foundation
import Testing
@testable import Distributions

// Reference values from scipy 1.17.1, e.g.
// python3 -c "from scipy import stats; print(repr(stats.norm(4,0.5).pdf(4)))"

@Test func normalMatchesScipy() throws {
    let p = try Normal(mean: 4, std: 0.5)
    #expect(close(p.density(4), 0.7978845608028654, 1e-14))            // stats.norm(4,0.5).pdf(4)
    #expect(close(try p.quantile(0.975), 4.979981992270027, 1e-12))     // stats.norm(4,0.5).ppf(0.975)
    #expect(close(Normal.standard.cdf(1.96), 0.9750021048517795, 1e-14)) // stats.norm.cdf(1.96)
    // stats.norm.cdf(-8): the lower tail keeps its relative precision.
    #expect(abs(Normal.standard.cdf(-8) / 6.22096057427174e-16 - 1) < 1e-10)
    #expect(close(try Normal.standard.quantile(1e-10), -6.361340902404056, 1e-12))    // stats.norm.ppf(1e-10)
    #expect(close(try Normal.standard.quantile(0.999999), 4.753424308817087, 1e-9))   // stats.norm.ppf(0.999999)
    #expect(p.mean == 4 && p.variance == 0.25)
    #expect(try Normal.standard.quantile(0) == -.infinity)
}

@Test func quantileInvertsCdf() throws {
    let distributions: [any Distribution1D] = [try Normal(mean: 1, std: 3), try Uniform(low: -2, high: 5),
                                               try LogNormal(mu: 0.3, sigma: 0.5), try referenceMixture()]
    for p in distributions {
        for u in [0.001, 0.1, 0.25, 0.5, 0.8, 0.999] {
            let x = try p.quantile(u)
            #expect(abs(p.cdf(x) - u) < 1e-10, "\(p) at u = \(u)")
        }
    }
}

@Test func uniformBasics() throws {
    let u = try Uniform(low: -1, high: 3)
    #expect(u.density(0) == 0.25 && u.density(3.5) == 0 && u.logDensity(-2) == -.infinity)
    #expect(u.cdf(1) == 0.5 && u.cdf(-5) == 0 && u.cdf(9) == 1)
    #expect(u.mean == 1 && close(u.variance, 16.0 / 12))
    #expect(try u.quantile(0.75) == 2)
}

@Test func logNormalMatchesScipy() throws {
    // s = stats.lognorm(s=0.5, scale=np.exp(0.3)); s.pdf(1.2), s.cdf(2), s.ppf(0.9), s.mean(), s.var()
    let x = try LogNormal(mu: 0.3, sigma: 0.5)
    #expect(close(x.density(1.2), 0.6467410208999874, 1e-13))
    #expect(close(x.cdf(2), 0.7841524723713562, 1e-13))
    #expect(close(try x.quantile(0.9), 2.5619681783584793, 1e-11))
    #expect(close(x.mean, 1.5295904196633787, 1e-13))
    #expect(close(x.variance, 0.664519172020442, 1e-12))
    #expect(x.density(-1) == 0 && x.cdf(0) == 0)
}

@Test func mixtureMatchesScipy() throws {
    let m = try referenceMixture()
    #expect(m.weights == [0.3, 0.7])
    // 0.3*norm(-2,.5).pdf(0)+0.7*norm(2,1).pdf(0)
    #expect(close(m.density(0), 0.03787397469469057, 1e-13))
    // 0.3*norm(-2,.5).cdf(0.5)+0.7*norm(2,1).cdf(0.5)
    #expect(close(m.cdf(0.5), 0.34676495489272907, 1e-13))
    // brentq(lambda x: mc(x)-0.25, -10, 10, xtol=1e-15)
    #expect(close(try m.quantile(0.25), -1.5173060422027798, 1e-10))
    #expect(close(m.mean, 0.3 * -2 + 0.7 * 2))
    #expect(close(m.variance, 0.3 * (0.25 + 4) + 0.7 * (1 + 4) - 0.8 * 0.8))
}

@Test func densitiesIntegrateToOne() throws {
    let distributions: [any Distribution1D] = [try Normal(mean: 1, std: 0.01), try Uniform(low: 2, high: 2.5),
                                               try LogNormal(mu: 0, sigma: 1), try referenceMixture()]
    for p in distributions {
        let mass = Quadrature.integrate(over: p.effectiveSupport, breakpoints: p.integrationBreakpoints) { p.density($0) }
        #expect(abs(mass - 1) < 1e-9, "\(p) integrates to \(mass)")
    }
}
