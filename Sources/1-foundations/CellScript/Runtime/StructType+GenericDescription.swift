extension StructType {
    /// What `print` writes for a value of this generic struct with known type arguments:
    /// Swift's default `Queue<String>(elements: ["a"])`, each stored property printed by its
    /// written type instantiated (`[T]` as `[String]`, so a Double prints `1.0`, a Float its
    /// own digits). A type with its own `description` prints that.
    func describe(_ value: StructValue, typeArguments: [StaticType]) -> String {
        let names = typeArguments.compactMap(\.swiftTypeName)
        if conformances.contains("CustomStringConvertible") || conformances.contains("CustomDebugStringConvertible")
            || names.count != typeArguments.count || genericParameters.count != typeArguments.count {
            return describe(value)
        }
        let bindings = Dictionary(zip(genericParameters, typeArguments), uniquingKeysWith: { a, _ in a })
        let parts = zip(fields, value.fields).map { field, item in
            let type = field.writtenType.map { StaticType.instantiating($0, bindings) } ?? field.staticType
            return field.name + ": " + TypedDescription.debugDescribe(item, as: type)
        }
        return name + "<" + names.joined(separator: ", ") + ">(" + parts.joined(separator: ", ") + ")"
    }
}
