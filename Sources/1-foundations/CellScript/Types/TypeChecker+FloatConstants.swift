/// `Float.pi`, `Float.infinity`, …: Float's own constants (Float's `greatestFiniteMagnitude`
/// and `ulpOfOne` are not Double's rounded to Float).
extension TypeChecker {
    static let floatConstants: [String: Double] = [
        "pi": Double(Float.pi), "infinity": Double(Float.infinity), "nan": Double(Float.nan),
        "greatestFiniteMagnitude": Double(Float.greatestFiniteMagnitude), "ulpOfOne": Double(Float.ulpOfOne),
        "leastNormalMagnitude": Double(Float.leastNormalMagnitude), "leastNonzeroMagnitude": Double(Float.leastNonzeroMagnitude),
    ]
}
