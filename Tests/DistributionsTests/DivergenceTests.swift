import Foundation
import Testing
@testable import Distributions

// Reference values: scipy.integrate.quad(..., limit=500, epsabs=1e-14, epsrel=1e-12) with
// N = scipy.stats.norm, e.g. KL(U(0,1)‖N(0.5,1)):
// python3 -c "from scipy import stats, integrate; import numpy as np; print(repr(integrate.quad(lambda x: -stats.norm(0.5,1).logpdf(x), 0, 1)[0]))"

@Test func klNormalClosedForm() throws {
    // np.log(2/1) + (1 + 1)/(2*4) - 0.5
    #expect(close(kl(Normal.standard, try Normal(mean: 1, std: 2)), 0.4431471805599453, 1e-14))
    #expect(kl(Normal.standard, Normal.standard) == 0)
}

@Test func klNumericalMatchesScipy() throws {
    let m = try referenceMixture()
    #expect(close(kl(try Uniform(low: 0, high: 1), try Normal(mean: 0.5, std: 1)), 0.9606051998713392, 1e-10))
    // quad(lambda x: N.pdf(x)*(N.logpdf(x)-np.log(mp(x))), -15, 15, points=[-2,0,2])
    #expect(close(kl(Normal.standard, m), 1.3494935261871746, 1e-9))
    // quad(lambda x: mp(x)*(np.log(mp(x))-N(0,2).logpdf(x)), -15, 15, points=[-2,0,2])
    #expect(close(kl(m, try Normal(mean: 0, std: 2)), 0.3986493200369849, 1e-9))
    // KL of log-normals = KL of the underlying normals: log(1/0.5) + (0.25 + 0.09)/2 - 0.5
    #expect(close(kl(try LogNormal(mu: 0.3, sigma: 0.5), try LogNormal(mu: 0, sigma: 1)), 0.3631471805602756, 1e-9))
}

@Test func klQuadratureAgreesWithClosedFormThroughAMixture() throws {
    // A one-component mixture takes the quadrature path; the closed form is the reference.
    let p = try Normal(mean: 0.3, std: 0.05)
    let q = try Normal(mean: -0.4, std: 1.7)
    #expect(close(kl(try Mixture([p]), q), kl(p, q), 1e-9))
    #expect(close(kl(q, try Mixture([p])), kl(q, p), 1e-9))
}

@Test func klIsNonNegativeAndAsymmetric() throws {
    let family: [any Distribution1D] = [Normal.standard, try Normal(mean: 1, std: 2), try referenceMixture(),
                                        try LogNormal(mu: 0, sigma: 1), try Uniform(low: 0, high: 1)]
    for p in family {
        for q in family {
            #expect(kl(p, q) >= 0, "KL(\(p)‖\(q))")
        }
        #expect(kl(p, p) < 1e-10, "KL(\(p)‖itself) = \(kl(p, p))")
    }
    let p = Normal.standard
    let q = try Normal(mean: 1, std: 2)
    #expect(abs(kl(p, q) - kl(q, p)) > 0.1)
}

@Test func klIsInfiniteWhenSupportIsNotCovered() throws {
    #expect(kl(try Uniform(low: 0, high: 1), try Uniform(low: 2, high: 3)) == .infinity)
    #expect(kl(try Uniform(low: 0, high: 2), try Uniform(low: 1, high: 3)) == .infinity)
    #expect(kl(Normal.standard, try Uniform(low: -5, high: 5)) == .infinity)
    #expect(kl(Normal.standard, try LogNormal(mu: 0, sigma: 1)) == .infinity)
    // q has a gap (1, 2) where p has mass.
    let gapped = try Mixture([try Uniform(low: 0, high: 1), try Uniform(low: 2, high: 3)])
    #expect(kl(try Uniform(low: 0, high: 3), gapped) == .infinity)
    // Covered supports give the closed form log(width_q / width_p).
    #expect(close(kl(try Uniform(low: 0, high: 1), try Uniform(low: -1, high: 3)), log(4.0)))
}

@Test func jsMatchesScipyAndSaturates() throws {
    #expect(close(js(Normal.standard, try Normal(mean: 2, std: 1)), 0.3368308203468316, 1e-9))
    #expect(close(js(Normal.standard, try Uniform(low: -1, high: 1)), 0.12714954508153722, 1e-9))
    // Disjoint supports: exactly log 2; far-apart normals: log 2 to integration accuracy.
    #expect(close(js(try Uniform(low: 0, high: 1), try Uniform(low: 2, high: 3)), log(2.0), 1e-12))
    #expect(close(js(Normal.standard, try Normal(mean: 60, std: 1)), log(2.0), 1e-9))
    #expect(js(Normal.standard, Normal.standard) < 1e-12)
}

@Test func jsIsSymmetricAndBounded() throws {
    let family: [any Distribution1D] = [Normal.standard, try Normal(mean: 3, std: 0.2), try referenceMixture(),
                                        try Uniform(low: -1, high: 4), try LogNormal(mu: 0.5, sigma: 0.7)]
    for p in family {
        for q in family {
            let forward = js(p, q)
            #expect(forward >= 0 && forward <= log(2.0))
            #expect(abs(forward - js(q, p)) < 1e-9, "JS(\(p), \(q))")
        }
    }
}

@Test func jsGrowsAsTheDistributionSlidesAway() throws {
    let shifts = try linspace(0, 8, count: 9)
    let values = try shifts.map { js(Normal.standard, try Normal(mean: $0, std: 1)) }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 })
    #expect(log(2.0) - values[8] < 1e-3)
}

@Test func totalVariationMatchesTheClosedForm() throws {
    // For N(0,1) vs N(1,1): TV = 2Φ(1/2) − 1 = stats.norm.cdf(0.5)*2 - 1
    #expect(close(totalVariation(Normal.standard, try Normal(mean: 1, std: 1)), 0.38292492254802624, 1e-10))
    #expect(close(totalVariation(try Uniform(low: 0, high: 1), try Uniform(low: 5, high: 6)), 1, 1e-12))
}
