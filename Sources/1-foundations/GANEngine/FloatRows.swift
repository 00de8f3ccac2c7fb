// Short contiguous row copies and adds (the rows the implicit convolutions pack and col2im sums are often 7–28 floats long).
import CEngineKernels

/// `dst[0..<n] = src[0..<n]` with 8- and 4-wide vector moves; a short tail is covered by one
/// overlapping vector (it rewrites a few elements with the same values).
@inline(__always)
func copyFloats(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int) {
    let s = UnsafeRawPointer(src), d = UnsafeMutableRawPointer(dst)
    if n >= 8 {
        var i = 0
        while i + 8 <= n {
            d.storeBytes(of: s.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self), toByteOffset: 4 * i, as: SIMD8<Float>.self)
            i += 8
        }
        if i < n {
            let j = 4 * (n - 8)
            d.storeBytes(of: s.loadUnaligned(fromByteOffset: j, as: SIMD8<Float>.self), toByteOffset: j, as: SIMD8<Float>.self)
        }
    } else if n >= 4 {
        d.storeBytes(of: s.loadUnaligned(as: SIMD4<Float>.self), as: SIMD4<Float>.self)
        let j = 4 * (n - 4)
        d.storeBytes(of: s.loadUnaligned(fromByteOffset: j, as: SIMD4<Float>.self), toByteOffset: j, as: SIMD4<Float>.self)
    } else {
        for i in 0..<n { dst[i] = src[i] }
    }
}

/// `dst[0..<n] += src[0..<n]` in 8-wide vector adds, the last partial vector blended so that
/// `dst`'s elements from `n` on keep their values (each element of the row is added exactly once,
/// in order). Reads up to 7 floats past the row in both buffers and rewrites those of
/// `dst` unchanged: both need that slack, and no other thread may write there meanwhile.
@inline(__always)
func addFloatsReadingPast(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int) {
    let s = UnsafeRawPointer(src), d = UnsafeMutableRawPointer(dst)
    var i = 0
    while i + 8 <= n {
        let v = d.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self) + s.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
        d.storeBytes(of: v, toByteOffset: 4 * i, as: SIMD8<Float>.self)
        i += 8
    }
    if i < n {
        let old = d.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
        let sum = old + s.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
        let inside = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) .< SIMD8<Int32>(repeating: Int32(n - i))
        d.storeBytes(of: old.replacing(with: sum, where: inside), toByteOffset: 4 * i, as: SIMD8<Float>.self)
    }
}

/// Sum of `p[0..<n]` with eight interleaved partial sums (a fixed order: deterministic).
@inline(__always)
func sumFloats(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
    let r = UnsafeRawPointer(p)
    var acc = SIMD8<Float>(repeating: 0)
    var i = 0
    while i + 8 <= n { acc += r.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self); i += 8 }
    var total = acc.sum()
    while i < n { total += p[i]; i += 1 }
    return total
}

/// `(Σ a[i], Σ a[i]·b[i])` over `0..<n` with eight interleaved partial sums (deterministic order):
/// lane `l` sums the elements `≡ l (mod 8)` of the vector part in order, the products fused into
/// the sums; the lanes are then summed, then the tail added element by element. The vector part
/// runs in C on the AVX2/AVX-512 paths (`gan_sum_dot_lanes_avx2`, same operations), in Swift
/// SIMD on the generic path (where each fused multiply-add is a call to `fmaf` on x86).
@inline(__always)
func sumAndDot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> (Float, Float) {
    var lanes = (SIMD8<Float>(repeating: 0), SIMD8<Float>(repeating: 0))
    let vectorEnd = n & ~7
    let doneInC = vectorEnd > 0 && EngineISA.state != .generic && withUnsafeMutableBytes(of: &lanes) {
        gan_sum_dot_lanes_avx2(a, b, vectorEnd, $0.baseAddress!.assumingMemoryBound(to: Float.self)) != 0
    }
    if !doneInC {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i < vectorEnd {
            let va = ra.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
            lanes.0 += va
            lanes.1 = lanes.1.addingProduct(va, rb.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self))
            i += 8
        }
    }
    var total = lanes.0.sum(), dot = lanes.1.sum()
    for i in vectorEnd..<n { total += a[i]; dot += a[i] * b[i] }
    return (total, dot)
}

/// `dst[x] = src[2·x]` for `x` in `lo..<hi`, four at a time from 8-float loads that end at or
/// before `readable`, the rest one by one.
@inline(__always)
func takeEvenFloats(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ lo: Int, _ hi: Int,
                            readable: UnsafePointer<Float>) {
    var x = lo
    while x + 4 <= hi, src + 2 * x + 8 <= readable {
        let v = UnsafeRawPointer(src + 2 * x).loadUnaligned(as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(dst + x).storeBytes(of: v.evenHalf, as: SIMD4<Float>.self)
        x += 4
    }
    while x < hi { dst[x] = src[2 * x]; x += 1 }
}
