# cython: language_level=3
"""cimport-able core of :mod:`sbe.orderbook`: ``OrderBook.apply_raw`` decodes one SBE
``DepthDiffStreamEvent`` frame and applies it without Python objects on the way."""

from libc.stdint cimport int64_t, uint8_t

# One side of a book: keys ascending, best level LAST (bids: key = price, asks: key = -price),
# so the busy end of the book is the cheap end of the arrays.
ctypedef struct Side:
    int64_t *key
    int64_t *qty
    Py_ssize_t n
    Py_ssize_t cap

# A parsed depth diff: level entries stay in the caller's buffer (little-endian, ``stride``
# bytes apart, price at ``op``, qty at ``oq``).
ctypedef struct Diff:
    int64_t first
    int64_t last
    int64_t time
    int pe
    int qe
    const uint8_t *bids
    Py_ssize_t nb
    Py_ssize_t bstride
    const uint8_t *asks
    Py_ssize_t na
    Py_ssize_t astride
    Py_ssize_t op
    Py_ssize_t oq
    const uint8_t *sym      # NULL: not checked (a newer schema version may move it)
    Py_ssize_t symlen


cdef class OrderBook:
    cdef readonly str symbol
    cdef bytes _sym
    cdef Side _b
    cdef Side _a
    cdef int64_t _lid
    cdef bint _ready
    cdef public int price_exponent
    cdef public int qty_exponent
    cdef public Py_ssize_t updates
    cdef public object event_time
    cdef readonly Py_ssize_t max_levels
    cdef readonly Py_ssize_t trimmed
    cdef dict __dict__              # attributes of the user's own, as on a plain object
    cdef object __weakref__

    # 1: applied, 0: stale (already in the book); raises GapError, BookError, DecodeError
    cdef int apply_raw(self, const uint8_t *buf, Py_ssize_t size) except -1
    cdef int _apply(self, Diff *d) except -1
    cdef int _load_side(self, Side *s, object key, object qty) except -1
    cdef int _check_crossed(self, str what) except -1
    cdef object _side_out(self, Side *s, bint neg, Py_ssize_t n, str decimals)
    cdef object _best(self, Side *s, bint neg, str decimals)
