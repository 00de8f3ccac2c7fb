import Foundation
import Testing
@testable import Distributions

@Test func linspaceIncludesBothEnds() throws {
    #expect(try linspace(0, 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
    let angles = try linspace(0, 2 * Double.pi, count: 9)
    #expect(angles.count == 9 && angles.last == 2 * Double.pi)
    #expect(try linspace(3, -3, count: 2) == [3, -3])
}

@Test func linspaceRejectsBadArguments() {
    #expect(throws: DistributionError.self) { try linspace(0, 1, count: 1) }
    #expect(throws: DistributionError.self) { try linspace(.nan, 1, count: 3) }
    #expect(throws: DistributionError.self) { try linspace(0, .infinity, count: 3) }
}

@Test func histogramCountsAndDensities() throws {
    let h = try Histogram(samples: [0, 0.1, 0.5, 0.99, 1, 2, -1], bins: 2, range: 0...1)
    #expect(h.edges == [0, 0.5, 1])
    #expect(h.counts == [2, 3])       // 1 lands in the closed last bin; 2 and -1 are outside
    #expect(h.total == 7)
    #expect(h.centers == [0.25, 0.75])
    #expect(close(h.densities[0], 2 / (7 * 0.5)))
    #expect(throws: DistributionError.self) { try Histogram(samples: [1], bins: 0) }
    #expect(throws: DistributionError.self) { try Histogram(samples: [1], bins: 3, range: 2...2) }
}

@Test func constructorsRejectBadArguments() throws {
    #expect(throws: DistributionError.self) { try Normal(mean: 0, std: 0) }
    #expect(throws: DistributionError.self) { try Normal(mean: 0, std: -1) }
    #expect(throws: DistributionError.self) { try Normal(mean: .nan, std: 1) }
    #expect(throws: DistributionError.self) { try Uniform(low: 1, high: 1) }
    #expect(throws: DistributionError.self) { try Uniform(low: 2, high: 1) }
    #expect(throws: DistributionError.self) { try LogNormal(mu: 0, sigma: .infinity) }
    #expect(throws: DistributionError.self) { try Mixture([]) }
    #expect(throws: DistributionError.self) { try Mixture([Normal.standard], weights: [1, 2]) }
    #expect(throws: DistributionError.self) { try Mixture([Normal.standard, Normal.standard], weights: [1, -1]) }
    #expect(throws: DistributionError.self) { try Mixture([Normal.standard], weights: [0]) }
    #expect(throws: DistributionError.self) { try Mixture([Normal.standard], weights: [.nan]) }
    #expect(throws: DistributionError.self) { try Normal.standard.quantile(1.5) }
    #expect(throws: DistributionError.self) { try referenceMixture().quantile(.nan) }
}

@Test func errorMessagesNameTheOperationAndValue() {
    do {
        _ = try Normal(mean: 0, std: -2)
        Issue.record("expected an error")
    } catch let error as DistributionError {
        #expect(error.description == "Normal(mean:std:): std must be positive and finite, got -2.0")
    } catch {
        Issue.record("unexpected error \(error)")
    }
}

@Test func descriptionsReadLikeTheInitialisers() throws {
    #expect(try Normal(mean: 4, std: 0.5).description == "Normal(mean: 4.0, std: 0.5)")
    #expect(try Uniform(low: -1, high: 1).description == "Uniform(low: -1.0, high: 1.0)")
}
