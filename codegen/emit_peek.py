"""Emitter of the peek functions (mixed into ``CythonEmitter`` through ``ApiEmitterMixin``):
bounds-checked readers of a few values of a message without decoding it, so that no code
outside the generated modules holds a byte offset of a schema.

Per module:

* ``peek_header(buf, offset=0)`` -> (blockLength, templateId, schemaId, version);
  ``peek_template_id(buf, offset=0)`` -> templateId;
* ``peek(buf, offset=0)`` -> (templateId, symbol, first, last) where the schema's messages
  carry a symbol or Binance sequence numbers (the stream schema: the stream client routes and
  deduplicates frames with it);
* one function per entry of ``MESSAGE_PEEKS`` whose message is in the schema, e.g.
  ``peek_envelope`` (WebSocketResponse: id, status) and ``peek_error`` (ErrorResponse: code,
  serverTime, retryAfter, msg): a tuple of the named fields in that order.

Each public function takes any buffer (``bytes`` without the buffer protocol round trip) and
calls a ``cdef`` function ``<name>_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)``
declared in the ``.pxd`` (Cython code can ``cimport`` it). Every read is checked against
``size`` first; a short or inconsistent buffer raises ``sbe.errors.TruncatedError`` /
``MalformedError`` naming the offset and sizes. blockLengths (root and groups) are read
from the wire, never from the schema, so a newer message with longer blocks peeks right.
"""

from __future__ import annotations

from typing import Optional

from . import model as m
from .model import Field, Group, Message

# Binance stream sequence numbers, by field name: what `peek` returns as (first, last)
_SEQ_PAIR = ("firstBookUpdateId", "lastBookUpdateId")
_SEQ_ONE = "bookUpdateId"
_SEQ_GROUP_ID = "id"  # a group whose entries start with a trade id: (first id, last id)

#: (function, message, fields in the returned order, any schema id). Binance conventions:
#: the WebSocket API envelope and the error answer. ErrorResponse has had the same layout in
#: every spot schema (1:0 to 3:5: code i16, serverTime i64?, retryAfter i64?, msg u16 string)
#: and Binance answers errors for a schema id the client may not have (a retired one), so
#: peek_error reads any schemaId; the fixed fields it finds past the wire blockLength are None.
MESSAGE_PEEKS = (
    ("peek_envelope", "WebSocketResponse", ("id", "status"), False),
    ("peek_error", "ErrorResponse", ("code", "serverTime", "retryAfter", "msg"), True),
)

_PY_TYPE = {m.DATA_TEXT: "str", m.DATA_BYTES: "bytes"}


class PeekEmitterMixin:
    """Needs from the host emitter: ``s`` (Schema), ``w`` (writer), ``be``, ``rd()``,
    ``c_int()``."""

    # -- plans ----------------------------------------------------------------------------

    def _peek_plan(self, msg: Message):
        """(symbol plan, sequence plan) of a message, or None where not applicable."""
        fields = {f.name: f for f in msg.fields if f.since_version == 0}
        seq = None
        if all(n in fields for n in _SEQ_PAIR):
            seq = ("root", fields[_SEQ_PAIR[0]], fields[_SEQ_PAIR[1]])
        elif _SEQ_ONE in fields:
            seq = ("root", fields[_SEQ_ONE], fields[_SEQ_ONE])
        else:
            for g in msg.groups:
                if g.fields and g.fields[0].name == _SEQ_GROUP_ID and g.since_version == 0 \
                        and g.fields[0].kind == m.KIND_INT:
                    seq = ("group", g, g.fields[0])
                    break
        sym = None
        if "symbol" in fields and fields["symbol"].kind == m.KIND_STRING:
            sym = ("fixed", fields["symbol"])
        else:
            names = [d.name for d in msg.data]
            if "symbol" in names:
                before = msg.data[:names.index("symbol")]
                simple = all(g.is_fixed and g.since_version == 0 for g in msg.groups) and \
                    all(d.since_version == 0 and d.kind != m.DATA_MESSAGE
                        for d in before + [msg.data[names.index("symbol")]])
                if simple:
                    sym = ("data", before, msg.data[names.index("symbol")])
        return sym, seq

    def _message_peeks(self) -> list[tuple[str, Message, list, bool]]:
        """MESSAGE_PEEKS entries this schema can serve: (function, message, [Field|Data],
        any schema). Skipped when the message, a field, or a simple layout is missing."""
        out = []
        for fname, mname, names, any_schema in MESSAGE_PEEKS:
            msg = next((x for x in self.s.messages if x.name == mname), None)
            if msg is None or not all(g.is_fixed for g in msg.groups):
                continue
            by_name = {f.name: f for f in msg.fields}
            by_name.update({d.name: d for d in msg.data})
            items = [by_name.get(n) for n in names]
            if any_schema and any(d.since_version for d in msg.data):
                continue    # var data positions would depend on the version of the wire
            if any(x is None or (isinstance(x, Field) and (x.kind != m.KIND_INT or
                                                           x.presence == "constant"))
                   or (not isinstance(x, Field) and x.kind == m.DATA_MESSAGE) for x in items):
                continue
            out.append((fname, msg, items, any_schema))
        return out

    # -- code -----------------------------------------------------------------------------

    def _emit_entry(self, name: str, cfunc: str, doc: list[str]) -> None:
        """def name(buf, offset=0): bytes read in place, other buffers through the protocol."""
        w = self.w
        with w.block(f"def {name}(buf, Py_ssize_t offset=0):"):
            w('"""' + doc[0])
            for line in doc[1:]:
                w(line)
            w('"""')
            w("cdef Py_buffer view")
            with w.block("if PyBytes_CheckExact(buf):"):
                w(f"return {cfunc}(<const uint8_t *>PyBytes_AS_STRING(buf), "
                  "PyBytes_GET_SIZE(buf), offset)")
            w("PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)")
            with w.block("try:"):
                w(f"return {cfunc}(<const uint8_t *>view.buf, view.len, offset)")
            with w.block("finally:"):
                w("PyBuffer_Release(&view)")
        w()
        w()

    def _header_check(self, var: str = "pos") -> None:
        hs = self.s.header.size
        self.w(f"if {var} < 0 or {var} + {hs} > size:")
        self.w(f"    raise_truncated('message header', {var}, {hs}, size - {var})")

    def _hdr(self, name: str, var: str = "pos") -> str:
        mem = self.s.header.member(name)
        return self.rd(mem.type.primitive, f"b + {var} + {mem.offset}")

    def emit_peek(self) -> None:
        w = self.w
        s = self.s
        with w.block("cdef tuple peek_header_at(const uint8_t *b, Py_ssize_t size, "
                     "Py_ssize_t pos):"):
            self._header_check()
            w("return (" + ", ".join(self._hdr(n) for n in
                                     ("blockLength", "templateId", "schemaId", "version")) + ")")
        w()
        w()
        self._emit_entry("peek_header", "peek_header_at",
                         ["(blockLength, templateId, schemaId, version) of the message header "
                          "at ``offset``."])
        w("header = peek_header  # the older name")
        w()
        w()
        with w.block("cdef object peek_template_id_at(const uint8_t *b, Py_ssize_t size, "
                     "Py_ssize_t pos):"):
            self._header_check()
            w(f"return {self._hdr('templateId')}")
        w()
        w()
        self._emit_entry("peek_template_id", "peek_template_id_at",
                         ["templateId of the message at ``offset``, read without decoding."])
        self._emit_seq_peek()
        for fname, msg, items, any_schema in self._message_peeks():
            self._emit_message_peek(fname, msg, items, any_schema)

    def _unknown_template(self, pos: str) -> str:
        s = self.s
        return (f"raise UnknownTemplateError(f'unknown templateId {{tid}} at offset {{{pos}}} "
                f"(schema {s.package} {s.id}:{s.version})', offset={pos}, template_id=tid)")

    def _schema_check(self, pos: str) -> None:
        s = self.s
        self.w(f"if sid != {s.id}:")
        self.w(f"    raise SchemaMismatchError(f'schemaId {{sid}} (template {{tid}}) at offset "
               f"{{{pos}}} is not {s.package} schema {s.id}', offset={pos}, schema_id=sid)")

    def _emit_seq_peek(self) -> None:
        w = self.w
        hs = self.s.header.size
        plans = [(msg, *self._peek_plan(msg)) for msg in self.s.messages]
        plans = [x for x in plans if x[1] is not None or x[2] is not None]
        self._peek_messages = [msg.name for msg, _, _ in plans]
        if not plans:
            return
        with w.block("cdef tuple peek_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):"):
            w("cdef Py_ssize_t bl, q, gbl, n, ln, start = pos")
            w("cdef int tid, sid")
            w("first = last = sym = None")
            self._header_check()
            w(f"bl = {self._hdr('blockLength')}")
            w(f"tid = {self._hdr('templateId')}")
            w(f"sid = {self._hdr('schemaId')}")
            self._schema_check("pos")
            w(f"pos += {hs}")
            w("if pos + bl > size:")
            w("    raise_truncated('root block', pos, bl, size - pos)")
            kw = "if"
            for msg, sym, seq in plans:
                with w.block(f"{kw} tid == {msg.id}:"):
                    kw = "elif"
                    self._emit_seq_case(msg, sym, seq)
            w("elif tid not in TEMPLATES:")
            w("    " + self._unknown_template("start"))
            w("return (tid, sym, first, last)")
        w()
        w()
        self._emit_entry("peek", "peek_at", [
            "(templateId, symbol, first sequence, last sequence) of the message at "
            "``offset``,",
            "read without decoding; None where the message has no such value. Sequences:",
            "first/lastBookUpdateId, bookUpdateId (both), or the first and last trade id.",
            "Bounds-checked: a short or malformed buffer raises DecodeError; another schema id",
            "SchemaMismatchError, a templateId the schema does not define UnknownTemplateError."])

    def _emit_seq_case(self, msg: Message, sym, seq) -> None:
        w = self.w
        fixed_needed = [f for f in msg.fields if f.since_version == 0
                        and (seq and seq[0] == "root" and f in seq[1:]
                             or sym and sym[0] == "fixed" and f is sym[1])]
        if fixed_needed:
            end = max(f.offset + f.size for f in fixed_needed)
            w(f"if bl < {end}:")
            w(f"    raise_malformed('blockLength %d of {msg.name} is shorter "
              f"than {end}' % bl, pos)")
        if seq and seq[0] == "root":
            for var, f in (("first", seq[1]), ("last", seq[2])):
                w(f"{var} = {self.rd(f.type.primitive, f'b + pos + {f.offset}')}")
        if sym and sym[0] == "fixed":
            f = sym[1]
            w(f"sym = fixed_string(b + pos + {f.offset}, {f.type.length}, "
              f"{f.type.character_encoding!r}, 1)")
        need_walk = (seq and seq[0] == "group") or (sym and sym[0] == "data")
        if need_walk:
            w("q = pos + bl")
            for g in msg.groups:
                self._peek_group(g, seq)
                if seq and seq[0] == "group" and g is seq[1] and not (sym and sym[0] == "data"):
                    break
            if sym and sym[0] == "data":
                for d in sym[1]:
                    self._skip_data(d)
                self._read_data(sym[2], "sym")
        elif not fixed_needed:
            w("pass")

    def _skip_data(self, d) -> None:
        self.w(f"ln = read_length_at(b, q, size, {d.length_size}, {int(self.be)}, {d.name!r})")
        self.w(f"q += {d.length_size} + ln")

    def _read_data(self, d, var: str) -> None:
        w = self.w
        ls = d.length_size
        w(f"ln = read_length_at(b, q, size, {ls}, {int(self.be)}, {d.name!r})")
        if d.kind == m.DATA_TEXT and (d.character_encoding or "").upper().replace("-", "") \
                == "UTF8":
            w(f"{var} = utf8(b + q + {ls}, ln, {d.name!r}, q + {ls})")
        elif d.kind == m.DATA_TEXT:
            w(f"{var} = decode_text(b + q + {ls}, ln, {d.character_encoding!r}, {d.name!r}, "
              f"q + {ls})")
        else:
            w(f"{var} = PyBytes_FromStringAndSize(<const char *>b + q + {ls}, ln)")
        if d.optional:
            w(f"if ln == 0: {var} = None")
        w(f"q += {ls} + ln")

    def _peek_group(self, g: Group, seq) -> None:
        """Skip one fixed group at ``q`` (bounds-checked), taking the sequence ids if asked."""
        w = self.w
        dim = g.dimension
        bl_m, n_m = dim.member("blockLength"), dim.member("numInGroup")
        w(f"if q + {dim.size} > size:")
        w(f"    raise_truncated(\"dimension of group '{g.name}'\", q, {dim.size}, size - q)")
        w(f"gbl = {self.rd(bl_m.type.primitive, f'b + q + {bl_m.offset}')}")
        w(f"n = {self.rd(n_m.type.primitive, f'b + q + {n_m.offset}')}")
        w(f"q += {dim.size}")
        w("if gbl * n > size - q:")
        w(f"    raise_truncated(\"group '{g.name}'\", q, gbl * n, size - q)")
        if seq and seq[0] == "group" and g is seq[1]:
            f = seq[2]
            w("if n:")
            w(f"    if gbl < {f.offset + f.size}:")
            w(f"        raise_malformed('blockLength %d of group {g.name} is too short' % gbl, q)")
            w(f"    first = {self.rd(f.type.primitive, f'b + q + {f.offset}')}")
            w(f"    last = {self.rd(f.type.primitive, f'b + q + gbl * (n - 1) + {f.offset}')}")
        w("q += gbl * n")

    def _emit_message_peek(self, fname: str, msg: Message, items: list,
                           any_schema: bool) -> None:
        """A tuple of named root fields (integers) and var data of one message."""
        w = self.w
        hs = self.s.header.size
        fields = [x for x in items if isinstance(x, Field)]
        datas = [x for x in items if not isinstance(x, Field)]
        with w.block(f"cdef tuple {fname}_at(const uint8_t *b, Py_ssize_t size, "
                     "Py_ssize_t pos):"):
            w("cdef Py_ssize_t bl, q, gbl, n, ln, start = pos")
            w("cdef int tid, sid, ver")
            w("cdef int64_t t_i")
            w("cdef uint64_t t_u")
            self._header_check()
            w(f"bl = {self._hdr('blockLength')}")
            w(f"tid = {self._hdr('templateId')}")
            w(f"sid = {self._hdr('schemaId')}")
            w(f"ver = {self._hdr('version')}")
            w(f"if tid != {msg.id}:")
            w(f"    raise UnknownTemplateError(f'templateId {{tid}} at offset {{pos}} is not "
              f"{msg.name} ({msg.id})', offset=pos, template_id=tid)")
            if not any_schema:
                self._schema_check("pos")
            w(f"pos += {hs}")
            w("if pos + bl > size:")
            w(f"    raise_truncated('root block of {msg.name}', pos, bl, size - pos)")
            for f in fields:
                self._peek_field(msg, f, any_schema)
            if datas:
                w("q = pos + bl")
                for g in msg.groups:
                    self._peek_group(g, None)
                last = max(msg.data.index(d) for d in datas)
                for d in msg.data[:last + 1]:
                    var = f"v_{d.name}" if d in datas else None
                    if d.since_version > 0:   # absent at older versions: nothing on the wire
                        with w.block(f"if ver >= {d.since_version}:"):
                            self._data_step(d, var)
                        if var:
                            w(f"else: {var} = None")
                    else:
                        self._data_step(d, var)
            w("return (" + ", ".join(f"v_{x.name}" for x in items) +
              ("," if len(items) == 1 else "") + ")")
        w()
        w()
        names = ", ".join(x.name for x in items)
        doc = [f"({names}) of the {msg.name} at ``offset``, read without decoding."]
        if any_schema:
            doc += ["Any schemaId: the layout is the same in every schema version; fields "
                    "past the wire blockLength are None."]
        else:
            doc += [f"The header must name schema {self.s.id} and template {msg.id}."]
        self._emit_entry(fname, f"{fname}_at", doc)
        self._message_peek_sigs = getattr(self, "_message_peek_sigs", [])
        self._message_peek_sigs.append((fname, [self._peek_py_type(x) for x in items]))

    def _data_step(self, d, var: Optional[str]) -> None:
        if var is None:
            self._skip_data(d)
        else:
            self._read_data(d, var)

    def _peek_field(self, msg: Message, f: Field, any_schema: bool) -> None:
        """v_<name>: the integer, None when optional and null or absent from the wire block.
        A required field of every version must fit in the wire blockLength."""
        w = self.w
        end = f.offset + f.size
        var = f"v_{f.name}"
        prim = f.type.primitive if hasattr(f.type, "primitive") else f.type.encoding
        read = self.rd(prim, f"b + pos + {f.offset}")
        if f.presence == "required" and f.since_version == 0:
            w(f"if bl < {end}:")
            w(f"    raise_malformed('blockLength %d of {msg.name} is shorter than its field "
              f"{f.name} ({end})' % bl, pos)")
            w(f"{var} = {read}")
            return
        cond = f"bl >= {end}"
        if f.since_version > 0 and not any_schema:
            cond += f" and ver >= {f.since_version}"
        w(f"{var} = None")
        with w.block(f"if {cond}:"):
            if f.presence == "optional":
                unsigned = prim.startswith("uint") or prim == "char"
                t = "t_u" if unsigned else "t_i"
                w(f"{t} = {read}")
                w(f"if {t} != {self.c_int(int(f.null_value))}: {var} = {t}")
            else:
                w(f"{var} = {read}")

    @staticmethod
    def _peek_py_type(x) -> str:
        if isinstance(x, Field):
            return "int" if x.presence == "required" and x.since_version == 0 \
                else "Optional[int]"
        t = _PY_TYPE.get(x.kind, "bytes")
        return f"Optional[{t}]" if x.optional or x.since_version > 0 else t

    # -- stubs ----------------------------------------------------------------------------

    def peek_pyi(self) -> list[str]:
        out = [
            "def peek_header(buf: Buffer, offset: int = 0) -> tuple[int, int, int, int]: ...",
            "def header(buf: Buffer, offset: int = 0) -> tuple[int, int, int, int]: ...",
            "def peek_template_id(buf: Buffer, offset: int = 0) -> int: ...",
        ]
        if getattr(self, "_peek_messages", None):
            out.append("def peek(buf: Buffer, offset: int = 0) -> tuple[int, Optional[str], "
                       "Optional[int], Optional[int]]: ...")
        for fname, types in getattr(self, "_message_peek_sigs", []):
            out.append(f"def {fname}(buf: Buffer, offset: int = 0) -> "
                       f"tuple[{', '.join(types)}]: ...")
        return out

    def peek_pxd(self) -> str:
        sig = "(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)"
        out = ["# peek functions (bounds-checked; see the module's peek_* docstrings)",
               f"cdef tuple peek_header_at{sig}",
               f"cdef object peek_template_id_at{sig}"]
        if getattr(self, "_peek_messages", None):
            out.append(f"cdef tuple peek_at{sig}")
        for fname, _ in getattr(self, "_message_peek_sigs", []):
            out.append(f"cdef tuple {fname}_at{sig}")
        return "\n".join(out) + "\n"
