# GENERATED FROM stream_1_0.xml (package spot_stream, schema 1:0, sha256 6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
# cython: initializedcheck=False, cpow=True, auto_pickle=False, emit_code_comments=False
"""Decoder for SBE schema spot_stream 1:0 (stream_1_0.xml)."""

from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t, uint64_t,
                          INT64_MIN, UINT64_MAX)
from libc.string cimport memcpy
from cpython.buffer cimport PyObject_GetBuffer, PyBuffer_Release, PyBUF_SIMPLE
from cpython.bytes cimport PyBytes_CheckExact, PyBytes_AS_STRING, PyBytes_GET_SIZE
from cpython.bytearray cimport PyByteArray_AS_STRING
from cpython.list cimport PyList_New, PyList_SET_ITEM
from cpython.dict cimport PyDict_Copy
from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF
from sbe._rt cimport *

from sbe._rt import SbeEnum, SbeFlag, make_enum, make_flag
from sbe.errors import DecodeError, SchemaMismatchError, UnknownTemplateError

PACKAGE = 'spot_stream'
SCHEMA_ID = 1
SCHEMA_VERSION = 0
SCHEMA_FILE = 'stream_1_0.xml'
SCHEMA_SHA256 = '6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7'
LIFECYCLE = {}
BYTE_ORDER = 'littleEndian'
HEADER_SIZE = 8
MESSAGES = {'TradesStreamEvent': 10000, 'BestBidAskStreamEvent': 10001, 'DepthSnapshotStreamEvent': 10002, 'DepthDiffStreamEvent': 10003}
TEMPLATES = {v: k for k, v in MESSAGES.items()}
# template ids, one constant per message
TEMPLATE_TradesStreamEvent = 10000
TEMPLATE_BestBidAskStreamEvent = 10001
TEMPLATE_DepthSnapshotStreamEvent = 10002
TEMPLATE_DepthDiffStreamEvent = 10003
cdef dict _T0
cdef dict _T1
cdef dict _T2
cdef dict _T3
cdef dict _T4
cdef dict _T5
cdef dict _T6
cdef dict _T7
cdef dict _T8
cdef dict _T9

# enums: unknown wire values decode to plain ints, never an error
boolEnum = make_enum('boolEnum', [('False', 0), ('True', 1)], {}, __name__)
cdef tuple _E_boolEnum = (False, True) + tuple(range(2, 256))

# sets: unknown bits are kept

ENUMS = {'boolEnum': boolEnum}
SETS = {}

cdef tuple _BF_TradesStreamEvent = (('eventTime', 8, 0), ('transactTime', 16, 0), ('priceExponent', 17, 0), ('qtyExponent', 18, 0))
cdef dict _m_TradesStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TradesStreamEvent (template 10000); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TradesStreamEvent', pos, bl, end - pos)
    if bl < 18:
        raise_short_block('TradesStreamEvent', _BF_TradesStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    v_eventTime = sbe_i64le(p)
    v_transactTime = sbe_i64le(p + 8)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_trades = _g_TradesStreamEvent__trades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T0 if st.dec == DEC_RAW else _T1)
    d['$message'] = 'TradesStreamEvent'
    d['eventTime'] = v_eventTime
    d['transactTime'] = v_transactTime
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['trades'] = v_trades
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_TradesStreamEvent__trades = (('id', 8, 0), ('price', 16, 0), ('qty', 24, 0), ('isBuyerMaker', 25, 0))
cdef GroupSpec _GS_TradesStreamEvent__trades
cdef object _nf_TradesStreamEvent__trades(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group trades as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_TradesStreamEvent__trades, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 25
        memcpy(q + 0, p + 0, 8)
        t_i = sbe_i64le(p + 8)
        t_j = sbe_i64le(p + 16)
        sbe_put_scaled2(q + 8, q + 16, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
        memcpy(q + 24, p + 24, 1)
    return out

cdef object _g_TradesStreamEvent__trades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group trades: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('trades', "dimension of group 'trades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('trades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 25:
        raise_short_block('group trades', _BF_TradesStreamEvent__trades, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_TradesStreamEvent__trades(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_TradesStreamEvent__trades, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_id = sbe_i64le(p)
            v_price = mant_i64(sbe_i64le(p + 8), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 16), 0, 0, x0_qtyExponent, st.dec)
            t_u = sbe_u8(p + 24)
            v_isBuyerMaker = _E_boolEnum[t_u]
            v_isBestMatch = _K0
            e = PyDict_Copy(_T2)
            e['id'] = v_id
            e['price'] = v_price
            e['qty'] = v_qty
            e['isBuyerMaker'] = v_isBuyerMaker
            e['isBestMatch'] = v_isBestMatch
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('trades')
        raise
    ppos[0] = pos
    return rows

cdef class TradesStreamEvent(Record):
    """Record of message TradesStreamEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_TradesStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TradesStreamEvent as a TradesStreamEvent record; ``pos`` is the start of the root block."""
    cdef TradesStreamEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TradesStreamEvent', pos, bl, end - pos)
    if bl < 18:
        raise_short_block('TradesStreamEvent', _BF_TradesStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    r = TradesStreamEvent.__new__(TradesStreamEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.transactTime = sbe_i64le(p + 8)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.trades = _gr_TradesStreamEvent__trades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_TradesStreamEvent__trades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class TradesStreamEvent_trades(Record):
    """Record of entry of group trades; ``to_dict()`` gives the dict form."""


cdef list _gr_TradesStreamEvent__trades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group trades as a list of TradesStreamEvent_trades records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef TradesStreamEvent_trades e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('trades', "dimension of group 'trades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('trades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 25:
        raise_short_block('group trades', _BF_TradesStreamEvent__trades, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = TradesStreamEvent_trades.__new__(TradesStreamEvent_trades)
            e._dec = st.dec
            e.id = sbe_i64le(p)
            e.c_price = sbe_i64le(p + 8)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 16)
            e.e_qty = x0_qtyExponent
            t_u = sbe_u8(p + 24)
            e.isBuyerMaker = _E_boolEnum[t_u]
            e.isBestMatch = _K0
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('trades')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_BestBidAskStreamEvent = (('eventTime', 8, 0), ('bookUpdateId', 16, 0), ('priceExponent', 17, 0), ('qtyExponent', 18, 0), ('bidPrice', 26, 0), ('bidQty', 34, 0), ('askPrice', 42, 0), ('askQty', 50, 0))
cdef dict _m_BestBidAskStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BestBidAskStreamEvent (template 10001); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BestBidAskStreamEvent', pos, bl, end - pos)
    if bl < 50:
        raise_short_block('BestBidAskStreamEvent', _BF_BestBidAskStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    v_eventTime = sbe_i64le(p)
    v_bookUpdateId = sbe_i64le(p + 8)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_bidPrice = mant_i64(sbe_i64le(p + 18), 0, 0, x0_priceExponent, st.dec)
    v_bidQty = mant_i64(sbe_i64le(p + 26), 0, 0, x0_qtyExponent, st.dec)
    v_askPrice = mant_i64(sbe_i64le(p + 34), 0, 0, x0_priceExponent, st.dec)
    v_askQty = mant_i64(sbe_i64le(p + 42), 0, 0, x0_qtyExponent, st.dec)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T3 if st.dec == DEC_RAW else _T4)
    d['$message'] = 'BestBidAskStreamEvent'
    d['eventTime'] = v_eventTime
    d['bookUpdateId'] = v_bookUpdateId
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['bidPrice'] = v_bidPrice
    d['bidQty'] = v_bidQty
    d['askPrice'] = v_askPrice
    d['askQty'] = v_askQty
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class BestBidAskStreamEvent(Record):
    """Record of message BestBidAskStreamEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_BestBidAskStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BestBidAskStreamEvent as a BestBidAskStreamEvent record; ``pos`` is the start of the root block."""
    cdef BestBidAskStreamEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BestBidAskStreamEvent', pos, bl, end - pos)
    if bl < 50:
        raise_short_block('BestBidAskStreamEvent', _BF_BestBidAskStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    r = BestBidAskStreamEvent.__new__(BestBidAskStreamEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.bookUpdateId = sbe_i64le(p + 8)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_bidPrice = sbe_i64le(p + 18)
    r.e_bidPrice = x0_priceExponent
    r.c_bidQty = sbe_i64le(p + 26)
    r.e_bidQty = x0_qtyExponent
    r.c_askPrice = sbe_i64le(p + 34)
    r.e_askPrice = x0_priceExponent
    r.c_askQty = sbe_i64le(p + 42)
    r.e_askQty = x0_qtyExponent
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_DepthSnapshotStreamEvent = (('eventTime', 8, 0), ('bookUpdateId', 16, 0), ('priceExponent', 17, 0), ('qtyExponent', 18, 0))
cdef dict _m_DepthSnapshotStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """DepthSnapshotStreamEvent (template 10002); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of DepthSnapshotStreamEvent', pos, bl, end - pos)
    if bl < 18:
        raise_short_block('DepthSnapshotStreamEvent', _BF_DepthSnapshotStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    v_eventTime = sbe_i64le(p)
    v_bookUpdateId = sbe_i64le(p + 8)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_bids = _g_DepthSnapshotStreamEvent__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_asks = _g_DepthSnapshotStreamEvent__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T5 if st.dec == DEC_RAW else _T6)
    d['$message'] = 'DepthSnapshotStreamEvent'
    d['eventTime'] = v_eventTime
    d['bookUpdateId'] = v_bookUpdateId
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['bids'] = v_bids
    d['asks'] = v_asks
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_DepthSnapshotStreamEvent__bids = (('price', 8, 0), ('qty', 16, 0))
cdef GroupSpec _GS_DepthSnapshotStreamEvent__bids
cdef object _nf_DepthSnapshotStreamEvent__bids(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_DepthSnapshotStreamEvent__bids, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 16
        t_i = sbe_i64le(p + 0)
        t_j = sbe_i64le(p + 8)
        sbe_put_scaled2(q + 0, q + 8, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
    return out

cdef object _g_DepthSnapshotStreamEvent__bids(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('bids', "dimension of group 'bids'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('bids', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group bids', _BF_DepthSnapshotStreamEvent__bids, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_DepthSnapshotStreamEvent__bids(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_DepthSnapshotStreamEvent__bids, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_price = mant_i64(sbe_i64le(p), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 8), 0, 0, x0_qtyExponent, st.dec)
            e = PyDict_Copy(_T7)
            e['price'] = v_price
            e['qty'] = v_qty
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('bids')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_DepthSnapshotStreamEvent__asks = (('price', 8, 0), ('qty', 16, 0))
cdef GroupSpec _GS_DepthSnapshotStreamEvent__asks
cdef object _nf_DepthSnapshotStreamEvent__asks(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_DepthSnapshotStreamEvent__asks, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 16
        t_i = sbe_i64le(p + 0)
        t_j = sbe_i64le(p + 8)
        sbe_put_scaled2(q + 0, q + 8, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
    return out

cdef object _g_DepthSnapshotStreamEvent__asks(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('asks', "dimension of group 'asks'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('asks', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group asks', _BF_DepthSnapshotStreamEvent__asks, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_DepthSnapshotStreamEvent__asks(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_DepthSnapshotStreamEvent__asks, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_price = mant_i64(sbe_i64le(p), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 8), 0, 0, x0_qtyExponent, st.dec)
            e = PyDict_Copy(_T7)
            e['price'] = v_price
            e['qty'] = v_qty
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('asks')
        raise
    ppos[0] = pos
    return rows

cdef class DepthSnapshotStreamEvent(Record):
    """Record of message DepthSnapshotStreamEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_DepthSnapshotStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """DepthSnapshotStreamEvent as a DepthSnapshotStreamEvent record; ``pos`` is the start of the root block."""
    cdef DepthSnapshotStreamEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of DepthSnapshotStreamEvent', pos, bl, end - pos)
    if bl < 18:
        raise_short_block('DepthSnapshotStreamEvent', _BF_DepthSnapshotStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    r = DepthSnapshotStreamEvent.__new__(DepthSnapshotStreamEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.bookUpdateId = sbe_i64le(p + 8)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.bids = _gr_DepthSnapshotStreamEvent__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_DepthSnapshotStreamEvent__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    r.asks = _gr_DepthSnapshotStreamEvent__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_DepthSnapshotStreamEvent__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class DepthSnapshotStreamEvent_bids(Record):
    """Record of entry of group bids; ``to_dict()`` gives the dict form."""


cdef list _gr_DepthSnapshotStreamEvent__bids(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids as a list of DepthSnapshotStreamEvent_bids records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef DepthSnapshotStreamEvent_bids e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('bids', "dimension of group 'bids'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('bids', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group bids', _BF_DepthSnapshotStreamEvent__bids, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = DepthSnapshotStreamEvent_bids.__new__(DepthSnapshotStreamEvent_bids)
            e._dec = st.dec
            e.c_price = sbe_i64le(p)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 8)
            e.e_qty = x0_qtyExponent
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('bids')
        raise
    ppos[0] = pos
    return rows

cdef class DepthSnapshotStreamEvent_asks(Record):
    """Record of entry of group asks; ``to_dict()`` gives the dict form."""


cdef list _gr_DepthSnapshotStreamEvent__asks(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks as a list of DepthSnapshotStreamEvent_asks records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef DepthSnapshotStreamEvent_asks e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('asks', "dimension of group 'asks'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('asks', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group asks', _BF_DepthSnapshotStreamEvent__asks, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = DepthSnapshotStreamEvent_asks.__new__(DepthSnapshotStreamEvent_asks)
            e._dec = st.dec
            e.c_price = sbe_i64le(p)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 8)
            e.e_qty = x0_qtyExponent
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('asks')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_DepthDiffStreamEvent = (('eventTime', 8, 0), ('firstBookUpdateId', 16, 0), ('lastBookUpdateId', 24, 0), ('priceExponent', 25, 0), ('qtyExponent', 26, 0))
cdef dict _m_DepthDiffStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """DepthDiffStreamEvent (template 10003); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of DepthDiffStreamEvent', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('DepthDiffStreamEvent', _BF_DepthDiffStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 24)
    x0_qtyExponent = sbe_i8(p + 25)
    v_eventTime = sbe_i64le(p)
    v_firstBookUpdateId = sbe_i64le(p + 8)
    v_lastBookUpdateId = sbe_i64le(p + 16)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_bids = _g_DepthDiffStreamEvent__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_asks = _g_DepthDiffStreamEvent__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T8 if st.dec == DEC_RAW else _T9)
    d['$message'] = 'DepthDiffStreamEvent'
    d['eventTime'] = v_eventTime
    d['firstBookUpdateId'] = v_firstBookUpdateId
    d['lastBookUpdateId'] = v_lastBookUpdateId
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['bids'] = v_bids
    d['asks'] = v_asks
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_DepthDiffStreamEvent__bids = (('price', 8, 0), ('qty', 16, 0))
cdef GroupSpec _GS_DepthDiffStreamEvent__bids
cdef object _nf_DepthDiffStreamEvent__bids(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_DepthDiffStreamEvent__bids, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 16
        t_i = sbe_i64le(p + 0)
        t_j = sbe_i64le(p + 8)
        sbe_put_scaled2(q + 0, q + 8, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
    return out

cdef object _g_DepthDiffStreamEvent__bids(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('bids', "dimension of group 'bids'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('bids', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group bids', _BF_DepthDiffStreamEvent__bids, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_DepthDiffStreamEvent__bids(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_DepthDiffStreamEvent__bids, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_price = mant_i64(sbe_i64le(p), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 8), 0, 0, x0_qtyExponent, st.dec)
            e = PyDict_Copy(_T7)
            e['price'] = v_price
            e['qty'] = v_qty
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('bids')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_DepthDiffStreamEvent__asks = (('price', 8, 0), ('qty', 16, 0))
cdef GroupSpec _GS_DepthDiffStreamEvent__asks
cdef object _nf_DepthDiffStreamEvent__asks(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_DepthDiffStreamEvent__asks, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 16
        t_i = sbe_i64le(p + 0)
        t_j = sbe_i64le(p + 8)
        sbe_put_scaled2(q + 0, q + 8, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
    return out

cdef object _g_DepthDiffStreamEvent__asks(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('asks', "dimension of group 'asks'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('asks', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group asks', _BF_DepthDiffStreamEvent__asks, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_DepthDiffStreamEvent__asks(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_DepthDiffStreamEvent__asks, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_price = mant_i64(sbe_i64le(p), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 8), 0, 0, x0_qtyExponent, st.dec)
            e = PyDict_Copy(_T7)
            e['price'] = v_price
            e['qty'] = v_qty
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('asks')
        raise
    ppos[0] = pos
    return rows

cdef class DepthDiffStreamEvent(Record):
    """Record of message DepthDiffStreamEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_DepthDiffStreamEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """DepthDiffStreamEvent as a DepthDiffStreamEvent record; ``pos`` is the start of the root block."""
    cdef DepthDiffStreamEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of DepthDiffStreamEvent', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('DepthDiffStreamEvent', _BF_DepthDiffStreamEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 24)
    x0_qtyExponent = sbe_i8(p + 25)
    r = DepthDiffStreamEvent.__new__(DepthDiffStreamEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.firstBookUpdateId = sbe_i64le(p + 8)
    r.lastBookUpdateId = sbe_i64le(p + 16)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.bids = _gr_DepthDiffStreamEvent__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_DepthDiffStreamEvent__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    r.asks = _gr_DepthDiffStreamEvent__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_DepthDiffStreamEvent__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class DepthDiffStreamEvent_bids(Record):
    """Record of entry of group bids; ``to_dict()`` gives the dict form."""


cdef list _gr_DepthDiffStreamEvent__bids(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids as a list of DepthDiffStreamEvent_bids records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef DepthDiffStreamEvent_bids e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('bids', "dimension of group 'bids'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('bids', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group bids', _BF_DepthDiffStreamEvent__bids, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = DepthDiffStreamEvent_bids.__new__(DepthDiffStreamEvent_bids)
            e._dec = st.dec
            e.c_price = sbe_i64le(p)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 8)
            e.e_qty = x0_qtyExponent
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('bids')
        raise
    ppos[0] = pos
    return rows

cdef class DepthDiffStreamEvent_asks(Record):
    """Record of entry of group asks; ``to_dict()`` gives the dict form."""


cdef list _gr_DepthDiffStreamEvent__asks(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks as a list of DepthDiffStreamEvent_asks records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef DepthDiffStreamEvent_asks e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('asks', "dimension of group 'asks'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('asks', n, 65535, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group asks', _BF_DepthDiffStreamEvent__asks, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = DepthDiffStreamEvent_asks.__new__(DepthDiffStreamEvent_asks)
            e._dec = st.dec
            e.c_price = sbe_i64le(p)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 8)
            e.e_qty = x0_qtyExponent
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('asks')
        raise
    ppos[0] = pos
    return rows

cdef Py_ssize_t _newer_count = 0
cdef int _newest_seen = -1

cdef object _dispatch(State *st, Py_ssize_t pos, Py_ssize_t end):
    """Decode the message whose header starts at ``pos`` (top level or nested)."""
    global _newer_count, _newest_seen
    cdef Py_ssize_t bl
    cdef int tid, sid, ver
    if pos + 8 > end:
        raise_truncated('message header', pos, 8, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    tid = sbe_u16le(st.buf + pos + 2)
    sid = sbe_u16le(st.buf + pos + 4)
    ver = sbe_u16le(st.buf + pos + 6)
    if sid != 1:
        raise SchemaMismatchError(f'schemaId {sid} (template {tid}) at offset {pos} is not spot_stream schema 1', offset=pos, schema_id=sid)
    if ver > 0:
        _newer_count += 1
        if ver > _newest_seen: _newest_seen = ver
    pos += 8
    if tid == 10000:
        if st.out == OUT_RECORD:
            return _mr_TradesStreamEvent(st, pos, bl, ver, end)
        return _m_TradesStreamEvent(st, pos, bl, ver, end)
    elif tid == 10001:
        if st.out == OUT_RECORD:
            return _mr_BestBidAskStreamEvent(st, pos, bl, ver, end)
        return _m_BestBidAskStreamEvent(st, pos, bl, ver, end)
    elif tid == 10002:
        if st.out == OUT_RECORD:
            return _mr_DepthSnapshotStreamEvent(st, pos, bl, ver, end)
        return _m_DepthSnapshotStreamEvent(st, pos, bl, ver, end)
    elif tid == 10003:
        if st.out == OUT_RECORD:
            return _mr_DepthDiffStreamEvent(st, pos, bl, ver, end)
        return _m_DepthDiffStreamEvent(st, pos, bl, ver, end)
    raise UnknownTemplateError(f'unknown templateId {tid} at offset {pos - 8} (schema spot_stream 1:0)', offset=pos - 8, template_id=tid)

cdef class Decoder(DecoderBase):
    """Decoder of schema spot_stream 1:0: see sbe._rt.DecoderBase.

    Decoder(*, decimals='raw', groups='list', output='dict', strict=False)
    """

    def __cinit__(self, *args, **kwargs):
        self._dispatch = _dispatch


cdef DecoderCache _decoders = DecoderCache(Decoder)


cimport cython


@cython.binding(False)
def decode(buf, *, str decimals='raw', str groups='list', str output='dict', bint strict=False):
    """Decode one message from ``buf``; see :class:`Decoder` for the options."""
    return _decoders.get(decimals, groups, output, strict)._run(buf, 0, False)


@cython.binding(False)
def decode_from(buf, Py_ssize_t offset=0, *, str decimals='raw', str groups='list', str output='dict'):
    """(message, end) of the message whose header starts at ``offset``."""
    return _decoders.get(decimals, groups, output, False)._run(buf, offset, True)


cdef tuple peek_header_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    return (sbe_u16le(b + pos + 0), sbe_u16le(b + pos + 2), sbe_u16le(b + pos + 4), sbe_u16le(b + pos + 6))


def peek_header(buf, Py_ssize_t offset=0):
    """(blockLength, templateId, schemaId, version) of the message header at ``offset``.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_header_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_header_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


header = peek_header  # the older name


cdef object peek_template_id_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    return sbe_u16le(b + pos + 2)


def peek_template_id(buf, Py_ssize_t offset=0):
    """templateId of the message at ``offset``, read without decoding.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_template_id_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_template_id_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


cdef tuple peek_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    cdef Py_ssize_t bl, q, gbl, n, ln, start = pos
    cdef int tid, sid
    first = last = sym = None
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    bl = sbe_u16le(b + pos + 0)
    tid = sbe_u16le(b + pos + 2)
    sid = sbe_u16le(b + pos + 4)
    if sid != 1:
        raise SchemaMismatchError(f'schemaId {sid} (template {tid}) at offset {pos} is not spot_stream schema 1', offset=pos, schema_id=sid)
    pos += 8
    if pos + bl > size:
        raise_truncated('root block', pos, bl, size - pos)
    if tid == 10000:
        q = pos + bl
        if q + 6 > size:
            raise_truncated("dimension of group 'trades'", q, 6, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u32le(b + q + 2)
        q += 6
        if gbl * n > size - q:
            raise_truncated("group 'trades'", q, gbl * n, size - q)
        if n:
            if gbl < 8:
                raise_malformed('blockLength %d of group trades is too short' % gbl, q)
            first = sbe_i64le(b + q + 0)
            last = sbe_i64le(b + q + gbl * (n - 1) + 0)
        q += gbl * n
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 10001:
        if bl < 16:
            raise_malformed('blockLength %d of BestBidAskStreamEvent is shorter than 16' % bl, pos)
        first = sbe_i64le(b + pos + 8)
        last = sbe_i64le(b + pos + 8)
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 10002:
        if bl < 16:
            raise_malformed('blockLength %d of DepthSnapshotStreamEvent is shorter than 16' % bl, pos)
        first = sbe_i64le(b + pos + 8)
        last = sbe_i64le(b + pos + 8)
        q = pos + bl
        if q + 4 > size:
            raise_truncated("dimension of group 'bids'", q, 4, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u16le(b + q + 2)
        q += 4
        if gbl * n > size - q:
            raise_truncated("group 'bids'", q, gbl * n, size - q)
        q += gbl * n
        if q + 4 > size:
            raise_truncated("dimension of group 'asks'", q, 4, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u16le(b + q + 2)
        q += 4
        if gbl * n > size - q:
            raise_truncated("group 'asks'", q, gbl * n, size - q)
        q += gbl * n
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 10003:
        if bl < 24:
            raise_malformed('blockLength %d of DepthDiffStreamEvent is shorter than 24' % bl, pos)
        first = sbe_i64le(b + pos + 8)
        last = sbe_i64le(b + pos + 16)
        q = pos + bl
        if q + 4 > size:
            raise_truncated("dimension of group 'bids'", q, 4, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u16le(b + q + 2)
        q += 4
        if gbl * n > size - q:
            raise_truncated("group 'bids'", q, gbl * n, size - q)
        q += gbl * n
        if q + 4 > size:
            raise_truncated("dimension of group 'asks'", q, 4, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u16le(b + q + 2)
        q += 4
        if gbl * n > size - q:
            raise_truncated("group 'asks'", q, gbl * n, size - q)
        q += gbl * n
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid not in TEMPLATES:
        raise UnknownTemplateError(f'unknown templateId {tid} at offset {start} (schema spot_stream 1:0)', offset=start, template_id=tid)
    return (tid, sym, first, last)


def peek(buf, Py_ssize_t offset=0):
    """(templateId, symbol, first sequence, last sequence) of the message at ``offset``,
    read without decoding; None where the message has no such value. Sequences:
    first/lastBookUpdateId, bookUpdateId (both), or the first and last trade id.
    Bounds-checked: a short or malformed buffer raises DecodeError; another schema id
    SchemaMismatchError, a templateId the schema does not define UnknownTemplateError.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


def newer_versions_seen():
    """(count, newest version) of messages decoded whose header version is newer than
    this decoder's schema: the server has moved on, regenerate (python -m codegen update)."""
    return (_newer_count, _newest_seen if _newest_seen >= 0 else None)


cdef object _codec_instance = None


def codec():
    """The pure-Python reference codec of this schema (encoder, oracle decoder)."""
    global _codec_instance
    if _codec_instance is None:
        from sbe._pycodec import Codec
        from sbe._generated.spot_stream_1_0_ir import IR
        _codec_instance = Codec(IR, enums=ENUMS, sets=SETS)
    return _codec_instance


def encode(msg, *, version=None, pad=0, schema_id=None):
    """Encode a message (a dict as ``decode`` returns, or a record) to bytes."""
    if isinstance(msg, Record):
        msg = (<Record>msg).to_dict()
    return codec().encode(msg, version=version, pad=pad, schema_id=schema_id)


# constant fields (valueRef)
_K0 = True

# key templates of the result dicts
_T0 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'priceExponent', 'qtyExponent', 'trades', 'symbol'])
_T1 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'trades', 'symbol'])
_T2 = dict.fromkeys(['id', 'price', 'qty', 'isBuyerMaker', 'isBestMatch'])
_T3 = dict.fromkeys(['$message', 'eventTime', 'bookUpdateId', 'priceExponent', 'qtyExponent', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'symbol'])
_T4 = dict.fromkeys(['$message', 'eventTime', 'bookUpdateId', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'symbol'])
_T5 = dict.fromkeys(['$message', 'eventTime', 'bookUpdateId', 'priceExponent', 'qtyExponent', 'bids', 'asks', 'symbol'])
_T6 = dict.fromkeys(['$message', 'eventTime', 'bookUpdateId', 'bids', 'asks', 'symbol'])
_T7 = dict.fromkeys(['price', 'qty'])
_T8 = dict.fromkeys(['$message', 'eventTime', 'firstBookUpdateId', 'lastBookUpdateId', 'priceExponent', 'qtyExponent', 'bids', 'asks', 'symbol'])
_T9 = dict.fromkeys(['$message', 'eventTime', 'firstBookUpdateId', 'lastBookUpdateId', 'bids', 'asks', 'symbol'])

# numpy layouts of the repeating groups
_GS_TradesStreamEvent__trades = GroupSpec('trades', '<', [('id', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 8, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 16, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('isBuyerMaker', 'u1', 24, 0, 0, None, None, False, 255)], [], 25)
_GS_DepthSnapshotStreamEvent__bids = GroupSpec('bids', '<', [('price', '<i8', 0, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 8, 0, 1, None, ('outer', 1), False, -9223372036854775808)], [], 16)
_GS_DepthSnapshotStreamEvent__asks = GroupSpec('asks', '<', [('price', '<i8', 0, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 8, 0, 1, None, ('outer', 1), False, -9223372036854775808)], [], 16)
_GS_DepthDiffStreamEvent__bids = GroupSpec('bids', '<', [('price', '<i8', 0, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 8, 0, 1, None, ('outer', 1), False, -9223372036854775808)], [], 16)
_GS_DepthDiffStreamEvent__asks = GroupSpec('asks', '<', [('price', '<i8', 0, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 8, 0, 1, None, ('outer', 1), False, -9223372036854775808)], [], 16)

# record classes: attribute descriptors and layouts (sbe._rt.record_class)
record_class(TradesStreamEvent, 'TradesStreamEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'trades', 'trades', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(TradesStreamEvent_trades, None, ('id', 'id', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'isBuyerMaker', 'isBuyerMaker', 'obj', None, 0, 0, 0, 'isBestMatch', 'isBestMatch', 'obj', None, 0, 0, 0))
record_class(BestBidAskStreamEvent, 'BestBidAskStreamEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'bookUpdateId', 'bookUpdateId', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'bidPrice', 'bidPrice', 'mant', 'int64_t', 0, 0, 0, 'bidQty', 'bidQty', 'mant', 'int64_t', 0, 0, 0, 'askPrice', 'askPrice', 'mant', 'int64_t', 0, 0, 0, 'askQty', 'askQty', 'mant', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(DepthSnapshotStreamEvent, 'DepthSnapshotStreamEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'bookUpdateId', 'bookUpdateId', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'bids', 'bids', 'plain', None, 0, 0, 0, 'asks', 'asks', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(DepthSnapshotStreamEvent_bids, None, ('price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0))
record_class(DepthSnapshotStreamEvent_asks, None, ('price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0))
record_class(DepthDiffStreamEvent, 'DepthDiffStreamEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'firstBookUpdateId', 'firstBookUpdateId', 'num', 'int64_t', 0, 0, 0, 'lastBookUpdateId', 'lastBookUpdateId', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'bids', 'bids', 'plain', None, 0, 0, 0, 'asks', 'asks', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(DepthDiffStreamEvent_bids, None, ('price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0))
record_class(DepthDiffStreamEvent_asks, None, ('price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0))
