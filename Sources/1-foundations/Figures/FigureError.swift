/// A figure could not be built or rendered because its input is wrong.
///
/// The message names the mark or figure and the values or shapes involved, e.g.
/// `LineMark "KL": x has 10 values but y has 9`.
public struct FigureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The mark or figure that rejected its input (`LineMark "KL"`, `ImageGrid`, …).
    public let subject: String
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(_ subject: String, _ message: String) {
        self.subject = subject
        self.message = message
    }

    public var description: String { "\(subject): \(message)" }

    /// Names a mark with its label, if it has one: `LineMark "KL"` or `LineMark`.
    static func name(_ kind: String, _ label: String?) -> String {
        guard let label, !label.isEmpty else { return kind }
        return "\(kind) \"\(label)\""
    }
}
