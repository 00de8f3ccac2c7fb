/// What the preview server knows about the latest build: a version that grows with every
/// rebuild (pages wait on it to reload) and the errors of the last failed one.
public actor BuildState {
    public private(set) var version = 0
    public private(set) var errors: [String] = []
    /// `slug#name` of the cells the last rebuild ran (the pages mark them).
    public private(set) var ranCells: [String] = []
    /// Whether the latest rebuild came from a cell run in the page (pages then update their
    /// cells in place instead of reloading).
    public private(set) var inPlace = false

    public init() {}

    /// Records a finished rebuild: `errors` empty when it succeeded.
    public func finished(errors: [String], ranCells: [String] = [], inPlace: Bool = false) {
        self.errors = errors
        self.inPlace = inPlace
        if errors.isEmpty { self.ranCells = ranCells }
        version += 1
    }

    /// Waits until the version exceeds `known` or `timeout` seconds pass; returns the version.
    public func wait(after known: Int, timeout: Double) async -> Int {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while version <= known && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        return version
    }
}
