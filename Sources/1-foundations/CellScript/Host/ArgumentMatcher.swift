/// Matches call-site argument labels to a signature's parameters, the way Swift does:
/// labels must appear in order, defaulted parameters may be skipped, a trailing closure fills
/// the next function-typed parameter, a variadic parameter takes a run of unlabelled arguments.
struct ArgumentMatcher {
    /// Where each parameter's value comes from.
    enum Source: Sendable {
        case argument(Int)
        case variadic([Int])
        case defaulted
    }

    /// The labels of a call site, with which arguments are trailing closures.
    struct CallShape: Sendable, Hashable {
        var labels: [String?]
        var trailing: [Bool]
    }

    /// A label mismatch, with the index of the argument it concerns (nil: the call as a whole).
    struct Mismatch: Error {
        var message: String
        var argumentIndex: Int?
    }

    static func match(_ parameters: [Signature.Parameter], _ shape: CallShape, callee: String) throws -> [Source] {
        var sources: [Source] = []
        var next = 0
        let count = shape.labels.count
        func label(_ l: String?) -> String { l.map { "'\($0):'" } ?? "'_'" }
        for parameter in parameters {
            if parameter.isVariadic {
                var taken: [Int] = []
                while next < count, !shape.trailing[next] || parameter.isFunction,
                      shape.labels[next] == (taken.isEmpty ? parameter.label : nil) {
                    taken.append(next)
                    next += 1
                }
                sources.append(.variadic(taken))
                continue
            }
            if next < count {
                let given = shape.labels[next]
                if shape.trailing[next] {
                    if parameter.isFunction || !parameter.hasDefault {
                        sources.append(.argument(next)); next += 1; continue
                    }
                    sources.append(.defaulted); continue
                }
                if given == parameter.label { sources.append(.argument(next)); next += 1; continue }
                let laterIndex = parameters.firstIndex { $0.label == given && $0.name != parameter.name }
                if parameter.hasDefault && (laterIndex != nil || given == nil) { sources.append(.defaulted); continue }
                if let expected = parameter.label {
                    if let given {
                        throw Mismatch(message: "argument label '\(expected):' expected, found '\(given):'", argumentIndex: next)
                    }
                    throw Mismatch(message: "missing argument label '\(expected):' in call to '\(callee)'", argumentIndex: next)
                }
                throw Mismatch(message: "extraneous argument label \(label(given)) in call to '\(callee)'", argumentIndex: next)
            }
            if parameter.hasDefault { sources.append(.defaulted); continue }
            let name = parameter.label.map { "'\($0):'" } ?? "'\(parameter.name)'"
            throw Mismatch(message: "missing argument for parameter \(name) in call to '\(callee)'", argumentIndex: nil)
        }
        if next < count {
            let extra = shape.labels[next].map { " '\($0):'" } ?? ""
            throw Mismatch(message: "extra argument\(extra) in call to '\(callee)'", argumentIndex: next)
        }
        return sources
    }
}
