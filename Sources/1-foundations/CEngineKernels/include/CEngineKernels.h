// The engine's per-ISA kernels and CPU detection (Swift has no CPUID and no per-function
// target attributes, so these live in C). Every x86 kernel is compiled with a function-level
// `target` attribute: the module itself needs no -march flag, builds on any CPU, and the
// engine picks a kernel at run time from what the CPU reports.
#ifndef CENGINEKERNELS_H
#define CENGINEKERNELS_H

#include <stddef.h>

/// Bit 0: AVX2 + FMA usable (CPU and OS); bit 1: AVX-512F usable. Always 0 off x86-64.
int gan_cpu_features(void);

/// 1 when this build holds the x86 kernels (x86-64 without -DGANBOOK_PORTABLE_ONLY), else 0.
int gan_x86_kernels_built(void);

/// One depth slice of the packed 6×16 GEMM (see PackedGemm.swift for the layouts):
/// for every panel p < panels and row group g < groups, the 6×16 tile
/// c[g·6·ldc + p·16 ...] = Σ_{k<kc} a[g·aGroupStride + k·6 + i] · b[p·kc·16 + k·16 + j],
/// summed in k order from zero with one fused multiply-add per term, then stored
/// (accumulate == 0) or added to c (accumulate != 0). Returns 0 when the kernel is
/// not compiled for this machine's architecture.
int gan_slice_avx2(long kc, const float *a, long aGroupStride, long groups,
                   const float *b, long panels, float *c, long ldc, int accumulate);
int gan_slice_avx512(long kc, const float *a, long aGroupStride, long groups,
                     const float *b, long panels, float *c, long ldc, int accumulate);

/// The vector part of a deterministic sum and dot product: for the first n floats (n a
/// multiple of 8), lanes[i] = Σ a[8t + i] and lanes[8 + i] = Σ a[8t + i]·b[8t + i], each summed
/// in t order from zero, the products fused into the sums (fma). Returns 0 when not compiled.
int gan_sum_dot_lanes_avx2(const float *a, const float *b, long n, float *lanes);

#endif
