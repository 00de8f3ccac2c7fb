// Elementwise functions as types, so that large elementwise loops run on the engine's threads
// as fast vector loops.
//
// A closure handed to `mapUnary` or `zipMap` cannot be inlined into a loop body that another
// thread runs: the body escapes to the worker threads and calls the closure once per element (measured on
// DCGAN-28's LeakyReLU: about five times the time of the serial vector loop, on two threads).
// Generic code is specialized together with the closures nested in it, so
// `mapElements(x, LeakyReLUKernel(slope: 0.2))` compiles to a vector loop on every thread.
// The closure helpers stay for the many ops whose tensors are small; they run serially.

/// A function of one float, as a type (see the file comment).
protocol UnaryKernel {
    func callAsFunction(_ x: Float) -> Float
}

/// A function of two floats, as a type (see the file comment).
protocol BinaryKernel {
    func callAsFunction(_ a: Float, _ b: Float) -> Float
}

/// `kernel(a[i])` into a new tensor of `a`'s shape, split across the engine's threads when large.
@inline(__always)
func mapElements<K: UnaryKernel>(_ a: Tensor, _ kernel: K) -> Tensor {
    let out = Tensor.make(a.shape, a.count)
    let pa = a.data, po = out.data
    forEachRange(a.count) { range in for i in range { po[i] = kernel(pa[i]) } }
    return out
}

/// `kernel(a[i], b[i])` for tensors of equal element count (shape of `a`), split across the
/// engine's threads when large.
@inline(__always)
func zipElements<K: BinaryKernel>(_ a: Tensor, _ b: Tensor, _ kernel: K) -> Tensor {
    let out = Tensor.make(a.shape, a.count)
    let pa = a.data, pb = b.data, po = out.data
    forEachRange(a.count) { range in for i in range { po[i] = kernel(pa[i], pb[i]) } }
    return out
}

struct ReLUKernel: UnaryKernel {
    @inline(__always) func callAsFunction(_ x: Float) -> Float { x > 0 ? x : 0 }
}

struct LeakyReLUKernel: UnaryKernel {
    let slope: Float
    @inline(__always) func callAsFunction(_ x: Float) -> Float { x > 0 ? x : x * slope }
}

/// ReLU's gradient: `(upstream, input)` → upstream where the input is positive, else 0.
struct ReLUGradientKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ g: Float, _ x: Float) -> Float { x > 0 ? g : 0 }
}

/// LeakyReLU's gradient: `(upstream, input)` → upstream, times `slope` where the input is not positive.
struct LeakyReLUGradientKernel: BinaryKernel {
    let slope: Float
    @inline(__always) func callAsFunction(_ g: Float, _ x: Float) -> Float { x > 0 ? g : g * slope }
}

/// Tanh's gradient from its output: `(upstream, y)` → `upstream · (1 − y²)`.
struct TanhGradientKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ g: Float, _ y: Float) -> Float { g * (1 - y * y) }
}

/// Sigmoid's gradient from its output: `(upstream, y)` → `upstream · y · (1 − y)`.
struct SigmoidGradientKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ g: Float, _ y: Float) -> Float { g * y * (1 - y) }
}

struct AddKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a + b }
}

struct SubtractKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a - b }
}

struct MultiplyKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a * b }
}

struct DivideKernel: BinaryKernel {
    @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { a / b }
}

/// A closure as a kernel, for the broadcasting ops that take one (comparisons, log-sum-exp);
/// equal-shape loops over it stay on the calling thread (see the file comment).
struct ClosureKernel: BinaryKernel {
    let function: (Float, Float) -> Float
    @inline(__always) func callAsFunction(_ a: Float, _ b: Float) -> Float { function(a, b) }
}
