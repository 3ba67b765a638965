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
    cdef readonly int64_t eventTime
    cdef readonly int64_t transactTime
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object trades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TradesStreamEvent_trades(Record):
    cdef readonly int64_t id
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly object isBuyerMaker
    cdef readonly object isBestMatch
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BestBidAskStreamEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t bookUpdateId
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_bidPrice
    cdef readonly int e_bidPrice
    cdef readonly int64_t c_bidQty
    cdef readonly int e_bidQty
    cdef readonly int64_t c_askPrice
    cdef readonly int e_askPrice
    cdef readonly int64_t c_askQty
    cdef readonly int e_askQty
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthSnapshotStreamEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t bookUpdateId
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object bids
    cdef readonly object asks
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthSnapshotStreamEvent_bids(Record):
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthSnapshotStreamEvent_asks(Record):
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthDiffStreamEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t firstBookUpdateId
    cdef readonly int64_t lastBookUpdateId
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object bids
    cdef readonly object asks
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthDiffStreamEvent_bids(Record):
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthDiffStreamEvent_asks(Record):
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1
