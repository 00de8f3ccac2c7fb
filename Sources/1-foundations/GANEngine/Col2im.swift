// Column-matrix rows summed back into images (col2im), one channel at a time.

/// Sums one channel's column rows into the image planes of `samples` samples (at most
/// `phases.count`): tap `t = ki·kW + kj` reads `row(t)`, the samples' grid positions `gridH·gridW`
/// floats apart; sample `s`'s plane is at `image + s·imageStride`. Taps are added in order into
/// cleared stride-phase planes with contiguous row adds, then interleaved into the image. The
/// rows may be read up to 7 floats past their end (`addFloatsReadingPast`): keep that slack.
@inline(__always)
func col2imChannel(_ phases: PhasePlanes, samples: Int, row: (_ tap: Int) -> UnsafePointer<Float>,
                   into image: UnsafeMutablePointer<Float>, imageStride: Int) {
    let g = phases.geometry, plane = g.gridH * g.gridW
    phases.clear(samples)
    for ki in 0..<g.kernelH {
        for kj in 0..<g.kernelW {
            let tapRow = row(ki * g.kernelW + kj)
            for s in 0..<samples {
                let dst = phases.window(ki, kj, s), src = tapRow + s * plane
                for oh in 0..<g.gridH { addFloatsReadingPast(src + oh * g.gridW, dst + oh * phases.rowLength, g.gridW) }
            }
        }
    }
    for s in 0..<samples { phases.interleave(s, into: image + s * imageStride) }
}
