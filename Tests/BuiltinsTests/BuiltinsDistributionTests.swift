import CellScript
import Testing
@testable import Builtins

@Suite struct BuiltinsDistributionTests {
    @Test func normalKLHasTheClosedForm() throws {
        let cells = try BuiltinCells()
        // KL(N(0,1) ‖ N(1,2)) = log 2 + (1 + 1) / 8 − ½
        let kl = try cells.double("kl(Normal(mean: 0, std: 1), Normal(mean: 1, std: 2))")
        #expect(abs(kl - (0.6931471805599453 + 0.25 - 0.5)) < 1e-9)
        #expect(abs(try cells.double("js(Normal(mean: 0, std: 1), Normal(mean: 50, std: 1))") - 0.6931471805599453) < 1e-6)
    }

    @Test func densitiesTakeNumbersAndArrays() throws {
        let cells = try BuiltinCells()
        #expect(abs(try cells.double("Normal(mean: 0, std: 1).density(0)") - 0.3989422804014327) < 1e-12)
        let cdf = try cells.doubles("Uniform(low: -1, high: 1).cdf(linspace(-1, 1, count: 5))")
        #expect(cdf == [0, 0.25, 0.5, 0.75, 1])
    }

    @Test func samplesAreTensorsAndSampleWassersteinWorks() throws {
        let cells = try BuiltinCells()
        let mean = try cells.double("let s = Normal(mean: 4, std: 0.5).sample(2000)\ns.mean()")
        #expect(abs(mean - 4) < 0.05)
        let w = try cells.double("wasserstein(s, Normal(mean: 0, std: 0.5).sample(2000))")
        #expect(abs(w - 4) < 0.1)
        #expect(try cells.double("wasserstein([0, 1], [1, 2])") == 1)
    }

    @Test func modeCoverageGivesLabelledTuple() throws {
        let cells = try BuiltinCells()
        let source = """
        let ring = GaussianRing(modes: 8, radius: 2, std: 0.02)
        let c = modeCoverage(ring.sample(800), ring)
        [Double(c.modes), c.quality]
        """
        let values = try cells.doubles(source)
        #expect(values[0] == 8)
        #expect(values[1] > 0.95)
    }

    @Test func meanAndStdOfArrays() throws {
        let cells = try BuiltinCells()
        #expect(try cells.double("mean([1, 2, 3, 4])") == 2.5)
        #expect(try cells.double("std([2, 4, 4, 4, 5, 5, 7, 9])") == 2)
    }
}
