"""Pure-Python, IR-driven SBE codec: the encoder for every message and the reference decoder.

It works only from the plain dict produced by ``codegen.model.Schema.to_plain()`` (no codegen,
no lxml at runtime).  Decoding follows ``docs/decoded-format.md`` exactly; it is the test
oracle the compiled Cython decoders are compared against, so it favours clarity and
correctness over speed.  Encoding uses one precomputed :class:`struct.Struct` per block.

::

    codec = Codec(schema.to_plain())
    buf = codec.encode({"$message": "DepthResponse", "lastUpdateId": 1, ...})
    msg = codec.decode(buf, decimals="float", groups="numpy")
"""

from __future__ import annotations

import enum
import math
import operator
import struct
from collections.abc import Mapping
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext
from typing import Any, Optional

import numpy as np

from sbe._schema import (
    DATA_BYTES,
    DATA_MESSAGE,
    DATA_TEXT,
    KIND_ARRAY,
    KIND_BYTES,
    KIND_CHAR,
    KIND_COMPOSITE,
    KIND_ENUM,
    KIND_FLOAT,
    KIND_INT,
    KIND_MANTISSA,
    KIND_MANTISSA128,
    KIND_SET,
    KIND_STRING,
    MANTISSA128_NULL,
    NUMPY_CODES,
    PRIMITIVES,
    Schema,
    default_null,
    primitive_range,
)
from sbe.errors import (
    DecodeError,
    EncodeError,
    MalformedError,
    SchemaMismatchError,
    TruncatedError,
    UnknownTemplateError,
)

__all__ = ["Codec"]

# one home for primitive sizes, struct/numpy codes, nulls and value kinds: sbe._schema
_PRIMS = PRIMITIVES
_NP_CODES = NUMPY_CODES
K_INT, K_FLOAT, K_CHAR, K_STRING = KIND_INT, KIND_FLOAT, KIND_CHAR, KIND_STRING
K_BYTES, K_ARRAY, K_ENUM, K_SET = KIND_BYTES, KIND_ARRAY, KIND_ENUM, KIND_SET
K_COMPOSITE, K_MANT, K_MANT128 = KIND_COMPOSITE, KIND_MANTISSA, KIND_MANTISSA128
D_TEXT, D_BYTES, D_MESSAGE = DATA_TEXT, DATA_BYTES, DATA_MESSAGE

_DECIMALS = ("raw", "float", "decimal")
_GROUPS = ("list", "numpy")
_MAX_NESTING = 32  # nested messageData depth (hostile input guard)
_M128_NULL = MANTISSA128_NULL
_M128_DTYPE = np.dtype([("lo", "<u8"), ("hi", "<i8")])
_INT_KINDS = (K_INT, K_MANT, K_ENUM, K_SET)


_prim_range = primitive_range
_default_null = default_null


def _num(v):
    if v == "nan":
        return math.nan
    return v


def _is_null(v, null) -> bool:
    if isinstance(null, float) and math.isnan(null):
        return isinstance(v, float) and math.isnan(v)
    return v == null


_EXACT_EXP = 27  # sbe_rt.h SBE_EXACT_EXP: 5**27 < 2**63


def _scale_float(m: int, e: int) -> float:
    """decimals="float": m * 10**e correctly rounded (Python's int true division and
    float(int) round once) for a mantissa in the 64-bit range (int64 or uint64) and
    |e| <= 27; otherwise float(m) / 10.0**-e or float(m) * 10.0**e."""
    if -(1 << 63) <= m < (1 << 64) and -_EXACT_EXP <= e <= _EXACT_EXP:
        return m / 10 ** -e if e < 0 else float(m * 10 ** e)
    return float(m) / 10.0 ** -e if e < 0 else float(m) * 10.0 ** e


def _truncated(what: str, needed: int, offset: int, available: int) -> TruncatedError:
    return TruncatedError(
        f"truncated: {what} needs {needed} bytes at offset {offset}, {max(available, 0)} remain",
        offset=offset, needed=needed, available=max(available, 0))


def _encode_error(reason: str, path: str) -> EncodeError:
    err = EncodeError(f"{reason} - at {path}")
    err.path = path  # type: ignore[attr-defined]
    return err


# --------------------------------------------------------------------------------------------
# compiled IR
# --------------------------------------------------------------------------------------------

class _EnumInfo:
    def __init__(self, name: str, p: dict, cls: Optional[type]):
        self.name = name
        self.encoding = p["encoding"]
        self.null = int(p["null"])
        self.is_bool = bool(p["bool"])
        self.by_name = {v[0]: int(v[1]) for v in p["values"]}
        if cls is None:
            try:
                cls = enum.IntEnum(name, [(n, v) for n, v in self.by_name.items()], module=__name__)
            except Exception:  # names Python refuses as members: decode to plain ints
                cls = None
        self.cls = cls
        self.members: dict[int, Any] = {}
        if cls is not None:
            for m in cls:
                self.members.setdefault(int(m), m)
            for alias in getattr(cls, "__members__", {}).values():
                self.members.setdefault(int(alias), alias)

    def value(self, v: int):
        if self.is_bool:
            if v == 0:
                return False
            if v == 1:
                return True
            return v
        m = self.members.get(v)
        return v if m is None else m


class _SetInfo:
    def __init__(self, name: str, p: dict, cls: Optional[type]):
        self.name = name
        self.encoding = p["encoding"]
        self.by_name = {c[0]: 1 << int(c[1]) for c in p["choices"]}
        if cls is None and self.by_name:
            try:
                cls = enum.IntFlag(name, list(self.by_name.items()), module=__name__)
            except Exception:
                cls = None
        self.cls = cls

    def value(self, v: int):
        if self.cls is None:
            return v
        try:
            return self.cls(v)
        except ValueError:
            return v


class _Field:
    """A fixed field or composite member (composites are instantiated per use)."""

    def __init__(self, codec: "Codec", p: dict, boff: int, depth: int = 0):
        if depth > 16:
            raise ValueError("composite nesting too deep")
        self.name: str = p["name"]
        self.kind: str = p["kind"]
        self.prim: Optional[str] = p["primitive"]
        self.length: int = int(p.get("length") or 1)
        self.presence: str = p["presence"]
        self.is_const = self.presence == "constant"
        self.optional = self.presence == "optional"
        self.null = _num(p.get("null"))
        self.since: int = int(p.get("since") or 0)
        self.offset: int = int(p["offset"])
        self.boff: int = boff + self.offset  # offset inside the enclosing block
        self.size: int = int(p["size"])
        self.exponent = tuple(p["exponent"]) if p.get("exponent") else None
        self.is_exp = bool(p.get("isExponent"))
        self.char_encoding: str = p.get("charEncoding") or "latin-1"
        self.type_name: Optional[str] = p.get("type")
        self.enum: Optional[_EnumInfo] = None
        self.set: Optional[_SetInfo] = None
        self.members: list[_Field] = []
        if self.kind == K_ENUM:
            self.enum = codec._enum_infos[self.type_name]
            if self.prim is None:
                self.prim = self.enum.encoding
        elif self.kind == K_SET:
            self.set = codec._set_infos[self.type_name]
            if self.prim is None:
                self.prim = self.set.encoding
        elif self.kind == K_COMPOSITE:
            comp = codec.plain["composites"][self.type_name]
            self.members = [_Field(codec, m, self.boff, depth + 1) for m in comp["members"]]
            if not self.is_const:
                self.size = int(comp["size"])
        if self.optional and self.null is None:
            if self.kind == K_MANT128:
                self.null = _M128_NULL
            elif self.kind == K_ENUM:
                self.null = self.enum.null  # type: ignore[union-attr]
            elif self.kind in (K_INT, K_MANT, K_FLOAT, K_CHAR, K_STRING) and self.prim:
                self.null = _default_null(self.prim)
        if self.kind in (K_INT, K_MANT, K_ENUM, K_SET, K_ARRAY, K_BYTES) and self.prim:
            self.lo, self.hi = _prim_range(self.prim)
        elif self.kind == K_MANT128:
            self.lo, self.hi = -(1 << 127), (1 << 127) - 1
        self.const = self._constant_value(p.get("constant")) if self.is_const else None
        self.nvals = self._nvals()
        self.np_dtype = None if self.is_const else self._np_dtype(codec.bo)

    # -- layout --------------------------------------------------------------------------

    def _nvals(self) -> int:
        if self.is_const:
            return 0
        if self.kind == K_COMPOSITE:
            return sum(m.nvals for m in self.members)
        if self.kind == K_ARRAY:
            return self.length
        return 1

    def flat(self):
        """(offset in block, struct code, size) of every wire scalar, in order."""
        if self.is_const:
            return
        if self.kind == K_COMPOSITE:
            for m in self.members:
                yield from m.flat()
            return
        k = self.kind
        if k in (K_STRING, K_BYTES, K_MANT128):
            yield self.boff, f"{self.size}s", self.size
        elif k == K_ARRAY:
            code = _PRIMS[self.prim][1]
            yield self.boff, f"{self.length}{code}", self.size
        elif k == K_ENUM and self.prim == "char":
            yield self.boff, "B", 1
        else:
            yield self.boff, _PRIMS[self.prim][1], self.size

    def _np_dtype(self, bo: str):
        k = self.kind
        if k == K_COMPOSITE:
            ms = [m for m in self.members if not m.is_const]
            return np.dtype({"names": [m.name for m in ms], "formats": [m.np_dtype for m in ms],
                             "offsets": [m.offset for m in ms], "itemsize": self.size})
        if k == K_MANT128:
            return _M128_DTYPE
        code = _NP_CODES[self.prim]
        base = np.dtype(code if code[0] in "S" or code.endswith("1") else bo + code)
        if k == K_STRING:
            return np.dtype(f"S{self.length}")
        if k in (K_ARRAY, K_BYTES):
            return np.dtype((base, (self.length,)))
        return base

    def _constant_value(self, c):
        if c is None:
            return None
        k = self.kind
        if k == K_ENUM:
            e = self.enum
            if isinstance(c, str) and c in e.by_name:  # type: ignore[union-attr]
                return e.value(e.by_name[c])  # type: ignore[union-attr]
            if isinstance(c, str) and "." in c and c.split(".")[-1] in e.by_name:  # type: ignore
                return e.value(e.by_name[c.split(".")[-1]])  # type: ignore[union-attr]
            return e.value(int(c))  # type: ignore[union-attr]
        if k == K_COMPOSITE:
            return None
        if k == K_FLOAT:
            return float(c)
        if k in (K_CHAR, K_STRING):
            return c if isinstance(c, str) else str(c)
        if k in (K_INT, K_MANT, K_SET, K_MANT128):
            try:
                return int(c)
            except (TypeError, ValueError):
                return c
        return c

    def missing_null(self):
        """Null written into a numpy column when the acting version lacks the field."""
        if self.null is not None:
            return self.null
        if self.kind in (K_INT, K_MANT, K_FLOAT, K_CHAR) and self.prim:
            return _default_null(self.prim)
        if self.kind == K_ENUM:
            return self.enum.null  # type: ignore[union-attr]
        if self.kind == K_MANT128:
            return _M128_NULL
        return 0

    # -- decode --------------------------------------------------------------------------

    def dec(self, vals: tuple, i: int, ver: int, base: int):
        """Decode the field from the unpacked tuple at index i; returns (value, next index)."""
        k = self.kind
        if k == K_COMPOSITE:
            out = {}
            for m in self.members:
                if m.is_const:
                    out[m.name] = None if m.since > ver else m.const
                    continue
                try:
                    v, i = m.dec(vals, i, ver, base)
                except DecodeError as err:
                    err._prepend(m.name)
                    raise
                out[m.name] = None if m.since > ver else v
            return out, i
        if k == K_ARRAY:
            return tuple(vals[i:i + self.length]), i + self.length
        v = vals[i]
        i += 1
        if k in (K_INT, K_MANT):
            if self.optional and v == self.null:
                return None, i
            return v, i
        if k == K_ENUM:
            if self.optional and v == self.null:
                return None, i
            return self.enum.value(v), i  # type: ignore[union-attr]
        if k == K_SET:
            return self.set.value(v), i  # type: ignore[union-attr]
        if k == K_FLOAT:
            if self.optional and _is_null(v, self.null):
                return None, i
            return v, i
        if k == K_CHAR:
            if self.optional and v == b"\x00":
                return None, i
            return v.decode("latin-1"), i
        if k == K_STRING:
            if self.optional and v[:1] == b"\x00":
                return None, i
            cut = v.find(b"\x00")
            if cut >= 0:
                v = v[:cut]
            try:
                return v.decode(self.char_encoding), i
            except (UnicodeDecodeError, LookupError) as exc:
                raise MalformedError(
                    f"malformed: invalid {self.char_encoding} text in char[{self.length}] field "
                    f"'{self.name}' at offset {base + self.boff} ({len(v)} bytes): {exc}",
                    offset=base + self.boff, needed=self.size, available=self.size) from None
        if k == K_BYTES:
            return v, i
        if k == K_MANT128:
            m = int.from_bytes(v, "little", signed=True)
            if self.optional and m == self.null:
                return None, i
            return m, i
        raise AssertionError(k)

    # -- encode --------------------------------------------------------------------------

    def enc(self, v, out: list, path: str, ctx: list) -> None:
        """Append this field's struct values for python value ``v`` to ``out``."""
        k = self.kind
        if v is not None and k in (K_MANT, K_MANT128):
            if (isinstance(v, (float, np.floating)) and math.isnan(v)) or (
                    isinstance(v, Decimal) and v.is_nan()):
                v = None
        if v is None:
            self._enc_null(out, path)
            return
        if isinstance(v, np.generic) and not isinstance(v, (np.void, np.bytes_)):
            v = v.item()
        if k == K_MANT128 and isinstance(v, np.void) and v.dtype.names == ("lo", "hi"):
            v = (int(v["hi"]) << 64) + int(v["lo"])  # numpy raw column form
        if k in (K_INT, K_MANT, K_MANT128):
            if k != K_INT and not isinstance(v, int):
                v = self._mantissa_from(v, path, ctx)
            else:
                v = self._int(v, path)
            if not self.lo <= v <= self.hi:
                raise _encode_error(f"value {v} out of range [{self.lo}, {self.hi}] for "
                                    f"{'mantissa128' if k == K_MANT128 else self.prim}", path)
            out.append(v.to_bytes(16, "little", signed=True) if k == K_MANT128 else v)
        elif k == K_FLOAT:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise _encode_error(f"expected a float, got {type(v).__name__}", path)
            v = float(v)
            if self.prim == "float" and math.isfinite(v):
                try:
                    struct.pack("<f", v)
                except (OverflowError, struct.error):
                    raise _encode_error(f"value {v} out of range for float", path) from None
            out.append(v)
        elif k == K_ENUM:
            out.append(self._enum_int(v, path))
        elif k == K_SET:
            out.append(self._set_int(v, path))
        elif k == K_CHAR:
            out.append(self._char(v, path))
        elif k == K_STRING:
            if isinstance(v, str):
                try:
                    b = v.encode(self.char_encoding)
                except (UnicodeEncodeError, LookupError) as exc:
                    raise _encode_error(f"cannot encode {v!r} as {self.char_encoding}: {exc}",
                                        path) from None
            elif isinstance(v, (bytes, bytearray, memoryview)):
                b = bytes(v)
            else:
                raise _encode_error(f"expected str or bytes, got {type(v).__name__}", path)
            if len(b) > self.length:
                raise _encode_error(f"string of {len(b)} bytes too long for char[{self.length}]",
                                    path)
            out.append(b)
        elif k == K_BYTES:
            if isinstance(v, np.ndarray):
                b = v.tobytes()
            elif isinstance(v, (bytes, bytearray, memoryview)):
                b = bytes(v)
            elif isinstance(v, (list, tuple)):
                try:
                    b = bytes(x & 0xFF for x in (self._int(x, path) for x in v))
                except TypeError:
                    raise _encode_error("expected bytes", path) from None
            else:
                raise _encode_error(f"expected bytes, got {type(v).__name__}", path)
            if len(b) != self.length:
                raise _encode_error(f"expected exactly {self.length} bytes, got {len(b)}", path)
            out.append(b)
        elif k == K_ARRAY:
            if isinstance(v, (str, bytes, Mapping)) or not hasattr(v, "__len__"):
                raise _encode_error(f"expected a sequence of {self.length} numbers", path)
            if len(v) != self.length:
                raise _encode_error(f"expected {self.length} elements, got {len(v)}", path)
            is_float = _PRIMS[self.prim][3]
            for j, x in enumerate(v):
                if isinstance(x, np.generic):
                    x = x.item()
                if is_float:
                    if isinstance(x, bool) or not isinstance(x, (int, float)):
                        raise _encode_error("expected a number", f"{path}[{j}]")
                    out.append(float(x))
                else:
                    x = self._int(x, f"{path}[{j}]")
                    if not self.lo <= x <= self.hi:
                        raise _encode_error(f"value {x} out of range for {self.prim}",
                                            f"{path}[{j}]")
                    out.append(x)
        elif k == K_COMPOSITE:
            if isinstance(v, np.void):
                v = {n: v[n] for n in v.dtype.names}
            if not isinstance(v, Mapping):
                raise _encode_error(f"expected a dict for composite, got {type(v).__name__}",
                                    path)
            known = {m.name for m in self.members}
            for key in v:
                if key not in known:
                    raise _encode_error(f"unknown member {key!r}", path)
            for m in self.members:
                mp = f"{path}.{m.name}"
                if m.is_const:
                    m.check_const(v.get(m.name), mp)
                    continue
                m.enc(v.get(m.name), out, mp, ctx)
        else:  # pragma: no cover
            raise AssertionError(k)

    def check_const(self, v, path: str) -> None:
        if v is None:
            return
        c = self.const
        if isinstance(v, np.generic):
            v = v.item()
        ok = v == c
        if not ok and self.kind == K_ENUM and isinstance(v, str):
            ok = self.enum.by_name.get(v) == (int(c) if c is not None else None)  # type: ignore
        if not ok:
            raise _encode_error(f"constant field must be {c!r}, got {v!r}", path)

    def _enc_null(self, out: list, path: str) -> None:
        k = self.kind
        if k == K_COMPOSITE:
            if not self.optional:
                raise _encode_error("missing required field", path)
            for m in self.members:
                if not m.is_const:
                    m._enc_zero(out)
            return
        if not self.optional:
            raise _encode_error("missing required field", path)
        self._enc_zero(out)

    def _enc_zero(self, out: list) -> None:
        """Write the null (or zeros where the type has none)."""
        k = self.kind
        if k == K_COMPOSITE:
            for m in self.members:
                if not m.is_const:
                    m._enc_zero(out)
        elif k == K_MANT128:
            out.append(_M128_NULL.to_bytes(16, "little", signed=True))
        elif k in (K_INT, K_MANT, K_ENUM):
            out.append(int(self.null) if self.null is not None else 0)
        elif k == K_FLOAT:
            out.append(float(self.null) if self.null is not None else 0.0)
        elif k == K_CHAR:
            out.append(bytes([int(self.null or 0) & 0xFF]))
        elif k == K_STRING:
            out.append(b"")
        elif k == K_BYTES:
            nb = 0 if self.null is None else int(self.null) & 0xFF
            out.append(bytes([nb]) * self.length)
        elif k == K_ARRAY:
            n = self.null if self.null is not None else 0
            out.extend([n] * self.length)
        elif k == K_SET:
            out.append(0)

    @staticmethod
    def _int(v, path: str) -> int:
        if isinstance(v, np.generic):
            v = v.item()
        try:
            return operator.index(v)
        except TypeError:
            raise _encode_error(f"expected an int, got {type(v).__name__} {v!r}", path) from None

    def _enum_int(self, v, path: str) -> int:
        e = self.enum
        if isinstance(v, str):
            if v in e.by_name:  # type: ignore[union-attr]
                x = e.by_name[v]  # type: ignore[union-attr]
            elif self.prim == "char" and len(v) == 1:
                x = ord(v)
            else:
                raise _encode_error(f"unknown {e.name} value name {v!r}", path)  # type: ignore
        elif isinstance(v, (bytes, np.bytes_)) and self.prim == "char":
            if len(v) > 1:
                raise _encode_error(f"expected one char, got {v!r}", path)
            x = v[0] if len(v) else 0
        else:
            x = self._int(v, path)
        if not self.lo <= x <= self.hi:
            raise _encode_error(f"enum value {x} out of range for {self.prim}", path)
        return x

    def _set_int(self, v, path: str) -> int:
        s = self.set
        if isinstance(v, str):
            v = [v]
        if isinstance(v, (int, np.integer)) or hasattr(v, "__index__"):
            x = self._int(v, path)
        else:
            try:
                names = list(v)
            except TypeError:
                raise _encode_error(
                    f"expected int or choice names for set {s.name}", path) from None  # type: ignore
            x = 0
            for n in names:
                if isinstance(n, enum.Enum):
                    x |= int(n.value)
                    continue
                if n not in s.by_name:  # type: ignore[union-attr]
                    raise _encode_error(f"unknown {s.name} choice {n!r}", path)  # type: ignore
                x |= s.by_name[n]  # type: ignore[union-attr]
        if not self.lo <= x <= self.hi:
            raise _encode_error(f"set value {x} out of range for {self.prim}", path)
        return x

    def _char(self, v, path: str) -> bytes:
        if isinstance(v, str):
            if len(v) != 1:
                raise _encode_error(f"expected a 1-character str, got {v!r}", path)
            try:
                return v.encode("latin-1")
            except UnicodeEncodeError:
                raise _encode_error(f"character {v!r} is not latin-1", path) from None
        if isinstance(v, (bytes, bytearray, np.bytes_)):
            if len(v) > 1:
                raise _encode_error(f"expected one byte, got {v!r}", path)
            return bytes(v) if len(v) else b"\x00"
        x = self._int(v, path)
        if not 0 <= x <= 255:
            raise _encode_error(f"char value {x} out of range", path)
        return bytes([x])

    def _mantissa_from(self, v, path: str, ctx: list) -> int:
        up, ename = self.exponent if self.exponent else (0, None)
        if ename is None:
            raise _encode_error(f"expected an int mantissa, got {type(v).__name__}", path)
        e = None
        if len(ctx) > up:
            d = ctx[-1 - up]
            e = d.get(ename) if isinstance(d, Mapping) else None
        if isinstance(e, np.generic):
            e = e.item()
        if isinstance(e, bool) or not isinstance(e, int):
            raise _encode_error(
                f"a {type(v).__name__} mantissa needs its exponent field '{ename}' as an int "
                f"(got {e!r})", path)
        if isinstance(v, (float, np.floating)):
            v = float(v)
            if not math.isfinite(v):
                raise _encode_error(f"cannot encode {v!r} as a mantissa", path)
            d = Decimal(repr(v))
        elif isinstance(v, Decimal):
            d = v
        elif isinstance(v, str):
            try:
                d = Decimal(v.strip())
            except InvalidOperation:
                raise _encode_error(f"not a decimal number: {v!r}", path) from None
        else:
            raise _encode_error(f"expected int/float/Decimal/str mantissa, got "
                                f"{type(v).__name__}", path)
        if not d.is_finite():
            raise _encode_error(f"cannot encode {v!r} as a mantissa", path)
        with localcontext() as c:
            c.prec = 400
            c.Emax = 999999
            c.Emin = -999999
            q = d.scaleb(-e)
            m = q.to_integral_value(rounding=ROUND_HALF_EVEN)
            exact = m == q
        mi = int(m)
        if not exact and not (isinstance(v, float) and _scale_float(mi, e) == v):
            raise _encode_error(f"{v!r} is not representable with exponent {e}", path)
        return mi


class _Layout:
    """Fields of a block present at one (clamped) version, and their Struct."""

    def __init__(self, block: "_Block", ver: int, bo: str):
        self.ver = ver
        self.fields = [f for f in block.fields if f.since <= ver]
        self.wire = [f for f in self.fields if not f.is_const]
        self.required = max((f.offset + f.size for f in self.wire), default=0)
        fmt, pos = bo, 0
        for off, code, size in (x for f in self.wire for x in f.flat()):
            if off < pos:
                raise ValueError(f"overlapping fields in block {block.name!r} at offset {off}")
            if off > pos:
                fmt += f"{off - pos}x"
            fmt += code
            pos = off + size
        self.fmt = fmt
        self.end = pos
        self.struct = struct.Struct(fmt)
        self.bo = bo
        self._enc_structs: dict[int, struct.Struct] = {}
        self.all_present = len(self.wire) == sum(1 for f in block.fields if not f.is_const)

    def enc_struct(self, block_length: int) -> struct.Struct:
        st = self._enc_structs.get(block_length)
        if st is None:
            tail = block_length - self.end
            st = struct.Struct(self.fmt + (f"{tail}x" if tail > 0 else ""))
            if len(self._enc_structs) < 64:
                self._enc_structs[block_length] = st
        return st


class _Data:
    def __init__(self, p: dict, bo: str):
        self.name: str = p["name"]
        self.since = int(p.get("since") or 0)
        self.kind: str = p["kind"]
        self.optional = bool(p.get("optional"))
        self.length_prim: str = p["lengthPrimitive"]
        self.length_size = int(p["lengthSize"])
        self.max_length = int(p["maxLength"])
        self.char_encoding: str = p.get("charEncoding") or "utf-8"
        self.len_struct = struct.Struct(bo + _PRIMS[self.length_prim][1])


class _Block:
    def __init__(self, codec: "Codec", p: dict, is_group: bool = False):
        self.codec = codec
        self.name: str = p["name"]
        self.id = int(p.get("id") or 0)
        self.since = int(p.get("since") or 0)
        self.block_length = int(p["blockLength"])
        self.fields = [_Field(codec, f, 0) for f in p["fields"]]
        self.groups = [_Block(codec, g, True) for g in p["groups"]]
        self.data = [_Data(d, codec.bo) for d in p["data"]]
        self.is_fixed = not self.groups and not self.data
        self.is_group = is_group
        self.keys = {f.name for f in self.fields} | {g.name for g in self.groups} | {
            d.name for d in self.data}
        self.max_since = max([f.since for f in self.fields], default=0)
        if is_group:
            dim = p["dimension"]
            self.dim_size = int(dim["size"])
            bl_off, bl_prim = dim["blockLength"]
            n_off, n_prim = dim["numInGroup"]
            self.max_count = int(dim["maxCount"])
            self.bl_struct = struct.Struct(codec.bo + _PRIMS[bl_prim][1])
            self.n_struct = struct.Struct(codec.bo + _PRIMS[n_prim][1])
            self.bl_off, self.n_off = int(bl_off), int(n_off)
            self.bl_range = _prim_range(bl_prim)
            self.n_range = _prim_range(n_prim)
        self._layouts: dict[int, _Layout] = {}
        self._view_dtypes: dict[tuple[int, int], Optional[np.dtype]] = {}
        self.layout(codec.version)  # validate offsets eagerly

    def layout(self, ver: int) -> _Layout:
        ver = min(ver, self.max_since)
        lay = self._layouts.get(ver)
        if lay is None:
            lay = self._layouts[ver] = _Layout(self, ver, self.codec.bo)
        return lay

    def written_block_length(self, ver: int) -> int:
        if ver >= self.codec.version:
            return self.block_length
        return self.layout(ver).required

    def overhead(self, ver: int) -> int:
        """Bytes every entry needs beyond its block: nested dimensions and length prefixes."""
        return (sum(g.dim_size for g in self.groups if g.since <= ver)
                + sum(d.length_size for d in self.data if d.since <= ver))

    def view_dtype(self, ver: int, block_length: int) -> Optional[np.dtype]:
        """Structured dtype of the wire fields present at ``ver`` at their offsets."""
        lay = self.layout(ver)
        key = (lay.ver, block_length)
        if key in self._view_dtypes:
            return self._view_dtypes[key]
        if not lay.wire or block_length <= 0:
            dt = None
        else:
            dt = np.dtype({"names": [f.name for f in lay.wire],
                           "formats": [f.np_dtype for f in lay.wire],
                           "offsets": [f.offset for f in lay.wire],
                           "itemsize": block_length})
        if len(self._view_dtypes) < 64:
            self._view_dtypes[key] = dt
        return dt


# --------------------------------------------------------------------------------------------
# the codec
# --------------------------------------------------------------------------------------------

class Codec:
    """Encoder and reference decoder for one schema, driven by ``Schema.to_plain()``."""

    def __init__(self, plain, *, enums: Optional[dict[str, type]] = None,
                 sets: Optional[dict[str, type]] = None):
        """``plain``: a :class:`sbe._schema.Schema` or its ``to_plain()`` view."""
        if isinstance(plain, Schema):
            plain = plain.to_plain()
        self.plain = plain
        self.schema_id: int = int(plain["id"])
        self.version: int = int(plain["version"])
        self.package: str = plain["package"]
        self.byte_order: str = plain.get("byteOrder") or "littleEndian"
        self.bo = "<" if self.byte_order == "littleEndian" else ">"
        enums = enums or {}
        sets = sets or {}
        self._enum_infos = {n: _EnumInfo(n, p, enums.get(n)) for n, p in plain["enums"].items()}
        self._set_infos = {n: _SetInfo(n, p, sets.get(n)) for n, p in plain["sets"].items()}
        self.enums: dict[str, type] = {n: i.cls for n, i in self._enum_infos.items()
                                       if i.cls is not None}
        self.sets: dict[str, type] = {n: i.cls for n, i in self._set_infos.items()
                                      if i.cls is not None}
        h = plain["header"]
        self.header_size = int(h["size"])
        self._hdr = [(int(h[k][0]), struct.Struct(self.bo + _PRIMS[h[k][1]][1]),
                      _prim_range(h[k][1]))
                     for k in ("blockLength", "templateId", "schemaId", "version")]
        self._messages = [_Block(self, m) for m in plain["messages"]]
        self._by_name = {m.name: m for m in self._messages}
        self._by_id = {m.id: m for m in self._messages}

    # -- public API ------------------------------------------------------------------------

    @property
    def message_names(self) -> list[str]:
        return [m.name for m in self._messages]

    def header(self, buf) -> tuple[int, int, int, int]:
        """(blockLength, templateId, schemaId, version) of the message at the start of buf."""
        mv = _as_bytes_view(buf)
        return self._read_header(mv, 0, len(mv))

    def decode(self, buf, *, decimals: str = "raw", groups: str = "list") -> dict:
        if decimals not in _DECIMALS:
            raise ValueError(f"decimals must be one of {_DECIMALS}, not {decimals!r}")
        if groups not in _GROUPS:
            raise ValueError(f"groups must be one of {_GROUPS}, not {groups!r}")
        mv = _as_bytes_view(buf)
        out, _end = self._decode_message(mv, 0, len(mv), decimals, groups, 0)
        return out

    def encode(self, msg: dict, *, version: Optional[int] = None, pad: int = 0,
               schema_id: Optional[int] = None) -> bytes:
        ver = self.version if version is None else int(version)
        if pad < 0:
            raise ValueError("pad must be >= 0")
        chunks: list = []
        self._encode_message(msg, chunks, "$", ver, pad, schema_id)
        return b"".join(chunks)

    # -- decoding --------------------------------------------------------------------------

    def _read_header(self, mv, start: int, end: int) -> tuple[int, int, int, int]:
        if end - start < self.header_size:
            raise _truncated("message header", self.header_size, start, end - start)
        bl, tid, sid, ver = (st.unpack_from(mv, start + off)[0] for off, st, _r in self._hdr)
        return bl, tid, sid, ver

    def _decode_message(self, mv, start: int, end: int, decimals: str, groups: str, depth: int):
        if depth > _MAX_NESTING:
            raise MalformedError(f"malformed: messages nested deeper than {_MAX_NESTING} "
                                 f"at offset {start}", offset=start)
        bl, tid, sid, ver = self._read_header(mv, start, end)
        if sid != self.schema_id:
            raise SchemaMismatchError(
                f"schema mismatch: schemaId {sid} in the message header at offset {start}, "
                f"this decoder is for schema {self.schema_id} ({self.package})",
                schema_id=sid, offset=start)
        blk = self._by_id.get(tid)
        if blk is None:
            raise UnknownTemplateError(
                f"unknown templateId {tid} in the message header at offset {start} "
                f"(schema {self.schema_id} {self.package})", template_id=tid, offset=start)
        out: dict = {"$message": blk.name}
        pos = self._decode_entry(blk, mv, start + self.header_size, end, bl, ver, [], decimals,
                                 groups, depth, out, f"message {blk.name!r} root block")
        return out, pos

    def _decode_entry(self, blk: _Block, mv, pos: int, end: int, bl: int, ver: int, ctx: list,
                      decimals: str, groups: str, depth: int, out: dict, what: str) -> int:
        """Decode one block (root or group entry) and its nested groups/data into ``out``."""
        lay = blk.layout(ver)
        if bl < lay.required:
            raise MalformedError(
                f"malformed: blockLength {bl} of {what} at offset {pos} is smaller than the "
                f"{lay.required} bytes its fields need at version {ver}",
                offset=pos, needed=lay.required, available=bl)
        if end - pos < bl:
            raise _truncated(what, bl, pos, end - pos)
        vals = lay.struct.unpack_from(mv, pos) if lay.wire else ()
        i = 0
        exps: dict = {}
        for f in blk.fields:
            if f.since > ver:
                out[f.name] = None
            elif f.is_const:
                out[f.name] = f.const
            else:
                try:
                    out[f.name], i = f.dec(vals, i, ver, pos)
                except DecodeError as err:
                    err._prepend(f.name)
                    raise
            if f.is_exp:
                exps[f.name] = out[f.name]
        pos += bl
        ctx = ctx + [exps]
        if decimals != "raw":
            for f in blk.fields:
                if f.kind in (K_MANT, K_MANT128):
                    out[f.name] = _convert(out[f.name], _lookup_exp(f, ctx), decimals)
            for f in blk.fields:
                if f.is_exp:
                    del out[f.name]
        for g in blk.groups:
            if g.since > ver:
                out[g.name] = None
                continue
            try:
                out[g.name], pos = self._decode_group(g, mv, pos, end, ver, ctx, decimals, groups,
                                                      depth)
            except DecodeError as err:
                err._prepend(g.name)
                raise
        for d in blk.data:
            if d.since > ver:
                out[d.name] = None
                continue
            try:
                out[d.name], pos = self._decode_data(d, mv, pos, end, decimals, groups, depth)
            except DecodeError as err:
                err._prepend(d.name)
                raise
        return pos

    def _decode_group(self, g: _Block, mv, pos: int, end: int, ver: int, ctx: list,
                      decimals: str, groups: str, depth: int):
        if end - pos < g.dim_size:
            raise _truncated(f"group {g.name!r} dimension", g.dim_size, pos, end - pos)
        bl = g.bl_struct.unpack_from(mv, pos + g.bl_off)[0]
        count = g.n_struct.unpack_from(mv, pos + g.n_off)[0]
        dim_pos = pos
        pos += g.dim_size
        if count > g.max_count:
            raise MalformedError(
                f"malformed: group {g.name!r} count {count} at offset {dim_pos} exceeds the "
                f"schema maximum {g.max_count}", offset=dim_pos, needed=count,
                available=g.max_count)
        lay = g.layout(ver)
        if bl < lay.required:
            raise MalformedError(
                f"malformed: group {g.name!r} blockLength {bl} at offset {dim_pos} is smaller "
                f"than the {lay.required} bytes its fields need at version {ver}",
                offset=dim_pos, needed=lay.required, available=bl)
        min_entry = max(1, bl + g.overhead(ver))
        if count * min_entry > end - pos:
            raise _truncated(
                f"group {g.name!r} of {count} entries (at least {min_entry} bytes each)",
                count * min_entry, pos, end - pos)
        if groups == "list":
            entries = []
            for i in range(count):
                entry: dict = {}
                try:
                    pos = self._decode_entry(g, mv, pos, end, bl, ver, ctx, decimals, groups,
                                             depth, entry, f"group {g.name!r} entry {i}")
                except DecodeError as err:
                    err._prepend(f"[{i}]")
                    raise
                entries.append(entry)
            return entries, pos
        # numpy
        if g.is_fixed:
            src = None
            vdt = g.view_dtype(ver, bl)
            if vdt is not None:
                src = np.frombuffer(mv, dtype=vdt, count=count, offset=pos)
            pos += count * bl
            if decimals == "raw" and lay.all_present and src is not None:
                return src, pos  # zero-copy view
            return self._np_fixed(g, src, count, ver, ctx, decimals, []), pos
        blocks = bytearray(count * bl)
        entries = []
        for i in range(count):
            entry = {}
            start = pos
            try:
                pos = self._decode_entry(g, mv, pos, end, bl, ver, ctx, decimals, groups, depth,
                                         entry, f"group {g.name!r} entry {i}")
            except DecodeError as err:
                err._prepend(f"[{i}]")
                raise
            blocks[i * bl:(i + 1) * bl] = mv[start:start + bl]
            entries.append(entry)
        vdt = g.view_dtype(ver, bl)
        src = np.frombuffer(blocks, dtype=vdt, count=count) if vdt is not None else None
        extra = [(x.name, [e[x.name] for e in entries]) for x in g.groups] + [
            (x.name, [e[x.name] for e in entries]) for x in g.data]
        return self._np_fixed(g, src, count, ver, ctx, decimals, extra), pos

    def _np_fixed(self, g: _Block, src, count: int, ver: int, ctx: list, decimals: str,
                  extra: list):
        """Packed structured copy: fixed columns per decoded-format.md plus object columns."""
        lay = g.layout(ver)
        present = {f.name for f in lay.wire}
        cols = []  # (name, dtype, filler)
        for f in g.fields:
            if f.is_const:
                continue
            if decimals != "raw" and f.is_exp:
                continue
            if decimals != "raw" and f.kind in (K_MANT, K_MANT128):
                cols.append((f, np.dtype("f8") if decimals == "float" else np.dtype(object)))
            else:
                cols.append((f, f.np_dtype))
        dtype = np.dtype([(f.name, dt) for f, dt in cols] + [(n, object) for n, _v in extra])
        arr = np.zeros(count, dtype=dtype)
        for f, _dt in cols:
            col = arr[f.name]
            have = src is not None and f.name in present
            if decimals != "raw" and f.kind in (K_MANT, K_MANT128):
                col[...] = _np_mantissa(f, src[f.name] if have else None, g, src, present, ctx,
                                        count, decimals)
            elif have:
                col[...] = src[f.name]
            else:
                _np_fill_null(col, f)
        for n, vals in extra:
            col = arr[n]
            for i, v in enumerate(vals):
                col[i] = v
        return arr

    def _decode_data(self, d: _Data, mv, pos: int, end: int, decimals: str, groups: str,
                     depth: int):
        if end - pos < d.length_size:
            raise _truncated(f"var data {d.name!r} length", d.length_size, pos, end - pos)
        n = d.len_struct.unpack_from(mv, pos)[0]
        pos += d.length_size
        if n > end - pos:
            raise _truncated(f"var data {d.name!r}", n, pos, end - pos)
        if n == 0 and d.optional:
            return None, pos
        if d.kind == D_MESSAGE:
            val, _ = self._decode_message(mv, pos, pos + n, decimals, groups, depth + 1)
            return val, pos + n
        raw = bytes(mv[pos:pos + n])
        if d.kind == D_TEXT:
            try:
                return raw.decode(d.char_encoding), pos + n
            except (UnicodeDecodeError, LookupError) as exc:
                raise MalformedError(
                    f"malformed: invalid {d.char_encoding} text in var data {d.name!r} at offset "
                    f"{pos} ({n} bytes): {exc}", offset=pos, needed=n, available=n) from None
        return raw, pos + n

    # -- encoding --------------------------------------------------------------------------

    def _encode_message(self, msg, chunks: list, path: str, ver: int, pad: int,
                        schema_id: Optional[int]) -> None:
        if not isinstance(msg, Mapping):
            raise _encode_error(f"expected a message dict, got {type(msg).__name__}", path)
        name = msg.get("$message")
        if isinstance(name, str):
            blk = self._by_name.get(name)
        else:
            blk = self._by_id.get(name) if isinstance(name, int) else None
        if blk is None:
            raise _encode_error(f"unknown message {name!r} in '$message'", path)
        bl = blk.written_block_length(ver) + pad
        hdr = bytearray(self.header_size)
        sid = self.schema_id if schema_id is None else schema_id
        for (off, st, (lo, hi)), v, what in zip(self._hdr, (bl, blk.id, sid, ver),
                                                ("blockLength", "templateId", "schemaId",
                                                 "version")):
            if not lo <= v <= hi:
                raise _encode_error(f"header {what} {v} out of range", path)
            st.pack_into(hdr, off, v)
        chunks.append(bytes(hdr))
        self._encode_entry(blk, msg, chunks, path, [], ver, pad, top=True)

    def _encode_entry(self, blk: _Block, d, chunks: list, path: str, ctx: list, ver: int,
                      pad: int, top: bool = False) -> None:
        if isinstance(d, np.void):
            d = {n: d[n] for n in d.dtype.names}
        if not isinstance(d, Mapping):
            raise _encode_error(f"expected a dict, got {type(d).__name__}", path)
        for key in d:
            if key not in blk.keys and not (top and key == "$message"):
                raise _encode_error(f"unknown key {key!r} for {blk.name}", path)
        ctx = ctx + [d]
        lay = blk.layout(ver)
        vals: list = []
        for f in blk.fields:
            if f.since > ver:
                continue
            if f.is_const:
                f.check_const(d.get(f.name), f"{path}.{f.name}")
                continue
            f.enc(d.get(f.name), vals, f"{path}.{f.name}", ctx)
        st = lay.enc_struct(blk.written_block_length(ver) + pad)
        try:
            chunks.append(st.pack(*vals))
        except struct.error as exc:  # pragma: no cover - values are checked above
            raise _encode_error(f"cannot pack block: {exc}", path) from None
        for g in blk.groups:
            if g.since > ver:
                continue
            self._encode_group(g, d.get(g.name), chunks, f"{path}.{g.name}", ctx, ver, pad)
        for dd in blk.data:
            if dd.since > ver:
                continue
            self._encode_data(dd, d.get(dd.name), chunks, f"{path}.{dd.name}", ver, pad)

    def _encode_group(self, g: _Block, value, chunks: list, path: str, ctx: list, ver: int,
                      pad: int) -> None:
        if value is None:
            rows: Any = ()
        elif isinstance(value, np.ndarray):
            if value.dtype.names is None:
                raise _encode_error("expected a structured numpy array", path)
            rows = value.reshape(-1)
        elif isinstance(value, (list, tuple)):
            rows = value
        else:
            raise _encode_error(f"expected a list of dicts, got {type(value).__name__}", path)
        count = len(rows)
        if count > g.max_count or count > g.n_range[1]:
            raise _encode_error(f"group count {count} exceeds maxCount {g.max_count}", path)
        bl = g.written_block_length(ver) + pad
        if bl > g.bl_range[1]:
            raise _encode_error(f"group blockLength {bl} out of range", path)
        dim = bytearray(g.dim_size)
        g.bl_struct.pack_into(dim, g.bl_off, bl)
        g.n_struct.pack_into(dim, g.n_off, count)
        chunks.append(bytes(dim))
        if count and isinstance(rows, np.ndarray) and g.is_fixed and \
                rows.dtype == g.view_dtype(ver, bl):
            # entries already in their wire layout (decode's zero-copy view, or a depth book
            # viewed as price/qty): their bytes, without a Python step per entry
            chunks.append(np.ascontiguousarray(rows).tobytes())
            return
        for i, row in enumerate(rows):
            self._encode_entry(g, row, chunks, f"{path}[{i}]", ctx, ver, pad)

    def _encode_data(self, d: _Data, v, chunks: list, path: str, ver: int, pad: int) -> None:
        if isinstance(v, np.generic) and not isinstance(v, np.bytes_):
            v = v.item()
        if v is None:
            if d.kind == D_MESSAGE and not d.optional:
                raise _encode_error("missing required message data", path)
            b = b""
        elif d.kind == D_MESSAGE and isinstance(v, Mapping):
            sub: list = []
            self._encode_message(v, sub, path, ver, pad, None)
            b = b"".join(sub)
        elif isinstance(v, str) and d.kind == D_TEXT:
            try:
                b = v.encode(d.char_encoding)
            except (UnicodeEncodeError, LookupError) as exc:
                raise _encode_error(f"cannot encode text as {d.char_encoding}: {exc}",
                                    path) from None
        elif isinstance(v, (bytes, bytearray, memoryview)):
            b = bytes(v)
        else:
            raise _encode_error(f"unsupported value of type {type(v).__name__} for {d.kind} data",
                                path)
        if len(b) > d.max_length:
            raise _encode_error(f"data of {len(b)} bytes exceeds maxLength {d.max_length}", path)
        chunks.append(d.len_struct.pack(len(b)))
        chunks.append(b)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

def _as_bytes_view(buf) -> memoryview:
    mv = buf if isinstance(buf, memoryview) else memoryview(buf)
    if mv.format not in ("B", "b", "c") or mv.ndim != 1 or mv.itemsize != 1:
        mv = mv.cast("B")
    elif mv.format != "B":
        mv = mv.cast("B")
    return mv


def _lookup_exp(f: _Field, ctx: list):
    """Raw exponent value (None when null or absent) for mantissa field f."""
    if f.exponent is None:
        return None
    up, name = f.exponent
    if len(ctx) <= up:
        return None
    return ctx[-1 - up].get(name)


def _convert(m, e, decimals: str):
    if m is None or e is None:
        return None
    if decimals == "float":
        return _scale_float(m, e)
    return Decimal(f"{m}E{e}")


def _np_fill_null(col: np.ndarray, f: _Field) -> None:
    if f.kind == K_COMPOSITE:
        for m in f.members:
            if not m.is_const:
                _np_fill_null(col[m.name], m)
        return
    if f.kind == K_MANT128:
        n = f.missing_null()
        col["lo"] = n & ((1 << 64) - 1)
        col["hi"] = n >> 64
        return
    if f.kind in (K_STRING, K_BYTES, K_ARRAY, K_SET):
        col[...] = 0 if f.kind != K_STRING else b""
        return
    n = f.missing_null()
    if f.kind == K_CHAR or (f.kind == K_ENUM and f.prim == "char"):
        col[...] = bytes([int(n) & 0xFF]) if n else b""
        return
    col[...] = n


def _np_mantissa(f: _Field, raw, g: _Block, src, present: set, ctx: list, count: int,
                 decimals: str) -> np.ndarray:
    """float64 (NaN nulls) or object (Decimal/None) column for mantissa field f."""
    if decimals == "float":
        out = np.full(count, np.nan, dtype=np.float64)
    else:
        out = np.empty(count, dtype=object)
        out[...] = None
    if raw is None or f.exponent is None or count == 0:
        return out
    up, ename = f.exponent
    # exponent: scalar from an enclosing block, or a column of this block
    if up == 0:
        ef = next((x for x in g.fields if x.name == ename), None)
        if ef is None or src is None or ename not in present:
            return out
        ecol = src[ename].astype(np.int64)
        evalid = np.ones(count, dtype=bool)
        if ef.optional and ef.null is not None:
            evalid &= ecol != ef.null
    else:
        e = ctx[-up].get(ename) if len(ctx) >= up else None
        if e is None:
            return out
        ecol = np.full(count, e, dtype=np.int64)
        evalid = np.ones(count, dtype=bool)
    if f.kind == K_MANT128:
        ms = [(int(h) << 64) + int(lo) for lo, h in zip(raw["lo"].tolist(), raw["hi"].tolist())]
        mvalid = np.array([not (f.optional and m == f.null) for m in ms], dtype=bool)
    else:
        ms = None
        mvalid = np.ones(count, dtype=bool)
        if f.optional and f.null is not None:
            mvalid &= raw != f.null
    valid = mvalid & evalid
    if decimals == "float" and ms is None:
        mf = raw.astype(np.float64)
        # exact as doubles: one IEEE operation rounds once (the rest: _scale_float)
        small = np.array([-(1 << 53) <= v <= (1 << 53) for v in raw.tolist()], dtype=bool)
        for e in np.unique(ecol[valid]).tolist():
            sel = valid & (ecol == e)
            if -22 <= e <= 22:
                fast = sel & small
                out[fast] = mf[fast] / 10.0 ** -e if e < 0 else mf[fast] * 10.0 ** e
                sel = sel & ~small
            for i in np.flatnonzero(sel).tolist():
                out[i] = _scale_float(int(raw[i]), e)
        return out
    rawl = ms if ms is not None else raw.tolist()
    el = ecol.tolist()
    for i in np.flatnonzero(valid).tolist():
        out[i] = _convert(rawl[i], el[i], decimals)
    return out
