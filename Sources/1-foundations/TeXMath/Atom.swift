/// TeX's classes of math atoms; they decide spacing and whether `-` is unary.
enum AtomClass: Sendable, Equatable {
    case ordinary, largeOperator, binary, relation, opening, closing, punctuation, inner
    /// A named operator such as `\log` or `\lim`, followed by U+2061 (function application).
    case function
    /// Explicit space: transparent to the spacing rules.
    case space
}

/// Where a large operator's limits go.
enum LimitsPlacement: Sendable, Equatable {
    /// Always as sub/superscripts (integrals, `\log`).
    case scripts
    /// Under/over in display style, scripts otherwise (`\sum`, `\lim`).
    case displayLimits
    /// Always under/over (`\underbrace`, `\limits`).
    case underOver
}

/// A converted piece of a math list, with its class for the spacing rules.
struct Atom: Sendable {
    var node: MathNode
    var kind: AtomClass
    var limits: LimitsPlacement = .scripts

    static func ordinary(_ node: MathNode) -> Atom { Atom(node: node, kind: .ordinary) }
}

/// Turns a list of atoms into MathML nodes, applying the TeX rules MathML Core does not
/// know: a binary operator after nothing, an operator, a relation or an opening becomes
/// unary (`form="prefix"`); named functions get U+2061 and TeX's thin spaces.
enum AtomLayout {
    static let thinSpace = "0.1667em"

    static func nodes(_ atoms: [Atom]) -> [MathNode] {
        var nodes: [MathNode] = []
        nodes.reserveCapacity(atoms.count)
        var previous: AtomClass? = nil
        for (index, atom) in atoms.enumerated() {
            var atom = atom
            if atom.kind == .binary && isUnaryContext(previous) {
                atom.kind = .ordinary
                if atom.node.name == "mo" {
                    atom.node.set("form", "prefix")
                    // The operator dictionary has zero-spaced prefix forms only for + − ± ∓.
                    if !["+", "−", "±", "∓"].contains(atom.node.text ?? "") {
                        atom.node.set("lspace", "0")
                        atom.node.set("rspace", "0")
                    }
                }
            }
            if atom.kind == .function {
                if let previous, previous == .ordinary || previous == .closing || previous == .inner {
                    nodes.append(.mspace(width: thinSpace))
                }
                nodes.append(atom.node)
                nodes.append(.mo("\u{2061}"))
                if let next = nextKind(after: index, in: atoms), next == .ordinary || next == .function || next == .largeOperator {
                    nodes.append(.mspace(width: thinSpace))
                }
            } else {
                nodes.append(atom.node)
            }
            if atom.kind != .space { previous = atom.kind }
        }
        return nodes
    }

    static func row(_ atoms: [Atom]) -> MathNode { .row(nodes(atoms)) }

    private static func isUnaryContext(_ previous: AtomClass?) -> Bool {
        switch previous {
        case nil, .binary?, .relation?, .opening?, .punctuation?, .largeOperator?, .function?: return true
        default: return false
        }
    }

    private static func nextKind(after index: Int, in atoms: [Atom]) -> AtomClass? {
        atoms[(index + 1)...].first { $0.kind != .space }?.kind
    }
}
