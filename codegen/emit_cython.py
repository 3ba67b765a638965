"""Emit a Cython decoder module (``.pyx``, ``.pxd``, ``.pyi``) and its plain IR (``_ir.py``)
from a :class:`codegen.model.Schema`.

Shape of the generated code, per block (message root or group entry):

* one bounds check of the block against the buffer and one check that the wire blockLength
  holds every field present at the acting version; after that, fixed fields are read with
  unchecked inline readers (``sbe_i64le(p + 8)``) into locals;
* exponent fields are also kept as C ints (``x<depth>_<name>``) and threaded down to nested
  groups as arguments, so a mantissa finds its exponent in its own or any enclosing block;
* groups and var data follow in schema order, each advancing ``pos``;
* the dict is built last from one literal (presized by Cython).

Groups dispatch on the ``groups`` option: lists of dicts, or numpy arrays via ``sbe._rt``
(zero-copy views for groups of fixed fields).  Everything a hostile buffer can reach raises a
typed ``sbe.errors.DecodeError`` with offsets, sizes and a ``$.path``.
"""

from __future__ import annotations

import keyword
import pprint
from contextlib import contextmanager
from typing import Iterator, Optional

from . import binance, model as m
from .emit_api import ApiEmitterMixin
from .model import (CompositeType, Data, EncodedType, EnumType, Field, Group, Message, Schema,
                    SetType)

_READ = {"int16": "i16", "uint16": "u16", "int32": "i32", "uint32": "u32", "int64": "i64",
         "uint64": "u64", "float": "f32", "double": "f64"}
_NP = m.NUMPY_CODES
_UNSIGNED64 = {"uint64"}


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.level = 0

    def __call__(self, line: str = "") -> None:
        self.lines.append(("    " * self.level + line) if line else "")

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        self(header)
        self.level += 1
        try:
            yield
        finally:
            self.level -= 1

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


class _Slot:
    """A fixed field or composite member, seen uniformly by the value emitter."""

    def __init__(self, name, type_, kind, offset, presence, since, exponent=None,
                 is_exponent=False, constant=None):
        self.name, self.type, self.kind, self.offset = name, type_, kind, offset
        self.presence, self.since = presence, since
        self.exponent, self.is_exponent, self.constant = exponent, is_exponent, constant

    @classmethod
    def of_field(cls, f: Field) -> "_Slot":
        return cls(f.name, f.type, f.kind, f.offset, f.presence, f.since_version, f.exponent,
                   f.is_exponent, f.constant_value)

    @classmethod
    def of_member(cls, mem: m.Member) -> "_Slot":
        t = mem.type
        presence = getattr(t, "presence", "required")
        const = t.constant_value if isinstance(t, EncodedType) else None
        return cls(mem.name, t, mem.kind, mem.offset, presence, t.since_version, None, False,
                   const)

    @property
    def size(self) -> int:
        return 0 if self.presence == "constant" else self.type.size


def _ident(name: str) -> str:
    return name if name.isidentifier() else "".join(c if c.isalnum() else "_" for c in name)


class CythonEmitter(ApiEmitterMixin):
    def __init__(self, schema: Schema, module: str, command: str,
                 lifecycle: Optional[dict] = None) -> None:
        self.s = schema
        # lifecycle dates known at generation time (codegen.lifecycle; {} when unknown)
        self.lifecycle = dict(lifecycle or {})
        self.module = module
        self.command = command
        self.be = not schema.little_endian
        self.order = ">" if self.be else "<"
        self.w = _Writer()
        self._consts: dict[tuple, str] = {}
        self._group_specs: list[str] = []
        self._templates: dict[tuple, str] = {}

    # -- small helpers ------------------------------------------------------------------

    def banner(self, comment: str = "#") -> str:
        s = self.s
        return (f"{comment} GENERATED FROM {s.source_name} (package {s.package}, schema "
                f"{s.id}:{s.version}, sha256 {s.sha256}) DO NOT EDIT.\n"
                f"{comment} Regenerate with: {self.command}\n")

    def rd(self, prim: str, ptr: str) -> str:
        if prim in ("char", "uint8"):
            return f"sbe_u8({ptr})"
        if prim == "int8":
            return f"sbe_i8({ptr})"
        return f"sbe_{_READ[prim]}{'be' if self.be else 'le'}({ptr})"

    @staticmethod
    def c_int(v: int) -> str:
        if v == -(1 << 63):
            return "INT64_MIN"
        if v == (1 << 64) - 1:
            return "UINT64_MAX"
        if v >= 1 << 63:
            return f"<uint64_t>{v - (1 << 64)}"  # two's complement, cast back to unsigned
        return str(v)

    def np_fmt(self, t, kind: str):
        """numpy format of a field/member type, in the schema byte order."""
        o = self.order
        if kind == m.KIND_MANTISSA128:
            return [("lo", "<u8"), ("hi", "<i8")]
        if isinstance(t, (EnumType, SetType)):
            p = t.encoding
            return ("" if PRIM_SIZE(p) == 1 else o) + _NP[p] if p != "char" else "u1"
        if isinstance(t, CompositeType):
            wire = [mm for mm in t.members
                    if getattr(mm.type, "presence", "required") != "constant"]
            return {"names": [mm.name for mm in wire],
                    "formats": [self.np_fmt(mm.type, mm.kind) for mm in wire],
                    "offsets": [mm.offset for mm in wire],
                    "itemsize": t.size}
        p = t.primitive
        if kind == m.KIND_STRING:
            return f"S{t.length}"
        base = ("" if PRIM_SIZE(p) == 1 else o) + _NP[p]
        if t.length > 1:
            return (base, (t.length,))
        return base

    def const_obj(self, slot: _Slot) -> str:
        """Module-level name holding a constant field's value."""
        t = slot.type
        if isinstance(t, EnumType):
            key = ("enum", t.name, slot.constant)
            if key not in self._consts:
                self._consts[key] = f"_K{len(self._consts)}"
            return self._consts[key]
        return repr(_parse_constant(t, slot.constant))

    # -- module ---------------------------------------------------------------------------

    def emit(self) -> dict[str, str]:
        s = self.s
        w = self.w
        w(self.banner().rstrip())
        w("# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True")
        # no pyx source echoed into the C (a third of its size): the .pyx is the source to read
        w("# cython: initializedcheck=False, cpow=True, auto_pickle=False, "
          "emit_code_comments=False")
        w(f'"""Decoder for SBE schema {s.package} {s.id}:{s.version} ({s.source_name})."""')
        w()
        w("from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, "
          "uint32_t, uint64_t,")
        w("                          INT64_MIN, UINT64_MAX)")
        w("from libc.string cimport memcpy")
        w("from cpython.buffer cimport PyObject_GetBuffer, PyBuffer_Release, PyBUF_SIMPLE")
        w("from cpython.bytes cimport PyBytes_CheckExact, PyBytes_AS_STRING, PyBytes_GET_SIZE")
        w("from cpython.bytearray cimport PyByteArray_AS_STRING")
        w("from cpython.list cimport PyList_New, PyList_SET_ITEM")
        w("from cpython.dict cimport PyDict_Copy")
        w("from cpython.object cimport PyObject")
        w("from cpython.ref cimport Py_INCREF")
        w("from sbe._rt cimport *")
        w()
        w("from sbe._rt import SbeEnum, SbeFlag, make_enum, make_flag")
        w("from sbe.errors import DecodeError, SchemaMismatchError, UnknownTemplateError")
        w()
        w(f"PACKAGE = {s.package!r}")
        w(f"SCHEMA_ID = {s.id}")
        w(f"SCHEMA_VERSION = {s.version}")
        w(f"SCHEMA_FILE = {s.source_name!r}")
        w(f"SCHEMA_SHA256 = {s.sha256!r}")
        # release/deprecation/retirement dates from Binance's lifecycle JSON at generation time
        w("LIFECYCLE = {" + ", ".join(f"{k!r}: {v!r}" for k, v in sorted(self.lifecycle.items()))
          + "}")
        w(f"BYTE_ORDER = {s.byte_order!r}")
        w(f"HEADER_SIZE = {s.header.size}")
        w("MESSAGES = {" + ", ".join(f"{msg.name!r}: {msg.id}" for msg in s.messages) + "}")
        w("TEMPLATES = {v: k for k, v in MESSAGES.items()}")
        self.emit_template_ids()
        w("@TEMPLATE_DECLS@")
        w()
        self.emit_types()
        for comp in s.composites:
            if self._composite_used(comp):
                self.emit_composite(comp)
        self._record_pxd: list[str] = []
        self._record_layouts: list[tuple] = []
        for msg in s.messages:
            self.emit_message(msg)
            self.emit_records(msg)
        self.emit_dispatch()
        self.emit_api()
        # constants and group specs are collected while emitting code; they go at the end
        # because module-level code runs at import, after every function is defined
        w()
        w("# constant fields (valueRef)")
        for (kind, tname, value), var in sorted(self._consts.items(), key=lambda kv: kv[1]):
            enum_t = s.types[tname]
            if enum_t.is_bool:
                w(f"{var} = {value == 'True'}")
            else:
                w(f"{var} = {tname}[{value!r}]")
        w()
        w("# key templates of the result dicts")
        for keys, var in sorted(self._templates.items(), key=lambda kv: int(kv[1][2:])):
            w(f"{var} = dict.fromkeys({list(keys)!r})")
        w()
        w("# numpy layouts of the repeating groups")
        for line in self._group_specs:
            w(line)
        w()
        self.emit_record_layouts()
        decls = [f"cdef dict {v}" for v in sorted(self._templates.values(),
                                                    key=lambda v: int(v[2:]))]
        pyx = w.text().replace("@TEMPLATE_DECLS@", "\n".join(decls))
        return {
            f"{self.module}.pyx": pyx,
            f"{self.module}.pxd": self.emit_pxd(),
            f"{self.module}.pyi": self.emit_pyi(),
            f"{self.module}_ir.py": self.emit_ir(),
        }

    def _composite_used(self, comp: CompositeType) -> bool:
        # header, dimension and var-data composites are read by dedicated code
        names = {"length", "varData"}
        if {mm.name for mm in comp.members} <= names | {"blockLength", "numInGroup"}:
            return False
        return comp is not self.s.header

    def emit_types(self) -> None:
        w = self.w
        s = self.s
        w("# enums: unknown wire values decode to plain ints, never an error")
        for e in s.enums:
            members = ", ".join(f"({v.name!r}, {v.value})" for v in e.values)
            json = {v.name: binance.json_value(v) for v in e.values
                    if binance.json_value(v) is not None}
            w(f"{_ident(e.name)} = make_enum({e.name!r}, [{members}], {json!r}, __name__)")
            lut_size = 256 if (m.PRIMITIVES[e.encoding][0] == 1
                               and not m.PRIMITIVES[e.encoding][2]) else 0
            if e.is_bool:
                w(f"cdef tuple _E_{_ident(e.name)} = (False, True) + tuple(range(2, 256))")
            elif lut_size:
                w(f"cdef tuple _E_{_ident(e.name)} = enum_lut({_ident(e.name)})")
            else:
                w(f"cdef dict _E_{_ident(e.name)} = dict({_ident(e.name)}._value2member_map_)")
        w()
        w("# sets: unknown bits are kept")
        for st in s.sets:
            members = ", ".join(f"({c.name!r}, {1 << c.bit})" for c in st.choices)
            w(f"{_ident(st.name)} = make_flag({st.name!r}, [{members}], __name__)")
            w(f"cdef dict _S_{_ident(st.name)} = {{}}")
        w()
        w("ENUMS = {" + ", ".join(f"{e.name!r}: {_ident(e.name)}" for e in s.enums) + "}")
        w("SETS = {" + ", ".join(f"{x.name!r}: {_ident(x.name)}" for x in s.sets) + "}")
        w()

    # -- values ---------------------------------------------------------------------------

    def value_lines(self, slot: _Slot, ptr: str, var: str, depth: int, ver: str = "ver",
                    dec: str = "st.dec") -> list[str]:
        """Lines assigning the Python value of ``slot`` (at ``ptr``) to ``var``."""
        t, kind = slot.type, slot.kind
        p = f"{ptr} + {slot.offset}" if slot.offset else ptr
        opt = slot.presence == "optional"
        if slot.presence == "constant":
            return [f"{var} = {self.const_obj(slot)}"]
        if kind == m.KIND_ENUM:
            raw = self.rd(t.encoding, p)
            lut = f"_E_{_ident(t.name)}"
            signed = m.PRIMITIVES[t.encoding][2]
            tv = "t_i" if signed else "t_u"
            small = m.PRIMITIVES[t.encoding][0] == 1 and not signed
            get = f"{lut}[{tv}]" if small else f"enum_value({lut}, {tv})"
            lines = [f"{tv} = {raw}"]
            if opt:
                lines.append(f"{var} = None if {tv} == {self.c_int(t.effective_null)} else {get}")
            else:
                lines.append(f"{var} = {get}")
            return lines
        if kind == m.KIND_SET:
            return [f"{var} = set_value(_S_{_ident(t.name)}, {_ident(t.name)}, "
                    f"{self.rd(t.encoding, p)})"]
        if kind == m.KIND_COMPOSITE:
            return [f"{var} = _c_{_ident(t.name)}({p}, {ver})"]
        if kind == m.KIND_MANTISSA128:
            e = self.exp_var(slot, depth)
            return [f"{var} = mant128({p}, {int(opt)}, {e}, {dec})"]
        prim = t.primitive
        if kind == m.KIND_MANTISSA:
            e = self.exp_var(slot, depth)
            null = self.c_int(int(t.effective_null)) if opt else "0"
            if prim in _UNSIGNED64:
                return [f"{var} = mant_u64({self.rd(prim, p)}, {int(opt)}, {null}, {e}, {dec})"]
            return [f"{var} = mant_i64({self.rd(prim, p)}, {int(opt)}, {null}, {e}, {dec})"]
        if kind == m.KIND_INT:
            raw = self.rd(prim, p)
            if not opt:
                return [f"{var} = {raw}"]
            null = self.c_int(int(t.effective_null))
            if prim in _UNSIGNED64:
                return [f"{var} = opt_u64({raw}, {null})"]
            return [f"{var} = opt_i64({raw}, {null})"]
        if kind == m.KIND_FLOAT:
            raw = self.rd(prim, p)
            if opt and t.null_value is not None and t.null_value == t.null_value:
                return [f"t_d = {raw}", f"{var} = None if t_d == {t.null_value!r} else t_d"]
            return [f"{var} = opt_f64({raw})" if opt else f"{var} = {raw}"]
        if kind == m.KIND_CHAR:
            null = int(t.effective_null) if opt else -1
            return [f"t_u = {self.rd('char', p)}",
                    f"{var} = None if t_u == {null} else chr(t_u)" if opt else f"{var} = chr(t_u)"]
        if kind == m.KIND_STRING:
            return [f"{var} = fixed_string({p}, {t.length}, {t.character_encoding!r}, {int(opt)})"]
        if kind == m.KIND_BYTES:
            return [f"{var} = PyBytes_FromStringAndSize(<const char *>({p}), {t.length})"]
        if kind == m.KIND_ARRAY:
            size = m.PRIMITIVES[prim][0]
            items = ", ".join(self.rd(prim, f"{p} + {i * size}") for i in range(t.length))
            return [f"{var} = ({items},)"]
        raise AssertionError(kind)

    def exp_var(self, slot: _Slot, depth: int) -> str:
        up, name = slot.exponent
        return f"x{depth - up}_{_ident(name)}"

    def exponent_lines(self, slot: _Slot, ptr: str, depth: int) -> list[str]:
        """Read an exponent field into its C int (EXP_NONE when null or absent)."""
        t = slot.type
        x = f"x{depth}_{_ident(slot.name)}"
        raw = self.rd(t.primitive, f"{ptr} + {slot.offset}" if slot.offset else ptr)
        lines = [f"{x} = {raw}"]
        if slot.presence == "optional":
            lines.append(f"if {x} == {self.c_int(int(t.effective_null))}: {x} = EXP_NONE")
        return lines

    def exponent_reads(self, fields: list[Field], ptr: str, depth: int) -> list[str]:
        """Lines reading the block's exponent fields into C ints (EXP_NONE if null/absent)."""
        out: list[str] = []
        for f in fields:
            if not f.is_exponent:
                continue
            lines = self.exponent_lines(_Slot.of_field(f), ptr, depth)
            if f.since_version > 0:
                out.append(f"if ver >= {f.since_version}:")
                out += ["    " + x for x in lines]
            else:
                out += lines
        return out

    def value_reads(self, fields: list[Field], ptr: str, depth: int) -> list[str]:
        """Lines computing ``v_<name>`` for every fixed field (exponents from their C int)."""
        out: list[str] = []
        for f in fields:
            var = f"v_{_ident(f.name)}"
            if f.is_exponent:
                x = f"x{depth}_{_ident(f.name)}"
                out.append(f"{var} = None if {x} == EXP_NONE else {x}")
                continue
            lines = self.value_lines(_Slot.of_field(f), ptr, var, depth)
            if f.since_version > 0 and f.presence != "constant":
                out.append(f"if ver >= {f.since_version}:")
                out += ["    " + x for x in lines]
                out.append("else:")
                out.append(f"    {var} = None")
            else:
                out += lines
        return out

    # -- composites -----------------------------------------------------------------------

    def emit_composite(self, comp: CompositeType) -> None:
        w = self.w
        with w.block(f"cdef dict _c_{_ident(comp.name)}(const uint8_t *p, int ver):"):
            w("cdef uint64_t t_u")
            w("cdef int64_t t_i")
            w("cdef double t_d")
            w("cdef int st_dec = DEC_RAW")
            for mem in comp.members:
                slot = _Slot.of_member(mem)
                var = f"v_{_ident(mem.name)}"
                lines = self.value_lines(slot, "p", var, 0, dec="st_dec")
                if slot.since > 0 and slot.presence != "constant":
                    w(f"if ver >= {slot.since}:")
                    for ln in lines:
                        w("    " + ln)
                    w(f"else:")
                    w(f"    {var} = None")
                else:
                    for ln in lines:
                        w(ln)
            items = ", ".join(f"{mem.name!r}: v_{_ident(mem.name)}" for mem in comp.members)
            w(f"return {{{items}}}")
        w()

    # -- blocks ---------------------------------------------------------------------------

    def need_expr(self, b) -> str:
        """blockLength required at the acting version ``ver`` (monotone in ver)."""
        levels = sorted({f.since_version for f in b.wire_fields()})
        if not levels:
            return "0"
        expr = str(b.required_length(levels[0]))
        for lv in levels[1:]:
            expr = f"({b.required_length(lv)} if ver >= {lv} else {expr})"
        return expr

    def field_table(self, b, var: str) -> None:
        items = [(f.name, f.offset + f.size, f.since_version) for f in b.wire_fields()]
        self.w(f"cdef tuple {var} = {tuple(items)!r}")

    def block_exps(self, b) -> list[str]:
        return [f.name for f in b.fields if f.is_exponent]

    def outer_exps(self, g: Group, depth: int) -> list[str]:
        """Ancestor exponents (C names) this group or any descendant needs."""
        need: set[str] = set()

        def walk(b, d):
            for f in b.fields:
                if f.exponent and f.exponent[0] > 0 and d - f.exponent[0] < depth:
                    need.add(f"x{d - f.exponent[0]}_{_ident(f.exponent[1])}")
            for child in b.groups:
                walk(child, d + 1)

        walk(g, depth)
        return sorted(need)

    def template(self, keys: list[str]) -> str:
        """Module-level dict holding ``keys`` (values None) that result dicts are copied from:
        a copy clones the str-keyed table with one memcpy, exactly sized, no rehashing."""
        key = tuple(keys)
        if key not in self._templates:
            self._templates[key] = f"_T{len(self._templates)}"
        return self._templates[key]

    def emit_build_dict(self, b, target: str, message_name: Optional[str],
                        only_objects: bool = False) -> None:
        """Fill the result dict in schema order; exponent fields only in raw mode."""
        w = self.w
        fields = [] if only_objects else list(b.fields)
        tail = [g.name for g in b.groups] + [d.name for d in b.data]
        head = ["$message"] if message_name is not None else []
        raw_keys = head + [f.name for f in fields] + tail
        cooked_keys = head + [f.name for f in fields if not f.is_exponent] + tail
        if raw_keys != cooked_keys:
            w(f"{target} = PyDict_Copy({self.template(raw_keys)} if st.dec == DEC_RAW "
              f"else {self.template(cooked_keys)})")
        else:
            w(f"{target} = PyDict_Copy({self.template(raw_keys)})")
        if message_name is not None:
            w(f"{target}['$message'] = {message_name!r}")
        i = 0
        keys = [(f.name, f.is_exponent) for f in fields] + [(n, False) for n in tail]
        while i < len(keys):
            name, is_exp = keys[i]
            if not is_exp:
                w(f"{target}[{name!r}] = v_{_ident(name)}")
                i += 1
                continue
            w("if st.dec == DEC_RAW:")
            while i < len(keys) and keys[i][1]:
                w(f"    {target}[{keys[i][0]!r}] = v_{_ident(keys[i][0])}")
                i += 1

    def emit_tail(self, b, depth: int, path: str) -> None:
        """Groups then var data of a block; ``pos`` is just after the fixed block."""
        w = self.w
        for g in b.groups:
            fn = f"_g_{path}__{_ident(g.name)}"
            args = ", ".join(["st", "&pos", "end", "ver"] + self.outer_exps(g, depth + 1))
            var = f"v_{_ident(g.name)}"
            self.emit_since(g.since_version, [f"{var} = {fn}({args})"], var)
        for d in b.data:
            var = f"v_{_ident(d.name)}"
            lines = self.data_lines(d, var)
            self.emit_since(d.since_version, lines, var)

    def data_lines(self, d: Data, var: str) -> list[str]:
        ls, be, mx, opt = d.length_size, int(self.be), d.max_length, int(d.optional)
        if d.kind == m.DATA_MESSAGE:
            return [
                f"n_ = read_length(st, pos, end, {ls}, {be}, {mx}, {d.name!r})",
                f"if n_ == 0 and {opt}:",
                f"    {var} = None",
                "elif st.grp == GRP_FLAT:  # decoded on first access",
                f"    {var} = lazy_message(st, pos + {ls}, n_, _dispatch)",
                "else:",
                "    st.depth += 1",
                "    if st.depth > MAX_NESTING:",
                f"        raise_malformed(\"messageData nested deeper than %d levels in '{d.name}'\" % MAX_NESTING, pos)",
                "    try:",
                f"        {var} = _dispatch(st, pos + {ls}, pos + {ls} + n_)",
                "    except DecodeError as err:",
                f"        err._prepend({d.name!r})",
                "        raise",
                "    st.depth -= 1",
                f"pos += {ls} + n_",
            ]
        enc = d.character_encoding
        if d.kind == m.DATA_TEXT and enc and enc.replace("-", "").lower() == "utf8":
            return [f"{var} = var_text(st, &pos, end, {ls}, {be}, {mx}, {opt}, {d.name!r})"]
        encv = repr(enc) if d.kind == m.DATA_TEXT else "None"
        return [f"{var} = var_bytes(st, &pos, end, {ls}, {be}, {mx}, {opt}, {d.name!r}, {encv})"]

    def declare_locals(self, b, depth: int, include_groups=True) -> None:
        w = self.w
        w("cdef const uint8_t *p")
        w("cdef uint64_t t_u")
        w("cdef int64_t t_i")
        w("cdef double t_d")
        w("cdef Py_ssize_t n_")
        for name in self.block_exps(b):
            w(f"cdef int x{depth}_{_ident(name)} = EXP_NONE")

    def emit_message(self, msg: Message) -> None:
        w = self.w
        path = _ident(msg.name)
        self.field_table(msg, f"_BF_{path}")
        with w.block(f"cdef dict _m_{path}(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, "
                     f"Py_ssize_t end):"):
            w(f'"""{msg.name} (template {msg.id}); ``pos`` is the start of the root block."""')
            self.declare_locals(msg, 0)
            w("if pos + bl > end:")
            w(f"    raise_truncated('root block of {msg.name}', pos, bl, end - pos)")
            w(f"if bl < {self.need_expr(msg)}:")
            w(f"    raise_short_block({msg.name!r}, _BF_{path}, ver, bl, pos)")
            w("p = st.buf + pos")
            for ln in self.exponent_reads(msg.fields, "p", 0) + self.value_reads(msg.fields, "p", 0):
                w(ln)
            w("pos += bl")
            self.emit_tail(msg, 0, path)
            self.emit_build_dict(msg, "d", msg.name)
            w("st.stop = pos")
            w("return d")
        w()
        for g in msg.groups:
            self.emit_group(g, 1, path)

    def emit_group_prologue(self, g: Group, path: str) -> None:
        """Read the group's dimension at ``pos`` into ``bl``/``n`` (advancing ``pos``), then
        reject a count the remaining bytes cannot hold and a blockLength too short for the
        acting version. Shared by the dict (``_g_*``) and record (``_gr_*``) group functions."""
        w = self.w
        dim = g.dimension
        bl_m, n_m = dim.member("blockLength"), dim.member("numInGroup")
        extra_static = sum(c.dimension_size for c in g.groups if c.since_version == 0) + \
            sum(d.length_size for d in g.data if d.since_version == 0)
        extra_terms = [str(extra_static)] + [
            f"({c.dimension_size} if ver >= {c.since_version} else 0)"
            for c in g.groups if c.since_version > 0] + [
            f"({d.length_size} if ver >= {d.since_version} else 0)"
            for d in g.data if d.since_version > 0]
        w(f"if pos + {dim.size} > end:")
        w(f"    raise_truncated_in({g.name!r}, \"dimension of group '{g.name}'\", pos, "
          f"{dim.size}, end - pos)")
        w(f"bl = {self.rd(bl_m.type.primitive, f'st.buf + pos + {bl_m.offset}')}")
        w(f"n = {self.rd(n_m.type.primitive, f'st.buf + pos + {n_m.offset}')}")
        w(f"pos += {dim.size}")
        w(f"check_count({g.name!r}, n, {g.max_count}, bl + {' + '.join(extra_terms)}, "
          f"pos, end - pos)")
        w(f"if bl < {self.need_expr(g)}:")
        w(f"    raise_short_block('group {g.name}', _BF_{path}, ver, bl, pos)")

    def emit_group(self, g: Group, depth: int, parent_path: str) -> None:
        w = self.w
        path = f"{parent_path}__{_ident(g.name)}"
        self.field_table(g, f"_BF_{path}")
        self.emit_group_spec(g, depth, path)
        self.emit_numpy_fill(g, depth, path)
        outer = self.outer_exps(g, depth)
        params = "".join(f", int {x}" for x in outer)
        with w.block(f"cdef object _g_{path}(State *st, Py_ssize_t *ppos, Py_ssize_t end, "
                     f"int ver{params}):"):
            w(f'"""Group {g.name}: dimension, then entries; advances *ppos."""')
            self.declare_locals(g, depth)
            w("cdef Py_ssize_t pos = ppos[0]")
            w("cdef Py_ssize_t bl, n, i = 0")
            w("cdef list rows")
            w("cdef bytearray fixed = None")
            w("cdef char *fx = NULL")
            self.emit_group_prologue(g, path)
            outer_tuple = "(" + "".join(f"{x}, " for x in outer) + ")"
            if g.is_fixed:
                w("if st.grp == GRP_NUMPY:")
                w("    ppos[0] = pos + n * bl")
                self.emit_numpy_fill_call(g, path, outer, "st.buf + pos")
                w(f"    return fixed_group_numpy(st, _GS_{path}, pos, bl, n, ver, {outer_tuple})")
            else:
                w("if st.grp == GRP_NUMPY:")
                w("    fixed = bytearray(n * bl)")
                w("    fx = PyByteArray_AS_STRING(fixed)")
            w("rows = PyList_New(n)")
            with w.block("try:"):
                with w.block("for i in range(n):"):
                    if not g.is_fixed:
                        w("if pos + bl > end:")
                        w(f"    raise_truncated(\"entry of group '{g.name}'\", pos, bl, end - pos)")
                    w("p = st.buf + pos")
                    for ln in self.exponent_reads(g.fields, "p", depth):
                        w(ln)
                    w("pos += bl")
                    self.emit_tail(g, depth, path)
                    if not g.is_fixed:
                        w("if st.grp == GRP_NUMPY:")
                        w("    memcpy(fx + i * bl, p, bl)")
                        w.level += 1
                        self.emit_build_dict(g, "e", None, only_objects=True)
                        w.level -= 1
                        w("else:")
                        w.level += 1
                    for ln in self.value_reads(g.fields, "p", depth):
                        w(ln)
                    self.emit_entry_value(g)
                    if not g.is_fixed:
                        w.level -= 1
                    w("Py_INCREF(e)")
                    w("PyList_SET_ITEM(rows, i, e)")
            with w.block("except DecodeError as err:"):
                w("err._prepend('[%d]' % i)")
                w(f"err._prepend({g.name!r})")
                w("raise")
            w("ppos[0] = pos")
            if not g.is_fixed:
                w("if st.grp == GRP_NUMPY:")
                self.emit_numpy_fill_call(g, path, outer, "<const uint8_t *>fx", rows="rows")
                w(f"    return mixed_group_numpy(st, _GS_{path}, fixed, bl, n, ver, "
                  f"{outer_tuple}, rows)")
            w("return rows")
        w()
        for child in g.groups:
            self.emit_group(child, depth + 1, path)

    @staticmethod
    def column_fill(f: Field):
        """Value of a numpy column the acting version does not have: the type's null (the
        SBE default for required fields too), NaN for floats, empty for chars, else 0."""
        if f.kind == m.KIND_MANTISSA128:
            return -(1 << 127)
        if f.kind in (m.KIND_CHAR, m.KIND_STRING):
            return b""
        if f.kind in (m.KIND_INT, m.KIND_MANTISSA, m.KIND_FLOAT, m.KIND_ENUM):
            t = f.type
            if isinstance(t, EnumType) and t.encoding == "char":
                return b""
            null = t.effective_null
            return _NAN if isinstance(null, float) and null != null else null
        return 0

    def emit_group_spec(self, g: Group, depth: int, path: str) -> None:
        outer = self.outer_exps(g, depth)
        fields = []
        for f in g.wire_fields():
            kind = {m.KIND_MANTISSA: 1, m.KIND_MANTISSA128: 2}.get(f.kind, 0)
            exp = None
            if f.exponent:
                up, name = f.exponent
                exp = ("local", name) if up == 0 else ("outer", outer.index(
                    f"x{depth - up}_{_ident(name)}"))
            null = f.null_value
            if isinstance(null, float):
                null = None  # NaN: float columns carry it natively
            if f.kind in (m.KIND_SET, m.KIND_COMPOSITE, m.KIND_STRING, m.KIND_BYTES,
                          m.KIND_ARRAY, m.KIND_CHAR):
                null = None
            if f.kind == m.KIND_MANTISSA128:
                null = -(1 << 127) if f.presence == "optional" else None
            fields.append((f.name, self.np_fmt(f.type, f.kind), f.offset, f.since_version, kind,
                           null, exp, f.is_exponent, self.column_fill(f)))
        objects = [c.name for c in g.groups] + [d.name for d in g.data]
        self._group_specs.append(
            f"_GS_{path} = GroupSpec({g.name!r}, {self.order!r}, {fields!r}, {objects!r}, "
            f"{g.block_length})")
        self.w(f"cdef GroupSpec _GS_{path}")

    # -- groups="flat" (issue 9 section 3: the exchangeInfo fast shape) ---------------------

    def emit_entry_value(self, g: Group) -> None:
        """``e``: the entry dict; with groups="flat" an entry of exactly one field, group or
        var data is that value itself (["SPOT", "MARGIN"], not [{"permission": "SPOT"}, ...])."""
        w = self.w
        members = [f for f in g.fields] + list(g.groups) + list(g.data)
        if len(members) != 1 or getattr(members[0], "is_exponent", False):
            self.emit_build_dict(g, "e", None)
            return
        w("if st.grp == GRP_FLAT:")
        w(f"    e = v_{_ident(members[0].name)}")
        with w.block("else:"):
            self.emit_build_dict(g, "e", None)

    # -- numpy fill loops (issue 9 section 3) ----------------------------------------------
    # A group in numpy mode with decimals="float" (or "raw" at an older version, which needs a
    # copy) is filled by one generated C loop into a preallocated packed array: a shared
    # exponent becomes one factor per column, no numpy call per column. decimals="decimal"
    # keeps the generic path of sbe._rt (object columns).

    @staticmethod
    def numpy_out_layout(g: Group, to_float: bool) -> tuple[list, int]:
        """[(field, offset in the output row)], row size: the packed dtype of
        GroupSpec.out_dtype (exponents dropped and mantissas float64 when ``to_float``;
        one 8-byte object column per nested group and var data, last)."""
        cols, off = [], 0
        for f in g.wire_fields():
            if to_float and f.is_exponent:
                continue
            cols.append((f, off))
            scaled = to_float and f.kind in (m.KIND_MANTISSA, m.KIND_MANTISSA128)
            off += 8 if scaled else f.size
        return cols, off + 8 * (len(g.groups) + len(g.data))

    def emit_numpy_fill_call(self, g: Group, path: str, outer: list[str], src: str,
                             rows: Optional[str] = None) -> None:
        """Lines (inside ``if st.grp == GRP_NUMPY:``) returning the C-filled array when the
        options and version call for a copy other than decimals="decimal"."""
        w = self.w
        newest = max([f.since_version for f in g.wire_fields()] + [0])
        if g.is_fixed:
            # a raw fixed group is a zero-copy view unless the acting version lacks columns
            cond = "st.dec == DEC_FLOAT" + (f" or (st.dec == DEC_RAW and ver < {newest})"
                                            if newest else "")
        else:
            cond = "st.dec != DEC_DECIMAL"
        args = ", ".join(["st", src, "bl", "n", "ver"] + outer)
        w(f"    if {cond}:")
        if rows is None:
            w(f"        return _nf_{path}({args})")
        else:
            w(f"        return object_columns(_GS_{path}, _nf_{path}({args}), {rows})")

    def emit_numpy_fill(self, g: Group, depth: int, path: str) -> None:
        w = self.w
        outer = self.outer_exps(g, depth)
        params = "".join(f", int {x}" for x in outer)
        fields = g.wire_fields()
        newest = max([f.since_version for f in fields] + [0])
        fcols, fsize = self.numpy_out_layout(g, True)
        rcols, rsize = self.numpy_out_layout(g, False)
        scaled = [f for f, _ in fcols if f.kind in (m.KIND_MANTISSA, m.KIND_MANTISSA128)]
        shared = sorted({self.exp_var(_Slot.of_field(f), depth) for f in scaled
                         if f.exponent[0] > 0})
        local = [f for f in fields if f.is_exponent and any(
            tuple(x.exponent) == (0, f.name) for x in scaled)]
        with w.block(f"cdef object _nf_{path}(State *st, const uint8_t *src, Py_ssize_t stride, "
                     f"Py_ssize_t n, int ver{params}):"):
            w(f'"""Group {g.name} as a packed numpy copy, filled by one C loop (entries at '
              f'``src``, ``stride`` bytes apart)."""')
            w("cdef char *o")
            w("cdef char *q")
            w("cdef const uint8_t *p")
            w("cdef Py_ssize_t i")
            w("cdef int64_t t_i, t_j")
            w("cdef uint64_t t_u, t_v")
            for x in shared:
                w(f"cdef double f_{x} = sbe_factor({x})")
                w(f"cdef int g_{x} = {x} < 0")
                w(f"cdef uint64_t k_{x} = sbe_fast_limit({x})")
            for f in local:
                w(f"cdef int l_{_ident(f.name)}")
            w(f"out = new_rows(_GS_{path}, st.dec, ver, n, &o)")
            # raw copies: mixed groups, or fixed groups at a version lacking columns
            raw_copy = not g.is_fixed or newest > 0
            if raw_copy:
                w("if st.dec == DEC_FLOAT:")
                w.level += 1
            with w.block("for i in range(n):"):
                w("p = src + i * stride")
                w(f"q = o + i * {fsize}")
                for f in local:
                    if f.since_version > 0:  # absent at older versions
                        w(f"l_{_ident(f.name)} = EXP_NONE")
                    self._fill_guarded(f, self._local_exp_lines(f))
                k = 0
                while k < len(fcols):
                    f, off = fcols[k]
                    if k + 1 < len(fcols) and self._pairable(f, fcols[k + 1][0]):
                        self._fill_guarded(f, self._float_pair_lines(fcols[k], fcols[k + 1],
                                                                     depth))
                        k += 2
                        continue
                    self._fill_guarded(f, self._float_col_lines(f, off, depth))
                    k += 1
            if raw_copy:
                w.level -= 1
                with w.block("else:"):
                    with w.block("for i in range(n):"):
                        w("p = src + i * stride")
                        w(f"q = o + i * {rsize}")
                        for f, off in rcols:
                            self._fill_guarded(f, [self._copy_line(f, off)])
            if newest:
                w(f"if ver < {newest}:")
                w(f"    fill_absent(_GS_{path}, out, st.dec, ver)")
            w("return out")
        w()

    def _fill_guarded(self, f: Field, lines: list[str]) -> None:
        if f.since_version > 0:
            self.w(f"if ver >= {f.since_version}:")
            lines = ["    " + ln for ln in lines]
        for ln in lines:
            self.w(ln)

    @staticmethod
    def _copy_line(f: Field, off: int) -> str:
        return f"memcpy(q + {off}, p + {f.offset}, {f.size})"

    def _local_exp_lines(self, f: Field) -> list[str]:
        x = f"l_{_ident(f.name)}"
        lines = [f"{x} = {self.rd(f.type.primitive, f'p + {f.offset}')}"]
        if f.presence == "optional":
            lines.append(f"if {x} == {self.c_int(int(f.type.effective_null))}: {x} = EXP_NONE")
        return lines

    @staticmethod
    def _pairable(a: Field, b: Field) -> bool:
        """Adjacent required int mantissas with shared exponents: scaled by one divpd."""
        return all(f.kind == m.KIND_MANTISSA and f.presence != "optional" and f.exponent[0] > 0
                   and f.type.primitive not in _UNSIGNED64
                   for f in (a, b)) and a.since_version == b.since_version

    def _float_pair_lines(self, a, b, depth: int) -> list[str]:
        lines, args = [], []
        for (f, _off), t in zip((a, b), ("t_i", "t_j")):
            lines.append(f"{t} = {self.rd(f.type.primitive, f'p + {f.offset}')}")
            args.append(t)
        xa, xb = (self.exp_var(_Slot.of_field(f), depth) for f, _ in (a, b))
        lines.append(f"sbe_put_scaled2(q + {a[1]}, q + {b[1]}, {args[0]}, {args[1]}, f_{xa}, "
                     f"f_{xb}, g_{xa}, g_{xb}, k_{xa}, k_{xb}, {xa}, {xb})")
        return lines

    def _float_col_lines(self, f: Field, off: int, depth: int) -> list[str]:
        """One output cell: plain columns are copied, mantissas scaled (NaN for nulls)."""
        if f.kind not in (m.KIND_MANTISSA, m.KIND_MANTISSA128):
            return [self._copy_line(f, off)]
        opt = f.presence == "optional"
        if f.kind == m.KIND_MANTISSA128:
            lines = [f"t_u = sbe_u64le(p + {f.offset})", f"t_i = sbe_i64le(p + {f.offset + 8})"]
            isnull = "t_i == INT64_MIN and t_u == 0"
            kind, mval = "i128", "t_u, t_i"
        else:
            prim = f.type.primitive
            tv = "t_u" if prim in _UNSIGNED64 else "t_i"
            lines = [f"{tv} = {self.rd(prim, f'p + {f.offset}')}"]
            isnull = f"{tv} == {self.c_int(int(f.type.effective_null))}"
            kind, mval = ("u64" if prim in _UNSIGNED64 else "i64"), tv
        up, name = f.exponent
        # correctly rounded m * 10^e (sbe_rt.h); the common small case is one IEEE operation
        if up > 0:
            x = self.exp_var(_Slot.of_field(f), depth)
            val = f"sbe_apply_{kind}({mval}, f_{x}, g_{x}, k_{x}, {x})"
        else:
            x = f"l_{_ident(name)}"
            val = f"(SBE_NAN if {x} == EXP_NONE else sbe_scale_{kind}({mval}, {x}))"
        if opt:
            val = f"SBE_NAN if {isnull} else {val}"
        return lines + [f"sbe_put_f64(q + {off}, {val})"]

    # -- dispatch and public API ----------------------------------------------------------

    def emit_dispatch(self) -> None:
        w = self.w
        h = self.s.header
        w("cdef Py_ssize_t _newer_count = 0")
        w("cdef int _newest_seen = -1")
        w()
        with w.block("cdef object _dispatch(State *st, Py_ssize_t pos, Py_ssize_t end):"):
            w('"""Decode the message whose header starts at ``pos`` (top level or nested)."""')
            w("global _newer_count, _newest_seen")
            w("cdef Py_ssize_t bl")
            w("cdef int tid, sid, ver")
            w(f"if pos + {h.size} > end:")
            w(f"    raise_truncated('message header', pos, {h.size}, end - pos)")
            for name, var in (("blockLength", "bl"), ("templateId", "tid"),
                              ("schemaId", "sid"), ("version", "ver")):
                mem = h.member(name)
                w(f"{var} = {self.rd(mem.type.primitive, f'st.buf + pos + {mem.offset}')}")
            w(f"if sid != {self.s.id}:")
            w(f"    raise SchemaMismatchError(f'schemaId {{sid}} (template {{tid}}) at offset "
              f"{{pos}} is not {self.s.package} schema {self.s.id}', offset=pos, "
              f"schema_id=sid)")
            w(f"if ver > {self.s.version}:")
            w("    _newer_count += 1")
            w("    if ver > _newest_seen: _newest_seen = ver")
            w(f"pos += {h.size}")
            first = True
            for msg in self.s.messages:
                kw = "if" if first else "elif"
                first = False
                w(f"{kw} tid == {msg.id}:")
                w(f"    if st.out == OUT_RECORD:")
                w(f"        return _mr_{_ident(msg.name)}(st, pos, bl, ver, end)")
                w(f"    return _m_{_ident(msg.name)}(st, pos, bl, ver, end)")
            w(f"raise UnknownTemplateError(f'unknown templateId {{tid}} at offset {{pos - "
              f"{h.size}}} (schema {self.s.package} {self.s.id}:{self.s.version})', "
              f"offset=pos - {h.size}, template_id=tid)")
        w()

    def _ir_import(self) -> str:
        return f"{self.package_prefix}{self.module}_ir"

    package_prefix = "sbe._generated."

    # -- companion files ------------------------------------------------------------------

    def emit_ir(self) -> str:
        """The schema model (compact JSON of sbe._schema.Schema) and the plain view of it
        that sbe._pycodec reads, derived on import."""
        text = self.s.to_json()
        assert '"""' not in text and not text.rstrip().endswith("\\")
        return (self.banner() +
                f'"""Model of {self.s.source_name} (sbe._schema.Schema): input of sbe._pycodec '
                '(encoder and reference decoder)."""\n\n'
                "from sbe._schema import Schema\n\n"
                'MODEL = Schema.from_json(r"""\n' + text + '""")\n'
                "IR = MODEL.to_plain()\n")


class _Nan(float):
    """NaN that writes itself as valid Python source."""

    def __repr__(self) -> str:
        return "float('nan')"


_NAN = _Nan("nan")


def PRIM_SIZE(p: str) -> int:
    return m.PRIMITIVES[p][0]


def _parse_constant(t, value):
    """Python value of a literal constant (already parsed by the parser, or element text)."""
    if not isinstance(value, str) or not isinstance(t, EncodedType):
        return value
    if t.primitive == "char":
        return value
    if m.PRIMITIVES[t.primitive][3]:
        return float(value)
    return int(value.strip(), 0)


def emit_module(schema: Schema, module: str, command: str,
                package_prefix: str = "sbe._generated.",
                lifecycle: Optional[dict] = None) -> dict[str, str]:
    """All files of one generated module: {file name: text}.

    ``lifecycle``: flat dict of JSON scalars (dates, status) emitted as ``LIFECYCLE``."""
    em = CythonEmitter(schema, module, command, lifecycle)
    em.package_prefix = package_prefix
    return em.emit()
