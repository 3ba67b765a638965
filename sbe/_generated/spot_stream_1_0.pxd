# GENERATED FROM stream_1_0.xml (package spot_stream, schema 1:0, sha256 6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3
"""cimport-able fast path of spot_stream_1_0: ``Decoder.decode`` is a cpdef method; record
classes expose their C fields (see sbe._rt.Record)."""

from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t,
                          uint64_t)
from sbe._rt cimport DecoderBase, Record


cdef class Decoder(DecoderBase):
    pass


# peek functions (bounds-checked; see the module's peek_* docstrings)
cdef tuple peek_header_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)
cdef object peek_template_id_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)
cdef tuple peek_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)


cdef class TradesStreamEvent(Record):
    cdef object trades
    cdef object symbol
    cdef int64_t eventTime
    cdef int64_t transactTime
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class TradesStreamEvent_trades(Record):
    cdef object isBuyerMaker
    cdef object isBestMatch
    cdef int64_t id
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty


cdef class BestBidAskStreamEvent(Record):
    cdef object symbol
    cdef int64_t eventTime
    cdef int64_t bookUpdateId
    cdef int64_t c_bidPrice
    cdef int64_t c_bidQty
    cdef int64_t c_askPrice
    cdef int64_t c_askQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_bidPrice
    cdef int e_bidQty
    cdef int e_askPrice
    cdef int e_askQty


cdef class DepthSnapshotStreamEvent(Record):
    cdef object bids
    cdef object asks
    cdef object symbol
    cdef int64_t eventTime
    cdef int64_t bookUpdateId
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class DepthSnapshotStreamEvent_bids(Record):
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty


cdef class DepthSnapshotStreamEvent_asks(Record):
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty


cdef class DepthDiffStreamEvent(Record):
    cdef object bids
    cdef object asks
    cdef object symbol
    cdef int64_t eventTime
    cdef int64_t firstBookUpdateId
    cdef int64_t lastBookUpdateId
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class DepthDiffStreamEvent_bids(Record):
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty


cdef class DepthDiffStreamEvent_asks(Record):
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty
