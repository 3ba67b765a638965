# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Cython core of :mod:`sbe.orderbook` (see there for the public API).

Each side is a pair of sorted int64 arrays (price mantissas as keys, quantities), best level
last: bids keyed by price, asks by -price.  A diff is applied level by level with a binary
search and a ``memmove`` of the levels between the change and the best end, so any diff is
exact whatever the order and number of its levels.  ``apply_frame`` reads the SBE
``DepthDiffStreamEvent`` bytes directly; the offsets come from the generated schema IR
(``sbe._generated``), so a new stream schema version is followed by regenerating it."""

from libc.stdint cimport int64_t, uint8_t, uint64_t, INT64_MAX
from libc.stdlib cimport free, realloc
from libc.string cimport memcmp, memcpy, memmove
from cpython.buffer cimport PyBUF_SIMPLE, PyBUF_WRITABLE, PyBuffer_Release, PyObject_GetBuffer

from sbe._rt cimport sbe_i64le, sbe_i8, sbe_u16le, sbe_u8

import decimal as _decimal
import importlib

import numpy as np

from sbe.errors import (MalformedError, SBEError, SchemaMismatchError, TruncatedError,
                        UnknownTemplateError)

LEVEL_DTYPE = np.dtype([("price", "<i8"), ("qty", "<i8")])
FLOAT_DTYPE = np.dtype([("price", "<f8"), ("qty", "<f8")])
DECIMAL_DTYPE = np.dtype([("price", object), ("qty", object)])
cdef object _np_empty = np.empty
cdef object _LEVEL = LEVEL_DTYPE
cdef object _FLOAT = FLOAT_DTYPE
cdef object _DECIMAL = DECIMAL_DTYPE
cdef object _Decimal = _decimal.Decimal

#: default bound of each side (levels); past it the levels farthest from the best are dropped
DEFAULT_MAX_LEVELS = 100_000


class BookError(SBEError, ValueError):
    """A depth diff or snapshot cannot be applied to the book."""


class GapError(BookError):
    """A depth diff does not continue the book (``firstBookUpdateId > last + 1``), or no
    snapshot is loaded."""


class CrossedBookError(BookError):
    """Best bid >= best ask after a diff or in a snapshot: the book is cleared."""


class InvalidLevelError(BookError):
    """A negative price or quantity, or a mantissa that overflows int64 when rescaled."""


for _c in (BookError, GapError, CrossedBookError, InvalidLevelError):
    _c.__module__ = "sbe.orderbook"


# ------------------------------------------------------------------------------ layout
ctypedef struct Layout:
    int ok
    int schema_id
    int template_id
    int version
    Py_ssize_t hdr
    Py_ssize_t h_bl
    Py_ssize_t h_tid
    Py_ssize_t h_sid
    Py_ssize_t h_ver
    Py_ssize_t root_min
    Py_ssize_t o_time
    Py_ssize_t o_first
    Py_ssize_t o_last
    Py_ssize_t o_pe
    Py_ssize_t o_qe
    Py_ssize_t dim
    Py_ssize_t d_bl
    Py_ssize_t d_n
    Py_ssize_t entry_min
    Py_ssize_t o_price
    Py_ssize_t o_qty

cdef Layout L
L.ok = 0
LAYOUT_PROBLEM = None     # why apply_frame uses the generic decoder (None: the fast path)


def _read_layout(ir):
    """Offsets of DepthDiffStreamEvent from a spot_stream IR; ValueError if this parser
    cannot follow them (then frames go through the generic decoder)."""
    def need(cond, what):
        if not cond:
            raise ValueError(what)
    need(ir["byteOrder"] == "littleEndian", "byte order")
    hdr = ir["header"]
    for k in ("blockLength", "templateId", "schemaId", "version"):
        need(hdr[k][1] == "uint16", f"header {k}")
    msg = [m for m in ir["messages"] if m["name"] == "DepthDiffStreamEvent"]
    need(len(msg) == 1, "no DepthDiffStreamEvent")
    msg = msg[0]
    f = {x["name"]: x for x in msg["fields"]}
    want = {"eventTime": "int64", "firstBookUpdateId": "int64", "lastBookUpdateId": "int64",
            "priceExponent": "int8", "qtyExponent": "int8"}
    for k, prim in want.items():
        need(k in f and f[k]["primitive"] == prim and f[k]["since"] == 0, f"field {k}")
    groups = msg["groups"]
    need([g["name"] for g in groups[:2]] == ["bids", "asks"], "groups")
    entry = None
    for g in groups[:2]:
        d = g["dimension"]
        need(d["blockLength"][1] == "uint16" and d["numInGroup"][1] == "uint16", "dimension")
        gf = {x["name"]: x for x in g["fields"]}
        need(gf.get("price", {}).get("primitive") == "int64"
             and gf.get("qty", {}).get("primitive") == "int64", "level fields")
        e = (d["size"], d["blockLength"][0], d["numInGroup"][0], g["blockLength"],
             gf["price"]["offset"], gf["qty"]["offset"])
        need(entry is None or entry == e, "bids and asks differ")
        entry = e
    data = msg["data"]
    need(len(groups) == 2 and len(data) == 1 and data[0]["name"] == "symbol"
         and data[0]["lengthSize"] == 1, "symbol")
    return dict(schema_id=ir["id"], template_id=msg["id"], version=ir["version"],
                hdr=hdr["size"], h_bl=hdr["blockLength"][0], h_tid=hdr["templateId"][0],
                h_sid=hdr["schemaId"][0], h_ver=hdr["version"][0],
                root_min=max(f[k]["offset"] + f[k]["size"] for k in want),
                o_time=f["eventTime"]["offset"], o_first=f["firstBookUpdateId"]["offset"],
                o_last=f["lastBookUpdateId"]["offset"], o_pe=f["priceExponent"]["offset"],
                o_qe=f["qtyExponent"]["offset"], dim=entry[0], d_bl=entry[1], d_n=entry[2],
                entry_min=entry[3], o_price=entry[4], o_qty=entry[5])


def _set_layout(ir):
    """Load the frame layout from a spot_stream IR (the newest generated one at import)."""
    global L, LAYOUT_PROBLEM
    try:
        d = _read_layout(ir) if ir is not None else None
    except (KeyError, TypeError, ValueError, IndexError) as e:
        d = None
        LAYOUT_PROBLEM = f"DepthDiffStreamEvent layout not supported by the fast path: {e}"
    if d is None:
        L.ok = 0
        if ir is None:
            LAYOUT_PROBLEM = "disabled"
        return
    d["ok"] = 1
    L = d
    LAYOUT_PROBLEM = None


def _newest_stream_ir():
    from sbe._generated import LATEST
    return importlib.import_module(f"sbe._generated.{LATEST['spot_stream']}_ir").IR


_set_layout(_newest_stream_ir())

cdef object _fallback_decoder = None


cdef object _generic_decode(object buf):
    global _fallback_decoder
    if _fallback_decoder is None:
        from sbe import stream
        _fallback_decoder = stream.Decoder(decimals="raw", groups="numpy").decode
    return _fallback_decoder(buf)


cdef int parse_diff(const uint8_t *b, Py_ssize_t size, Diff *d) except -1:
    """Bounds-checked parse of one DepthDiffStreamEvent frame into ``d``."""
    cdef Py_ssize_t pos, bl, gbl, n, k
    cdef int tid, sid, ver
    cdef const uint8_t *r
    if size < L.hdr:
        raise TruncatedError(f"truncated: message header needs {L.hdr} bytes at offset 0, "
                             f"{size} remain", offset=0, needed=L.hdr, available=size)
    bl = sbe_u16le(b + L.h_bl)
    tid = sbe_u16le(b + L.h_tid)
    sid = sbe_u16le(b + L.h_sid)
    ver = sbe_u16le(b + L.h_ver)
    if sid != L.schema_id:
        raise SchemaMismatchError(f"schemaId {sid} (template {tid}) at offset 0 is not the "
                                  f"stream schema {L.schema_id}", offset=0, schema_id=sid)
    if tid != L.template_id:
        raise UnknownTemplateError(f"templateId {tid} at offset 0 is not a "
                                   f"DepthDiffStreamEvent ({L.template_id})", offset=0,
                                   template_id=tid)
    pos = L.hdr
    if bl < L.root_min:
        raise MalformedError(f"root block of DepthDiffStreamEvent is {bl} bytes at offset "
                             f"{pos}, its fields need {L.root_min}", offset=pos, needed=L.root_min,
                             available=bl)
    if bl > size - pos:
        raise TruncatedError(f"truncated: root block of DepthDiffStreamEvent needs {bl} bytes "
                             f"at offset {pos}, {size - pos} remain", offset=pos, needed=bl,
                             available=size - pos)
    r = b + pos
    d.time = sbe_i64le(r + L.o_time)
    d.first = sbe_i64le(r + L.o_first)
    d.last = sbe_i64le(r + L.o_last)
    d.pe = sbe_i8(r + L.o_pe)
    d.qe = sbe_i8(r + L.o_qe)
    d.op = L.o_price
    d.oq = L.o_qty
    pos += bl
    for k in range(2):
        if L.dim > size - pos:
            raise TruncatedError(f"truncated: dimension of group '{'asks' if k else 'bids'}' "
                                 f"needs {L.dim} bytes at offset {pos}, {size - pos} remain",
                                 offset=pos, needed=L.dim, available=size - pos,
                                 path=["asks" if k else "bids"])
        gbl = sbe_u16le(b + pos + L.d_bl)
        n = sbe_u16le(b + pos + L.d_n)
        pos += L.dim
        if gbl < L.entry_min:
            raise MalformedError(f"group '{'asks' if k else 'bids'}' block length {gbl} at "
                                 f"offset {pos - L.dim} is shorter than its fields "
                                 f"({L.entry_min})", offset=pos - L.dim, needed=L.entry_min,
                                 available=gbl, path=["asks" if k else "bids"])
        if n * gbl > size - pos:
            raise TruncatedError(f"truncated: {n} entries of group '{'asks' if k else 'bids'}' "
                                 f"need {n * gbl} bytes at offset {pos}, {size - pos} remain",
                                 offset=pos, needed=n * gbl, available=size - pos,
                                 path=["asks" if k else "bids"])
        if k:
            d.asks, d.na, d.astride = b + pos, n, gbl
        else:
            d.bids, d.nb, d.bstride = b + pos, n, gbl
        pos += n * gbl
    d.sym = NULL
    d.symlen = 0
    if ver <= L.version:        # newer versions may add groups/data before the symbol's place
        if pos >= size:
            raise TruncatedError(f"truncated: length of 'symbol' needs 1 byte at offset {pos}, "
                                 f"0 remain", offset=pos, needed=1, available=0,
                                 path=["symbol"])
        n = sbe_u8(b + pos)
        pos += 1
        if n > size - pos:
            raise TruncatedError(f"truncated: 'symbol' needs {n} bytes at offset {pos}, "
                                 f"{size - pos} remain", offset=pos, needed=n,
                                 available=size - pos, path=["symbol"])
        d.sym, d.symlen = b + pos, n
    if d.first > d.last:
        raise MalformedError(f"firstBookUpdateId {d.first} > lastBookUpdateId {d.last}",
                             offset=L.hdr + L.o_first)
    return 0


def diff_ids(buf):
    """(firstBookUpdateId, lastBookUpdateId) of a ``DepthDiffStreamEvent`` frame, after
    checking the whole frame (typed :class:`sbe.errors.DecodeError` if it is malformed)."""
    cdef Py_buffer view
    cdef Diff d
    if not L.ok:
        m = _generic_decode(buf)
        if m.get("$message") != "DepthDiffStreamEvent":
            raise UnknownTemplateError(f"{m.get('$message')} is not a DepthDiffStreamEvent")
        return m["firstBookUpdateId"], m["lastBookUpdateId"]
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        parse_diff(<const uint8_t *>view.buf, view.len, &d)
    finally:
        PyBuffer_Release(&view)
    return d.first, d.last


# ------------------------------------------------------------------------------ sides
cdef int side_reserve(Side *s, Py_ssize_t need) except -1:
    cdef Py_ssize_t cap = s.cap if s.cap else 64
    cdef int64_t *k
    cdef int64_t *q
    if need <= s.cap:
        return 0
    while cap < need:
        cap *= 2
    k = <int64_t *>realloc(s.key, cap * sizeof(int64_t))
    if k == NULL:
        raise MemoryError()
    s.key = k
    q = <int64_t *>realloc(s.qty, cap * sizeof(int64_t))
    if q == NULL:
        raise MemoryError()
    s.qty = q
    s.cap = cap
    return 0


cdef inline Py_ssize_t side_find(const Side *s, int64_t key) noexcept nogil:
    """Index of the first key >= ``key`` (checks the best end first: most changes are there)."""
    cdef Py_ssize_t lo = 0, hi = s.n, mid
    if hi and key >= s.key[hi - 1]:
        return hi - 1 if key == s.key[hi - 1] else hi
    while lo < hi:
        mid = (lo + hi) >> 1
        if s.key[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef int side_set(Side *s, int64_t key, int64_t qty) except -1:
    cdef Py_ssize_t n = s.n
    cdef Py_ssize_t i = side_find(s, key)
    if i < n and s.key[i] == key:
        if qty:
            s.qty[i] = qty
        else:
            memmove(s.key + i, s.key + i + 1, (n - i - 1) * sizeof(int64_t))
            memmove(s.qty + i, s.qty + i + 1, (n - i - 1) * sizeof(int64_t))
            s.n = n - 1
        return 0
    if qty == 0:                 # removal of a level we do not hold
        return 0
    if n == s.cap:
        side_reserve(s, n + 1)
    memmove(s.key + i + 1, s.key + i, (n - i) * sizeof(int64_t))
    memmove(s.qty + i + 1, s.qty + i, (n - i) * sizeof(int64_t))
    s.key[i] = key
    s.qty[i] = qty
    s.n = n + 1
    return 0


cdef Py_ssize_t side_trim(Side *s, Py_ssize_t max_levels) noexcept:
    """Past ``max_levels``, drop the levels farthest from the best down to 15/16 of it
    (amortised: one memmove per max_levels/16 insertions).  Returns how many were dropped."""
    cdef Py_ssize_t keep, drop
    if s.n <= max_levels:
        return 0
    keep = max_levels - max_levels // 16
    if keep < 1:
        keep = 1
    drop = s.n - keep
    memmove(s.key, s.key + drop, keep * sizeof(int64_t))
    memmove(s.qty, s.qty + drop, keep * sizeof(int64_t))
    s.n = keep
    return drop


cdef int check_levels(const uint8_t *p, Py_ssize_t n, Py_ssize_t stride, Py_ssize_t op,
                      Py_ssize_t oq, int64_t pmul, int64_t qmul, str side) except -1:
    cdef Py_ssize_t i
    cdef int64_t price, qty
    for i in range(n):
        price = sbe_i64le(p + op)
        qty = sbe_i64le(p + oq)
        if price < 0 or qty < 0:
            raise InvalidLevelError(f"{side}[{i}]: negative {'price' if price < 0 else 'qty'} "
                                    f"(price={price}, qty={qty})")
        if (pmul != 1 and price > INT64_MAX // pmul) or (qmul != 1 and qty > INT64_MAX // qmul):
            raise InvalidLevelError(f"{side}[{i}]: price={price} qty={qty} overflow int64 "
                                    "when rescaled to the book's exponents")
        p += stride
    return 0


cdef int apply_levels(Side *s, const uint8_t *p, Py_ssize_t n, Py_ssize_t stride,
                      Py_ssize_t op, Py_ssize_t oq, bint neg, int64_t pmul,
                      int64_t qmul) except -1:
    cdef Py_ssize_t i
    cdef int64_t price
    for i in range(n):
        price = sbe_i64le(p + op) * pmul
        side_set(s, -price if neg else price, sbe_i64le(p + oq) * qmul)
        p += stride
    return 0


cdef int64_t pow10(int k) except -1:
    cdef int64_t r = 1
    cdef int i
    if k < 0 or k > 18:
        raise InvalidLevelError(f"exponent difference {k} is out of the int64 range")
    for i in range(k):
        r *= 10
    return r


cdef int side_fits(const Side *s, int64_t mul, bint keys) noexcept:
    cdef Py_ssize_t i
    cdef int64_t v, lim = INT64_MAX // mul
    for i in range(s.n):
        v = s.key[i] if keys else s.qty[i]
        if v > lim or v < -lim:
            return 0
    return 1


cdef void side_scale(Side *s, int64_t mul, bint keys) noexcept:
    cdef Py_ssize_t i
    cdef int64_t *a = s.key if keys else s.qty
    for i in range(s.n):
        a[i] *= mul


cdef inline void put_i64le(uint8_t *p, int64_t v) noexcept:
    cdef uint64_t u = <uint64_t>v
    p[0] = <uint8_t>u; p[1] = <uint8_t>(u >> 8); p[2] = <uint8_t>(u >> 16)
    p[3] = <uint8_t>(u >> 24); p[4] = <uint8_t>(u >> 32); p[5] = <uint8_t>(u >> 40)
    p[6] = <uint8_t>(u >> 48); p[7] = <uint8_t>(u >> 56)


cdef inline void put_f64le(uint8_t *p, double v) noexcept:
    cdef int64_t u
    memcpy(&u, &v, 8)
    put_i64le(p, u)


cdef inline double to_float(int64_t m, int e, double scale) noexcept:
    # the arithmetic of the former numpy path: m / 10**-e, or m * 10**e
    return (<double>m) / scale if e < 0 else (<double>m) * scale


cdef object _levels_array(object levels):
    """Little-endian contiguous (price, qty) int64 rows from numpy levels or dicts of ints
    (anything else, e.g. levels decoded with decimals="float", is refused: never rounded)."""
    if isinstance(levels, np.ndarray):
        if levels.dtype == _LEVEL and levels.flags.c_contiguous:
            return levels
        if levels.dtype.names is None or any(
                levels.dtype[f].kind not in "iu" for f in ("price", "qty")):
            raise InvalidLevelError(f"levels of dtype {levels.dtype} are not integer "
                                    "mantissas: decode with decimals=\"raw\"")
        out = _np_empty(len(levels), _LEVEL)
        if len(levels):
            out["price"] = levels["price"]
            out["qty"] = levels["qty"]
        return out
    if not levels:
        return _np_empty(0, _LEVEL)
    rows = [(lv["price"], lv["qty"]) for lv in levels]
    for p, q in rows:
        if type(p) is not int or type(q) is not int:
            raise InvalidLevelError(f"level ({p!r}, {q!r}) is not integer mantissas: decode "
                                    "with decimals=\"raw\"")
    return np.array(rows, _LEVEL)


cdef class OrderBook:
    """An exact local book for one symbol: int64 price/qty mantissas with the symbol's
    exponents, bids and asks each kept sorted.  I/O-free: feed it a snapshot
    (:meth:`load_snapshot`) then diffs (:meth:`apply_frame` for SBE bytes,
    :meth:`apply_diff` for decoded dicts).  ``max_levels`` bounds each side: past it the
    levels farthest from the best are dropped (``trimmed`` counts them)."""

    def __cinit__(self, str symbol, Py_ssize_t max_levels=DEFAULT_MAX_LEVELS):
        if max_levels < 1:
            raise ValueError("max_levels must be >= 1")
        self.symbol = symbol.upper()
        self._sym = self.symbol.encode("utf-8")
        self.max_levels = max_levels
        self._ready = False
        self._lid = 0
        self.updates = 0
        self.trimmed = 0
        self.event_time = None

    def __dealloc__(self):
        free(self._b.key)
        free(self._b.qty)
        free(self._a.key)
        free(self._a.qty)

    # ------------------------------------------------------------------ state
    @property
    def ready(self):
        """True once a snapshot is loaded (and not cleared since)."""
        return self._ready

    @property
    def last_update_id(self):
        return self._lid if self._ready else None

    def clear(self):
        """Forget every level and the update id (a snapshot is needed again)."""
        self._b.n = 0
        self._a.n = 0
        self._ready = False
        self._lid = 0

    def __len__(self):
        return self._b.n + self._a.n

    # ------------------------------------------------------------------ snapshot
    def load_snapshot(self, snap):
        """Load a ``DepthResponse`` decoded with ``decimals="raw"`` (numpy or list groups).
        Levels may come in any order; a repeated price keeps its last quantity, quantity 0
        is no level.  Raises :class:`InvalidLevelError` (negative values) or
        :class:`CrossedBookError` (best bid >= best ask; the book is left cleared)."""
        lid = int(snap["lastUpdateId"])
        pe, qe = int(snap["priceExponent"]), int(snap["qtyExponent"])
        sides = []
        for name in ("bids", "asks"):
            arr = _levels_array(snap[name])
            p = np.asarray(arr["price"], np.int64)
            q = np.asarray(arr["qty"], np.int64)
            if len(p) and (p.min() < 0 or q.min() < 0):
                raise InvalidLevelError(f"{self.symbol} snapshot: negative {name} price or qty")
            key = p if name == "bids" else -p
            order = np.argsort(key, kind="stable")
            key, q = key[order], q[order]
            last_of_run = np.ones(len(key), bool)
            if len(key) > 1:
                last_of_run[:len(key) - 1] = key[1:] != key[:len(key) - 1]
            keep = last_of_run & (q != 0)
            sides.append((np.ascontiguousarray(key[keep]), np.ascontiguousarray(q[keep])))
        self.clear()
        self._load_side(&self._b, sides[0][0], sides[0][1])
        self._load_side(&self._a, sides[1][0], sides[1][1])
        self.price_exponent, self.qty_exponent = pe, qe
        self.trimmed += side_trim(&self._b, self.max_levels) + side_trim(&self._a, self.max_levels)
        self._lid = lid
        self._ready = True
        self._check_crossed("snapshot")

    cdef int _load_side(self, Side *s, object key, object qty) except -1:
        cdef int64_t[::1] k = key
        cdef int64_t[::1] q = qty
        cdef Py_ssize_t n = k.shape[0]
        side_reserve(s, n)
        if n:
            memcpy(s.key, &k[0], n * sizeof(int64_t))
            memcpy(s.qty, &q[0], n * sizeof(int64_t))
        s.n = n
        return 0

    cdef int _check_crossed(self, str what) except -1:
        cdef int64_t bid, ask
        if self._b.n and self._a.n:
            bid = self._b.key[self._b.n - 1]
            ask = -self._a.key[self._a.n - 1]
            if bid >= ask:
                lid = self._lid
                self.clear()
                raise CrossedBookError(f"{self.symbol}: crossed book after {what} (update id "
                                       f"{lid}): best bid {bid} >= best ask {ask} (mantissas, "
                                       f"exponent {self.price_exponent}); book cleared")
        return 0

    # ------------------------------------------------------------------ diffs
    def apply_frame(self, buf):
        """Decode one SBE ``DepthDiffStreamEvent`` frame (bytes-like) and apply it.
        Returns False for a stale diff (already in the book: ``lastBookUpdateId <=
        last_update_id``), True when applied.  Raises :class:`GapError` if it does not
        continue the book, :class:`CrossedBookError` / :class:`InvalidLevelError` for an
        impossible diff, :class:`sbe.errors.DecodeError` for a malformed frame."""
        cdef Py_buffer view
        cdef int r
        if not L.ok:
            return self.apply_diff(_generic_decode(buf))
        PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
        try:
            r = self.apply_raw(<const uint8_t *>view.buf, view.len)
        finally:
            PyBuffer_Release(&view)
        return r == 1

    cdef int apply_raw(self, const uint8_t *buf, Py_ssize_t size) except -1:
        cdef Diff d
        parse_diff(buf, size, &d)
        if d.sym != NULL and (d.symlen != len(self._sym)
                              or memcmp(d.sym, <const char *>self._sym, d.symlen) != 0):
            raise BookError(f"a {bytes(d.sym[:d.symlen]).decode('utf-8', 'replace')!r} depth "
                            f"diff given to the {self.symbol} book")
        return self._apply(&d)

    def apply_diff(self, ev):
        """Apply a decoded ``DepthDiffStreamEvent`` dict (``decimals="raw"``, numpy or list
        groups).  Same results and errors as :meth:`apply_frame`."""
        cdef Diff d
        cdef Py_buffer vb, va
        bids = _levels_array(ev["bids"])
        asks = _levels_array(ev["asks"])
        d.first = ev["firstBookUpdateId"]
        d.last = ev["lastBookUpdateId"]
        if d.first > d.last:
            raise MalformedError(f"firstBookUpdateId {d.first} > lastBookUpdateId {d.last}")
        t = ev.get("eventTime")
        d.time = t if t is not None else 0
        d.pe = ev["priceExponent"]
        d.qe = ev["qtyExponent"]
        d.op, d.oq = 0, 8
        d.nb, d.na = len(bids), len(asks)
        d.bstride = d.astride = 16
        d.sym = NULL
        PyObject_GetBuffer(bids, &vb, PyBUF_SIMPLE)
        try:
            PyObject_GetBuffer(asks, &va, PyBUF_SIMPLE)
            try:
                d.bids = <const uint8_t *>vb.buf
                d.asks = <const uint8_t *>va.buf
                r = self._apply(&d)
            finally:
                PyBuffer_Release(&va)
        finally:
            PyBuffer_Release(&vb)
        if r == 1 and t is None:
            self.event_time = None
        return r == 1

    cdef int _apply(self, Diff *d) except -1:
        cdef int64_t pmul = 1, qmul = 1, bk = 1, bq = 1
        if not self._ready:
            raise GapError(f"{self.symbol}: no snapshot loaded")
        if d.last <= self._lid:
            return 0
        if d.first > self._lid + 1:
            raise GapError(f"{self.symbol}: diff {d.first}..{d.last} does not continue "
                           f"{self._lid} (missing {self._lid + 1}..{d.first - 1})")
        if d.pe != self.price_exponent:
            if d.pe < self.price_exponent:          # finer prices: rescale the book
                bk = pow10(self.price_exponent - d.pe)
            else:
                pmul = pow10(d.pe - self.price_exponent)
        if d.qe != self.qty_exponent:
            if d.qe < self.qty_exponent:
                bq = pow10(self.qty_exponent - d.qe)
            else:
                qmul = pow10(d.qe - self.qty_exponent)
        # validate everything before the first change: a refused diff leaves the book as it was
        check_levels(d.bids, d.nb, d.bstride, d.op, d.oq, pmul, qmul, "bids")
        check_levels(d.asks, d.na, d.astride, d.op, d.oq, pmul, qmul, "asks")
        if bk != 1 or bq != 1:
            if not (side_fits(&self._b, bk, 1) and side_fits(&self._a, bk, 1)
                    and side_fits(&self._b, bq, 0) and side_fits(&self._a, bq, 0)):
                raise InvalidLevelError(f"{self.symbol}: rescaling the book to exponents "
                                        f"{d.pe}/{d.qe} overflows int64")
            if bk != 1:
                side_scale(&self._b, bk, 1)
                side_scale(&self._a, bk, 1)
                self.price_exponent = d.pe
            if bq != 1:
                side_scale(&self._b, bq, 0)
                side_scale(&self._a, bq, 0)
                self.qty_exponent = d.qe
        apply_levels(&self._b, d.bids, d.nb, d.bstride, d.op, d.oq, 0, pmul, qmul)
        apply_levels(&self._a, d.asks, d.na, d.astride, d.op, d.oq, 1, pmul, qmul)
        self._lid = d.last
        self.updates += 1
        self.event_time = d.time
        if self._b.n > self.max_levels or self._a.n > self.max_levels:
            self.trimmed += (side_trim(&self._b, self.max_levels)
                             + side_trim(&self._a, self.max_levels))
        self._check_crossed(f"diff {d.first}..{d.last}")
        return 1

    # ------------------------------------------------------------------ reading
    cdef object _side_out(self, Side *s, bint neg, Py_ssize_t n, str decimals):
        cdef Py_ssize_t m = n if n < s.n else s.n
        cdef Py_ssize_t i, j
        cdef Py_buffer view
        cdef uint8_t *o
        cdef double ps, qs
        cdef int pe = self.price_exponent, qe = self.qty_exponent
        if decimals == "raw":
            out = _np_empty(m, _LEVEL)
            PyObject_GetBuffer(out, &view, PyBUF_SIMPLE | PyBUF_WRITABLE)
            o = <uint8_t *>view.buf
            for i in range(m):
                j = s.n - 1 - i
                put_i64le(o, -s.key[j] if neg else s.key[j])
                put_i64le(o + 8, s.qty[j])
                o += 16
            PyBuffer_Release(&view)
            return out
        if decimals == "float":
            ps = 10.0 ** -pe if pe < 0 else 10.0 ** pe
            qs = 10.0 ** -qe if qe < 0 else 10.0 ** qe
            out = _np_empty(m, _FLOAT)
            PyObject_GetBuffer(out, &view, PyBUF_SIMPLE | PyBUF_WRITABLE)
            o = <uint8_t *>view.buf
            for i in range(m):
                j = s.n - 1 - i
                put_f64le(o, to_float(-s.key[j] if neg else s.key[j], pe, ps))
                put_f64le(o + 8, to_float(s.qty[j], qe, qs))
                o += 16
            PyBuffer_Release(&view)
            return out
        if decimals == "decimal":
            out = _np_empty(m, _DECIMAL)
            pcol, qcol = [], []
            for i in range(m):
                j = s.n - 1 - i
                pcol.append(_Decimal(-s.key[j] if neg else s.key[j]).scaleb(pe))
                qcol.append(_Decimal(s.qty[j]).scaleb(qe))
            if m:
                out["price"] = pcol
                out["qty"] = qcol
            return out
        raise ValueError(f"decimals must be 'raw', 'float' or 'decimal', not {decimals!r}")

    def top(self, Py_ssize_t n=10, str decimals="float"):
        """(bids, asks): the best ``n`` levels of each side, best first, as structured arrays
        with ``price``/``qty`` columns (int64 mantissas for ``decimals="raw"``, float64 for
        "float", Decimal objects for "decimal")."""
        if n < 0:
            raise ValueError("n must be >= 0")
        return (self._side_out(&self._b, 0, n, decimals),
                self._side_out(&self._a, 1, n, decimals))

    def arrays(self, str decimals="float"):
        """The whole book, (bids, asks), best first."""
        return self.top(self._b.n if self._b.n > self._a.n else self._a.n, decimals)

    @property
    def bids(self):
        """All bids, best first (float price/qty)."""
        return self._side_out(&self._b, 0, self._b.n, "float")

    @property
    def asks(self):
        """All asks, best first (float price/qty)."""
        return self._side_out(&self._a, 1, self._a.n, "float")

    cdef object _best(self, Side *s, bint neg, str decimals):
        cdef int64_t p, q
        cdef int e
        if not s.n:
            return None
        p = s.key[s.n - 1]
        if neg:
            p = -p
        q = s.qty[s.n - 1]
        if decimals == "float":
            e = self.price_exponent
            pf = (<double>p) / 10.0 ** -e if e < 0 else (<double>p) * 10.0 ** e
            e = self.qty_exponent
            return pf, ((<double>q) / 10.0 ** -e if e < 0 else (<double>q) * 10.0 ** e)
        if decimals == "raw":
            return p, q
        if decimals == "decimal":
            return (_Decimal(p).scaleb(self.price_exponent),
                    _Decimal(q).scaleb(self.qty_exponent))
        raise ValueError(f"decimals must be 'raw', 'float' or 'decimal', not {decimals!r}")

    def best_bid(self, str decimals="float"):
        """(price, qty) of the best bid, or None."""
        return self._best(&self._b, 0, decimals)

    def best_ask(self, str decimals="float"):
        """(price, qty) of the best ask, or None."""
        return self._best(&self._a, 1, decimals)

    def spread(self, str decimals="float"):
        cdef int64_t s
        cdef int e = self.price_exponent
        if not self._b.n or not self._a.n:
            return None
        s = -self._a.key[self._a.n - 1] - self._b.key[self._b.n - 1]
        if decimals == "raw":
            return s
        if decimals == "decimal":
            return _Decimal(s).scaleb(e)
        if decimals == "float":
            return (<double>s) / 10.0 ** -e if e < 0 else (<double>s) * 10.0 ** e
        raise ValueError(f"decimals must be 'raw', 'float' or 'decimal', not {decimals!r}")

    def mid(self):
        """(best bid + best ask) / 2 as a float, or None."""
        cdef int e = self.price_exponent
        if not self._b.n or not self._a.n:
            return None
        s = int(self._b.key[self._b.n - 1]) - int(self._a.key[self._a.n - 1])  # no overflow
        return (s / 10.0 ** -e if e < 0 else s * 10.0 ** e) / 2

    @staticmethod
    def decimal(mantissa, int exponent):
        return _Decimal(mantissa).scaleb(exponent)

    def __reduce__(self):
        b, a = self.arrays("raw")
        return (_restore, (self.symbol, self.max_levels, self.last_update_id,
                           self.price_exponent, self.qty_exponent, b, a, self.updates,
                           self.event_time, self.trimmed, getattr(self, "__dict__")))

    def __repr__(self):
        return (f"<OrderBook {self.symbol} id={self.last_update_id} bids={self._b.n} "
                f"asks={self._a.n} best={self.best_bid()}/{self.best_ask()}>")


def _restore(symbol, max_levels, lid, pe, qe, bids, asks, updates, event_time, trimmed,
             attrs):
    """Unpickle / copy an OrderBook (see ``OrderBook.__reduce__``)."""
    cdef OrderBook book = OrderBook(symbol, max_levels)
    if lid is not None:
        book.load_snapshot({"lastUpdateId": lid, "priceExponent": pe, "qtyExponent": qe,
                            "bids": bids, "asks": asks})
    else:
        book.price_exponent, book.qty_exponent = pe, qe
    book.updates, book.event_time, book.trimmed = updates, event_time, trimmed
    if attrs:
        getattr(book, "__dict__").update(attrs)
    return book
