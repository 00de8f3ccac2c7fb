/// Adaptive Gauss–Kronrod (7-point Gauss, 15-point Kronrod) quadrature on finite intervals.
///
/// Each interval between consecutive breakpoints is integrated on its own and bisected until the
/// Kronrod and Gauss estimates agree to `max(absoluteTolerance, relativeTolerance·|K|)`. An
/// infinite integrand value anywhere makes the whole integral infinite (used to report KL = +∞).
enum Quadrature {
    // QUADPACK's qk15 abscissae (Kronrod nodes; odd indices are also the Gauss nodes) and weights.
    private static let nodes = [0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
                                0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
                                0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
                                0.207784955007898467600689403773245, 0.0]
    private static let kronrodWeights = [0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
                                         0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
                                         0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
                                         0.204432940075298892414161999234649, 0.209482141084727828012999174891714]
    private static let gaussWeights = [0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
                                       0.381830050505118944950369775488975, 0.417959183673469387755102040816327]

    static let absoluteTolerance = 1e-13
    static let relativeTolerance = 1e-11
    static let maximumDepth = 40

    /// ∫ f over [range.lowerBound, range.upperBound], split at the breakpoints that fall inside.
    static func integrate(over range: ClosedRange<Double>, breakpoints: [Double],
                          _ f: (Double) -> Double) -> Double {
        guard range.upperBound > range.lowerBound else { return 0 }
        let inside = breakpoints.filter { $0 > range.lowerBound && $0 < range.upperBound && $0.isFinite }
        let cuts = [range.lowerBound] + Set(inside).sorted() + [range.upperBound]
        var total = 0.0
        for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
            total += adaptive(a, b, f, depth: 0)
            if !total.isFinite { return total }
        }
        return total
    }

    private static func adaptive(_ a: Double, _ b: Double, _ f: (Double) -> Double, depth: Int) -> Double {
        let (kronrod, gauss) = rule(a, b, f)
        if !kronrod.isFinite { return kronrod }
        let error = abs(kronrod - gauss)
        if error <= max(absoluteTolerance, relativeTolerance * abs(kronrod)) || depth >= maximumDepth {
            return kronrod
        }
        let middle = a + (b - a) / 2
        guard middle > a, middle < b else { return kronrod }
        let left = adaptive(a, middle, f, depth: depth + 1)
        if !left.isFinite { return left }
        return left + adaptive(middle, b, f, depth: depth + 1)
    }

    /// The 15-point Kronrod and embedded 7-point Gauss estimates on [a, b].
    private static func rule(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> (Double, Double) {
        let center = (a + b) / 2
        let half = (b - a) / 2
        let mid = f(center)
        var kronrod = kronrodWeights[7] * mid
        var gauss = gaussWeights[3] * mid
        for i in 0..<7 {
            let dx = half * nodes[i]
            let pair = f(center - dx) + f(center + dx)
            kronrod += kronrodWeights[i] * pair
            if i % 2 == 1 { gauss += gaussWeights[i / 2] * pair }
        }
        return (kronrod * half, gauss * half)
    }
}
