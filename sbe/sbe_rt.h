/* Inline readers for SBE primitives, unaligned, in either byte order.
 *
 * memcpy into a local is how C reads unaligned memory without undefined behaviour; compilers
 * turn it into one load (plus a bswap for the foreign byte order). */
#ifndef SBE_RT_H
#define SBE_RT_H

#include <Python.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define SBE_HOST_BE 1
#else
#define SBE_HOST_BE 0
#endif

#if defined(_MSC_VER)
#include <stdlib.h>
#define SBE_BSWAP16(x) _byteswap_ushort(x)
#define SBE_BSWAP32(x) _byteswap_ulong(x)
#define SBE_BSWAP64(x) _byteswap_uint64(x)
#else
#define SBE_BSWAP16(x) __builtin_bswap16(x)
#define SBE_BSWAP32(x) __builtin_bswap32(x)
#define SBE_BSWAP64(x) __builtin_bswap64(x)
#endif

#define SBE_READERS(bits)                                                              \
    static inline uint##bits##_t sbe_u##bits##le(const uint8_t *p) {                   \
        uint##bits##_t v; memcpy(&v, p, sizeof v);                                     \
        return SBE_HOST_BE ? SBE_BSWAP##bits(v) : v;                                   \
    }                                                                                  \
    static inline uint##bits##_t sbe_u##bits##be(const uint8_t *p) {                   \
        uint##bits##_t v; memcpy(&v, p, sizeof v);                                     \
        return SBE_HOST_BE ? v : SBE_BSWAP##bits(v);                                   \
    }                                                                                  \
    static inline int##bits##_t sbe_i##bits##le(const uint8_t *p) {                    \
        return (int##bits##_t)sbe_u##bits##le(p);                                      \
    }                                                                                  \
    static inline int##bits##_t sbe_i##bits##be(const uint8_t *p) {                    \
        return (int##bits##_t)sbe_u##bits##be(p);                                      \
    }

SBE_READERS(16)
SBE_READERS(32)
SBE_READERS(64)

static inline uint8_t sbe_u8(const uint8_t *p) { return p[0]; }
static inline int8_t sbe_i8(const uint8_t *p) { return (int8_t)p[0]; }

static inline float sbe_f32le(const uint8_t *p) { uint32_t u = sbe_u32le(p); float f; memcpy(&f, &u, 4); return f; }
static inline float sbe_f32be(const uint8_t *p) { uint32_t u = sbe_u32be(p); float f; memcpy(&f, &u, 4); return f; }
static inline double sbe_f64le(const uint8_t *p) { uint64_t u = sbe_u64le(p); double f; memcpy(&f, &u, 8); return f; }
static inline double sbe_f64be(const uint8_t *p) { uint64_t u = sbe_u64be(p); double f; memcpy(&f, &u, 8); return f; }

/* Exact powers of ten (10^0 .. 10^22 are exactly representable as doubles). Beyond that
 * pow() is used, the same libm call Python's float ** makes, so results match the oracle. */
static const double sbe_p10[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* m * 10^e as decoded-format.md defines it: divide for negative exponents so that
 * (12345, -8) gives exactly the double nearest to 0.00012345. */
static inline double sbe_scale(double m, int e) {
    if (e < 0) {
        int k = -e;
        return m / (k <= 22 ? sbe_p10[k] : pow(10.0, (double)k));
    }
    return m * (e <= 22 ? sbe_p10[e] : pow(10.0, (double)e));
}

/* A dict with room for n items (avoids rehashing while a decoded message is filled). */
static inline PyObject *sbe_new_dict(Py_ssize_t n) {
#if PY_VERSION_HEX < 0x030D0000 && !defined(PYPY_VERSION)
    return _PyDict_NewPresized(n);
#else
    (void)n;
    return PyDict_New();
#endif
}

/* Short UTF-8 strings (symbols, assets, permissions) repeat across messages: a small
 * direct-mapped cache returns the same immutable str object instead of decoding and
 * allocating it again. Per extension module, used under the GIL. */
#define SBE_STR_CACHE_SIZE 1024
#define SBE_STR_CACHE_MAXLEN 24
typedef struct {
    PyObject *str;
    Py_ssize_t len;
    uint8_t bytes[SBE_STR_CACHE_MAXLEN];
} sbe_str_slot;
static sbe_str_slot sbe_str_cache[SBE_STR_CACHE_SIZE];

/* New reference, or NULL with a UnicodeDecodeError set. */
static inline PyObject *sbe_utf8(const uint8_t *p, Py_ssize_t n) {
    uint32_t h;
    Py_ssize_t i;
    sbe_str_slot *slot;
    PyObject *s;
    if (n > SBE_STR_CACHE_MAXLEN || n == 0)
        return PyUnicode_DecodeUTF8((const char *)p, n, NULL);
    h = 2166136261u ^ (uint32_t)n;
    for (i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    slot = &sbe_str_cache[(h ^ (h >> 15)) & (SBE_STR_CACHE_SIZE - 1)];
    if (slot->str != NULL && slot->len == n && memcmp(slot->bytes, p, (size_t)n) == 0) {
        Py_INCREF(slot->str);
        return slot->str;
    }
    s = PyUnicode_DecodeUTF8((const char *)p, n, NULL);
    if (s == NULL)
        return NULL;
    Py_XDECREF(slot->str);
    Py_INCREF(s);
    slot->str = s;
    slot->len = n;
    memcpy(slot->bytes, p, (size_t)n);
    return s;
}

/* A decoded message is a tree of new containers: no cycle can exist, so a cyclic-GC pass
 * triggered by its allocations only costs time. Large decodes pause the collector. */
static inline int sbe_gc_pause(void) {
#if PY_VERSION_HEX >= 0x030A0000
    return PyGC_Disable();
#else
    return 0;
#endif
}

static inline void sbe_gc_resume(int was_enabled) {
#if PY_VERSION_HEX >= 0x030A0000
    if (was_enabled)
        PyGC_Enable();
#else
    (void)was_enabled;
#endif
}

/* ---- numpy fill loops (generated per group: one C loop fills a preallocated array) ---- */

#define SBE_NAN ((double)NAN)

/* 10^k (k >= 0) exactly as sbe_scale uses it; a column's shared exponent becomes one factor:
 * sbe_apply(m, sbe_factor(e), e < 0) == sbe_scale(m, e), NaN for an absent exponent. */
static inline double sbe_factor(int e) {
    int k;
    if (e == -32768) /* EXP_NONE */
        return SBE_NAN;
    k = e < 0 ? -e : e;
    return k <= 22 ? sbe_p10[k] : pow(10.0, (double)k);
}

static inline double sbe_apply(double m, double f, int neg) {
    return neg ? m / f : m * f;
}

/* A signed little-endian 128-bit integer (hi:lo) to the nearest double, ties to even, as
 * Python's float(int) does: the top 64 bits with a sticky bit for everything below, converted
 * once (correctly rounded), then scaled by a power of two (exact). */
static inline double sbe_i128_to_f64(uint64_t lo, int64_t hi) {
    uint64_t mh = (uint64_t)hi, ml = lo, top, rest;
    int neg = hi < 0, s = 0;
    double r;
    if (neg) { /* magnitude, two's complement over 128 bits (-2^127 stays 2^127 unsigned) */
        ml = ~ml + 1;
        mh = ~mh + (ml == 0);
    }
    if (mh == 0) {
        r = (double)ml;
    } else {
        while ((mh >> (63 - s)) == 0) /* s = leading zeros of mh */
            s++;
        s = 64 - s;                   /* bits of mh: shift the 128-bit value right by s */
        top = (s == 64) ? mh : ((mh << (64 - s)) | (ml >> s));
        rest = (s == 64) ? ml : (ml << (64 - s));
        r = ldexp((double)(top | (rest != 0)), s);
    }
    return neg ? -r : r;
}

static inline void sbe_put_f64(char *q, double v) { memcpy(q, &v, sizeof v); }

/* ---- decimals="float" for 64-bit mantissas: correctly rounded m * 10^e ----
 * float(m) / 10.0**k rounds twice when |m| > 2^53 (float(m) is already rounded). Exact
 * integers make it one rounding: 10^e = 5^e * 2^e, the power of two is exact (ldexp), and
 * m * 5^e (128-bit product) or m / 5^k (long division to 55+ quotient bits, the remainder as
 * a sticky bit) is converted once, correctly rounded. 5^27 < 2^63 bounds this to |e| <= 27;
 * beyond, and for |m| <= 2^53 with |e| <= 22 (where it is already exact), sbe_scale. */
#define SBE_EXACT_EXP 27
static const uint64_t sbe_p5[SBE_EXACT_EXP + 1] = {
    1ull, 5ull, 25ull, 125ull, 625ull, 3125ull, 15625ull, 78125ull, 390625ull, 1953125ull,
    9765625ull, 48828125ull, 244140625ull, 1220703125ull, 6103515625ull, 30517578125ull,
    152587890625ull, 762939453125ull, 3814697265625ull, 19073486328125ull,
    95367431640625ull, 476837158203125ull, 2384185791015625ull, 11920928955078125ull,
    59604644775390625ull, 298023223876953125ull, 1490116119384765625ull,
    7450580596923828125ull};

/* |m| <= 2^53 (exact as a double) and 10^|e| exact: one IEEE operation is correctly rounded */
#define SBE_SMALL_I64(m) ((uint64_t)(m) + ((uint64_t)1 << 53) <= ((uint64_t)1 << 54))
#define SBE_SMALL_U64(m) ((m) <= ((uint64_t)1 << 53))
#define SBE_EXACT_P10(e) ((unsigned)((e) + 22) <= 44u)

static inline void sbe_mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
#if defined(__SIZEOF_INT128__)
    unsigned __int128 p = (unsigned __int128)a * b;
    *hi = (uint64_t)(p >> 64);
    *lo = (uint64_t)p;
#else
    uint64_t a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    *lo = (mid << 32) | (p00 & 0xffffffffu);
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
#endif
}

/* the exact path is rare (|m| > 2^53): out of line and cold, so the fill loops' fast path
 * keeps its registers (no spills around a call it almost never makes) */
#if defined(__GNUC__) || defined(__clang__)
#define SBE_COLD __attribute__((noinline, cold))
#define SBE_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define SBE_COLD
#define SBE_LIKELY(x) (x)
#endif

/* (neg ? -a : a) * 10^e, correctly rounded for |e| <= 27; a null exponent gives NaN. */
static SBE_COLD double sbe_scale_exact(uint64_t a, int neg, int e) {
    double r;
    if (e == -32768) /* EXP_NONE */
        return SBE_NAN;
    if (e > SBE_EXACT_EXP || e < -SBE_EXACT_EXP) {
        r = sbe_scale((double)a, e);
    } else if (a == 0) {
        r = 0.0;
    } else if (e >= 0) {
        uint64_t hi, lo;
        sbe_mul64(a, sbe_p5[e], &hi, &lo);  /* < 2^127: a non-negative int128 */
        r = ldexp(sbe_i128_to_f64(lo, (int64_t)hi), e);
    } else {
        uint64_t d = sbe_p5[-e], q = a / d, rem = a % d;
        int s = 0;
        while (q < ((uint64_t)1 << 54)) {   /* one more quotient bit (rem < d < 2^63) */
            rem <<= 1;
            q <<= 1;
            if (rem >= d) {
                rem -= d;
                q |= 1;
            }
            s++;
        }
        /* 55..64 significant bits, the sticky bit below the rounding position: the
         * conversion rounds once, to nearest even, as the exact quotient would */
        r = ldexp((double)(q | (rem != 0)), e - s);
    }
    return neg ? -r : r;
}

static inline double sbe_scale_i64(int64_t m, int e) {
    if (SBE_LIKELY(SBE_SMALL_I64(m) && SBE_EXACT_P10(e)))
        return sbe_scale((double)m, e);
    return sbe_scale_exact(m < 0 ? 0 - (uint64_t)m : (uint64_t)m, m < 0, e);
}

static inline double sbe_scale_u64(uint64_t m, int e) {
    if (SBE_LIKELY(SBE_SMALL_U64(m) && SBE_EXACT_P10(e)))
        return sbe_scale((double)m, e);
    return sbe_scale_exact(m, 0, e);
}

/* A mantissa128 in the 64-bit range (int64 or uint64) is exact like the others; beyond, it
 * is first rounded to the nearest double (sbe_i128_to_f64), then scaled. */
static inline double sbe_scale_i128(uint64_t lo, int64_t hi, int e) {
    if (hi == 0)
        return sbe_scale_u64(lo, e);
    if (hi == -1 && lo >= ((uint64_t)1 << 63))
        return sbe_scale_i64((int64_t)lo, e);
    return sbe_scale(sbe_i128_to_f64(lo, hi), e);
}

/* The fill loops' form: f = sbe_factor(e), neg = e < 0 and k = sbe_fast_limit(e), computed
 * once per column, so the common case costs one compare per value:
 * (uint64_t)m + 2^53 < k  <=>  |m| <= 2^53 and 10^|e| exact (k = 0 otherwise). */
static inline uint64_t sbe_fast_limit(int e) {
    return SBE_EXACT_P10(e) ? ((uint64_t)1 << 54) + 1 : 0;
}

static inline double sbe_apply_i64(int64_t m, double f, int neg, uint64_t k, int e) {
    if (SBE_LIKELY((uint64_t)m + ((uint64_t)1 << 53) < k))
        return sbe_apply((double)m, f, neg);
    return sbe_scale_exact(m < 0 ? 0 - (uint64_t)m : (uint64_t)m, m < 0, e);
}

static inline double sbe_apply_u64(uint64_t m, double f, int neg, uint64_t k, int e) {
    if (SBE_LIKELY(k && m <= ((uint64_t)1 << 53)))
        return sbe_apply((double)(int64_t)m, f, neg);
    return sbe_scale_exact(m, 0, e);
}

static inline double sbe_apply_i128(uint64_t lo, int64_t hi, double f, int neg, uint64_t k,
                                    int e) {
    if (SBE_LIKELY((uint64_t)hi + (lo >> 63) == 0))  /* in the int64 range */
        return sbe_apply_i64((int64_t)lo, f, neg, k, e);
    if (hi == 0)
        return sbe_scale_exact(lo, 0, e);
    return sbe_apply(sbe_i128_to_f64(lo, hi), f, neg);
}

/* Two scaled columns of one row (depth levels: price and qty): both divided in one SSE2
 * divpd (each lane an IEEE division, the same doubles as two divsd, twice the throughput of
 * the divider, which bounds these loops). */
static inline void sbe_put_scaled2(char *q0, char *q1, int64_t m0, int64_t m1, double f0,
                                   double f1, int neg0, int neg1, uint64_t k0, uint64_t k1,
                                   int e0, int e1) {
#if defined(__SSE2__) || defined(_M_X64)
    if (SBE_LIKELY(neg0 && neg1 && (uint64_t)m0 + ((uint64_t)1 << 53) < k0
                   && (uint64_t)m1 + ((uint64_t)1 << 53) < k1)) {
        __m128d r = _mm_div_pd(_mm_set_pd((double)m1, (double)m0), _mm_set_pd(f1, f0));
        _mm_storel_pd((double *)(void *)q0, r);  /* movlpd/movhpd: unaligned stores */
        _mm_storeh_pd((double *)(void *)q1, r);
        return;
    }
#endif
    sbe_put_f64(q0, sbe_apply_i64(m0, f0, neg0, k0, e0));
    sbe_put_f64(q1, sbe_apply_i64(m1, f1, neg1, k1, e1));
}

#endif /* SBE_RT_H */
