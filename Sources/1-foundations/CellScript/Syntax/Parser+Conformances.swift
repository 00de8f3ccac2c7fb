/// Conformances to standard-library protocols whose requirements cells do not honour
/// (`for x in stack` through `makeIterator()`, `let h: Heap<Int> = [5, 3]` through
/// `init(arrayLiteral:)`, …), and protocols used where cells need a concrete type. Without
/// this rule such a program fails later with a type error that blames valid Swift (`value of
/// type 'Stack' has no member 'map'`); with it, it stops at the conformance.
extension Parser {
    /// Standard-library protocols a cell type may not conform to: the program relies on what
    /// the conformance gives (iteration, literals, collection algorithms), which cells do not
    /// derive from the members the type declares.
    static let unhonouredProtocols: Set<String> = [
        "Sequence", "IteratorProtocol", "Collection", "BidirectionalCollection", "RandomAccessCollection",
        "MutableCollection", "RangeReplaceableCollection", "LazySequenceProtocol", "SetAlgebra", "OptionSet",
        "ExpressibleByDictionaryLiteral", "ExpressibleByIntegerLiteral",
        "ExpressibleByFloatLiteral", "ExpressibleByStringLiteral", "ExpressibleByBooleanLiteral",
        "ExpressibleByNilLiteral", "ExpressibleByUnicodeScalarLiteral", "ExpressibleByExtendedGraphemeClusterLiteral",
        "ExpressibleByStringInterpolation", "Strideable", "Numeric", "AdditiveArithmetic", "SignedNumeric",
        "BinaryInteger", "FixedWidthInteger", "SignedInteger", "UnsignedInteger", "FloatingPoint", "BinaryFloatingPoint",
        "Codable", "Encodable", "Decodable", "Identifiable", "LosslessStringConvertible", "TextOutputStream",
        "TextOutputStreamable", "CustomReflectable", "CustomPlaygroundDisplayConvertible", "RawRepresentable",
    ]

    /// `'conformance to Sequence' is not supported in cells` at the protocol's name, when the
    /// name is one of ``unhonouredProtocols`` (nil otherwise).
    static func unhonouredConformance(_ name: String, _ range: SourceRange) -> Diagnostic? {
        guard unhonouredProtocols.contains(name) else { return nil }
        return Diagnostic(message: Unsupported.message("conformance to \(name)"), range: range)
    }

    /// Reports an unhonoured conformance (see ``unhonouredConformance(_:_:)``) and stops the parse.
    mutating func checkConformance(_ name: String, _ range: SourceRange) throws {
        guard let diagnostic = Self.unhonouredConformance(name, range) else { return }
        diagnostics.append(diagnostic)
        throw Failure()
    }

    /// Standard-library protocols an `extension` may not extend (`extension Collection where
    /// Element: Equatable { … }`): cells have no protocol extensions.
    static let extensibleProtocolNames: Set<String> = unhonouredProtocols.union([
        "Equatable", "Hashable", "Comparable", "CustomStringConvertible", "CustomDebugStringConvertible", "Error",
        "CaseIterable",
    ])

    /// `'extension of protocol Collection' is not supported in cells` at the extended name.
    mutating func checkExtendedType(_ name: String, _ range: SourceRange) throws {
        guard Self.extensibleProtocolNames.contains(name) else { return }
        diagnostics.append(Diagnostic(message: Unsupported.message("extension of protocol \(name)"), range: range))
        throw Failure()
    }

    /// `G.Node`, `S.Element`, `T.Iterator.Element` in a type, where `G` is a generic
    /// parameter: an associated type, which cells do not model (generic parameters are typed
    /// at run time). At the generic parameter's name, before the type is read.
    mutating func checkAssociatedTypePath() throws {
        guard let name = current.identifier, genericNames.contains(name), peekToken(1).isSymbol("."),
              !peekToken(1).spaceBefore, let member = peekToken(2).identifier else { return }
        var path = name + "." + member
        var k = 3
        while peekToken(k).isSymbol("."), let next = peekToken(k + 1).identifier { path += "." + next; k += 2 }
        diagnostics.append(Diagnostic(message: Unsupported.message("associated type \(path)"), range: current.range.union(peekToken(k - 1).range)))
        throw Failure()
    }
}
