# GENERATED FROM stream_1_0.xml (package spot_stream, schema 1:0, sha256 6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
# cython: initializedcheck=False
"""Batch decoder of SBE schema spot_stream 1:0 (stream_1_0.xml):
capture blocks to numpy rows in two C passes; used by sbe.batch (docs/capture.md).
"""

from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t,
                          uint64_t, uintptr_t, INT64_MIN)
from libc.string cimport memcpy, memset
from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_GET_SIZE
from sbe._rt cimport (sbe_u8, sbe_i8, sbe_u16le, sbe_u16be, sbe_i16le, sbe_i16be, sbe_u32le,
                     sbe_u32be, sbe_i32le, sbe_i32be, sbe_u64le, sbe_u64be, sbe_i64le, sbe_i64be,
                     sbe_f32le, sbe_f32be, sbe_f64le, sbe_f64be, sbe_factor, sbe_apply_i64,
                     sbe_apply_u64, sbe_fast_limit,
                     sbe_put_f64, SBE_NAN, EXP_NONE)

PACKAGE = 'spot_stream'
SCHEMA_ID = 1
SCHEMA_VERSION = 0
SCHEMA_SHA256 = '6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7'
cdef enum:
    HEADER_SIZE = 8
    N_MESSAGES = 4
    C_RECORDS = 0
    C_SNAPSHOT = 1
    C_EVENT = 2
    C_OTHER_KIND = 3
    C_OTHER_SCHEMA = 4
    C_UNKNOWN_TEMPLATE = 5
    C_FILTERED = 6
    C_BAD_FRAME = 7
    C_NEWER_VERSION = 8
    C_FRAMES = 9

#: message names in schema order (the message index of status and counters)
MESSAGES = ['TradesStreamEvent', 'BestBidAskStreamEvent', 'DepthSnapshotStreamEvent', 'DepthDiffStreamEvent']
#: scan_block counters: these, then frames per message
COUNTERS = ['records', 'snapshot', 'event', 'other_kind', 'other_schema', 'unknown_template', 'filtered', 'bad_frame', 'newer_version']
#: tables in output order: (name, message index, parent table index or -1)
TABLES = [('TradesStreamEvent', 0, -1), ('TradesStreamEvent.trades', 0, 0), ('BestBidAskStreamEvent', 1, -1), ('DepthSnapshotStreamEvent', 2, -1), ('DepthSnapshotStreamEvent.bids', 2, 3), ('DepthSnapshotStreamEvent.asks', 2, 3), ('DepthDiffStreamEvent', 3, -1), ('DepthDiffStreamEvent.bids', 3, 6), ('DepthDiffStreamEvent.asks', 3, 6)]
#: fixed-size columns per decimals mode and table: [(name, numpy code, offset)]
COLUMNS = {
    'float': [
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('transactTime', 'i8', 18), ('priceExponent', 'i1', 26), ('qtyExponent', 'i1', 27)],
        [('parent', 'i8', 0), ('id', 'i8', 8), ('price', 'f8', 16), ('qty', 'f8', 24), ('isBuyerMaker', 'u1', 32), ('isBestMatch', 'u1', 33)],
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('bookUpdateId', 'i8', 18), ('priceExponent', 'i1', 26), ('qtyExponent', 'i1', 27), ('bidPrice', 'f8', 28), ('bidQty', 'f8', 36), ('askPrice', 'f8', 44), ('askQty', 'f8', 52)],
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('bookUpdateId', 'i8', 18), ('priceExponent', 'i1', 26), ('qtyExponent', 'i1', 27)],
        [('parent', 'i8', 0), ('price', 'f8', 8), ('qty', 'f8', 16)],
        [('parent', 'i8', 0), ('price', 'f8', 8), ('qty', 'f8', 16)],
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('firstBookUpdateId', 'i8', 18), ('lastBookUpdateId', 'i8', 26), ('priceExponent', 'i1', 34), ('qtyExponent', 'i1', 35)],
        [('parent', 'i8', 0), ('price', 'f8', 8), ('qty', 'f8', 16)],
        [('parent', 'i8', 0), ('price', 'f8', 8), ('qty', 'f8', 16)],
    ],
    'raw': [
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('transactTime', 'i8', 18), ('priceExponent', 'i1', 26), ('qtyExponent', 'i1', 27)],
        [('parent', 'i8', 0), ('id', 'i8', 8), ('price', 'i8', 16), ('qty', 'i8', 24), ('isBuyerMaker', 'u1', 32), ('isBestMatch', 'u1', 33)],
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('bookUpdateId', 'i8', 18), ('priceExponent', 'i1', 26), ('qtyExponent', 'i1', 27), ('bidPrice', 'i8', 28), ('bidQty', 'i8', 36), ('askPrice', 'i8', 44), ('askQty', 'i8', 52)],
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('bookUpdateId', 'i8', 18), ('priceExponent', 'i1', 26), ('qtyExponent', 'i1', 27)],
        [('parent', 'i8', 0), ('price', 'i8', 8), ('qty', 'i8', 16)],
        [('parent', 'i8', 0), ('price', 'i8', 8), ('qty', 'i8', 16)],
        [('recv_ns', 'i8', 0), ('conn', 'u2', 8), ('eventTime', 'i8', 10), ('firstBookUpdateId', 'i8', 18), ('lastBookUpdateId', 'i8', 26), ('priceExponent', 'i1', 34), ('qtyExponent', 'i1', 35)],
        [('parent', 'i8', 0), ('price', 'i8', 8), ('qty', 'i8', 16)],
        [('parent', 'i8', 0), ('price', 'i8', 8), ('qty', 'i8', 16)],
    ],
}
#: var-data columns (after the fixed ones, in this order): (table index, name)
VAR_COLUMNS = [(0, 'symbol'), (2, 'symbol'), (3, 'symbol'), (6, 'symbol')]


cdef inline void _put_i8(char *q, int8_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_u8(char *q, uint8_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_i16(char *q, int16_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_u16(char *q, uint16_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_i32(char *q, int32_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_u32(char *q, uint32_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_i64(char *q, int64_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_u64(char *q, uint64_t v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_f32(char *q, float v) noexcept nogil:
    memcpy(q, &v, sizeof(v))

cdef inline void _put_f64(char *q, double v) noexcept nogil:
    memcpy(q, &v, sizeof(v))


cdef inline bint _utf8_ok(const uint8_t *s, Py_ssize_t n) noexcept nogil:
    """Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), as
    the decoder's PyUnicode_DecodeUTF8 accepts it."""
    cdef Py_ssize_t i = 0
    cdef uint8_t c, c1
    while i < n:
        c = s[i]
        if c < 0x80:
            i += 1
            continue
        if c < 0xC2:
            return 0
        if c < 0xE0:
            if i + 1 >= n or (s[i + 1] & 0xC0) != 0x80:
                return 0
            i += 2
            continue
        if c < 0xF0:
            if i + 2 >= n:
                return 0
            c1 = s[i + 1]
            if (c1 & 0xC0) != 0x80 or (s[i + 2] & 0xC0) != 0x80:
                return 0
            if (c == 0xE0 and c1 < 0xA0) or (c == 0xED and c1 >= 0xA0):
                return 0
            i += 3
            continue
        if c < 0xF5:
            if i + 3 >= n:
                return 0
            c1 = s[i + 1]
            if (c1 & 0xC0) != 0x80 or (s[i + 2] & 0xC0) != 0x80 or (s[i + 3] & 0xC0) != 0x80:
                return 0
            if (c == 0xF0 and c1 < 0x90) or (c == 0xF4 and c1 >= 0x90):
                return 0
            i += 4
            continue
        return 0
    return 1


cdef int _s_TradesStreamEvent(const uint8_t *f, Py_ssize_t end, Py_ssize_t bl, int ver, int64_t *rows, int64_t *vmax) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0, me = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int64_t c1 = 0
    cdef Py_ssize_t v0 = 0
    if q + bl > end: return -1
    if bl < 18: return -1
    q += bl
    # group trades
    if q + 6 > end: return -1
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u32le(f + q + 2)
    q += 6
    me = gbl1 + 0
    if me < 1: me = 1
    if n1 > 2147483647 or n1 > (end - q) // me: return -1
    if gbl1 < 25: return -1
    c1 += n1
    q += n1 * gbl1
    if q + 1 > end: return -1
    ln = sbe_u8(f + q)
    if ln > 255 or ln > end - q - 1: return -1
    if not _utf8_ok(f + q + 1, ln): return -1
    if ln > v0: v0 = ln
    q += 1 + ln
    rows[0] += 1
    rows[1] += c1
    if v0 > vmax[0]: vmax[0] = v0
    return 0


cdef void _fF_TradesStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef const uint8_t *p1
    cdef char *o1
    cdef int64_t r1 = 0, e1 = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef double f_x0_priceExponent = 0
    cdef int g_x0_priceExponent = 0
    cdef uint64_t k_x0_priceExponent = 0
    cdef int x0_qtyExponent = EXP_NONE
    cdef double f_x0_qtyExponent = 0
    cdef int g_x0_qtyExponent = 0
    cdef uint64_t k_x0_qtyExponent = 0
    p0 = f + q
    r0 = pos[0]
    pos[0] = r0 + 1
    e0 = r0
    o0 = out[0] + r0 * isz[0]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 16)
    f_x0_priceExponent = sbe_factor(x0_priceExponent)
    g_x0_priceExponent = x0_priceExponent < 0
    k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    x0_qtyExponent = sbe_i8(p0 + 17)
    f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    g_x0_qtyExponent = x0_qtyExponent < 0
    k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i8(o0 + 26, sbe_i8(p0 + 16))
    _put_i8(o0 + 27, sbe_i8(p0 + 17))
    q += bl
    # group trades
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u32le(f + q + 2)
    q += 6
    r1 = pos[1]
    pos[1] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[1] + e1 * isz[1]
        _put_i64(o1, e0)
        _put_i64(o1 + 8, sbe_i64le(p1))
        t_m = sbe_i64le(p1 + 8)
        sbe_put_f64(o1 + 16, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        t_m = sbe_i64le(p1 + 16)
        sbe_put_f64(o1 + 24, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        _put_u8(o1 + 32, sbe_u8(p1 + 24))
        _put_u8(o1 + 33, 1)
        q += gbl1
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[0], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[0] + ln, 0, vw[0] - ln)


cdef void _fR_TradesStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef const uint8_t *p1
    cdef char *o1
    cdef int64_t r1 = 0, e1 = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    p0 = f + q
    r0 = pos[0]
    pos[0] = r0 + 1
    e0 = r0
    o0 = out[0] + r0 * isz[0]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 16)
    x0_qtyExponent = sbe_i8(p0 + 17)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i8(o0 + 26, sbe_i8(p0 + 16))
    _put_i8(o0 + 27, sbe_i8(p0 + 17))
    q += bl
    # group trades
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u32le(f + q + 2)
    q += 6
    r1 = pos[1]
    pos[1] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[1] + e1 * isz[1]
        _put_i64(o1, e0)
        _put_i64(o1 + 8, sbe_i64le(p1))
        _put_i64(o1 + 16, sbe_i64le(p1 + 8))
        _put_i64(o1 + 24, sbe_i64le(p1 + 16))
        _put_u8(o1 + 32, sbe_u8(p1 + 24))
        _put_u8(o1 + 33, 1)
        q += gbl1
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[0], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[0] + ln, 0, vw[0] - ln)


cdef int _s_BestBidAskStreamEvent(const uint8_t *f, Py_ssize_t end, Py_ssize_t bl, int ver, int64_t *rows, int64_t *vmax) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0, me = 0
    cdef Py_ssize_t v1 = 0
    if q + bl > end: return -1
    if bl < 50: return -1
    q += bl
    if q + 1 > end: return -1
    ln = sbe_u8(f + q)
    if ln > 255 or ln > end - q - 1: return -1
    if not _utf8_ok(f + q + 1, ln): return -1
    if ln > v1: v1 = ln
    q += 1 + ln
    rows[2] += 1
    if v1 > vmax[1]: vmax[1] = v1
    return 0


cdef void _fF_BestBidAskStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef double f_x0_priceExponent = 0
    cdef int g_x0_priceExponent = 0
    cdef uint64_t k_x0_priceExponent = 0
    cdef int x0_qtyExponent = EXP_NONE
    cdef double f_x0_qtyExponent = 0
    cdef int g_x0_qtyExponent = 0
    cdef uint64_t k_x0_qtyExponent = 0
    p0 = f + q
    r0 = pos[2]
    pos[2] = r0 + 1
    e0 = r0
    o0 = out[2] + r0 * isz[2]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 16)
    f_x0_priceExponent = sbe_factor(x0_priceExponent)
    g_x0_priceExponent = x0_priceExponent < 0
    k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    x0_qtyExponent = sbe_i8(p0 + 17)
    f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    g_x0_qtyExponent = x0_qtyExponent < 0
    k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i8(o0 + 26, sbe_i8(p0 + 16))
    _put_i8(o0 + 27, sbe_i8(p0 + 17))
    t_m = sbe_i64le(p0 + 18)
    sbe_put_f64(o0 + 28, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
    t_m = sbe_i64le(p0 + 26)
    sbe_put_f64(o0 + 36, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
    t_m = sbe_i64le(p0 + 34)
    sbe_put_f64(o0 + 44, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
    t_m = sbe_i64le(p0 + 42)
    sbe_put_f64(o0 + 52, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
    q += bl
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[1], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[1] + ln, 0, vw[1] - ln)


cdef void _fR_BestBidAskStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    p0 = f + q
    r0 = pos[2]
    pos[2] = r0 + 1
    e0 = r0
    o0 = out[2] + r0 * isz[2]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 16)
    x0_qtyExponent = sbe_i8(p0 + 17)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i8(o0 + 26, sbe_i8(p0 + 16))
    _put_i8(o0 + 27, sbe_i8(p0 + 17))
    _put_i64(o0 + 28, sbe_i64le(p0 + 18))
    _put_i64(o0 + 36, sbe_i64le(p0 + 26))
    _put_i64(o0 + 44, sbe_i64le(p0 + 34))
    _put_i64(o0 + 52, sbe_i64le(p0 + 42))
    q += bl
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[1], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[1] + ln, 0, vw[1] - ln)


cdef int _s_DepthSnapshotStreamEvent(const uint8_t *f, Py_ssize_t end, Py_ssize_t bl, int ver, int64_t *rows, int64_t *vmax) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0, me = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int64_t c4 = 0
    cdef int64_t c5 = 0
    cdef Py_ssize_t v2 = 0
    if q + bl > end: return -1
    if bl < 18: return -1
    q += bl
    # group bids
    if q + 4 > end: return -1
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    me = gbl1 + 0
    if me < 1: me = 1
    if n1 > 65535 or n1 > (end - q) // me: return -1
    if gbl1 < 16: return -1
    c4 += n1
    q += n1 * gbl1
    # group asks
    if q + 4 > end: return -1
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    me = gbl1 + 0
    if me < 1: me = 1
    if n1 > 65535 or n1 > (end - q) // me: return -1
    if gbl1 < 16: return -1
    c5 += n1
    q += n1 * gbl1
    if q + 1 > end: return -1
    ln = sbe_u8(f + q)
    if ln > 255 or ln > end - q - 1: return -1
    if not _utf8_ok(f + q + 1, ln): return -1
    if ln > v2: v2 = ln
    q += 1 + ln
    rows[3] += 1
    rows[4] += c4
    rows[5] += c5
    if v2 > vmax[2]: vmax[2] = v2
    return 0


cdef void _fF_DepthSnapshotStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef const uint8_t *p1
    cdef char *o1
    cdef int64_t r1 = 0, e1 = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef double f_x0_priceExponent = 0
    cdef int g_x0_priceExponent = 0
    cdef uint64_t k_x0_priceExponent = 0
    cdef int x0_qtyExponent = EXP_NONE
    cdef double f_x0_qtyExponent = 0
    cdef int g_x0_qtyExponent = 0
    cdef uint64_t k_x0_qtyExponent = 0
    p0 = f + q
    r0 = pos[3]
    pos[3] = r0 + 1
    e0 = r0
    o0 = out[3] + r0 * isz[3]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 16)
    f_x0_priceExponent = sbe_factor(x0_priceExponent)
    g_x0_priceExponent = x0_priceExponent < 0
    k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    x0_qtyExponent = sbe_i8(p0 + 17)
    f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    g_x0_qtyExponent = x0_qtyExponent < 0
    k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i8(o0 + 26, sbe_i8(p0 + 16))
    _put_i8(o0 + 27, sbe_i8(p0 + 17))
    q += bl
    # group bids
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[4]
    pos[4] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[4] + e1 * isz[4]
        _put_i64(o1, e0)
        t_m = sbe_i64le(p1)
        sbe_put_f64(o1 + 8, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        t_m = sbe_i64le(p1 + 8)
        sbe_put_f64(o1 + 16, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        q += gbl1
    # group asks
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[5]
    pos[5] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[5] + e1 * isz[5]
        _put_i64(o1, e0)
        t_m = sbe_i64le(p1)
        sbe_put_f64(o1 + 8, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        t_m = sbe_i64le(p1 + 8)
        sbe_put_f64(o1 + 16, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        q += gbl1
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[2], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[2] + ln, 0, vw[2] - ln)


cdef void _fR_DepthSnapshotStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef const uint8_t *p1
    cdef char *o1
    cdef int64_t r1 = 0, e1 = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    p0 = f + q
    r0 = pos[3]
    pos[3] = r0 + 1
    e0 = r0
    o0 = out[3] + r0 * isz[3]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 16)
    x0_qtyExponent = sbe_i8(p0 + 17)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i8(o0 + 26, sbe_i8(p0 + 16))
    _put_i8(o0 + 27, sbe_i8(p0 + 17))
    q += bl
    # group bids
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[4]
    pos[4] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[4] + e1 * isz[4]
        _put_i64(o1, e0)
        _put_i64(o1 + 8, sbe_i64le(p1))
        _put_i64(o1 + 16, sbe_i64le(p1 + 8))
        q += gbl1
    # group asks
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[5]
    pos[5] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[5] + e1 * isz[5]
        _put_i64(o1, e0)
        _put_i64(o1 + 8, sbe_i64le(p1))
        _put_i64(o1 + 16, sbe_i64le(p1 + 8))
        q += gbl1
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[2], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[2] + ln, 0, vw[2] - ln)


cdef int _s_DepthDiffStreamEvent(const uint8_t *f, Py_ssize_t end, Py_ssize_t bl, int ver, int64_t *rows, int64_t *vmax) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0, me = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int64_t c7 = 0
    cdef int64_t c8 = 0
    cdef Py_ssize_t v3 = 0
    if q + bl > end: return -1
    if bl < 26: return -1
    q += bl
    # group bids
    if q + 4 > end: return -1
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    me = gbl1 + 0
    if me < 1: me = 1
    if n1 > 65535 or n1 > (end - q) // me: return -1
    if gbl1 < 16: return -1
    c7 += n1
    q += n1 * gbl1
    # group asks
    if q + 4 > end: return -1
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    me = gbl1 + 0
    if me < 1: me = 1
    if n1 > 65535 or n1 > (end - q) // me: return -1
    if gbl1 < 16: return -1
    c8 += n1
    q += n1 * gbl1
    if q + 1 > end: return -1
    ln = sbe_u8(f + q)
    if ln > 255 or ln > end - q - 1: return -1
    if not _utf8_ok(f + q + 1, ln): return -1
    if ln > v3: v3 = ln
    q += 1 + ln
    rows[6] += 1
    rows[7] += c7
    rows[8] += c8
    if v3 > vmax[3]: vmax[3] = v3
    return 0


cdef void _fF_DepthDiffStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef const uint8_t *p1
    cdef char *o1
    cdef int64_t r1 = 0, e1 = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef double f_x0_priceExponent = 0
    cdef int g_x0_priceExponent = 0
    cdef uint64_t k_x0_priceExponent = 0
    cdef int x0_qtyExponent = EXP_NONE
    cdef double f_x0_qtyExponent = 0
    cdef int g_x0_qtyExponent = 0
    cdef uint64_t k_x0_qtyExponent = 0
    p0 = f + q
    r0 = pos[6]
    pos[6] = r0 + 1
    e0 = r0
    o0 = out[6] + r0 * isz[6]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 24)
    f_x0_priceExponent = sbe_factor(x0_priceExponent)
    g_x0_priceExponent = x0_priceExponent < 0
    k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    x0_qtyExponent = sbe_i8(p0 + 25)
    f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    g_x0_qtyExponent = x0_qtyExponent < 0
    k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i64(o0 + 26, sbe_i64le(p0 + 16))
    _put_i8(o0 + 34, sbe_i8(p0 + 24))
    _put_i8(o0 + 35, sbe_i8(p0 + 25))
    q += bl
    # group bids
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[7]
    pos[7] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[7] + e1 * isz[7]
        _put_i64(o1, e0)
        t_m = sbe_i64le(p1)
        sbe_put_f64(o1 + 8, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        t_m = sbe_i64le(p1 + 8)
        sbe_put_f64(o1 + 16, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        q += gbl1
    # group asks
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[8]
    pos[8] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[8] + e1 * isz[8]
        _put_i64(o1, e0)
        t_m = sbe_i64le(p1)
        sbe_put_f64(o1 + 8, sbe_apply_i64(t_m, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        t_m = sbe_i64le(p1 + 8)
        sbe_put_f64(o1 + 16, sbe_apply_i64(t_m, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        q += gbl1
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[3], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[3] + ln, 0, vw[3] - ln)


cdef void _fR_DepthDiffStreamEvent(const uint8_t *f, Py_ssize_t bl, int ver, int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, const int64_t *voff, const int64_t *vw) noexcept nogil:
    cdef Py_ssize_t q = HEADER_SIZE, ln = 0
    cdef int64_t t_m = 0
    cdef double t_d = 0
    cdef const uint8_t *p0
    cdef char *o0
    cdef int64_t r0 = 0, e0 = 0
    cdef const uint8_t *p1
    cdef char *o1
    cdef int64_t r1 = 0, e1 = 0
    cdef Py_ssize_t gbl1 = 0, n1 = 0, i1 = 0
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    p0 = f + q
    r0 = pos[6]
    pos[6] = r0 + 1
    e0 = r0
    o0 = out[6] + r0 * isz[6]
    _put_i64(o0, recv)
    _put_u16(o0 + 8, conn)
    x0_priceExponent = sbe_i8(p0 + 24)
    x0_qtyExponent = sbe_i8(p0 + 25)
    _put_i64(o0 + 10, sbe_i64le(p0))
    _put_i64(o0 + 18, sbe_i64le(p0 + 8))
    _put_i64(o0 + 26, sbe_i64le(p0 + 16))
    _put_i8(o0 + 34, sbe_i8(p0 + 24))
    _put_i8(o0 + 35, sbe_i8(p0 + 25))
    q += bl
    # group bids
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[7]
    pos[7] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[7] + e1 * isz[7]
        _put_i64(o1, e0)
        _put_i64(o1 + 8, sbe_i64le(p1))
        _put_i64(o1 + 16, sbe_i64le(p1 + 8))
        q += gbl1
    # group asks
    gbl1 = sbe_u16le(f + q + 0)
    n1 = sbe_u16le(f + q + 2)
    q += 4
    r1 = pos[8]
    pos[8] = r1 + n1
    for i1 in range(n1):
        p1 = f + q
        e1 = r1 + i1
        o1 = out[8] + e1 * isz[8]
        _put_i64(o1, e0)
        _put_i64(o1 + 8, sbe_i64le(p1))
        _put_i64(o1 + 16, sbe_i64le(p1 + 8))
        q += gbl1
    # symbol
    ln = sbe_u8(f + q)
    memcpy(o0 + voff[3], f + q + 1, ln)
    q += 1 + ln
    memset(o0 + voff[3] + ln, 0, vw[3] - ln)


def scan_block(bytes payload, Py_ssize_t nrec, tuple rec, const uint8_t[::1] want,
               uint8_t[::1] status, int64_t[::1] cnt, int64_t[::1] rows,
               int64_t[::1] vmax, bint skip_bad):
    """Pass 1 over the ``nrec`` records of a block payload: ``status[i]`` = 1 + the
    message index of each frame to fill (0: skipped); counters and rows added.
    ``rec``: the capture record layout (header size; offsets of recv ns, length,
    connection, kind; the frame, snapshot and event kinds). Returns (code, record):
    code 0 done, 1 record header past the block end, 2 record past the block end, 3
    bytes after the last record, 4 a bad frame (``skip_bad`` false)."""
    cdef const uint8_t *buf = <const uint8_t *>PyBytes_AS_STRING(payload)
    cdef Py_ssize_t size = PyBytes_GET_SIZE(payload)
    cdef Py_ssize_t hs = rec[0], o_len = rec[2], o_kind = rec[4]
    cdef int k_frame = rec[5], k_snapshot = rec[6], k_event = rec[7]
    cdef Py_ssize_t pos = 0, i, ln, bl, at = nrec
    cdef int kind, tid, sid, ver, mi = 0, r, code = 0
    cdef const uint8_t *f
    if (status.shape[0] < nrec or want.shape[0] < N_MESSAGES
            or cnt.shape[0] < C_FRAMES + N_MESSAGES or rows.shape[0] < 9
            or vmax.shape[0] < 4):
        raise ValueError('scan_block: arrays too short')
    with nogil:
        for i in range(nrec):
            status[i] = 0
            if pos + hs > size:
                code, at = 1, i
                break
            ln = sbe_u32le(buf + pos + o_len)
            kind = sbe_u16le(buf + pos + o_kind)
            pos += hs
            if ln > size - pos:
                code, at = 2, i
                break
            cnt[C_RECORDS] += 1
            f = buf + pos
            pos += ln
            if kind != k_frame:
                cnt[C_SNAPSHOT if kind == k_snapshot else C_EVENT if kind == k_event else C_OTHER_KIND] += 1
                continue
            ver = 0
            if ln < HEADER_SIZE:
                r = -1
            else:
                sid = sbe_u16le(f + 4)
                if sid != 1:  # SCHEMA_ID
                    cnt[C_OTHER_SCHEMA] += 1
                    continue
                tid = sbe_u16le(f + 2)
                bl = sbe_u16le(f + 0)
                ver = sbe_u16le(f + 6)
                if tid == 10000:
                    mi = 0
                elif tid == 10001:
                    mi = 1
                elif tid == 10002:
                    mi = 2
                elif tid == 10003:
                    mi = 3
                else:
                    cnt[C_UNKNOWN_TEMPLATE] += 1
                    continue
                if not want[mi]:
                    cnt[C_FILTERED] += 1
                    continue
                if mi == 0:
                    r = _s_TradesStreamEvent(f, ln, bl, ver, &rows[0], &vmax[0] if 4 else NULL)
                elif mi == 1:
                    r = _s_BestBidAskStreamEvent(f, ln, bl, ver, &rows[0], &vmax[0] if 4 else NULL)
                elif mi == 2:
                    r = _s_DepthSnapshotStreamEvent(f, ln, bl, ver, &rows[0], &vmax[0] if 4 else NULL)
                elif mi == 3:
                    r = _s_DepthDiffStreamEvent(f, ln, bl, ver, &rows[0], &vmax[0] if 4 else NULL)
                else:
                    r = -1
            if r < 0:
                if not skip_bad:
                    code, at = 4, i
                    break
                cnt[C_BAD_FRAME] += 1
                continue
            status[i] = <uint8_t>(mi + 1)
            cnt[C_FRAMES + mi] += 1
            if ver > 0:  # SCHEMA_VERSION
                cnt[C_NEWER_VERSION] += 1
        if code == 0 and pos != size:
            code = 3
    return (code, at)


def fill_block(bytes payload, Py_ssize_t nrec, tuple rec, const uint8_t[::1] status,
               const uint64_t[::1] addr, int64_t[::1] pos, const int64_t[::1] isz,
               const int64_t[::1] voff, const int64_t[::1] vw, bint raw):
    """Pass 2: write the rows of the frames scan_block accepted into the arrays at
    ``addr`` (one per table; row size ``isz``, var-data columns at ``voff`` of width
    ``vw``); ``pos`` holds the next row of each table and advances."""
    cdef const uint8_t *buf = <const uint8_t *>PyBytes_AS_STRING(payload)
    cdef Py_ssize_t hs = rec[0], o_ns = rec[1], o_len = rec[2], o_conn = rec[3]
    cdef Py_ssize_t p = 0, i, ln, bl
    cdef int ver, st
    cdef int64_t ns
    cdef uint16_t conn
    cdef const uint8_t *f
    cdef char *out[9]
    if addr.shape[0] < 9 or pos.shape[0] < 9 or isz.shape[0] < 9 or voff.shape[0] < 4 or vw.shape[0] < 4 or status.shape[0] < nrec:
        raise ValueError('fill_block: arrays too short')
    for i in range(9):
        out[i] = <char *><uintptr_t>addr[i]
    with nogil:
        for i in range(nrec):
            ln = sbe_u32le(buf + p + o_len)
            st = status[i]
            if st:
                ns = sbe_i64le(buf + p + o_ns)
                conn = sbe_u16le(buf + p + o_conn)
                f = buf + p + hs
                bl = sbe_u16le(f + 0)
                ver = sbe_u16le(f + 6)
                if raw:
                    if st == 1:
                        _fR_TradesStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                    elif st == 2:
                        _fR_BestBidAskStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                    elif st == 3:
                        _fR_DepthSnapshotStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                    elif st == 4:
                        _fR_DepthDiffStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                else:
                    if st == 1:
                        _fF_TradesStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                    elif st == 2:
                        _fF_BestBidAskStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                    elif st == 3:
                        _fF_DepthSnapshotStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
                    elif st == 4:
                        _fF_DepthDiffStreamEvent(f, bl, ver, ns, conn, out, &pos[0], &isz[0], &voff[0], &vw[0])
            p += hs + ln
