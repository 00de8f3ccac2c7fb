import Testing
@testable import GANEngine

/// im2col against its definition, element by element, for strides 1–3, paddings 0–2, square and
/// oblong kernels and images whose padded size is not a multiple of the stride.
struct Im2colReferenceTests {
    // (channels, height, width, kernel height, kernel width, stride, padding)
    static let geometries: [(Int, Int, Int, Int, Int, Int, Int)] = [
        (2, 14, 14, 4, 4, 2, 1), (3, 7, 7, 3, 3, 1, 1), (2, 7, 7, 3, 3, 2, 1), (1, 28, 28, 4, 4, 2, 1),
        (2, 9, 11, 3, 4, 2, 1), (2, 10, 8, 5, 3, 3, 2), (1, 5, 5, 1, 1, 1, 0), (2, 6, 13, 2, 5, 1, 2), (1, 3, 3, 3, 3, 2, 0),
    ]

    @Test(arguments: geometries)
    func columnsFollowTheDefinition(_ shape: (Int, Int, Int, Int, Int, Int, Int)) throws {
        #expect(try mismatches(shape, batch: 3) == 0)
    }

    /// Rows shorter than a vector are moved as whole vectors whose tails land on later rows; on
    /// two threads a tail must never cross into the other thread's samples (a race this caught).
    @Test func shortRowsStayInsideEachThreadsSamples() throws {
        for _ in 0..<20 {
            #expect(try mismatches((1, 3, 3, 3, 3, 2, 0), batch: 37) == 0)
            #expect(try mismatches((2, 6, 6, 4, 4, 2, 1), batch: 9) == 0)
        }
    }

    /// Elements of `im2col`'s output that differ from the definition.
    private func mismatches(_ shape: (Int, Int, Int, Int, Int, Int, Int), batch: Int) throws -> Int {
        let (c, h, w, kh, kw, s, p) = shape
        let g = ConvGeometry(batch: batch, imageChannels: c, imageH: h, imageW: w, gridChannels: 1,
                             gridH: (h + 2 * p - kh) / s + 1, gridW: (w + 2 * p - kw) / s + 1,
                             kernelH: kh, kernelW: kw, stride: s, padding: p)
        let image = try random([batch, c, h, w], seed: 31)
        let cols = Tensor.make([g.columnRows, g.columnCount], g.columnRows * g.columnCount)
        im2col(image.data, g, cols.data)
        let x = image.values, got = cols.values
        var mismatches = 0
        for ci in 0..<c {
            for ki in 0..<kh {
                for kj in 0..<kw {
                    let row = (ci * kh + ki) * kw + kj
                    for b in 0..<batch {
                        for oh in 0..<g.gridH {
                            for ow in 0..<g.gridW {
                                let ih = oh * s + ki - p, iw = ow * s + kj - p
                                let want: Float = ih >= 0 && ih < h && iw >= 0 && iw < w ? x[((b * c + ci) * h + ih) * w + iw] : 0
                                let column = (b * g.gridH + oh) * g.gridW + ow
                                if got[row * g.columnCount + column].bitPattern != want.bitPattern { mismatches += 1 }
                            }
                        }
                    }
                }
            }
        }
        return mismatches
    }
}
