// See include/CEngineKernels.h. The bits of every kernel here equal those of the portable Swift
// kernel in PackedGemm.swift: each output is one chain of fused multiply-adds over k in order,
// only the number of outputs computed at once differs.
#include "CEngineKernels.h"

// No contraction of a * b + c into one fused multiply-add unless written as one: every kernel
// here must round exactly where its portable Swift twin does.
#pragma STDC FP_CONTRACT OFF

// `swift build -Xcc -DGANBOOK_PORTABLE_ONLY` leaves the x86 kernels out (as on arm64).
#if (defined(__x86_64__) || defined(_M_X64)) && !defined(GANBOOK_PORTABLE_ONLY)
#include <cpuid.h>
#include <immintrin.h>

static unsigned long long read_xcr0(void) {
    unsigned int lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}

int gan_cpu_features(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int fma = (c >> 12) & 1, osxsave = (c >> 27) & 1, avx = (c >> 28) & 1;
    if (!osxsave || !avx) return 0;
    unsigned long long xcr0 = read_xcr0();
    if ((xcr0 & 0x6) != 0x6) return 0;              // XMM and YMM state saved by the OS
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int avx2 = (b >> 5) & 1, avx512f = (b >> 16) & 1;
    int features = (avx2 && fma) ? 1 : 0;
    if (features && avx512f && (xcr0 & 0xe6) == 0xe6) features |= 2;  // opmask, ZMM state
    return features;
}

__attribute__((target("avx2,fma")))
static inline void tile_avx2(long kc, const float *a, const float *b, float *c, long ldc, int accumulate) {
    __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    for (long k = 0; k < kc; k++) {
        __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8), x;
        x = _mm256_broadcast_ss(a + 0); c00 = _mm256_fmadd_ps(x, b0, c00); c01 = _mm256_fmadd_ps(x, b1, c01);
        x = _mm256_broadcast_ss(a + 1); c10 = _mm256_fmadd_ps(x, b0, c10); c11 = _mm256_fmadd_ps(x, b1, c11);
        x = _mm256_broadcast_ss(a + 2); c20 = _mm256_fmadd_ps(x, b0, c20); c21 = _mm256_fmadd_ps(x, b1, c21);
        x = _mm256_broadcast_ss(a + 3); c30 = _mm256_fmadd_ps(x, b0, c30); c31 = _mm256_fmadd_ps(x, b1, c31);
        x = _mm256_broadcast_ss(a + 4); c40 = _mm256_fmadd_ps(x, b0, c40); c41 = _mm256_fmadd_ps(x, b1, c41);
        x = _mm256_broadcast_ss(a + 5); c50 = _mm256_fmadd_ps(x, b0, c50); c51 = _mm256_fmadd_ps(x, b1, c51);
        a += 6; b += 16;
    }
#define PUT(row, v0, v1) do { float *p = c + (row) * ldc; \
        if (accumulate) { v0 = _mm256_add_ps(_mm256_loadu_ps(p), v0); v1 = _mm256_add_ps(_mm256_loadu_ps(p + 8), v1); } \
        _mm256_storeu_ps(p, v0); _mm256_storeu_ps(p + 8, v1); } while (0)
    PUT(0, c00, c01); PUT(1, c10, c11); PUT(2, c20, c21); PUT(3, c30, c31); PUT(4, c40, c41); PUT(5, c50, c51);
#undef PUT
}

__attribute__((target("avx2,fma")))
int gan_slice_avx2(long kc, const float *a, long aGroupStride, long groups,
                   const float *b, long panels, float *c, long ldc, int accumulate) {
    for (long p = 0; p < panels; p++)
        for (long g = 0; g < groups; g++)
            tile_avx2(kc, a + g * aGroupStride, b + p * kc * 16, c + g * 6 * ldc + p * 16, ldc, accumulate);
    return 1;
}

/// Two neighbouring panels at once: a 6×32 tile in twelve ZMM accumulators.
__attribute__((target("avx512f")))
static inline void tile_avx512(long kc, const float *a, const float *b0p, const float *b1p, float *c, long ldc,
                               int accumulate) {
    __m512 c00 = _mm512_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    __m512 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    for (long k = 0; k < kc; k++) {
        __m512 b0 = _mm512_loadu_ps(b0p), b1 = _mm512_loadu_ps(b1p), x;
        x = _mm512_set1_ps(a[0]); c00 = _mm512_fmadd_ps(x, b0, c00); c01 = _mm512_fmadd_ps(x, b1, c01);
        x = _mm512_set1_ps(a[1]); c10 = _mm512_fmadd_ps(x, b0, c10); c11 = _mm512_fmadd_ps(x, b1, c11);
        x = _mm512_set1_ps(a[2]); c20 = _mm512_fmadd_ps(x, b0, c20); c21 = _mm512_fmadd_ps(x, b1, c21);
        x = _mm512_set1_ps(a[3]); c30 = _mm512_fmadd_ps(x, b0, c30); c31 = _mm512_fmadd_ps(x, b1, c31);
        x = _mm512_set1_ps(a[4]); c40 = _mm512_fmadd_ps(x, b0, c40); c41 = _mm512_fmadd_ps(x, b1, c41);
        x = _mm512_set1_ps(a[5]); c50 = _mm512_fmadd_ps(x, b0, c50); c51 = _mm512_fmadd_ps(x, b1, c51);
        a += 6; b0p += 16; b1p += 16;
    }
#define PUT(row, v0, v1) do { float *p = c + (row) * ldc; \
        if (accumulate) { v0 = _mm512_add_ps(_mm512_loadu_ps(p), v0); v1 = _mm512_add_ps(_mm512_loadu_ps(p + 16), v1); } \
        _mm512_storeu_ps(p, v0); _mm512_storeu_ps(p + 16, v1); } while (0)
    PUT(0, c00, c01); PUT(1, c10, c11); PUT(2, c20, c21); PUT(3, c30, c31); PUT(4, c40, c41); PUT(5, c50, c51);
#undef PUT
}

/// One panel: a 6×16 tile in six ZMM accumulators (the odd last panel).
__attribute__((target("avx512f")))
static inline void tile16_avx512(long kc, const float *a, const float *b, float *c, long ldc, int accumulate) {
    __m512 c0 = _mm512_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    for (long k = 0; k < kc; k++) {
        __m512 v = _mm512_loadu_ps(b);
        c0 = _mm512_fmadd_ps(_mm512_set1_ps(a[0]), v, c0); c1 = _mm512_fmadd_ps(_mm512_set1_ps(a[1]), v, c1);
        c2 = _mm512_fmadd_ps(_mm512_set1_ps(a[2]), v, c2); c3 = _mm512_fmadd_ps(_mm512_set1_ps(a[3]), v, c3);
        c4 = _mm512_fmadd_ps(_mm512_set1_ps(a[4]), v, c4); c5 = _mm512_fmadd_ps(_mm512_set1_ps(a[5]), v, c5);
        a += 6; b += 16;
    }
    __m512 rows[6] = {c0, c1, c2, c3, c4, c5};
    for (int r = 0; r < 6; r++) {
        float *p = c + r * ldc;
        __m512 v = accumulate ? _mm512_add_ps(_mm512_loadu_ps(p), rows[r]) : rows[r];
        _mm512_storeu_ps(p, v);
    }
}

__attribute__((target("avx512f")))
int gan_slice_avx512(long kc, const float *a, long aGroupStride, long groups,
                     const float *b, long panels, float *c, long ldc, int accumulate) {
    long p = 0;
    for (; p + 2 <= panels; p += 2)
        for (long g = 0; g < groups; g++)
            tile_avx512(kc, a + g * aGroupStride, b + p * kc * 16, b + (p + 1) * kc * 16,
                        c + g * 6 * ldc + p * 16, ldc, accumulate);
    for (; p < panels; p++)
        for (long g = 0; g < groups; g++)
            tile16_avx512(kc, a + g * aGroupStride, b + p * kc * 16, c + g * 6 * ldc + p * 16, ldc, accumulate);
    return 1;
}

/// Eight interleaved lanes of Σ a and of Σ a·b (one fused multiply-add per term), lane i
/// summing the elements ≡ i (mod 8) in order: FloatRows.swift's `sumAndDot` loop.
__attribute__((target("avx2,fma")))
int gan_sum_dot_lanes_avx2(const float *a, const float *b, long n, float *lanes) {
    __m256 s = _mm256_setzero_ps(), d = _mm256_setzero_ps();
    for (long i = 0; i + 8 <= n; i += 8) {
        __m256 va = _mm256_loadu_ps(a + i);
        s = _mm256_add_ps(s, va);
        d = _mm256_fmadd_ps(va, _mm256_loadu_ps(b + i), d);
    }
    _mm256_storeu_ps(lanes, s);
    _mm256_storeu_ps(lanes + 8, d);
    return 1;
}

int gan_x86_kernels_built(void) { return 1; }

#else

int gan_x86_kernels_built(void) { return 0; }
int gan_sum_dot_lanes_avx2(const float *a, const float *b, long n, float *lanes) { return 0; }
int gan_cpu_features(void) { return 0; }
int gan_slice_avx2(long kc, const float *a, long aGroupStride, long groups,
                   const float *b, long panels, float *c, long ldc, int accumulate) { return 0; }
int gan_slice_avx512(long kc, const float *a, long aGroupStride, long groups,
                     const float *b, long panels, float *c, long ldc, int accumulate) { return 0; }

#endif
