# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Out-of-line runtime helpers: error construction, decimals, numpy group assembly.

The per-field hot path lives inline in ``_rt.pxd``; what is here runs once per group, per
error or per rare value kind."""

from libc.stdint cimport int64_t, uint64_t, uint8_t
from libc.string cimport memchr
from cpython.bytearray cimport PyByteArray_AS_STRING
from cpython.exc cimport PyErr_Clear

import decimal
import math



class _LazyNumpy:
    """Stands for numpy until first used: ``import sbe.spot`` must not pay numpy's import
    (~40 ms) when no array is ever made. The first attribute access imports numpy and
    rebinds the module global ``np`` to it."""

    def __getattr__(self, name):
        global np
        import numpy
        np = numpy
        return getattr(numpy, name)


np = _LazyNumpy()

from sbe.errors import DecodeError, MalformedError, TruncatedError

_Decimal = decimal.Decimal
_nan = math.nan


cdef int raise_truncated(str what, Py_ssize_t offset, Py_ssize_t needed,
                         Py_ssize_t available) except -1:
    if available < 0:
        available = 0
    raise TruncatedError(
        f"truncated: {what} needs {needed} bytes at offset {offset}, {available} remain",
        offset=offset, needed=needed, available=available)


cdef int raise_truncated_in(str segment, str what, Py_ssize_t offset, Py_ssize_t needed,
                            Py_ssize_t available) except -1:
    """raise_truncated with a location segment (the group whose dimension is cut)."""
    try:
        raise_truncated(what, offset, needed, available)
    except DecodeError as err:
        err._prepend(segment)
        raise


cdef int raise_short_block(str block, tuple fields, int ver, Py_ssize_t bl,
                           Py_ssize_t offset) except -1:
    # fields: ((name, end, since), ...) in schema order; name the first one that does not fit
    for name, end, since in fields:
        if since <= ver and end > bl:
            # a group's check runs before its entries' error handler: name the group too
            # (path $.asks.price, not $.price)
            raise MalformedError(
                f"blockLength {bl} of {block} is too short: field '{name}' (version {ver}) "
                f"needs {end} bytes at offset {offset}",
                offset=offset, needed=end, available=bl,
                path=[block[6:], name] if block.startswith("group ") else [name])
    # every field present at the acting version fits: an older producer's shorter block
    return 0


cdef int raise_malformed(str what, Py_ssize_t offset) except -1:
    raise MalformedError(f"{what} at offset {offset}", offset=offset)


cdef int check_count(str group, Py_ssize_t count, Py_ssize_t max_count, Py_ssize_t min_entry,
                     Py_ssize_t offset, Py_ssize_t available) except -1:
    # Reject before allocating anything: every entry takes at least min_entry bytes.
    if count > max_count:
        raise MalformedError(
            f"group '{group}' count {count} exceeds its maximum {max_count} at offset {offset}",
            offset=offset, needed=count, available=max_count, path=[group])
    if min_entry < 1:
        min_entry = 1
    if count > available // min_entry:
        raise TruncatedError(
            f"truncated: group '{group}' of {count} entries needs at least "
            f"{count * min_entry} bytes at offset {offset}, {max(available, 0)} remain",
            offset=offset, needed=count * min_entry, available=max(available, 0), path=[group])
    return 0


cdef Py_ssize_t read_length(State *st, Py_ssize_t pos, Py_ssize_t end, int lsize, bint be,
                            Py_ssize_t max_length, str name) except -1:
    cdef const uint8_t *p = st.buf + pos
    cdef Py_ssize_t n
    if pos + lsize > end:  # path: the var-data field (the entry handlers prepend the rest)
        raise TruncatedError(
            f"truncated: length of '{name}' needs {lsize} bytes at offset {pos}, "
            f"{max(end - pos, 0)} remain", offset=pos, needed=lsize,
            available=max(end - pos, 0), path=[name])
    if lsize == 1:
        n = p[0]
    elif lsize == 2:
        n = sbe_u16be(p) if be else sbe_u16le(p)
    elif lsize == 4:
        n = sbe_u32be(p) if be else sbe_u32le(p)
    else:
        n = <Py_ssize_t>(sbe_u64be(p) if be else sbe_u64le(p))
        if n < 0:
            raise_malformed(f"length of '{name}' does not fit in memory", pos)
    if n > max_length:
        raise MalformedError(
            f"length {n} of '{name}' exceeds its maximum {max_length} at offset {pos}",
            offset=pos, needed=n, available=max_length, path=[name])
    if n > end - pos - lsize:
        raise TruncatedError(
            f"truncated: '{name}' needs {n} bytes at offset {pos + lsize}, "
            f"{max(end - pos - lsize, 0)} remain",
            offset=pos + lsize, needed=n, available=max(end - pos - lsize, 0), path=[name])
    return n


cdef object make_decimal(object m, int e):
    # Built from text so that even 39-digit mantissa128 values stay exact (no context rounding).
    return _Decimal(f"{m}E{e}")


cdef object mant128_obj(uint64_t lo, int64_t hi):
    return (<object>hi << 64) | <object>lo


cdef object set_value(dict cache, object cls, uint64_t raw):
    v = cache.get(raw)
    if v is None:
        v = cls(raw)
        if len(cache) < 4096:  # bounded: hostile input cannot grow it without limit
            cache[raw] = v
    return v


cdef object enum_value(dict lut, object raw):
    v = lut.get(raw)
    return raw if v is None else v


cdef object fixed_string(const uint8_t *p, Py_ssize_t n, object encoding, bint optional):
    cdef const void *nul = memchr(p, 0, n)
    cdef Py_ssize_t k = n if nul == NULL else <const uint8_t *>nul - p
    if k == 0 and optional:
        return None
    raw = PyBytes_FromStringAndSize(<const char *>p, k)
    try:
        return raw.decode(encoding or "latin-1")
    except (UnicodeDecodeError, LookupError) as exc:
        raise MalformedError(f"invalid {encoding} text: {exc}") from None


cdef object decode_text(const uint8_t *p, Py_ssize_t n, object encoding, str name,
                        Py_ssize_t offset):
    # utf8() calls this after sbe_utf8 failed, with its UnicodeDecodeError still set: clear
    # it, or the next Python call fails with SystemError ("returned a result with an
    # exception set") instead of raising MalformedError
    PyErr_Clear()
    raw = PyBytes_FromStringAndSize(<const char *>p, n)
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise MalformedError(
            f"invalid {encoding} in '{name}' ({n} bytes at offset {offset}): "
            f"{exc.reason} at byte {exc.start}",
            offset=offset + exc.start, needed=n, available=n, path=[name]) from None


# ---------------------------------------------------------------------------------------
# numpy groups

_P10 = None  # float64 powers of ten 10**0..10**127, built with numpy's first use (_scaled)


cdef class GroupSpec:
    """One group's columns.  ``fields`` entries:

    (name, fmt, offset, since, kind, null, exp, is_exponent, fill) where fmt is a numpy
    format in the schema byte order, kind 0 plain / 1 mantissa / 2 mantissa128, null the raw
    null (None if none), exp None | ("outer", index) | ("local", field name), and read
    the value of the column when the acting version lacks the field."""

    def __init__(self, str name, str order, list fields, list objects, Py_ssize_t block_length):
        self.name = name
        self.order = order
        self.fields = fields
        self.objects = objects
        self.block_length = block_length
        self._raw_dtypes = {}
        self._out_dtypes = {}

    cdef object raw_dtype(self, Py_ssize_t bl, int ver):
        """dtype viewing one wire entry of ``bl`` bytes (fields present at ``ver`` only)."""
        key = (bl, ver)
        dt = self._raw_dtypes.get(key)
        if dt is None:
            names, formats, offsets = [], [], []
            for f in self.fields:
                if f[3] <= ver:
                    names.append(f[0]); formats.append(f[1]); offsets.append(f[2])
            dt = np.dtype({"names": names, "formats": formats, "offsets": offsets,
                           "itemsize": bl})
            if len(self._raw_dtypes) < 64:
                self._raw_dtypes[key] = dt
        return dt

    cdef object out_dtype(self, int dec, int ver):
        """Packed dtype of a converted (copied) result, every schema field present."""
        key = (dec, ver)
        dt = self._out_dtypes.get(key)
        if dt is None:
            names, formats = [], []
            for f in self.fields:
                if dec != DEC_RAW and f[7]:
                    continue  # exponent columns are folded into the values
                names.append(f[0])
                if dec != DEC_RAW and f[4]:
                    formats.append("f8" if dec == DEC_FLOAT else "O")
                else:
                    formats.append(f[1])
            for o in self.objects:
                names.append(o); formats.append("O")
            dt = np.dtype({"names": names, "formats": formats})
            self._out_dtypes[key] = dt
        return dt


cdef object _exponents(GroupSpec spec, tuple f, object view, tuple outer, Py_ssize_t n):
    """Exponent of a mantissa column: an int (shared) or an int64 array (per entry); EXP_NONE
    marks a missing exponent."""
    exp = f[6]
    if exp[0] == "outer":
        return outer[exp[1]]
    for g in spec.fields:
        if g[0] == exp[1]:
            if g[0] not in view.dtype.names:
                return EXP_NONE
            col = view[g[0]].astype(np.int64)
            if g[5] is not None:
                col[col == g[5]] = EXP_NONE
            return col
    return EXP_NONE


cdef object _scaled(GroupSpec spec, tuple f, object view, tuple outer, Py_ssize_t n, int dec):
    """A mantissa column converted to float64 (NaN nulls) or to Decimal objects (None)."""
    global _P10
    if _P10 is None:
        _P10 = np.array([10.0 ** k for k in range(128)])
    e = _exponents(spec, f, view, outer, n)
    if f[4] == 2:
        raw = view[f[0]]
        lo = raw["lo"].astype(np.uint64)
        hi = raw["hi"].astype(np.int64)
        null = (hi == np.iinfo(np.int64).min) & (lo == 0) if f[5] is not None else None
        fits = ((hi == 0) & (lo <= np.uint64(2**63 - 1))) | ((hi == -1) & (lo > np.uint64(2**63 - 1)))
        if fits.all():
            m = lo.view(np.int64)
            ints = None
        else:
            m = None
            ints = [(int(h) << 64) | int(l) for h, l in zip(hi, lo)]
    else:
        m = view[f[0]]
        null = (m == f[5]) if f[5] is not None else None
        ints = None
    if dec == DEC_FLOAT:
        if ints is not None:
            vals = np.array([float(x) for x in ints], dtype=np.float64)
        else:
            vals = m.astype(np.float64)
        if isinstance(e, int):
            if e == EXP_NONE:
                vals[:] = _nan
            elif e < 0:
                vals /= _P10[-e] if -e < 128 else 10.0 ** -e
            else:
                vals *= _P10[e] if e < 128 else 10.0 ** e
        else:
            bad = e == EXP_NONE
            ee = np.where(bad, 0, e)
            neg = ee < 0
            # |e| can be 128 (int8 exponent -128): past the table, use 10.0 ** |e| like the
            # scalar path (a modulo here used to turn 10**128 into 10**0)
            ae = np.abs(ee)
            p10 = np.where(ae < 128, _P10[np.minimum(ae, 127)], 10.0 ** ae.astype(np.float64))
            vals = np.where(neg, vals / p10, vals * p10)
            vals[bad] = _nan
        if null is not None:
            vals[null] = _nan
        return vals
    out = np.empty(n, dtype=object)
    seq = ints if ints is not None else m.tolist()
    for i in range(n):
        ei = e if isinstance(e, int) else int(e[i])
        if (null is not None and null[i]) or ei == EXP_NONE:
            out[i] = None
        else:
            out[i] = make_decimal(seq[i], ei)
    return out


cdef object _convert(GroupSpec spec, object view, Py_ssize_t n, int ver, tuple outer, int dec,
                     list rows):
    """Copy ``view`` into the packed output dtype, applying decimals and null fill."""
    out = np.empty(n, dtype=spec.out_dtype(dec, ver))
    present = view.dtype.names
    for f in spec.fields:
        name = f[0]
        if dec != DEC_RAW and f[7]:
            continue
        if name not in present:
            # newer than the acting version: fill with the null (0 when the type has none)
            if dec != DEC_RAW and f[4]:
                out[name] = _nan if dec == DEC_FLOAT else None
            else:
                out[name] = f[8]
        elif dec != DEC_RAW and f[4]:
            out[name] = _scaled(spec, f, view, outer, n, dec)
        else:
            out[name] = view[name]
    if rows is not None:
        for o in spec.objects:
            col = np.empty(n, dtype=object)
            for i in range(n):
                col[i] = (<dict>rows[i])[o]
            out[o] = col
    return out


cdef object fixed_group_numpy(State *st, GroupSpec spec, Py_ssize_t pos, Py_ssize_t bl,
                              Py_ssize_t n, int ver, tuple outer):
    """A group of fixed fields only: zero-copy view (raw) or converted copy."""
    dt = spec.raw_dtype(bl, ver)
    if n == 0:
        view = np.empty(0, dtype=dt)
    else:
        view = np.frombuffer(<object>st.owner, dtype=dt, count=n, offset=pos)
    if st.dec == DEC_RAW and len(dt.names) == len(spec.fields):
        return view
    return _convert(spec, view, n, ver, outer, st.dec, None)


cdef object mixed_group_numpy(State *st, GroupSpec spec, bytearray fixed, Py_ssize_t bl,
                              Py_ssize_t n, int ver, tuple outer, list rows):
    """A group with nested groups or var data: fixed blocks were gathered into ``fixed``
    (n * bl bytes); ``rows`` hold the object columns of each entry."""
    dt = spec.raw_dtype(bl, ver)
    if n == 0 or bl == 0:
        view = np.zeros(n, dtype=dt)
    else:
        view = np.frombuffer(fixed, dtype=dt, count=n)
    return _convert(spec, view, n, ver, outer, st.dec, rows)


# ---------------------------------------------------------------------------------------
# numpy fill loops: each generated module has one C loop per group (``_nf_*``) that fills a
# preallocated packed array (decimals="float", or a raw copy at an older version); these
# helpers allocate it and complete what the loop leaves (absent columns, object columns).

from cpython.object cimport PyObject, PyTypeObject
from cpython.ref cimport Py_INCREF, Py_DECREF

cdef extern from "numpy/arrayobject.h":
    ctypedef struct PyArrayObject:
        pass
    ctypedef struct PyArray_Descr:
        pass
    PyTypeObject *_np_array_type "(&PyArray_Type)"
    object PyArray_NewFromDescr(PyTypeObject *subtype, PyArray_Descr *descr, int nd,
                                Py_ssize_t *dims, Py_ssize_t *strides, void *data, int flags,
                                PyObject *obj)
    char *PyArray_BYTES(PyArrayObject *arr)
    ctypedef struct PyArrayObject_fields:
        PyArray_Descr *descr
    int _import_array() except -1

cdef bint _np_api_ready = False
cdef dict _void_dtypes = {}  # itemsize -> np.dtype(("V", itemsize))


cdef object new_rows(GroupSpec spec, int dec, int ver, Py_ssize_t n, char **data):
    """An uninitialised packed array of ``n`` rows of the output dtype; ``*data`` its bytes."""
    global _np_api_ready
    cdef Py_ssize_t dims[1]
    if not _np_api_ready:
        _import_array()
        _np_api_ready = True
    dt = spec.out_dtype(dec, ver)
    dims[0] = n
    if dt.hasobject:
        Py_INCREF(dt)  # PyArray_NewFromDescr steals a reference to the descriptor
        out = PyArray_NewFromDescr(_np_array_type, <PyArray_Descr *>dt, 1, dims, NULL, NULL,
                                   0, NULL)  # object columns start as NULL (None)
    else:
        # numpy makes a structured array ~1 us slower than a plain void one of the same
        # itemsize (per-field work at creation): allocate as void, then give it the
        # structured descriptor, as the ndarray.dtype setter does (same itemsize, both
        # alignment 1, no object fields: nothing else about the array changes)
        vd = _void_dtypes.get(dt.itemsize)
        if vd is None:
            vd = _void_dtypes[dt.itemsize] = np.dtype(("V", dt.itemsize))
        Py_INCREF(vd)
        out = PyArray_NewFromDescr(_np_array_type, <PyArray_Descr *>vd, 1, dims, NULL, NULL,
                                   0, NULL)
        Py_INCREF(dt)
        (<PyArrayObject_fields *><PyObject *>out).descr = <PyArray_Descr *>dt
        Py_DECREF(vd)  # the reference the array held
    data[0] = PyArray_BYTES(<PyArrayObject *>out)
    return out


cdef int fill_absent(GroupSpec spec, object out, int dec, int ver) except -1:
    """Columns of fields newer than the acting version: their null, as _convert fills them."""
    for f in spec.fields:
        if f[3] <= ver or (dec != DEC_RAW and f[7]):
            continue
        if dec != DEC_RAW and f[4]:
            out[f[0]] = _nan
        else:
            out[f[0]] = f[8]
    return 0


cdef object object_columns(GroupSpec spec, object out, list rows):
    """Nested groups and var data of each entry into the object columns of ``out``."""
    cdef Py_ssize_t i, n = len(rows)
    for o in spec.objects:
        col = np.empty(n, dtype=object)
        for i in range(n):
            col[i] = (<dict>rows[i])[o]
        out[o] = col
    return out


# ---------------------------------------------------------------------------------------
# groups="flat": a nested messageData message (an exchangeInfo filter, an envelope's
# payload) is kept as bytes and decoded on first access; most readers of a 2000-symbol
# exchangeInfo look at a few symbols' filters only.

cimport cython
from cpython.bytes cimport PyBytes_CheckExact, PyBytes_AS_STRING

import collections.abc as _abc


@cython.no_gc  # holds bytes and the dict decoded from them: it cannot be part of a cycle
cdef class LazyMessage:
    """A nested message decoded on first access: a read-only mapping equal to the dict the
    default shape gives (``dict(lazy)`` or ``lazy.to_dict()`` for the dict itself).
    Decoding errors are raised on first access."""

    cdef dict _get(self):  # _msg starts as None (Cython initialises object fields)
        cdef State st
        if self._msg is None:
            if self._depth > MAX_NESTING:
                raise_malformed("messageData nested deeper than %d levels" % MAX_NESTING,
                                self._off)
            st.buf = <const uint8_t *>PyBytes_AS_STRING(self._src)
            st.size = self._off + self._len
            st.dec = self._dec
            st.grp = GRP_FLAT
            st.out = OUT_DICT  # groups="flat" is a dict shape (no records)
            st.stop = 0
            st.owner = <PyObject *>self._src
            st.depth = self._depth
            self._msg = self._dispatch(&st, self._off, self._off + self._len)
        return self._msg

    def to_dict(self):
        return self._get()

    def __getitem__(self, key):
        return self._get()[key]

    def __iter__(self):
        return iter(self._get())

    def __len__(self):
        return len(self._get())

    def __contains__(self, key):
        return key in self._get()

    def get(self, key, default=None):
        return self._get().get(key, default)

    def keys(self):
        return self._get().keys()

    def values(self):
        return self._get().values()

    def items(self):
        return self._get().items()

    def __eq__(self, other):
        if isinstance(other, LazyMessage):
            other = (<LazyMessage>other)._get()
        return self._get() == other

    def __repr__(self):
        return f"LazyMessage({self._get()!r})"

    def __reduce__(self):
        return (dict, (self._get(),))


_abc.Mapping.register(LazyMessage)


cdef LazyMessage lazy_message(State *st, Py_ssize_t pos, Py_ssize_t n, dispatch_fn dispatch):
    """The nested message at ``pos`` (``n`` bytes, header included), decoded later. An
    immutable bytes buffer is shared; any other buffer is copied (it may change or go)."""
    cdef LazyMessage m = LazyMessage.__new__(LazyMessage)
    owner = <object>st.owner
    if PyBytes_CheckExact(owner):
        m._src = owner
        m._off = pos
    else:
        m._src = PyBytes_FromStringAndSize(<const char *>st.buf + pos, n)
        m._off = 0
    m._len = n
    m._dec = st.dec
    m._depth = st.depth + 1
    m._dispatch = dispatch
    return m

# Public API shared by every generated module: the generated ``Decoder`` only binds its
# schema's dispatch function; the generated record classes subclass ``Record``.

from cpython.buffer cimport PyObject_GetBuffer, PyBuffer_Release, PyBUF_SIMPLE
from cpython.bytes cimport PyBytes_CheckExact, PyBytes_AS_STRING, PyBytes_GET_SIZE

_DECIMALS = {"raw": DEC_RAW, "float": DEC_FLOAT, "decimal": DEC_DECIMAL}
_GROUPS = {"list": GRP_LIST, "numpy": GRP_NUMPY, "flat": GRP_FLAT}
_OUTPUTS = {"dict": OUT_DICT, "record": OUT_RECORD}


cdef class DecoderBase:
    """A reusable decoder: options are checked once, ``decode`` runs per message.

    decimals: ``"raw"`` (int mantissas, exponent fields kept), ``"float"`` or ``"decimal"``.
    groups: ``"list"`` (lists of entries), ``"numpy"`` (structured arrays; zero-copy views
    for groups of fixed fields with ``decimals="raw"``) or ``"flat"`` (lists, one-member
    entries flattened, nested messages decoded lazily; dicts only, not with records).
    output: ``"dict"`` (plain dicts) or ``"record"`` (instances of the module's generated
    record classes; ``record.to_dict()`` is the dict).
    strict: ``decode`` raises :class:`sbe.errors.MalformedError` when bytes follow the
    message (by default they are ignored; ``decode_from`` reports where the message ended).

    Use a schema module's subclass (``sbe.spot.Decoder``, ``sbe.stream.Decoder``)."""

    def __init__(self, *, str decimals="raw", str groups="list", str output="dict",
                 bint strict=False):
        if self._dispatch == NULL:
            raise TypeError("DecoderBase is abstract: use a schema module's Decoder "
                            "(sbe.spot.Decoder, sbe.stream.Decoder)")
        if decimals not in _DECIMALS:
            raise ValueError(f"decimals must be 'raw', 'float' or 'decimal', not {decimals!r}")
        if groups not in _GROUPS:
            raise ValueError(f"groups must be 'list', 'numpy' or 'flat', not {groups!r}")
        if output not in _OUTPUTS:
            raise ValueError(f"output must be 'dict' or 'record', not {output!r}")
        if groups == "flat" and output == "record":
            # flat is a dict shape (flattened entries, LazyMessage mappings); records
            # already give typed access without building dicts
            raise ValueError("groups='flat' gives dicts: it cannot be combined with "
                             "output='record' (use groups='list' or 'numpy' for records)")
        self.decimals = decimals
        self.groups = groups
        self.output = output
        self.strict = strict
        self._dec = _DECIMALS[decimals]
        self._grp = _GROUPS[groups]
        self._out = _OUTPUTS[output]

    def __repr__(self):
        return (f"{type(self).__module__}.Decoder(decimals={self.decimals!r}, "
                f"groups={self.groups!r}, output={self.output!r}, strict={self.strict!r})")

    def __reduce__(self):
        return (_new_decoder, (type(self), self.decimals, self.groups, self.output,
                               self.strict))

    cpdef object decode(self, object buf):
        """Decode one message (header + body) from the start of ``buf`` (bytes or any
        buffer). Bytes after the message are ignored, or rejected when ``strict``."""
        return self._run(buf, 0, False)

    cpdef tuple decode_from(self, object buf, Py_ssize_t offset=0):
        """Decode the message whose header starts at ``offset``: ``(message, end)``, ``end``
        the offset just past it (the next message of a concatenation starts there)."""
        return self._run(buf, offset, True)

    cdef object _run(self, object buf, Py_ssize_t offset, bint with_end):
        cdef State st
        cdef Py_buffer view
        st.dec = self._dec
        st.grp = self._grp
        st.out = self._out
        st.owner = <PyObject *>buf
        st.depth = 0
        st.stop = 0
        if PyBytes_CheckExact(buf):
            st.buf = <const uint8_t *>PyBytes_AS_STRING(buf)
            st.size = PyBytes_GET_SIZE(buf)
            return self._go(&st, offset, with_end)
        PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
        try:
            st.buf = <const uint8_t *>view.buf
            st.size = view.len
            return self._go(&st, offset, with_end)
        finally:
            PyBuffer_Release(&view)

    cdef object _go(self, State *st, Py_ssize_t offset, bint with_end):
        """Decode a whole message; large buffers with the cyclic GC paused (acyclic result)."""
        cdef int gc_was_enabled
        if offset < 0 or offset > st.size:
            raise ValueError(f"offset {offset} is outside the buffer of {st.size} bytes")
        if st.size - offset < GC_PAUSE_BYTES:
            msg = self._dispatch(st, offset, st.size)
        else:
            gc_was_enabled = sbe_gc_pause()
            try:
                msg = self._dispatch(st, offset, st.size)
            finally:
                sbe_gc_resume(gc_was_enabled)
        if with_end:
            return (msg, st.stop)
        if self.strict and st.stop != st.size:
            raise MalformedError(
                f"{st.size - st.stop} trailing bytes after the message (it ends at offset "
                f"{st.stop}, the buffer holds {st.size} bytes)",
                offset=st.stop, needed=st.stop, available=st.size)
        return msg


def _new_decoder(cls, decimals, groups, output, strict):
    return cls(decimals=decimals, groups=groups, output=output, strict=strict)


cdef inline int _option(str value, str a, str b, str c) except -2:
    # identity against every choice first (keyword defaults and the caller's literals are
    # interned strings), text compares only for strings built at run time
    if value is a:
        return 0
    if value is b:
        return 1
    if value is c and c is not None:
        return 2
    if value == a:
        return 0
    if value == b:
        return 1
    if c is not None and value == c:
        return 2
    return -1  # invalid: DecoderBase.__init__ raises the ValueError


cdef class DecoderCache:
    def __init__(self, type cls):
        self.cls = cls
        self.slots = [None] * 36
        self.last_strict = -1  # nothing cached yet: no call matches

    cdef DecoderBase get(self, str decimals, str groups, str output, bint strict):
        if decimals is self.last_decimals and groups is self.last_groups and \
                output is self.last_output and strict == self.last_strict:
            return self.last
        dec = self._get(decimals, groups, output, strict)
        self.last_decimals, self.last_groups, self.last_output = decimals, groups, output
        self.last_strict = strict
        self.last = <DecoderBase>dec
        return <DecoderBase>dec

    cdef DecoderBase _get(self, str decimals, str groups, str output, bint strict):
        cdef int d = _option(decimals, "raw", "float", "decimal")
        cdef int g = _option(groups, "list", "numpy", "flat")
        cdef int o = _option(output, "dict", "record", None)
        if d < 0 or g < 0 or o < 0:
            return self.cls(decimals=decimals, groups=groups, output=output, strict=strict)
        cdef Py_ssize_t i = ((d * 3 + g) * 2 + o) * 2 + strict
        dec = self.slots[i]
        if dec is None:
            dec = self.slots[i] = self.cls(decimals=decimals, groups=groups, output=output,
                                           strict=strict)
        return <DecoderBase>dec


# Record classes: a generated class declares its fields as C attributes (cimport-able from
# its module's .pxd) and nothing else; everything generic - attribute access, to_dict, repr,
# ==, pickling - lives here, driven by one layout table per class (record_class). Per-class
# Cython methods and getters made the spot module's C four times larger.

from libc.stdint cimport int8_t, int16_t, int32_t, uint16_t, uint32_t
from cpython.object cimport traverseproc, visitproc
from cpython.ref cimport Py_XDECREF
from cpython.type cimport PyType_Modified
from cpython.dict cimport PyDict_Copy

cdef enum:
    # roles of a record field (the layout's third item)
    R_NUM = 0     # C number; the attribute is the number
    R_EXP = 1     # C int exponent; EXP_NONE is null (None)
    R_MANT = 2    # C mantissa + C int exponent; the value in the record's decimals mode
    R_OBJ = 3     # object: the value the dict holds
    R_PLAIN = 4   # object that may hold records (groups, messageData): to_dict converts
    # C types of the numbers
    CT_I8 = 0
    CT_U8 = 1
    CT_I16 = 2
    CT_U16 = 3
    CT_I32 = 4
    CT_U32 = 5
    CT_I64 = 6
    CT_U64 = 7
    CT_F32 = 8
    CT_F64 = 9
    CT_INT = 10   # C int (exponents)

_ROLES = {"num": R_NUM, "exp": R_EXP, "mant": R_MANT, "obj": R_OBJ, "plain": R_PLAIN}
_CTYPES = {"int8_t": CT_I8, "uint8_t": CT_U8, "int16_t": CT_I16, "uint16_t": CT_U16,
           "int32_t": CT_I32, "uint32_t": CT_U32, "int64_t": CT_I64, "uint64_t": CT_U64,
           "float": CT_F32, "double": CT_F64, "int": CT_INT}
cdef dict _specs = {}  # record class -> RecordSpec


cdef inline object _get_num(const char *p, int ct):
    if ct == CT_I64:
        return (<const int64_t *>p)[0]
    if ct == CT_INT:
        return (<const int *>p)[0]
    if ct == CT_F64:
        return (<const double *>p)[0]
    if ct == CT_U64:
        return (<const uint64_t *>p)[0]
    if ct == CT_I32:
        return (<const int32_t *>p)[0]
    if ct == CT_U32:
        return (<const uint32_t *>p)[0]
    if ct == CT_I16:
        return (<const int16_t *>p)[0]
    if ct == CT_U16:
        return (<const uint16_t *>p)[0]
    if ct == CT_I8:
        return (<const int8_t *>p)[0]
    if ct == CT_U8:
        return (<const uint8_t *>p)[0]
    return (<const float *>p)[0]


cdef int _set_num(char *p, int ct, object v) except -1:
    """Store ``v`` as C type ``ct`` (OverflowError/TypeError as a typed attribute would)."""
    if ct == CT_I64:
        (<int64_t *>p)[0] = v
    elif ct == CT_INT:
        (<int *>p)[0] = v
    elif ct == CT_F64:
        (<double *>p)[0] = v
    elif ct == CT_U64:
        (<uint64_t *>p)[0] = v
    elif ct == CT_I32:
        (<int32_t *>p)[0] = v
    elif ct == CT_U32:
        (<uint32_t *>p)[0] = v
    elif ct == CT_I16:
        (<int16_t *>p)[0] = v
    elif ct == CT_U16:
        (<uint16_t *>p)[0] = v
    elif ct == CT_I8:
        (<int8_t *>p)[0] = v
    elif ct == CT_U8:
        (<uint8_t *>p)[0] = v
    else:
        (<float *>p)[0] = v
    return 0


@cython.final
cdef class RecordField:
    """A record attribute: reads the C field(s) at fixed offsets of its class's instances."""
    cdef readonly str name      # attribute name
    cdef readonly str key       # dict key (the schema name)
    cdef type owner
    cdef int role, ct
    cdef Py_ssize_t off, eoff   # eoff: a mantissa's exponent
    cdef bint optional, is_exponent
    cdef int64_t null_i
    cdef uint64_t null_u

    def __get__(self, obj, objtype):
        if obj is None:
            return self
        if not isinstance(obj, self.owner):
            raise TypeError(f"descriptor '{self.name}' for '{self.owner.__name__}' objects "
                            f"does not apply to a '{type(obj).__name__}' object")
        return self.get(<Record>obj)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self.name}' of '{type(obj).__name__}' objects is "
                             f"not writable")

    def __delete__(self, obj):
        raise AttributeError(f"attribute '{self.name}' of '{type(obj).__name__}' objects is "
                             f"not writable")

    def __repr__(self):
        return f"<record field '{self.name}' of '{self.owner.__name__}'>"

    cdef inline object get(self, Record r):
        cdef const char *b = <const char *><PyObject *>r
        cdef int e
        cdef PyObject *o
        if self.role == R_MANT:
            e = (<const int *>(b + self.eoff))[0]
            if self.ct == CT_U64:
                return mant_u64((<const uint64_t *>(b + self.off))[0], self.optional,
                                self.null_u, e, r._dec)
            return mant_i64(<int64_t>_mant_c(b + self.off, self.ct), self.optional,
                            self.null_i, e, r._dec)
        if self.role == R_NUM:
            return _get_num(b + self.off, self.ct)
        if self.role == R_EXP:
            e = (<const int *>(b + self.off))[0]
            return None if e == EXP_NONE else e
        o = (<PyObject * const *>(b + self.off))[0]
        return None if o == NULL else <object>o

    cdef int put_state(self, Record r, list out) except -1:
        """This field's items of the pickled state: C numbers raw, objects as held."""
        cdef const char *b = <const char *><PyObject *>r
        if self.role == R_MANT:
            out.append(_get_num(b + self.off, self.ct))
            out.append((<const int *>(b + self.eoff))[0])
        elif self.role == R_NUM:
            out.append(_get_num(b + self.off, self.ct))
        elif self.role == R_EXP:
            out.append((<const int *>(b + self.off))[0])
        else:
            out.append(self.get(r))
        return 0

    cdef Py_ssize_t take_state(self, Record r, tuple s, Py_ssize_t i) except -1:
        cdef char *b = <char *><PyObject *>r
        cdef PyObject **slot
        cdef object v = s[i]
        if self.role == R_MANT:
            _set_num(b + self.off, self.ct, v)
            _set_num(b + self.eoff, CT_INT, s[i + 1])
            return i + 2
        if self.role == R_NUM:
            _set_num(b + self.off, self.ct, v)
        elif self.role == R_EXP:
            _set_num(b + self.off, CT_INT, v)
        else:
            slot = <PyObject **>(b + self.off)
            Py_INCREF(v)
            Py_XDECREF(slot[0])
            slot[0] = <PyObject *>v
        return i + 1


cdef inline int64_t _mant_c(const char *p, int ct):
    # an integer mantissa of any C type, widened (uint64 is handled by the caller)
    if ct == CT_I64:
        return (<const int64_t *>p)[0]
    if ct == CT_I32:
        return (<const int32_t *>p)[0]
    if ct == CT_U32:
        return (<const uint32_t *>p)[0]
    if ct == CT_I16:
        return (<const int16_t *>p)[0]
    if ct == CT_U16:
        return (<const uint16_t *>p)[0]
    if ct == CT_I8:
        return (<const int8_t *>p)[0]
    return (<const uint8_t *>p)[0]


@cython.final
cdef class RecordSpec:
    """The layout of one record class: its fields in dict order (see record_class)."""
    cdef readonly object message     # message name ($message), None for a group entry
    cdef readonly tuple fields       # RecordField, dict and state order
    cdef Py_ssize_t state_len
    cdef dict keys_raw, keys_cooked  # to_dict's key templates (decimals="raw" keeps exponents)


cdef inline RecordSpec _spec_of(Record r):
    cdef type t = type(r)
    spec = _specs.get(t)
    if spec is None:
        for base in t.__mro__:
            spec = _specs.get(base)
            if spec is not None:
                break
    return <RecordSpec>spec


cdef class Record:
    """Base of the generated record classes (one per message and per group entry).

    Attributes are typed: fixed integer and float fields are C fields; a mantissa keeps its
    wire mantissa (``c_<name>``) and exponent (``e_<name>``) as C ints and its attribute gives
    the value in the decimals mode it was decoded with. ``to_dict()`` returns exactly the
    dict that ``output="dict"`` gives."""

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items() if k != "$message")
        return f"{type(self).__name__}({items})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._state() == (<Record>other)._state()

    def __ne__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._state() != (<Record>other)._state()

    __hash__ = None

    def __reduce__(self):
        return (_rebuild_record, (type(self), self._state()))

    def to_dict(self):
        """The dict that ``output="dict"`` gives for the same bytes and options."""
        cdef RecordSpec spec = _spec_of(self)
        cdef RecordField f
        cdef dict d
        if spec is None:
            return {}
        # a copy of the key template: sized once, keys in the dict form's order
        d = PyDict_Copy(spec.keys_raw if self._dec == DEC_RAW else spec.keys_cooked)
        if spec.message is not None:
            d["$message"] = spec.message
        for f in spec.fields:
            if f.is_exponent and self._dec != DEC_RAW:
                continue  # the dict drops exponents unless decimals="raw"
            if f.role == R_PLAIN:
                d[f.key] = plain(f.get(self))
            else:
                d[f.key] = f.get(self)
        return d

    cdef tuple _state(self):
        cdef RecordSpec spec = _spec_of(self)
        cdef RecordField f
        cdef list out = [self._dec]
        if spec is not None:
            for f in spec.fields:
                f.put_state(self, out)
        return tuple(out)

    cdef int _restore(self, tuple s) except -1:
        cdef RecordSpec spec = _spec_of(self)
        cdef RecordField f
        cdef Py_ssize_t i = 1
        cdef Py_ssize_t n = spec.state_len if spec is not None else 1
        if len(s) != n:
            raise ValueError(f"state of {type(self).__name__} has {len(s)} items, not {n}")
        self._dec = s[0]
        if spec is not None:
            for f in spec.fields:
                i = f.take_state(self, s, i)
        return 0


# record_class checks the object-field offsets it derives against the class's own GC
# traversal, which visits the object fields in declaration order
cdef struct _Visit:
    PyObject **seen
    Py_ssize_t n, cap

cdef int _visit(PyObject *o, void *arg) except -1:
    cdef _Visit *v = <_Visit *>arg
    if v.n < v.cap:
        v.seen[v.n] = o
    v.n += 1
    return 0


# size and alignment (as a struct member) of each C type of a record field
cdef struct _AlI8:
    char c
    int8_t v
cdef struct _AlI16:
    char c
    int16_t v
cdef struct _AlI32:
    char c
    int32_t v
cdef struct _AlI64:
    char c
    int64_t v
cdef struct _AlF32:
    char c
    float v
cdef struct _AlF64:
    char c
    double v
cdef struct _AlInt:
    char c
    int v
cdef struct _AlPtr:
    char c
    void *v


cdef Py_ssize_t _size_align(int ct, Py_ssize_t *align):
    cdef _AlI8 a8
    cdef _AlI16 a16
    cdef _AlI32 a32
    cdef _AlI64 a64
    cdef _AlF32 f32
    cdef _AlF64 f64
    cdef _AlInt ai
    if ct == CT_I8 or ct == CT_U8:
        align[0] = <char *>&a8.v - <char *>&a8.c
        return sizeof(int8_t)
    if ct == CT_I16 or ct == CT_U16:
        align[0] = <char *>&a16.v - <char *>&a16.c
        return sizeof(int16_t)
    if ct == CT_I32 or ct == CT_U32:
        align[0] = <char *>&a32.v - <char *>&a32.c
        return sizeof(int32_t)
    if ct == CT_I64 or ct == CT_U64:
        align[0] = <char *>&a64.v - <char *>&a64.c
        return sizeof(int64_t)
    if ct == CT_F32:
        align[0] = <char *>&f32.v - <char *>&f32.c
        return sizeof(float)
    if ct == CT_F64:
        align[0] = <char *>&f64.v - <char *>&f64.c
        return sizeof(double)
    align[0] = <char *>&ai.v - <char *>&ai.c
    return sizeof(int)


cdef int record_class(type cls, object message, tuple layout) except -1:
    """Make ``cls`` (a generated record class) a working record: install one RecordField
    descriptor per attribute, and its layout for to_dict/==/pickling.

    ``layout``: 7 items per field, in dict order: key, attribute name, role ("num", "exp",
    "mant", "obj" or "plain"), C type (numbers), optional, null (mantissas), is_exponent.
    The class declares (.pxd) its object fields first, in layout order, then its C numbers
    (a mantissa: value then exponent) by decreasing size, stable: so the offsets follow from
    the C layout rules. The object offsets are checked against the class's GC traversal,
    the whole against its instance size: a mismatch fails the import, never a wrong read."""
    cdef PyTypeObject *tp = <PyTypeObject *>cls
    cdef Py_ssize_t base = (<PyTypeObject *>Record).tp_basicsize
    cdef Py_ssize_t nobj = 0, nstate = 1, i, pos, sz, al, max_al
    cdef _AlPtr ap
    cdef RecordField f
    cdef RecordSpec spec
    cdef list fields = [], descrs = [], numbers = []
    if not issubclass(cls, Record) or cls is Record:
        raise TypeError(f"{cls!r} is not a generated record class")
    if len(layout) % 7:
        raise ValueError(f"{cls.__name__}: layout of {len(layout)} items")
    for i in range(0, len(layout), 7):
        key, attr, role, ctype = layout[i], layout[i + 1], layout[i + 2], layout[i + 3]
        optional, null, is_exponent = layout[i + 4], layout[i + 5], layout[i + 6]
        f = RecordField.__new__(RecordField)
        f.name, f.key, f.owner = attr, key, cls
        f.role = _ROLES[role]
        f.optional, f.is_exponent = optional, is_exponent
        if f.role in (R_OBJ, R_PLAIN):
            f.off = base + nobj * sizeof(PyObject *)
            nobj += 1
            nstate += 1
        elif f.role == R_MANT:
            f.ct = _CTYPES[ctype]
            if f.ct == CT_U64:
                f.null_u = null
            else:
                f.null_i = null
            numbers.append(_raw_field(cls, "c_" + attr, key, f.ct))
            numbers.append(_raw_field(cls, "e_" + attr, key, CT_INT))
            nstate += 2
        else:
            f.ct = CT_INT if f.role == R_EXP else _CTYPES[ctype]
            if f.role == R_EXP:
                numbers.append(_raw_field(cls, "c_" + attr, key, CT_INT))
            else:
                numbers.append(f)
            nstate += 1
        fields.append(f)
        descrs.append(f)
    # the C numbers: by decreasing size (stable), each at its alignment
    max_al = <char *>&ap.v - <char *>&ap.c
    pos = base + nobj * sizeof(PyObject *)
    sizes = [(-_size_align((<RecordField>x).ct, &al), k) for k, x in enumerate(numbers)]
    for _, k in sorted(sizes):
        f = <RecordField>numbers[k]
        sz = _size_align(f.ct, &al)
        max_al = max(max_al, al)
        pos = (pos + al - 1) // al * al
        f.off = pos
        pos += sz
    if (pos + max_al - 1) // max_al * max_al != tp.tp_basicsize:
        raise ValueError(f"{cls.__name__}: fields end at {pos}, the instance has "
                         f"{tp.tp_basicsize} bytes: the layout does not match the class")
    # a mantissa's attribute reads its raw fields' offsets; an exponent's its c_ field's
    k = 0
    for f in fields:
        if f.role == R_MANT:
            f.off = (<RecordField>numbers[k]).off
            f.eoff = (<RecordField>numbers[k + 1]).off
            descrs += numbers[k:k + 2]
            k += 2
        elif f.role == R_EXP:
            f.off = (<RecordField>numbers[k]).off
            descrs.append(numbers[k])
            k += 1
        elif f.role == R_NUM:
            k += 1
    _check_object_fields(cls, base, nobj)
    spec = RecordSpec.__new__(RecordSpec)
    spec.message = message
    spec.fields = tuple(fields)
    spec.state_len = nstate
    head = ["$message"] if message is not None else []
    spec.keys_raw = dict.fromkeys(head + [f.key for f in fields])
    spec.keys_cooked = dict.fromkeys(head + [f.key for f in fields if not f.is_exponent])
    for f in descrs:
        (<dict><object>tp.tp_dict)[f.name] = f
    PyType_Modified(cls)
    _specs[cls] = spec
    return 0


cdef RecordField _raw_field(type cls, str name, str key, int ct):
    cdef RecordField f = RecordField.__new__(RecordField)
    f.name, f.key, f.owner = name, key, cls
    f.role, f.ct = R_NUM, ct
    return f


cdef int _check_object_fields(type cls, Py_ssize_t base, Py_ssize_t nobj) except -1:
    """Put a distinct marker in each derived object slot of a fresh instance; the class's
    tp_traverse must visit exactly those markers, in order."""
    cdef PyTypeObject *tp = <PyTypeObject *>cls
    cdef PyObject *seen[512]
    cdef _Visit v
    cdef Py_ssize_t i
    cdef PyObject **slot
    if nobj == 0:
        return 0
    if nobj > 512 or tp.tp_traverse == NULL:
        raise ValueError(f"{cls.__name__}: cannot check {nobj} object fields")
    inst = cls.__new__(cls)
    markers = [object() for i in range(nobj)]
    for i in range(nobj):
        slot = <PyObject **>(<char *><PyObject *>inst + base + i * sizeof(PyObject *))
        if slot[0] != <PyObject *>None:  # tp_new sets every object field to None
            raise ValueError(f"{cls.__name__}: object field {i} is not where expected")
        Py_INCREF(markers[i])
        Py_XDECREF(slot[0])
        slot[0] = <PyObject *>markers[i]
    v.seen, v.n, v.cap = seen, 0, 512
    tp.tp_traverse(<PyObject *>inst, _visit, &v)
    if v.n != nobj:
        raise ValueError(f"{cls.__name__}: {v.n} object fields traversed, {nobj} declared")
    for i in range(nobj):
        if seen[i] != <PyObject *>markers[i]:
            raise ValueError(f"{cls.__name__}: object fields are not laid out as declared")
    return 0


def _rebuild_record(cls, tuple state):
    """Unpickle a record: a new instance of ``cls`` with the C fields of ``state``."""
    if not (isinstance(cls, type) and issubclass(cls, Record)):
        raise TypeError(f"{cls!r} is not a record class")
    rec = cls.__new__(cls)
    (<Record>rec)._restore(state)
    return rec


cdef object plain(object v):
    """Records (nested messages, group entries) to dicts, recursively, also inside the dicts
    and object columns of numpy groups; other values as is."""
    if v is None:
        return v
    if isinstance(v, Record):
        return v.to_dict()
    if type(v) is list:
        return [plain(x) for x in <list>v]
    if type(v) is dict:
        return {k: plain(x) for k, x in (<dict>v).items()}
    names = getattr(getattr(v, "dtype", None), "names", None)
    if names:  # a numpy group: convert its object columns (nested groups, messageData)
        objects = [n for n in names if v.dtype[n].hasobject]
        if objects:
            v = v.copy()
            for n in objects:
                col = v[n]
                for i in range(len(col)):
                    col[i] = plain(col[i])
    return v


cdef Py_ssize_t read_length_at(const uint8_t *b, Py_ssize_t pos, Py_ssize_t end, int lsize,
                               bint be, str name) except -1:
    """read_length for code that has a pointer but no State (the peek functions)."""
    cdef State st
    st.buf = b
    st.size = end
    return read_length(&st, pos, end, lsize, be, end, name)


# ---------------------------------------------------------------------------------------
# Enums and sets of the generated modules

import enum as _enum

_INT_FORMATS = frozenset("bcdoxXn")


class SbeEnum(_enum.IntEnum):
    """An SBE enum: an ``IntEnum`` (its value is the wire value) that also knows Binance's
    JSON string (``mbx:jsonValue``): ``OrderStatus.New.json == "NEW"``. ``str()`` and
    f-strings give that string (the member name when the schema has none); ``repr()`` stays
    ``<OrderStatus.New: 0>``. Equality is the int's: ``member == "NEW"`` is False (see
    docs/decoded-format.md)."""

    @property
    def json(self):
        """Binance's JSON string of this value, or the member name when the schema has none."""
        return self.__dict__.get("_sbe_json") or self._name_

    def __str__(self):
        return self.json

    def __format__(self, spec):
        if spec and spec[-1] in _INT_FORMATS:
            return format(self._value_, spec)
        return format(self.json, spec)

    @classmethod
    def from_json(cls, text):
        """The member whose JSON string (or name) is ``text``; KeyError if none."""
        for member in cls:
            if member.json == text:
                return member
        raise KeyError(f"{cls.__name__} has no member with JSON value {text!r}")


class SbeFlag(_enum.IntFlag):
    """An SBE set (bit choices): an ``IntFlag``; ``str()`` gives the choice names
    (``"A|B"``), or the number when bits are unknown."""

    def __str__(self):
        return self._name_ if self._name_ else str(self._value_)

    def __format__(self, spec):
        if spec and spec[-1] in _INT_FORMATS:
            return format(self._value_, spec)
        return format(str(self), spec)


def make_enum(str name, list members, dict json, str module):
    """An SbeEnum class (functional API) whose members carry their JSON strings."""
    cls = SbeEnum(name, members, module=module)
    for member in cls:
        text = json.get(member._name_)
        if text is not None:
            member.__dict__["_sbe_json"] = text
    return cls


cdef tuple enum_lut(object cls):
    """Wire value (0..255) -> member of ``cls``, or the plain int for an unknown value."""
    members = cls._value2member_map_
    return tuple([members.get(v, v) for v in range(256)])


def make_flag(str name, list members, str module):
    return SbeFlag(name, members, module=module)
