"""Emitter parts of a generated module's public surface (mixed into ``CythonEmitter``):

* record classes (``output="record"``): one ``cdef class`` per message and per group entry,
  their ``_mr_*``/``_gr_*`` decode functions, and their ``.pxd`` declarations;
* the thin API glue: ``Decoder`` (binds the dispatch function to ``sbe._rt.DecoderBase``,
  where the hand-written API lives), ``decode``, ``decode_from``, the template-id constants
  and the bounds-checked peek functions (``peek_header``, ``peek_template_id``, ``peek``);
* the ``.pxd`` and the typed ``.pyi`` (a ``TypedDict`` per message and group entry, record
  classes, overloads on ``output``).

Record slots: a fixed field present in every version (sinceVersion 0) is a C field when its
Python value does not depend on anything else — integers (required) and floats (required)
directly; an exponent as ``c_<name>`` (EXP_NONE = null) behind a property; a mantissa as
``c_<name>`` (the wire mantissa) and ``e_<name>`` (its exponent) behind a property that
applies the record's decimals mode. Everything else is an ``object`` slot holding exactly the
value the dict would hold; groups hold lists of entry records (or numpy arrays).
"""

from __future__ import annotations

import keyword
from typing import Optional

from . import model as m
from .emit_peek import PeekEmitterMixin
from .model import EnumType, EncodedType, Field, Group, Message, SetType

_CTYPE = {"int8": "int8_t", "uint8": "uint8_t", "int16": "int16_t", "uint16": "uint16_t",
          "int32": "int32_t", "uint32": "uint32_t", "int64": "int64_t", "uint64": "uint64_t",
          "float": "float", "double": "double"}

# sizes that order a record's C fields (the runtime's sbe._rt.record_class agrees)
_CSIZE = {"int8_t": 1, "uint8_t": 1, "int16_t": 2, "uint16_t": 2, "int32_t": 4,
          "uint32_t": 4, "int": 4, "float": 4, "int64_t": 8, "uint64_t": 8, "double": 8}

# names a record attribute cannot take (Cython/C keywords, the Record API)
_RESERVED = set(keyword.kwlist) | {
    "cdef", "cpdef", "ctypedef", "cimport", "include", "extern", "inline", "public",
    "readonly", "api", "nogil", "gil", "struct", "union", "enum", "const", "volatile",
    "signed", "unsigned", "sizeof", "NULL", "new", "int", "long", "short", "char", "float",
    "double", "bint", "object", "void", "to_dict", "_state", "_restore", "_dec", "type",
    "print", "exec", "fused", "operator", "namespace", "cppclass", "DEF", "IF", "ELIF", "ELSE"}


def _ident(name: str) -> str:
    return name if name.isidentifier() else "".join(c if c.isalnum() else "_" for c in name)


def rec_attr(name: str) -> str:
    """Python/Cython attribute name of a field in a record class."""
    a = _ident(name)
    return a + "_" if a in _RESERVED else a


class _RecSlot:
    """How one fixed field lives in a record: role 'c' (typed C attribute), 'exp' (C int
    behind a property), 'mant' (C mantissa + exponent behind a property) or 'obj'."""

    def __init__(self, f: Field, role: str, ctype: str = "object"):
        self.f, self.role, self.ctype = f, role, ctype
        self.attr = rec_attr(f.name)


def rec_slot(f: Field) -> _RecSlot:
    if f.presence == "constant" or f.since_version > 0:
        return _RecSlot(f, "obj")
    if f.is_exponent:
        return _RecSlot(f, "exp", "int")
    if f.kind == m.KIND_MANTISSA:
        return _RecSlot(f, "mant", _CTYPE[f.type.primitive])
    if f.kind in (m.KIND_INT, m.KIND_FLOAT) and f.presence == "required" \
            and f.type.primitive in _CTYPE:
        return _RecSlot(f, "c", _CTYPE[f.type.primitive])
    return _RecSlot(f, "obj")


class ApiEmitterMixin(PeekEmitterMixin):
    """Methods of CythonEmitter that write records, the API glue, the .pxd and the .pyi."""

    # -- record class names ---------------------------------------------------------------

    def emit_since(self, since: int, lines: list, var: str) -> None:
        """``lines`` (which set ``var``) guarded by the acting version: a member added in
        version ``since`` reads as None in an older message."""
        w = self.w
        if since > 0:
            w(f"if ver >= {since}:")
            for ln in lines:
                w("    " + ln)
            w("else:")
            w(f"    {var} = None")
        else:
            for ln in lines:
                w(ln)

    def record_names(self) -> dict[tuple, str]:
        """{(message name, group name, ...): record class name}, unique in the module."""
        if getattr(self, "_record_names", None) is not None:
            return self._record_names
        s = self.s
        taken = {_ident(e.name) for e in s.enums} | {_ident(x.name) for x in s.sets} | {
            "Decoder", "DecoderBase", "Record", "SbeEnum"}
        names: dict[tuple, str] = {}

        def add(key: tuple, base: str) -> None:
            name = base
            while name in taken:
                name += "Record"
            taken.add(name)
            names[key] = name

        for msg in s.messages:
            add((msg.name,), _ident(msg.name))

        def walk(b, key: tuple) -> None:
            for g in b.groups:
                add(key + (g.name,), f"{names[key]}_{_ident(g.name)}")
                walk(g, key + (g.name,))

        for msg in s.messages:
            walk(msg, (msg.name,))
        self._record_names = names
        return names

    # -- record classes -------------------------------------------------------------------

    def emit_records(self, msg: Message) -> None:
        """Record classes and record decode functions of one message and its groups."""
        names = self.record_names()
        self._emit_record_class(msg, names[(msg.name,)], msg.name, 0)
        self._emit_record_message(msg, names[(msg.name,)])

        def walk(b, key: tuple, depth: int, path: str) -> None:
            for g in b.groups:
                gkey = key + (g.name,)
                gpath = f"{path}__{_ident(g.name)}"
                self._emit_record_class(g, names[gkey], None, depth + 1)
                self._emit_record_group(g, names[gkey], depth + 1, gpath, gkey)
                walk(g, gkey, depth + 1, gpath)

        walk(msg, (msg.name,), 0, _ident(msg.name))

    def _rec_layout(self, b) -> tuple[list[_RecSlot], list[str]]:
        slots = [rec_slot(f) for f in b.fields]
        tail = [x.name for x in b.groups] + [d.name for d in b.data]
        attrs = [sl.attr for sl in slots] + [rec_attr(n) for n in tail]
        extra = [f"c_{sl.attr}" for sl in slots if sl.role in ("exp", "mant")] + \
            [f"e_{sl.attr}" for sl in slots if sl.role == "mant"]
        if len(set(attrs + extra)) != len(attrs) + len(extra):
            raise AssertionError(f"record attribute names collide in {b.name}: {attrs + extra}")
        return slots, tail

    def _mant_expr(self, sl: _RecSlot, obj: str) -> str:
        f = sl.f
        opt = f.presence == "optional"
        null = self.c_int(int(f.type.effective_null)) if opt else "0"
        fn = "mant_u64" if f.type.primitive == "uint64" else "mant_i64"
        return (f"{fn}({obj}.c_{sl.attr}, {int(opt)}, {null}, {obj}.e_{sl.attr}, "
                f"{obj}._dec)")

    def _emit_record_class(self, b, cls: str, message_name: Optional[str], depth: int) -> None:
        """The class declares its fields only (C attributes in the .pxd); attribute access,
        ``to_dict``, ``repr``, ``==`` and pickling are the runtime's (``sbe._rt.Record``),
        driven by the layout ``record_class`` gets at import (see emit_record_layouts).
        Declaration order is the runtime's contract: object fields first, in layout order,
        then the C numbers by decreasing size (stable), so it derives every offset."""
        w = self.w
        slots, tail = self._rec_layout(b)
        layout, objects, numbers = [], [], []
        for sl in slots:
            f = sl.f
            if sl.role == "c":
                layout += [f.name, sl.attr, "num", sl.ctype, 0, 0, 0]
                numbers.append((sl.ctype, sl.attr))
            elif sl.role == "exp":
                layout += [f.name, sl.attr, "exp", "int", 0, 0, 1]
                numbers.append(("int", f"c_{sl.attr}"))
            elif sl.role == "mant":
                opt = f.presence == "optional"
                null = int(f.type.effective_null) if opt else 0
                layout += [f.name, sl.attr, "mant", sl.ctype, int(opt), null, 0]
                numbers += [(sl.ctype, f"c_{sl.attr}"), ("int", f"e_{sl.attr}")]
            else:
                layout += [f.name, sl.attr, "obj", None, 0, 0, int(f.is_exponent)]
                objects.append(sl.attr)
        for g in b.groups:
            layout += [g.name, rec_attr(g.name), "plain", None, 0, 0, 0]
            objects.append(rec_attr(g.name))
        for d in b.data:
            role = "plain" if d.kind == m.DATA_MESSAGE else "obj"
            layout += [d.name, rec_attr(d.name), role, None, 0, 0, 0]
            objects.append(rec_attr(d.name))
        numbers.sort(key=lambda tn: -_CSIZE[tn[0]])  # stable
        decls = [f"    cdef object {a}" for a in objects] + \
            [f"    cdef {t} {a}" for t, a in numbers]
        self._record_pxd.append("\n".join([f"cdef class {cls}(Record):"] +
                                          (decls or ["    pass"])))
        self._record_layouts.append((cls, message_name, tuple(layout)))
        what = f"message {message_name}" if message_name else f"entry of group {b.name}"
        with w.block(f"cdef class {cls}(Record):"):
            w(f'"""Record of {what}; ``to_dict()`` gives the dict form."""')
        w()
        w()

    def emit_record_layouts(self) -> None:
        """Module-level code run at import: one ``record_class`` call per record class, with
        its layout (7 items per field: key, attribute, role, C type, optional, null,
        is_exponent)."""
        w = self.w
        if not self._record_layouts:
            return
        w("# record classes: attribute descriptors and layouts (sbe._rt.record_class)")
        for cls, message_name, layout in self._record_layouts:
            w(f"record_class({cls}, {message_name!r}, {layout!r})")

    def _emit_record_fixed(self, b, target: str, depth: int) -> None:
        """Assign the fixed fields of the block at ``p`` to record ``target``."""
        w = self.w
        slots, _ = self._rec_layout(b)
        from .emit_cython import _Slot
        for sl in slots:
            f = sl.f
            p = f"p + {f.offset}" if f.offset else "p"
            if sl.role == "c":
                w(f"{target}.{sl.attr} = {self.rd(f.type.primitive, p)}")
            elif sl.role == "exp":
                w(f"{target}.c_{sl.attr} = x{depth}_{_ident(f.name)}")
            elif sl.role == "mant":
                w(f"{target}.c_{sl.attr} = {self.rd(f.type.primitive, p)}")
                w(f"{target}.e_{sl.attr} = {self.exp_var(_Slot.of_field(f), depth)}")
            elif f.is_exponent:
                x = f"x{depth}_{_ident(f.name)}"  # EXP_NONE when null or absent
                w(f"{target}.{sl.attr} = None if {x} == EXP_NONE else {x}")
            else:
                lines = self.value_lines(_Slot.of_field(f), "p", f"{target}.{sl.attr}", depth)
                if f.since_version > 0 and f.presence != "constant":
                    w(f"if ver >= {f.since_version}:")
                    for ln in lines:
                        w("    " + ln)
                    w("else:")
                    w(f"    {target}.{sl.attr} = None")
                else:
                    for ln in lines:
                        w(ln)

    def _emit_record_tail(self, b, depth: int, path: str, target: str) -> None:
        """Groups (entry records, or numpy arrays) then var data into ``target``."""
        w = self.w
        for g in b.groups:
            gp = f"{path}__{_ident(g.name)}"
            args = ", ".join(["st", "&pos", "end", "ver"] + self.outer_exps(g, depth + 1))
            var = f"{target}.{rec_attr(g.name)}"
            call = f"_gr_{gp}({args}) if st.grp == GRP_LIST else _g_{gp}({args})"
            self.emit_since(g.since_version, [f"{var} = {call}"], var)
        for d in b.data:
            var = f"{target}.{rec_attr(d.name)}"
            lines = self.data_lines(d, "v_")
            lines.append(f"{var} = v_")
            self.emit_since(d.since_version, lines, var)

    def _emit_record_message(self, msg: Message, cls: str) -> None:
        w = self.w
        path = _ident(msg.name)
        with w.block(f"cdef object _mr_{path}(State *st, Py_ssize_t pos, Py_ssize_t bl, "
                     f"int ver, Py_ssize_t end):"):
            w(f'"""{msg.name} as a {cls} record; ``pos`` is the start of the root block."""')
            w(f"cdef {cls} r")
            self.declare_locals(msg, 0)
            w("if pos + bl > end:")
            w(f"    raise_truncated('root block of {msg.name}', pos, bl, end - pos)")
            w(f"if bl < {self.need_expr(msg)}:")
            w(f"    raise_short_block({msg.name!r}, _BF_{path}, ver, bl, pos)")
            w("p = st.buf + pos")
            for ln in self.exponent_reads(msg.fields, "p", 0):
                w(ln)
            w(f"r = {cls}.__new__({cls})")
            w("r._dec = st.dec")
            self._emit_record_fixed(msg, "r", 0)
            w("pos += bl")
            self._emit_record_tail(msg, 0, path, "r")
            w("st.stop = pos")
            w("return r")
        w()

    def _emit_record_group(self, g: Group, cls: str, depth: int, path: str, key) -> None:
        """List of entry records (groups="list"); numpy stays with ``_g_*``."""
        w = self.w
        outer = self.outer_exps(g, depth)
        params = "".join(f", int {x}" for x in outer)
        with w.block(f"cdef list _gr_{path}(State *st, Py_ssize_t *ppos, Py_ssize_t end, "
                     f"int ver{params}):"):
            w(f'"""Group {g.name} as a list of {cls} records; advances *ppos."""')
            self.declare_locals(g, depth)
            w(f"cdef {cls} e")
            w("cdef Py_ssize_t pos = ppos[0]")
            w("cdef Py_ssize_t bl, n, i = 0")
            w("cdef list rows")
            self.emit_group_prologue(g, path)
            w("rows = PyList_New(n)")
            with w.block("try:"):
                with w.block("for i in range(n):"):
                    if not g.is_fixed:
                        w("if pos + bl > end:")
                        w(f"    raise_truncated(\"entry of group '{g.name}'\", pos, bl, "
                          f"end - pos)")
                    w("p = st.buf + pos")
                    for ln in self.exponent_reads(g.fields, "p", depth):
                        w(ln)
                    w(f"e = {cls}.__new__({cls})")
                    w("e._dec = st.dec")
                    self._emit_record_fixed(g, "e", depth)
                    w("pos += bl")
                    self._emit_record_tail(g, depth, path, "e")
                    w("Py_INCREF(e)")
                    w("PyList_SET_ITEM(rows, i, e)")
            with w.block("except DecodeError as err:"):
                w("err._prepend('[%d]' % i)")
                w(f"err._prepend({g.name!r})")
                w("raise")
            w("ppos[0] = pos")
            w("return rows")
        w()

    # -- API glue -------------------------------------------------------------------------

    def emit_template_ids(self) -> None:
        w = self.w
        w("# template ids, one constant per message")
        for msg in self.s.messages:
            w(f"TEMPLATE_{_ident(msg.name)} = {msg.id}")

    def emit_api(self) -> None:
        """The schema-bound API: everything else is sbe._rt.DecoderBase (hand-written)."""
        w = self.w
        with w.block("cdef class Decoder(DecoderBase):"):
            w(f'"""Decoder of schema {self.s.package} {self.s.id}:{self.s.version}: '
              f'see sbe._rt.DecoderBase.')
            w()
            w("Decoder(*, decimals='raw', groups='list', output='dict', strict=False)")
            w('"""')
            w()
            with w.block("def __cinit__(self, *args, **kwargs):"):
                w("self._dispatch = _dispatch")
        w()
        w()
        w("cdef DecoderCache _decoders = DecoderCache(Decoder)")
        w()
        w()
        # binding=False: a builtin function, not a Cython function object, so CPython calls it
        # on its fast path (specialised CALL, no generic vectorcall); see bench/bench_decode.py
        w("cimport cython")
        w()
        w()
        w("@cython.binding(False)")
        with w.block("def decode(buf, *, str decimals='raw', str groups='list', "
                     "str output='dict', bint strict=False):"):
            w('"""Decode one message from ``buf``; see :class:`Decoder` for the options."""')
            # _run, not the cpdef decode: no override lookup per call
            w("return _decoders.get(decimals, groups, output, strict)._run(buf, 0, False)")
        w()
        w()
        w("@cython.binding(False)")
        with w.block("def decode_from(buf, Py_ssize_t offset=0, *, str decimals='raw', "
                     "str groups='list', str output='dict'):"):
            w('"""(message, end) of the message whose header starts at ``offset``."""')
            w("return _decoders.get(decimals, groups, output, False)._run(buf, offset, True)")
        w()
        w()
        self.emit_peek()
        with w.block("def newer_versions_seen():"):
            w('"""(count, newest version) of messages decoded whose header version is newer than')
            w('this decoder\'s schema: the server has moved on, regenerate (python -m codegen update)."""')
            w("return (_newer_count, _newest_seen if _newest_seen >= 0 else None)")
        w()
        w()
        self.emit_codec_api()

    def emit_codec_api(self) -> None:
        w = self.w
        w("cdef object _codec_instance = None")
        w()
        w()
        with w.block("def codec():"):
            w('"""The pure-Python reference codec of this schema (encoder, oracle decoder)."""')
            w("global _codec_instance")
            w("if _codec_instance is None:")
            w("    from sbe._pycodec import Codec")
            w(f"    from {self._ir_import()} import IR")
            w("    _codec_instance = Codec(IR, enums=ENUMS, sets=SETS)")
            w("return _codec_instance")
        w()
        w()
        with w.block("def encode(msg, *, version=None, pad=0, schema_id=None):"):
            w('"""Encode a message (a dict as ``decode`` returns, or a record) to bytes."""')
            w("if isinstance(msg, Record):")
            w("    msg = (<Record>msg).to_dict()")
            w("return codec().encode(msg, version=version, pad=pad, schema_id=schema_id)")
        w()

    # -- companion files ------------------------------------------------------------------

    def emit_pxd(self) -> str:
        return (self.banner() +
                "# cython: language_level=3\n"
                f'"""cimport-able fast path of {self.module}: ``Decoder.decode`` is a cpdef '
                'method; record\nclasses expose their C fields (see sbe._rt.Record)."""\n\n'
                "from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, "
                "uint16_t, uint32_t,\n"
                "                          uint64_t)\n"
                "from sbe._rt cimport DecoderBase, Record\n\n\n"
                "cdef class Decoder(DecoderBase):\n"
                "    pass\n\n\n" + self.peek_pxd() + "\n\n" +
                "\n\n\n".join(self._record_pxd) + "\n")

    # -- typed stubs ----------------------------------------------------------------------

    def _py_type(self, f: Field, record: bool) -> str:
        """Python type of a fixed field's value (any decimals mode)."""
        t, kind = f.type, f.kind
        if f.presence == "constant":
            if isinstance(t, EnumType):
                return "bool" if t.is_bool else f"Union[{_ident(t.name)}, int]"
            return {m.KIND_FLOAT: "float", m.KIND_CHAR: "str", m.KIND_STRING: "str"}.get(
                kind, "int")
        opt = f.presence == "optional" or f.since_version > 0
        if f.is_exponent:
            base, opt = "int", True
        elif kind == m.KIND_ENUM:
            base = "bool" if t.is_bool else f"Union[{_ident(t.name)}, int]"
        elif kind == m.KIND_SET:
            base = _ident(t.name)
        elif kind == m.KIND_COMPOSITE:
            base = "dict[str, Any]"
        elif kind in (m.KIND_MANTISSA, m.KIND_MANTISSA128):
            return "Any"  # int (raw), float or Decimal: depends on decimals
        elif kind == m.KIND_INT:
            base = "int"
        elif kind == m.KIND_FLOAT:
            base = "float"
        elif kind in (m.KIND_CHAR, m.KIND_STRING):
            base = "str"
        elif kind == m.KIND_BYTES:
            base = "bytes"
        elif kind == m.KIND_ARRAY:
            base = "tuple[float, ...]" if m.PRIMITIVES[t.primitive][3] else "tuple[int, ...]"
        else:
            base = "Any"
        return f"Optional[{base}]" if opt else base

    def _data_type(self, d) -> str:
        if d.kind == m.DATA_MESSAGE:
            base = "Any"  # a nested message (dict or record)
        elif d.kind == m.DATA_TEXT:
            enc = d.character_encoding
            base = "str" if enc else "bytes"
        else:
            base = "bytes"
        return f"Optional[{base}]" if (d.optional or d.since_version > 0) and base != "Any" \
            else base

    def emit_pyi(self) -> str:
        s = self.s
        names = self.record_names()
        out = [self.banner().rstrip(),
               "from decimal import Decimal",
               "from typing import Any, Generic, Literal, Mapping, Optional, TypeVar, Union, "
               "overload",
               "", "from typing_extensions import Buffer, NotRequired, TypedDict", "",
               "from sbe._rt import DecoderBase, Record, SbeEnum, SbeFlag", "",
               "PACKAGE: str", "SCHEMA_ID: int", "SCHEMA_VERSION: int", "SCHEMA_FILE: str",
               "SCHEMA_SHA256: str", "LIFECYCLE: dict[str, Any]",
               "BYTE_ORDER: str", "HEADER_SIZE: int",
               "MESSAGES: dict[str, int]", "TEMPLATES: dict[int, str]",
               "ENUMS: dict[str, type[SbeEnum]]", "SETS: dict[str, type[SbeFlag]]", ""]
        for msg in s.messages:
            out.append(f"TEMPLATE_{_ident(msg.name)}: Literal[{msg.id}]")
        out.append("")
        for e in s.enums:
            out.append(f"class {_ident(e.name)}(SbeEnum):")
            ok = [v for v in e.values if v.name.isidentifier() and not keyword.iskeyword(v.name)]
            for v in ok:
                out.append(f"    {v.name} = {v.value}")
            if len(ok) < len(e.values):
                out.append(f"    # members named with Python keywords: "
                           f"{', '.join(v.name for v in e.values if v not in ok)} "
                           f"(use {_ident(e.name)}['Name'])")
            if not ok:
                out.append("    ...")
            out.append("")
        for st in s.sets:
            out.append(f"class {_ident(st.name)}(SbeFlag):")
            ok = [c for c in st.choices if c.name.isidentifier() and not keyword.iskeyword(c.name)]
            for c in ok:
                out.append(f"    {c.name} = {1 << c.bit}")
            if len(ok) < len(st.choices):
                out.append(f"    # choices named with Python keywords: "
                           f"{', '.join(c.name for c in st.choices if c not in ok)} "
                           f"(use {_ident(st.name)}['Name'])")
            if not ok:
                out.append("    ...")
            out.append("")

        # TypedDicts (dict output) and record classes, innermost first
        def blocks(b, key):
            for g in b.groups:
                yield from blocks(g, key + (g.name,))
            yield b, key

        for msg in s.messages:
            for b, key in blocks(msg, (msg.name,)):
                cls = names[key]
                is_msg = len(key) == 1
                items = []
                if is_msg:
                    items.append(f"'$message': Literal[{msg.name!r}]")
                for f in b.fields:
                    t = self._py_type(f, False)
                    items.append(f"{f.name!r}: NotRequired[{t}]" if f.is_exponent
                                 else f"{f.name!r}: {t}")
                for g in b.groups:
                    gcls = names[key + (g.name,)]
                    items.append(f"{g.name!r}: Union[list[{gcls}Dict], Any]")
                for d in b.data:
                    items.append(f"{d.name!r}: {self._data_type(d)}")
                out.append(f"{cls}Dict = TypedDict({cls + 'Dict'!r}, {{")
                for it in items:
                    out.append(f"    {it},")
                out.append("})")
                out.append("")
                out.append(f"class {cls}(Record):")
                for sl in (rec_slot(f) for f in b.fields):
                    t = self._py_type(sl.f, True)
                    out.append(f"    @property")
                    out.append(f"    def {sl.attr}(self) -> {t}: ...")
                    if sl.role in ("exp", "mant"):
                        out.append("    @property")
                        out.append(f"    def c_{sl.attr}(self) -> int: ...")
                    if sl.role == "mant":
                        out.append("    @property")
                        out.append(f"    def e_{sl.attr}(self) -> int: ...")
                for g in b.groups:
                    gcls = names[key + (g.name,)]
                    out.append("    @property")
                    out.append(f"    def {rec_attr(g.name)}(self) -> Union[list[{gcls}], Any]: ...")
                for d in b.data:
                    out.append("    @property")
                    out.append(f"    def {rec_attr(d.name)}(self) -> {self._data_type(d)}: ...")
                out.append(f"    def to_dict(self) -> {cls}Dict: ...")
                out.append("")
        recs = [names[(msg.name,)] for msg in s.messages]
        dicts = [names[(msg.name,)] + "Dict" for msg in s.messages]
        out.append(f"AnyRecord = Union[{', '.join(recs)}]" if recs else "AnyRecord = Record")
        out.append(f"AnyMessageDict = Union[{', '.join(dicts)}]" if dicts else
                   "AnyMessageDict = dict[str, Any]")
        out += [
            "Message = dict[str, Any]",
            "_Decimals = Literal['raw', 'float', 'decimal']",
            "_Groups = Literal['list', 'numpy', 'flat']",
            "_RecordGroups = Literal['list', 'numpy']  # groups='flat' is a dict shape",
            "_M = TypeVar('_M')",
            "",
            "class Decoder(DecoderBase, Generic[_M]):",
            "    @overload",
            "    def __init__(self: Decoder[Message], *, decimals: _Decimals = 'raw', "
            "groups: _Groups = 'list',",
            "                 output: Literal['dict'] = 'dict', strict: bool = False) -> None: ...",
            "    @overload",
            "    def __init__(self: Decoder[AnyRecord], *, decimals: _Decimals = 'raw', "
            "groups: _RecordGroups = 'list',",
            "                 output: Literal['record'], strict: bool = False) -> None: ...",
            "    def decode(self, buf: Buffer) -> _M: ...",
            "    def decode_from(self, buf: Buffer, offset: int = 0) -> tuple[_M, int]: ...",
            "",
            "@overload",
            "def decode(buf: Buffer, *, decimals: _Decimals = 'raw', groups: _Groups = 'list',",
            "           output: Literal['dict'] = 'dict', strict: bool = False) -> Message: ...",
            "@overload",
            "def decode(buf: Buffer, *, decimals: _Decimals = 'raw', "
            "groups: _RecordGroups = 'list',",
            "           output: Literal['record'], strict: bool = False) -> AnyRecord: ...",
            "@overload",
            "def decode_from(buf: Buffer, offset: int = 0, *, decimals: _Decimals = 'raw',",
            "                groups: _Groups = 'list', output: Literal['dict'] = 'dict'"
            ") -> tuple[Message, int]: ...",
            "@overload",
            "def decode_from(buf: Buffer, offset: int = 0, *, decimals: _Decimals = 'raw',",
            "                groups: _RecordGroups = 'list', output: Literal['record']"
            ") -> tuple[AnyRecord, int]: ...",
        ]
        out += self.peek_pyi()
        out += [
            "def newer_versions_seen() -> tuple[int, Optional[int]]: ...",
            "def codec() -> Any: ...",
            "def encode(msg: Union[Mapping[str, Any], Record], *, version: Optional[int] = None,",
            "           pad: int = 0, schema_id: Optional[int] = None) -> bytes: ...",
        ]
        return "\n".join(out) + "\n"
