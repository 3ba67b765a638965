"""Emit the batch decoder of a stream schema: ``<module>_batch.pyx``, C loops that turn the
frames of a capture block into rows of numpy structured arrays (``sbe.batch.read``).

Two passes per block, both generated from the schema model (every offset, size, count limit
and null comes from here; nothing is hand-written per message):

* ``scan_block`` walks the records, checks each frame exactly as the generated decoder does
  (bounds, blockLength at the acting version, group counts, var-data lengths, UTF-8) without
  building anything, notes its template per record and counts rows per table and the longest
  var data per column;
* ``fill_block`` writes the rows into arrays the caller allocated from those counts: one
  ``nogil`` loop, no Python object per event; mantissas scaled with the decoder's own
  ``sbe_factor``/``sbe_apply`` (bit-identical floats).

Tables: one per message, one per group (``Message.group``, nested ``Message.group.sub``) with
``parent`` = the row of the enclosing table.  Supported values: integers, floats, enums and
sets (their integer code), mantissas, constants, UTF-8 var data; a schema using anything else
gets no batch module (``emit_batch`` raises ``NotImplementedError``).
"""

from __future__ import annotations

from . import model as m
from .model import EncodedType, EnumType, Schema, SetType

#: Schema packages that get a batch module (the market-data streams: capture files).
BATCH_PACKAGES = ("spot_stream",)

_READ = {"int16": "i16", "uint16": "u16", "int32": "i32", "uint32": "u32", "int64": "i64",
         "uint64": "u64", "float": "f32", "double": "f64"}
_CTYPE = {"char": "uint8_t", "int8": "int8_t", "uint8": "uint8_t", "int16": "int16_t",
          "uint16": "uint16_t", "int32": "int32_t", "uint32": "uint32_t", "int64": "int64_t",
          "uint64": "uint64_t", "float": "float", "double": "double"}
_PUT = {"char": "u8", "int8": "i8", "uint8": "u8", "int16": "i16", "uint16": "u16",
        "int32": "i32", "uint32": "u32", "int64": "i64", "uint64": "u64", "float": "f32",
        "double": "f64"}
#: counters of scan_block, in this order (sbe.batch reads them by name)
COUNTERS = ("records", "snapshot", "event", "other_kind", "other_schema", "unknown_template",
            "filtered", "bad_frame", "newer_version")
MODES = ("float", "raw")


def _ident(name: str) -> str:
    return name if name.isidentifier() else "".join(c if c.isalnum() else "_" for c in name)


def _c_int(v: int) -> str:
    if v == -(1 << 63):
        return "INT64_MIN"
    if v >= 1 << 63:
        return f"<uint64_t>{v - (1 << 64)}ULL"
    return str(v)


class _Table:
    def __init__(self, name: str, block, parent: int, message: int, depth: int):
        self.name, self.block, self.parent, self.message, self.depth = name, block, parent, \
            message, depth
        self.index = -1
        self.var: list[int] = []  # global var column indices of this table's var data


class BatchEmitter:
    def __init__(self, schema: Schema, module: str, command: str):
        self.s = schema
        self.module = module
        self.command = command
        self.be = not schema.little_endian
        self.lines: list[str] = []
        self.level = 0
        self.tables: list[_Table] = []
        self.var: list[tuple[int, str]] = []  # (table index, column)
        for mi, msg in enumerate(schema.messages):
            self._add_table(msg.name, msg, -1, mi, 0)
        self.by_block = {id(t.block): t for t in self.tables}

    def _add_table(self, name, block, parent, message, depth):
        t = _Table(name, block, parent, message, depth)
        t.index = len(self.tables)
        self.tables.append(t)
        for f in block.fields:
            self.column_code(f, "raw")  # raises for what batch columns cannot hold
        for d in block.data:
            enc = (d.character_encoding or "").replace("-", "").lower()
            if d.kind != m.DATA_TEXT or enc != "utf8":
                raise NotImplementedError(f"batch columns of {d.kind} var data {d.name!r}")
            t.var.append(len(self.var))
            self.var.append((t.index, d.name))
        for g in block.groups:
            self._add_table(f"{name}.{g.name}", g, t.index, message, depth + 1)

    # -- helpers --------------------------------------------------------------------------

    def w(self, line: str = "") -> None:
        self.lines.append(("    " * self.level + line) if line else "")

    def rd(self, prim: str, ptr: str) -> str:
        if prim in ("char", "uint8"):
            return f"sbe_u8({ptr})"
        if prim == "int8":
            return f"sbe_i8({ptr})"
        return f"sbe_{_READ[prim]}{'be' if self.be else 'le'}({ptr})"

    @staticmethod
    def prim_of(f) -> str:
        t = f.type
        return t.encoding if isinstance(t, (EnumType, SetType)) else t.primitive

    def column_code(self, f, mode: str) -> str:
        """numpy type code of a field's column (native byte order)."""
        t = f.type
        if f.kind == m.KIND_MANTISSA:
            return "f8" if mode == "float" else m.NUMPY_CODES[t.primitive]
        if f.kind in (m.KIND_ENUM, m.KIND_SET):
            return "u1" if t.encoding == "char" else m.NUMPY_CODES[t.encoding]
        if f.kind in (m.KIND_INT, m.KIND_FLOAT) and isinstance(t, EncodedType) \
                and t.length == 1 and t.primitive != "char":
            return m.NUMPY_CODES[t.primitive]
        raise NotImplementedError(f"batch columns of {f.kind} field {f.name!r}")

    @staticmethod
    def code_size(code: str) -> int:
        return int(code[1:])

    def columns(self, t: _Table, mode: str) -> list[tuple[str, str, int]]:
        """(name, numpy code, offset) of a table's fixed-size columns."""
        cols = [("recv_ns", "i8"), ("conn", "u2")] if t.parent < 0 else [("parent", "i8")]
        cols += [(f.name, self.column_code(f, mode)) for f in t.block.fields]
        out, off = [], 0
        for name, code in cols:
            out.append((name, code, off))
            off += self.code_size(code)
        return out

    def fixed_size(self, t: _Table, mode: str) -> int:
        c = self.columns(t, mode)[-1]
        return c[2] + self.code_size(c[1])

    def need_expr(self, b) -> str:
        """blockLength required at the acting version ``ver`` (as the decoder requires)."""
        levels = sorted({f.since_version for f in b.wire_fields()})
        if not levels:
            return "0"
        expr = str(b.required_length(levels[0]))
        for lv in levels[1:]:
            expr = f"({b.required_length(lv)} if ver >= {lv} else {expr})"
        return expr

    def null_of(self, f, mode: str) -> str:
        """C value of a column whose field the acting version does not have."""
        if f.kind == m.KIND_FLOAT or (f.kind == m.KIND_MANTISSA and mode == "float"):
            return "SBE_NAN"
        t = f.type
        if f.kind == m.KIND_SET:
            return "0"
        return _c_int(int(t.effective_null))

    def constant_of(self, f) -> str:
        t = f.type
        if isinstance(t, EnumType):
            for v in t.values:
                if v.name == f.constant_value:
                    return str(v.value)
            raise NotImplementedError(f"constant {f.constant_value!r} of {f.name!r}")
        if isinstance(f.constant_value, (int, float)):
            return repr(f.constant_value)
        raise NotImplementedError(f"batch column of constant {f.name!r}")

    def exp_var(self, f, depth: int) -> str:
        up, name = f.exponent
        return f"x{depth - up}_{_ident(name)}"

    # -- scan -----------------------------------------------------------------------------

    def scan_tail(self, b, t: _Table, depth: int) -> None:
        """Check the groups and var data of a block (``q``: just after its fixed part)."""
        w = self.w
        for g in b.groups:
            gt = self.by_block[id(g)]
            if g.since_version > 0:
                w(f"if ver >= {g.since_version}:")
                self.level += 1
            self.scan_group(g, gt, depth + 1)
            if g.since_version > 0:
                self.level -= 1
        for d, k in zip(b.data, t.var):
            if d.since_version > 0:
                w(f"if ver >= {d.since_version}:")
                self.level += 1
            ls = d.length_size
            w(f"if q + {ls} > end: return -1")
            w(f"ln = {self.rd(d.length_primitive, 'f + q')}")
            w(f"if ln > {d.max_length} or ln > end - q - {ls}: return -1")
            w(f"if not _utf8_ok(f + q + {ls}, ln): return -1")
            w(f"if ln > v{k}: v{k} = ln")
            w(f"q += {ls} + ln")
            if d.since_version > 0:
                self.level -= 1

    def scan_group(self, g, gt: _Table, depth: int) -> None:
        w = self.w
        dim = g.dimension
        bl_m, n_m = dim.member("blockLength"), dim.member("numInGroup")
        extra = [str(sum(c.dimension_size for c in g.groups if c.since_version == 0)
                     + sum(d.length_size for d in g.data if d.since_version == 0))]
        extra += [f"({c.dimension_size} if ver >= {c.since_version} else 0)"
                  for c in g.groups if c.since_version > 0]
        extra += [f"({d.length_size} if ver >= {d.since_version} else 0)"
                  for d in g.data if d.since_version > 0]
        w(f"# group {g.name}")
        w(f"if q + {dim.size} > end: return -1")
        w(f"gbl{depth} = {self.rd(bl_m.type.primitive, f'f + q + {bl_m.offset}')}")
        w(f"n{depth} = {self.rd(n_m.type.primitive, f'f + q + {n_m.offset}')}")
        w(f"q += {dim.size}")
        w(f"me = gbl{depth} + {' + '.join(extra)}")
        w("if me < 1: me = 1")
        w(f"if n{depth} > {g.max_count} or n{depth} > (end - q) // me: return -1")
        w(f"if gbl{depth} < {self.need_expr(g)}: return -1")
        w(f"c{gt.index} += n{depth}")
        if g.is_fixed:
            w(f"q += n{depth} * gbl{depth}")
            return
        w(f"for i{depth} in range(n{depth}):")
        self.level += 1
        w(f"if q + gbl{depth} > end: return -1")
        w(f"q += gbl{depth}")
        self.scan_tail(g, gt, depth)
        self.level -= 1

    def emit_scan(self, t: _Table) -> None:
        """``_s_<Message>``: 0 when the frame decodes, -1 when the decoder would raise; on 0
        adds its rows to ``rows`` and its var-data lengths to ``vmax``."""
        w = self.w
        msg = t.block
        sub = [x for x in self.tables if x.message == t.message]
        depth_max = max(x.depth for x in sub)
        w(f"cdef int _s_{_ident(msg.name)}(const uint8_t *f, Py_ssize_t end, Py_ssize_t bl, "
          f"int ver, int64_t *rows, int64_t *vmax) noexcept nogil:")
        self.level += 1
        w("cdef Py_ssize_t q = HEADER_SIZE, ln = 0, me = 0")
        for d in range(1, depth_max + 1):
            w(f"cdef Py_ssize_t gbl{d} = 0, n{d} = 0, i{d} = 0")
        for x in sub[1:]:
            w(f"cdef int64_t c{x.index} = 0")
        for x in sub:
            for k in x.var:
                w(f"cdef Py_ssize_t v{k} = 0")
        w("if q + bl > end: return -1")
        w(f"if bl < {self.need_expr(msg)}: return -1")
        w("q += bl")
        self.scan_tail(msg, t, 0)
        w(f"rows[{t.index}] += 1")
        for x in sub[1:]:
            w(f"rows[{x.index}] += c{x.index}")
        for x in sub:
            for k in x.var:
                w(f"if v{k} > vmax[{k}]: vmax[{k}] = v{k}")
        w("return 0")
        self.level -= 1
        w()

    # -- fill -----------------------------------------------------------------------------

    def put_field(self, f, mode: str, col: tuple, depth: int) -> list[str]:
        """Lines writing field ``f`` of the block at ``p{depth}`` into the row at ``o{depth}``."""
        name, code, off = col
        dst = f"o{depth} + {off}"
        if f.presence == "constant":
            return [f"_put_{self.put_kind(code)}({dst}, {self.constant_of(f)})"]
        prim = self.prim_of(f)
        src = f"p{depth} + {f.offset}" if f.offset else f"p{depth}"
        if f.is_exponent:
            # the column holds the wire value (x<depth>_<name> is EXP_NONE only if absent)
            return [f"_put_{_PUT[prim]}({dst}, {self.rd(prim, src)})"]
        if f.kind == m.KIND_MANTISSA and mode == "float":
            # the decoder's own scaling: one IEEE op for |m| <= 2^53, exact beyond
            e = self.exp_var(f, depth)
            apply = "sbe_apply_u64" if prim.startswith("u") else "sbe_apply_i64"
            scaled = f"{apply}(t_m, f_{e}, g_{e}, k_{e}, {e})"
            lines = [f"t_m = {self.rd(prim, src)}"]
            if f.presence == "optional":
                null = _c_int(int(f.type.effective_null))
                return lines + [f"sbe_put_f64({dst}, SBE_NAN if t_m == {null} else {scaled})"]
            return lines + [f"sbe_put_f64({dst}, {scaled})"]
        if f.kind == m.KIND_FLOAT and f.presence == "optional" and f.type.null_value is not None \
                and f.type.null_value == f.type.null_value:
            return [f"t_d = {self.rd(prim, src)}",
                    f"_put_{_PUT[prim]}({dst}, SBE_NAN if t_d == {f.type.null_value!r} else t_d)"]
        return [f"_put_{_PUT[prim]}({dst}, {self.rd(prim, src)})"]

    @staticmethod
    def put_kind(code: str) -> str:
        return {"i1": "i8", "u1": "u8", "i2": "i16", "u2": "u16", "i4": "i32", "u4": "u32",
                "i8": "i64", "u8": "u64", "f4": "f32", "f8": "f64"}[code]

    def fill_block_fields(self, b, t: _Table, mode: str, depth: int) -> None:
        """Exponents into C ints (and their scale factors), then every fixed column."""
        w = self.w
        cols = {c[0]: c for c in self.columns(t, mode)}
        for f in b.fields:
            if not f.is_exponent:
                continue
            x = f"x{depth}_{_ident(f.name)}"
            src = f"p{depth} + {f.offset}" if f.offset else f"p{depth}"
            read = [f"{x} = {self.rd(f.type.primitive, src)}"]
            if f.presence == "optional":
                read.append(f"if {x} == {_c_int(int(f.type.effective_null))}: {x} = EXP_NONE")
            if f.since_version > 0:
                w(f"{x} = EXP_NONE")
                w(f"if ver >= {f.since_version}:")
                read = ["    " + ln for ln in read]
            for ln in read:
                w(ln)
            if mode == "float":
                w(f"f_{x} = sbe_factor({x})")
                w(f"g_{x} = {x} < 0")
                w(f"k_{x} = sbe_fast_limit({x})")
        for f in b.fields:
            lines = self.put_field(f, mode, cols[f.name], depth)
            if f.since_version > 0 and f.presence != "constant":
                name, code, off = cols[f.name]
                w(f"if ver >= {f.since_version}:")
                for ln in lines:
                    w("    " + ln)
                w("else:")
                w(f"    _put_{self.put_kind(code)}(o{depth} + {off}, {self.null_of(f, mode)})")
            else:
                for ln in lines:
                    w(ln)

    def fill_tail(self, b, t: _Table, mode: str, depth: int) -> None:
        w = self.w
        for g in b.groups:
            gt = self.by_block[id(g)]
            if g.since_version > 0:
                w(f"if ver >= {g.since_version}:")
                self.level += 1
            self.fill_group(g, gt, mode, depth + 1)
            if g.since_version > 0:
                self.level -= 1
        for d, k in zip(b.data, t.var):
            ls = d.length_size
            w(f"# {d.name}")
            if d.since_version > 0:
                w("ln = 0")
                w(f"if ver >= {d.since_version}:")
                w(f"    ln = {self.rd(d.length_primitive, 'f + q')}")
                w(f"    memcpy(o{depth} + voff[{k}], f + q + {ls}, ln)")
                w(f"    q += {ls} + ln")
            else:
                w(f"ln = {self.rd(d.length_primitive, 'f + q')}")
                w(f"memcpy(o{depth} + voff[{k}], f + q + {ls}, ln)")
                w(f"q += {ls} + ln")
            w(f"memset(o{depth} + voff[{k}] + ln, 0, vw[{k}] - ln)")

    def fill_group(self, g, gt: _Table, mode: str, depth: int) -> None:
        w = self.w
        dim = g.dimension
        bl_m, n_m = dim.member("blockLength"), dim.member("numInGroup")
        w(f"# group {g.name}")
        w(f"gbl{depth} = {self.rd(bl_m.type.primitive, f'f + q + {bl_m.offset}')}")
        w(f"n{depth} = {self.rd(n_m.type.primitive, f'f + q + {n_m.offset}')}")
        w(f"q += {dim.size}")
        w(f"r{depth} = pos[{gt.index}]")
        w(f"pos[{gt.index}] = r{depth} + n{depth}")
        w(f"for i{depth} in range(n{depth}):")
        self.level += 1
        w(f"p{depth} = f + q")
        w(f"e{depth} = r{depth} + i{depth}")
        w(f"o{depth} = out[{gt.index}] + e{depth} * isz[{gt.index}]")
        w(f"_put_i64(o{depth}, e{depth - 1})")
        self.fill_block_fields(g, gt, mode, depth)
        w(f"q += gbl{depth}")
        self.fill_tail(g, gt, mode, depth)
        self.level -= 1

    def emit_fill(self, t: _Table, mode: str) -> None:
        """``_f<mode>_<Message>``: the rows of one frame that scan_block accepted."""
        w = self.w
        msg = t.block
        sub = [x for x in self.tables if x.message == t.message]
        depth_max = max(x.depth for x in sub)
        tag = "F" if mode == "float" else "R"
        w(f"cdef void _f{tag}_{_ident(msg.name)}(const uint8_t *f, Py_ssize_t bl, int ver, "
          f"int64_t recv, uint16_t conn, char **out, int64_t *pos, const int64_t *isz, "
          f"const int64_t *voff, const int64_t *vw) noexcept nogil:")
        self.level += 1
        w("cdef Py_ssize_t q = HEADER_SIZE, ln = 0")
        w("cdef int64_t t_m = 0")
        w("cdef double t_d = 0")
        for d in range(0, depth_max + 1):
            w(f"cdef const uint8_t *p{d}")
            w(f"cdef char *o{d}")
            w(f"cdef int64_t r{d} = 0, e{d} = 0")
            if d:
                w(f"cdef Py_ssize_t gbl{d} = 0, n{d} = 0, i{d} = 0")
        for x in sub:
            for f in x.block.fields:
                if f.is_exponent:
                    xv = f"x{x.depth}_{_ident(f.name)}"
                    w(f"cdef int {xv} = EXP_NONE")
                    if mode == "float":
                        w(f"cdef double f_{xv} = 0")
                        w(f"cdef int g_{xv} = 0")
                        w(f"cdef uint64_t k_{xv} = 0")
        w("p0 = f + q")
        w(f"r0 = pos[{t.index}]")
        w(f"pos[{t.index}] = r0 + 1")
        w("e0 = r0")
        w(f"o0 = out[{t.index}] + r0 * isz[{t.index}]")
        w("_put_i64(o0, recv)")
        w("_put_u16(o0 + 8, conn)")
        self.fill_block_fields(msg, t, mode, 0)
        w("q += bl")
        self.fill_tail(msg, t, mode, 0)
        self.level -= 1
        w()

    # -- module ---------------------------------------------------------------------------

    def emit_driver(self) -> None:
        w = self.w
        s = self.s
        hdr = s.header
        hm = {x.name: x for x in hdr.members}

        def hread(name, base):
            mem = hm[name]
            return self.rd(mem.type.primitive, f"{base} + {mem.offset}")

        msgs = [t for t in self.tables if t.parent < 0]
        w("def scan_block(bytes payload, Py_ssize_t nrec, tuple rec, const uint8_t[::1] want,")
        w("               uint8_t[::1] status, int64_t[::1] cnt, int64_t[::1] rows,")
        w("               int64_t[::1] vmax, bint skip_bad):")
        self.level += 1
        w('"""Pass 1 over the ``nrec`` records of a block payload: ``status[i]`` = 1 + the')
        w("message index of each frame to fill (0: skipped); counters and rows added.")
        w("``rec``: the capture record layout (header size; offsets of recv ns, length,")
        w("connection, kind; the frame, snapshot and event kinds). Returns (code, record):")
        w("code 0 done, 1 record header past the block end, 2 record past the block end, 3")
        w('bytes after the last record, 4 a bad frame (``skip_bad`` false)."""')
        w("cdef const uint8_t *buf = <const uint8_t *>PyBytes_AS_STRING(payload)")
        w("cdef Py_ssize_t size = PyBytes_GET_SIZE(payload)")
        w("cdef Py_ssize_t hs = rec[0], o_len = rec[2], o_kind = rec[4]")
        w("cdef int k_frame = rec[5], k_snapshot = rec[6], k_event = rec[7]")
        w("cdef Py_ssize_t pos = 0, i, ln, bl, at = nrec")
        w("cdef int kind, tid, sid, ver, mi = 0, r, code = 0")
        w("cdef const uint8_t *f")
        w("if (status.shape[0] < nrec or want.shape[0] < N_MESSAGES")
        w(f"        or cnt.shape[0] < C_FRAMES + N_MESSAGES or rows.shape[0] < {len(self.tables)}")
        w(f"        or vmax.shape[0] < {len(self.var)}):")
        w("    raise ValueError('scan_block: arrays too short')")
        w("with nogil:")
        self.level += 1
        w("for i in range(nrec):")
        self.level += 1
        w("status[i] = 0")
        w("if pos + hs > size:")
        w("    code, at = 1, i")
        w("    break")
        w("ln = sbe_u32le(buf + pos + o_len)")
        w("kind = sbe_u16le(buf + pos + o_kind)")
        w("pos += hs")
        w("if ln > size - pos:")
        w("    code, at = 2, i")
        w("    break")
        w("cnt[C_RECORDS] += 1")
        w("f = buf + pos")
        w("pos += ln")
        w("if kind != k_frame:")
        w("    cnt[C_SNAPSHOT if kind == k_snapshot else C_EVENT if kind == k_event "
          "else C_OTHER_KIND] += 1")
        w("    continue")
        w("ver = 0")
        w("if ln < HEADER_SIZE:")
        w("    r = -1")
        w("else:")
        self.level += 1
        w(f"sid = {hread('schemaId', 'f')}")
        w(f"if sid != {self.s.id}:  # SCHEMA_ID")
        w("    cnt[C_OTHER_SCHEMA] += 1")
        w("    continue")
        w(f"tid = {hread('templateId', 'f')}")
        w(f"bl = {hread('blockLength', 'f')}")
        w(f"ver = {hread('version', 'f')}")
        first = True
        for mt in msgs:
            w(f"{'if' if first else 'elif'} tid == {mt.block.id}:")
            w(f"    mi = {mt.message}")
            first = False
        w("else:")
        w("    cnt[C_UNKNOWN_TEMPLATE] += 1")
        w("    continue")
        w("if not want[mi]:")
        w("    cnt[C_FILTERED] += 1")
        w("    continue")
        first = True
        for mt in msgs:
            w(f"{'if' if first else 'elif'} mi == {mt.message}:")
            w(f"    r = _s_{_ident(mt.block.name)}(f, ln, bl, ver, &rows[0], "
              f"&vmax[0] if {len(self.var)} else NULL)")
            first = False
        w("else:")
        w("    r = -1")
        self.level -= 1
        w("if r < 0:")
        w("    if not skip_bad:")
        w("        code, at = 4, i")
        w("        break")
        w("    cnt[C_BAD_FRAME] += 1")
        w("    continue")
        w("status[i] = <uint8_t>(mi + 1)")
        w("cnt[C_FRAMES + mi] += 1")
        w(f"if ver > {self.s.version}:  # SCHEMA_VERSION")
        w("    cnt[C_NEWER_VERSION] += 1")
        self.level -= 1
        w("if code == 0 and pos != size:")
        w("    code = 3")
        self.level -= 1
        w("return (code, at)")
        self.level -= 1
        w()
        w()
        w("def fill_block(bytes payload, Py_ssize_t nrec, tuple rec, const uint8_t[::1] status,")
        w("               const uint64_t[::1] addr, int64_t[::1] pos, const int64_t[::1] isz,")
        w("               const int64_t[::1] voff, const int64_t[::1] vw, bint raw):")
        self.level += 1
        w('"""Pass 2: write the rows of the frames scan_block accepted into the arrays at')
        w("``addr`` (one per table; row size ``isz``, var-data columns at ``voff`` of width")
        w('``vw``); ``pos`` holds the next row of each table and advances."""')
        w("cdef const uint8_t *buf = <const uint8_t *>PyBytes_AS_STRING(payload)")
        w("cdef Py_ssize_t hs = rec[0], o_ns = rec[1], o_len = rec[2], o_conn = rec[3]")
        w("cdef Py_ssize_t p = 0, i, ln, bl")
        w("cdef int ver, st")
        w("cdef int64_t ns")
        w("cdef uint16_t conn")
        w("cdef const uint8_t *f")
        w(f"cdef char *out[{len(self.tables)}]")
        w(f"if addr.shape[0] < {len(self.tables)} or pos.shape[0] < {len(self.tables)} or "
          f"isz.shape[0] < {len(self.tables)} or voff.shape[0] < {len(self.var)} or "
          f"vw.shape[0] < {len(self.var)} or status.shape[0] < nrec:")
        w("    raise ValueError('fill_block: arrays too short')")
        w(f"for i in range({len(self.tables)}):")
        w("    out[i] = <char *><uintptr_t>addr[i]")
        w("with nogil:")
        self.level += 1
        w("for i in range(nrec):")
        self.level += 1
        w("ln = sbe_u32le(buf + p + o_len)")
        w("st = status[i]")
        w("if st:")
        self.level += 1
        w("ns = sbe_i64le(buf + p + o_ns)")
        w("conn = sbe_u16le(buf + p + o_conn)")
        w("f = buf + p + hs")
        w(f"bl = {hread('blockLength', 'f')}")
        w(f"ver = {hread('version', 'f')}")
        w("if raw:")
        self.level += 1
        first = True
        for mt in msgs:
            w(f"{'if' if first else 'elif'} st == {mt.message + 1}:")
            w(f"    _fR_{_ident(mt.block.name)}(f, bl, ver, ns, conn, out, &pos[0], &isz[0], "
              f"&voff[0], &vw[0])")
            first = False
        self.level -= 1
        w("else:")
        self.level += 1
        first = True
        for mt in msgs:
            w(f"{'if' if first else 'elif'} st == {mt.message + 1}:")
            w(f"    _fF_{_ident(mt.block.name)}(f, bl, ver, ns, conn, out, &pos[0], &isz[0], "
              f"&voff[0], &vw[0])")
            first = False
        self.level -= 2
        w("p += hs + ln")
        self.level -= 2
        self.level -= 1

    def emit(self) -> dict[str, str]:
        s = self.s
        w = self.w
        banner = (f"# GENERATED FROM {s.source_name} (package {s.package}, schema "
                  f"{s.id}:{s.version}, sha256 {s.sha256}) DO NOT EDIT.\n"
                  f"# Regenerate with: {self.command}")
        for ln in banner.splitlines():
            w(ln)
        w("# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True")
        w("# cython: initializedcheck=False")
        w(f'"""Batch decoder of SBE schema {s.package} {s.id}:{s.version} ({s.source_name}):')
        w("capture blocks to numpy rows in two C passes; used by sbe.batch (docs/capture.md).")
        w('"""')
        w()
        w("from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, "
          "uint32_t,")
        w("                          uint64_t, uintptr_t, INT64_MIN)")
        w("from libc.string cimport memcpy, memset")
        w("from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_GET_SIZE")
        w("from sbe._rt cimport (sbe_u8, sbe_i8, sbe_u16le, sbe_u16be, sbe_i16le, sbe_i16be, "
          "sbe_u32le,")
        w("                     sbe_u32be, sbe_i32le, sbe_i32be, sbe_u64le, sbe_u64be, "
          "sbe_i64le, sbe_i64be,")
        w("                     sbe_f32le, sbe_f32be, sbe_f64le, sbe_f64be, sbe_factor, "
          "sbe_apply_i64,")
        w("                     sbe_apply_u64, sbe_fast_limit,")
        w("                     sbe_put_f64, SBE_NAN, EXP_NONE)")
        w()
        w(f"PACKAGE = {s.package!r}")
        w(f"SCHEMA_ID = {s.id}")
        w(f"SCHEMA_VERSION = {s.version}")
        w(f"SCHEMA_SHA256 = {s.sha256!r}")
        w("cdef enum:")
        w(f"    HEADER_SIZE = {s.header.size}")
        w(f"    N_MESSAGES = {len(s.messages)}")
        for i, c in enumerate(COUNTERS):
            w(f"    C_{c.upper()} = {i}")
        w(f"    C_FRAMES = {len(COUNTERS)}")
        w()
        w("#: message names in schema order (the message index of status and counters)")
        w(f"MESSAGES = {[msg.name for msg in s.messages]!r}")
        w("#: scan_block counters: these, then frames per message")
        w(f"COUNTERS = {list(COUNTERS)!r}")
        w("#: tables in output order: (name, message index, parent table index or -1)")
        w(f"TABLES = {[(t.name, t.message, t.parent) for t in self.tables]!r}")
        w("#: fixed-size columns per decimals mode and table: [(name, numpy code, offset)]")
        w("COLUMNS = {")
        for mode in MODES:
            w(f"    {mode!r}: [")
            for t in self.tables:
                w(f"        {self.columns(t, mode)!r},")
            w("    ],")
        w("}")
        w("#: var-data columns (after the fixed ones, in this order): (table index, name)")
        w(f"VAR_COLUMNS = {self.var!r}")
        w()
        w()
        for name, ctype in (("i8", "int8_t"), ("u8", "uint8_t"), ("i16", "int16_t"),
                            ("u16", "uint16_t"), ("i32", "int32_t"), ("u32", "uint32_t"),
                            ("i64", "int64_t"), ("u64", "uint64_t"), ("f32", "float"),
                            ("f64", "double")):
            w(f"cdef inline void _put_{name}(char *q, {ctype} v) noexcept nogil:")
            w("    memcpy(q, &v, sizeof(v))")
            w()
        w()
        w("cdef inline bint _utf8_ok(const uint8_t *s, Py_ssize_t n) noexcept nogil:")
        w('    """Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), as')
        w('    the decoder\'s PyUnicode_DecodeUTF8 accepts it."""')
        for ln in _UTF8.strip("\n").splitlines():
            w(ln)
        w()
        w()
        for t in self.tables:
            if t.parent < 0:
                self.emit_scan(t)
                w()
                for mode in MODES:
                    self.emit_fill(t, mode)
                    w()
        self.emit_driver()
        return {f"{self.module}_batch.pyx": "\n".join(self.lines).rstrip() + "\n"}


_UTF8 = """
    cdef Py_ssize_t i = 0
    cdef uint8_t c, c1
    while i < n:
        c = s[i]
        if c < 0x80:
            i += 1
            continue
        if c < 0xC2:
            return 0
        if c < 0xE0:
            if i + 1 >= n or (s[i + 1] & 0xC0) != 0x80:
                return 0
            i += 2
            continue
        if c < 0xF0:
            if i + 2 >= n:
                return 0
            c1 = s[i + 1]
            if (c1 & 0xC0) != 0x80 or (s[i + 2] & 0xC0) != 0x80:
                return 0
            if (c == 0xE0 and c1 < 0xA0) or (c == 0xED and c1 >= 0xA0):
                return 0
            i += 3
            continue
        if c < 0xF5:
            if i + 3 >= n:
                return 0
            c1 = s[i + 1]
            if (c1 & 0xC0) != 0x80 or (s[i + 2] & 0xC0) != 0x80 or (s[i + 3] & 0xC0) != 0x80:
                return 0
            if (c == 0xF0 and c1 < 0x90) or (c == 0xF4 and c1 >= 0x90):
                return 0
            i += 4
            continue
        return 0
    return 1
"""


def emit_batch(schema: Schema, module: str, command: str) -> dict[str, str]:
    """{``<module>_batch.pyx``: text} for a schema of :data:`BATCH_PACKAGES`."""
    return BatchEmitter(schema, module, command).emit()


def wants_batch(schema: Schema) -> bool:
    """Whether ``python -m codegen`` emits a batch module for this schema."""
    return schema.package in BATCH_PACKAGES
