# cython: language_level=3
"""Runtime shared by every generated decoder: inline buffer readers, value converters and
error raisers.  Shipped so Cython code can ``cimport sbe._rt`` (and the generated modules'
``.pxd``) and call the fast path without Python overhead."""

from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t,
                          uint64_t, INT64_MIN, INT64_MAX)
from cpython.object cimport PyObject
from cpython.ref cimport Py_DECREF

cdef extern from "sbe_rt.h":
    uint8_t sbe_u8(const uint8_t *p) nogil
    int8_t sbe_i8(const uint8_t *p) nogil
    uint16_t sbe_u16le(const uint8_t *p) nogil
    uint16_t sbe_u16be(const uint8_t *p) nogil
    int16_t sbe_i16le(const uint8_t *p) nogil
    int16_t sbe_i16be(const uint8_t *p) nogil
    uint32_t sbe_u32le(const uint8_t *p) nogil
    uint32_t sbe_u32be(const uint8_t *p) nogil
    int32_t sbe_i32le(const uint8_t *p) nogil
    int32_t sbe_i32be(const uint8_t *p) nogil
    uint64_t sbe_u64le(const uint8_t *p) nogil
    uint64_t sbe_u64be(const uint8_t *p) nogil
    int64_t sbe_i64le(const uint8_t *p) nogil
    int64_t sbe_i64be(const uint8_t *p) nogil
    float sbe_f32le(const uint8_t *p) nogil
    float sbe_f32be(const uint8_t *p) nogil
    double sbe_f64le(const uint8_t *p) nogil
    double sbe_f64be(const uint8_t *p) nogil
    double sbe_scale(double m, int e) nogil
    dict sbe_new_dict(Py_ssize_t n)
    PyObject *sbe_utf8(const uint8_t *p, Py_ssize_t n)
    int sbe_gc_pause()
    void sbe_gc_resume(int was_enabled)
    # numpy fill loops
    double SBE_NAN
    double sbe_factor(int e) nogil
    double sbe_apply(double m, double f, int neg) nogil
    double sbe_i128_to_f64(uint64_t lo, int64_t hi) nogil
    void sbe_put_f64(char *q, double v) nogil
    void sbe_put_scaled2(char *q0, char *q1, int64_t m0, int64_t m1, double f0, double f1,
                         int neg0, int neg1, uint64_t k0, uint64_t k1, int e0, int e1) nogil
    # decimals="float" of 64-bit mantissas: correctly rounded m * 10^e (|e| <= 27)
    double sbe_scale_i64(int64_t m, int e) nogil
    double sbe_scale_u64(uint64_t m, int e) nogil
    double sbe_scale_i128(uint64_t lo, int64_t hi, int e) nogil
    uint64_t sbe_fast_limit(int e) nogil
    double sbe_apply_i64(int64_t m, double f, int neg, uint64_t k, int e) nogil
    double sbe_apply_u64(uint64_t m, double f, int neg, uint64_t k, int e) nogil
    double sbe_apply_i128(uint64_t lo, int64_t hi, double f, int neg, uint64_t k, int e) nogil

cdef extern from "Python.h":
    PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
    object PyBytes_FromStringAndSize(const char *s, Py_ssize_t size)

# Options of one decode call, passed by pointer through the generated functions.
ctypedef struct State:
    const uint8_t *buf    # start of the caller's buffer; every offset is relative to it
    Py_ssize_t size
    int dec               # DEC_*
    int grp               # GRP_*
    PyObject *owner       # the caller's buffer object (borrowed), base of numpy views
    int depth             # nesting of messageData messages (bounded: hostile recursion)
    int out               # OUT_*: dicts or generated record classes
    Py_ssize_t stop       # end of the last message decoded (set by each message function)

cdef enum:
    DEC_RAW = 0
    DEC_FLOAT = 1
    DEC_DECIMAL = 2
    GRP_LIST = 0
    GRP_NUMPY = 1
    GRP_FLAT = 2          # lists; single-field entries flattened, nested messages lazy
    EXP_NONE = -32768     # exponent null or absent: decimals cannot be computed
    MAX_NESTING = 32      # messageData inside messageData: Binance uses at most 3 levels
    GC_PAUSE_BYTES = 65536  # decodes of larger buffers pause the cyclic GC (see sbe_rt.h)
    OUT_DICT = 0
    OUT_RECORD = 1

cdef class GroupSpec:
    """numpy layout of one repeating group (built once at import by the generated module)."""
    cdef readonly str name
    cdef readonly str order
    cdef readonly list fields        # (name, fmt, offset, since, kind, null, exp, is_exponent, fill)
    cdef readonly list objects       # names of nested groups / var data (object columns)
    cdef readonly Py_ssize_t block_length
    cdef dict _raw_dtypes
    cdef dict _out_dtypes
    cdef object raw_dtype(self, Py_ssize_t bl, int ver)
    cdef object out_dtype(self, int dec, int ver)

# Error raisers: they always raise, the int return only carries Cython's error signal.
cdef int raise_truncated(str what, Py_ssize_t offset, Py_ssize_t needed, Py_ssize_t available) except -1
cdef int raise_truncated_in(str segment, str what, Py_ssize_t offset, Py_ssize_t needed,
                            Py_ssize_t available) except -1
cdef int raise_short_block(str block, tuple fields, int ver, Py_ssize_t bl, Py_ssize_t offset) except -1
cdef int raise_malformed(str what, Py_ssize_t offset) except -1
cdef int check_count(str group, Py_ssize_t count, Py_ssize_t max_count, Py_ssize_t min_entry,
                     Py_ssize_t offset, Py_ssize_t available) except -1

cdef object make_decimal(object m, int e)
cdef object mant128_obj(uint64_t lo, int64_t hi)
cdef object set_value(dict cache, object cls, uint64_t raw)
cdef object enum_value(dict lut, object raw)
cdef object fixed_string(const uint8_t *p, Py_ssize_t n, object encoding, bint optional)
cdef object decode_text(const uint8_t *p, Py_ssize_t n, object encoding, str name, Py_ssize_t offset)
cdef Py_ssize_t read_length(State *st, Py_ssize_t pos, Py_ssize_t end, int lsize, bint be,
                            Py_ssize_t max_length, str name) except -1
cdef object fixed_group_numpy(State *st, GroupSpec spec, Py_ssize_t pos, Py_ssize_t bl,
                              Py_ssize_t n, int ver, tuple outer)
cdef object mixed_group_numpy(State *st, GroupSpec spec, bytearray fixed, Py_ssize_t bl,
                              Py_ssize_t n, int ver, tuple outer, list rows)
# numpy fill loops: the generated _nf_* functions allocate with new_rows and fill in C
cdef object new_rows(GroupSpec spec, int dec, int ver, Py_ssize_t n, char **data)
cdef int fill_absent(GroupSpec spec, object out, int dec, int ver) except -1
cdef object object_columns(GroupSpec spec, object out, list rows)


cdef inline object opt_i64(int64_t v, int64_t null):
    if v == null:
        return None
    return v


cdef inline object opt_u64(uint64_t v, uint64_t null):
    if v == null:
        return None
    return v


cdef inline object opt_f64(double v):
    if v != v:  # any NaN is the float null
        return None
    return v


cdef inline object mant_i64(int64_t m, bint optional, int64_t null, int e, int dec):
    if optional and m == null:
        return None
    if dec == DEC_RAW:
        return m
    if e == EXP_NONE:
        return None
    if dec == DEC_FLOAT:
        return sbe_scale_i64(m, e)
    return make_decimal(m, e)


cdef inline object mant_u64(uint64_t m, bint optional, uint64_t null, int e, int dec):
    if optional and m == null:
        return None
    if dec == DEC_RAW:
        return m
    if e == EXP_NONE:
        return None
    if dec == DEC_FLOAT:
        return sbe_scale_u64(m, e)
    return make_decimal(m, e)


cdef inline object mant128(const uint8_t *p, bint optional, int e, int dec):
    # Little-endian signed 128-bit, whatever the schema byte order (Binance mantissa128).
    cdef uint64_t lo = sbe_u64le(p)
    cdef int64_t hi = sbe_i64le(p + 8)
    cdef bint fits = (hi == 0 and lo <= <uint64_t>INT64_MAX) or (hi == -1 and lo > <uint64_t>INT64_MAX)
    if optional and hi == INT64_MIN and lo == 0:
        return None
    if dec == DEC_RAW:
        return <int64_t>lo if fits else mant128_obj(lo, hi)
    if e == EXP_NONE:
        return None
    if dec == DEC_FLOAT:
        if fits or hi == 0:
            return sbe_scale_i128(lo, hi, e)
        return sbe_scale(float(mant128_obj(lo, hi)), e)
    return make_decimal(<int64_t>lo if fits else mant128_obj(lo, hi), e)


cdef inline object utf8(const uint8_t *p, Py_ssize_t n, str name, Py_ssize_t offset):
    cdef PyObject *r = sbe_utf8(p, n)
    if r == NULL:
        return decode_text(p, n, "utf-8", name, offset)  # raises the typed error
    o = <object>r
    Py_DECREF(o)  # drop the reference PyUnicode_DecodeUTF8 returned; `o` keeps one
    return o


cdef inline object var_text(State *st, Py_ssize_t *ppos, Py_ssize_t end, int lsize, bint be,
                            Py_ssize_t max_length, bint optional, str name):
    """UTF-8 var data: length prefix then bytes; advances *ppos."""
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t n = read_length(st, pos, end, lsize, be, max_length, name)
    ppos[0] = pos + lsize + n
    if n == 0 and optional:
        return None
    return utf8(st.buf + pos + lsize, n, name, pos + lsize)


cdef inline object var_bytes(State *st, Py_ssize_t *ppos, Py_ssize_t end, int lsize, bint be,
                             Py_ssize_t max_length, bint optional, str name, object encoding):
    """Raw var data (encoding None) or text in another encoding than UTF-8."""
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t n = read_length(st, pos, end, lsize, be, max_length, name)
    ppos[0] = pos + lsize + n
    if n == 0 and optional:
        return None
    if encoding is None:
        return PyBytes_FromStringAndSize(<const char *>st.buf + pos + lsize, n)
    return decode_text(st.buf + pos + lsize, n, encoding, name, pos + lsize)


# groups="flat": nested messageData messages decoded on first access
ctypedef object (*dispatch_fn)(State *st, Py_ssize_t pos, Py_ssize_t end)

cdef class LazyMessage:
    cdef object _src         # bytes holding the nested message (the caller's, or a copy)
    cdef Py_ssize_t _off, _len
    cdef int _dec, _depth
    cdef dispatch_fn _dispatch
    cdef dict _msg
    cdef dict _get(self)

cdef LazyMessage lazy_message(State *st, Py_ssize_t pos, Py_ssize_t n, dispatch_fn dispatch)

# ---------------------------------------------------------------------------------------
# The public API shared by every generated module (sbe/_rt.pyx): a generated module only
# subclasses DecoderBase to bind its dispatch function, and its records subclass Record.

# dispatch_fn (above): decodes the message whose header starts at ``pos``; sets st.stop to
# its end.

cdef class DecoderBase:
    cdef readonly str decimals
    cdef readonly str groups
    cdef readonly str output
    cdef readonly bint strict
    cdef int _dec
    cdef int _grp
    cdef int _out
    cdef dispatch_fn _dispatch
    cpdef object decode(self, object buf)
    cpdef tuple decode_from(self, object buf, Py_ssize_t offset=*)
    cdef object _run(self, object buf, Py_ssize_t offset, bint with_end)
    cdef object _go(self, State *st, Py_ssize_t offset, bint with_end)

cdef class DecoderCache:
    """The module-level ``decode``'s Decoders: one per option set, made on first use."""
    cdef type cls
    cdef list slots
    # the last option set asked for, by identity (callers pass interned literals)
    cdef object last_decimals, last_groups, last_output
    cdef int last_strict
    cdef DecoderBase last
    cdef DecoderBase get(self, str decimals, str groups, str output, bint strict)
    cdef DecoderBase _get(self, str decimals, str groups, str output, bint strict)

cdef class Record:
    cdef unsigned char _dec     # DEC_* the record was decoded with (its attribute values)
    cdef tuple _state(self)
    cdef int _restore(self, tuple state) except -1

cdef int record_class(type cls, object message, tuple layout) except -1
cdef object plain(object v)
cdef tuple enum_lut(object cls)
cdef Py_ssize_t read_length_at(const uint8_t *b, Py_ssize_t pos, Py_ssize_t end, int lsize,
                               bint be, str name) except -1
