"""Compile SBE schema XML into importable Cython decoder modules at test time.

    mods = compile_schemas(["tests/schemas/kitchen_sink_le.xml", ...])   # {path: module}

Each schema is generated with ``codegen.generate.render(..., package_prefix="")`` (so the
module imports its IR as a top-level ``<module>_ir``) into a cache folder keyed by the
sha256 of the generated files, the runtime headers (``sbe/_rt.pxd``, ``sbe/sbe_rt.h``), the
Cython version and the C flags: ``build/test-modules/<hash>/`` under the repository (override
with ``$SBE_TEST_MODULES_DIR``).  Every schema that is not cached yet is built in ONE
``setup.py build_ext`` subprocess (parallel, ``-O0``), then moved atomically into its folder,
so concurrent test runs never see half-built modules and reruns cost nothing.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import warnings
from pathlib import Path
from typing import Iterable

import Cython

REPO_ROOT = Path(__file__).resolve().parent.parent
SBE_DIR = REPO_ROOT / "sbe"
CACHE_DIR = Path(os.environ.get("SBE_TEST_MODULES_DIR", REPO_ROOT / "build" / "test-modules"))
CFLAGS = [] if sys.platform == "win32" else ["-O0", "-g0", "-Wno-unused-function",
                                               "-Wno-unreachable-code"]

_SETUP = textwrap.dedent('''
    import os, sys
    from Cython.Build import cythonize
    from setuptools import Extension, setup
    exts = [Extension(name, [pyx], include_dirs=[{repo!r}, {sbe!r}],
                      extra_compile_args={cflags!r})
            for name, pyx in {exts!r}]
    setup(name="sbe-test-modules", script_args=sys.argv[1:],
          ext_modules=cythonize(exts, language_level=3, quiet=True,
                                include_path=[{repo!r}], nthreads=os.cpu_count() or 1))
''')


class CompiledSchema:
    """Where a compiled schema lives: ``module_name``, ``folder``, ``files`` (generated)."""

    def __init__(self, xml: Path, module_name: str, folder: Path, files: dict[str, str]):
        self.xml, self.module_name, self.folder, self.files = xml, module_name, folder, files

    @property
    def built(self) -> bool:
        return any(self.folder.glob(self.module_name + ".*.so")) or any(
            self.folder.glob(self.module_name + ".*.pyd"))


def _runtime_fingerprint() -> bytes:
    h = hashlib.sha256()
    for name in ("_rt.pxd", "sbe_rt.h"):
        h.update((SBE_DIR / name).read_bytes())
    h.update(Cython.__version__.encode())
    h.update(repr(CFLAGS).encode())
    h.update(sys.version.encode())
    return h.digest()


def prepare(xml: str | os.PathLike) -> CompiledSchema:
    """Generate one schema in memory; returns where its cached build lives (maybe unbuilt)."""
    from codegen.generate import render
    from codegen.parse import SchemaWarning

    xml = Path(xml)
    with warnings.catch_warnings():  # vendor schemas: their warnings are tested elsewhere
        warnings.simplefilter("ignore", SchemaWarning)
        files = render([str(xml)], package_prefix="")
    pyx = [n for n in files if n.endswith(".pyx")]
    assert len(pyx) == 1, pyx
    module_name = pyx[0][:-4]
    h = hashlib.sha256(_runtime_fingerprint())
    for name in sorted(files):
        h.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    return CompiledSchema(xml, module_name, CACHE_DIR / h.hexdigest()[:24], files)


def build(schemas: list[CompiledSchema]) -> None:
    """Build every unbuilt schema, all in one subprocess (a batch per clashing module name)."""
    todo = [s for s in schemas if not s.built]
    while todo:
        batch, rest, names = [], [], set()
        for s in todo:
            (rest if s.module_name in names else batch).append(s)
            names.add(s.module_name)
        _build_batch(batch)
        todo = [s for s in rest if not s.built]


def _build_batch(batch: list[CompiledSchema]) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix="stage-", dir=CACHE_DIR))
    try:
        exts = []
        for s in batch:
            src = stage / s.module_name
            src.mkdir()
            for name, text in s.files.items():
                (src / name).write_text(text, encoding="utf-8", newline="\n")
            exts.append((s.module_name, str(src / (s.module_name + ".pyx"))))
        (stage / "setup.py").write_text(_SETUP.format(repo=str(REPO_ROOT), sbe=str(SBE_DIR),
                                                      cflags=CFLAGS, exts=exts))
        out = stage / "lib"
        cmd = [sys.executable, "setup.py", "-q", "build_ext", "--build-lib", str(out),
               "--build-temp", str(stage / "tmp"), "-j", str(os.cpu_count() or 1)]
        proc = subprocess.run(cmd, cwd=stage, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"building test modules failed ({' '.join(cmd)}):\n"
                               f"{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}")
        for s in batch:
            src = stage / s.module_name
            for so in out.glob(s.module_name + ".*"):
                shutil.move(str(so), src / so.name)
            for junk in src.glob("*.c"):
                junk.unlink()
            try:
                os.replace(src, s.folder)  # atomic; fails if a concurrent run won the race
            except OSError:
                if not s.built:
                    raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def load(s: CompiledSchema):
    """Import a built schema module (replacing a same-named module from another folder)."""
    folder = str(s.folder)
    for name in (s.module_name, s.module_name + "_ir"):
        old = sys.modules.get(name)
        if old is not None and not str(getattr(old, "__file__", "")).startswith(folder):
            del sys.modules[name]
    if folder in sys.path:
        sys.path.remove(folder)
    sys.path.insert(0, folder)
    importlib.invalidate_caches()
    mod = importlib.import_module(s.module_name)
    assert str(mod.__file__).startswith(folder), (mod.__file__, folder)
    return mod


def compile_schemas(xmls: Iterable[str | os.PathLike]) -> dict[str, object]:
    """{xml path as given (str): imported module}; builds what the cache lacks in one go."""
    xmls = [str(x) for x in xmls]
    prepared = [prepare(x) for x in xmls]
    build(prepared)
    return {x: load(p) for x, p in zip(xmls, prepared)}


def compile_schema(xml: str | os.PathLike):
    return compile_schemas([xml])[str(xml)]


# ============================================================================================
# IR-driven random messages (hypothesis) and a strict comparison of decoded values
# ============================================================================================

import math  # noqa: E402
from decimal import Decimal  # noqa: E402

import numpy as np  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _no_message_data(blk) -> bool:
    return (all(d.kind != "message" for d in blk.data)
            and all(_no_message_data(g) for g in blk.groups))


class MessageGen:
    """Draws random message dicts for a :class:`sbe._pycodec.Codec`, from its plain IR.

    ``null_p``: probability that an optional value is None (1.0 = the all-null message).
    Values never equal an optional field's null (so decode(encode(m)) reproduces m); enums
    include unknown values and 254; text includes non-ASCII and empty strings; message data
    holds a random other message (nested at most ``max_depth`` deep).

    ``pad``: the ``pad`` the messages will be encoded with (every block, nested messages'
    included, grows by it): nested messages are sized so that they still fit their
    length's maxValue once padded."""

    def __init__(self, codec, *, max_group: int = 3, max_depth: int = 1, pad: int = 0):
        self.codec = codec
        self.pad = pad
        self.max_group = max_group
        self.max_depth = max_depth
        self.messages = codec._messages
        self.leaf_messages = [m for m in self.messages if _no_message_data(m)]
        self._minimal = False

    def min_size(self, blk, depth: int = 0) -> float:
        """Bytes of ``blk`` as a message (encoded with ``self.pad``) with empty groups/var
        data and the smallest nested messages where message data is required."""
        if depth > 4:
            return math.inf
        n = (self.codec.header_size + blk.block_length + self.pad
             + sum(g.dim_size for g in blk.groups) + sum(d.length_size for d in blk.data))
        for d in blk.data:
            if d.kind == "message" and not d.optional:
                n += min(self.min_size(m, depth + 1) for m in self.messages)
        return n

    def message(self, data, name: str, *, ver=None, null_p=None, depth: int = 0) -> dict:
        ver = self.codec.version if ver is None else ver
        if null_p is None:
            null_p = data.draw(st.sampled_from([0.0, 0.3, 1.0]), label="null_p")
        blk = self.codec._by_name[name]
        out = {"$message": name}
        self._entry(data, blk, out, ver, null_p, depth)
        return out

    # -- blocks ----------------------------------------------------------------------------

    def _entry(self, data, blk, out: dict, ver: int, null_p: float, depth: int) -> None:
        for f in blk.fields:
            if f.since > ver or f.is_const:
                continue
            out[f.name] = self.field(data, f, null_p)
        for g in blk.groups:
            if g.since > ver:
                continue
            n = 0 if self._minimal else data.draw(
                st.integers(0, min(self.max_group, g.max_count)), label=g.name)
            rows = []
            for _ in range(n):
                e: dict = {}
                self._entry(data, g, e, ver, null_p, depth)
                rows.append(e)
            out[g.name] = rows
        for d in blk.data:
            if d.since > ver:
                continue
            out[d.name] = self.var_data(data, d, ver, null_p, depth)

    def _null(self, data, null_p: float) -> bool:
        if null_p >= 1.0:
            return True
        if null_p <= 0.0:
            return False
        return data.draw(st.floats(0, 1), label="null?") < null_p

    # -- fixed fields ----------------------------------------------------------------------

    def field(self, data, f, null_p: float):
        if f.optional and f.kind != "composite" and self._null(data, null_p):
            return None
        return data.draw(self.field_strategy(f), label=f.name)

    def field_strategy(self, f):
        k = f.kind
        not_null = (lambda v: v != f.null) if f.optional else (lambda v: True)
        if k in ("int", "mantissa", "mantissa128"):
            return st.integers(f.lo, f.hi).filter(not_null)
        if k == "float":
            return st.floats(width=32 if f.prim == "float" else 64, allow_nan=False)
        if k == "char":
            return st.characters(min_codepoint=1, max_codepoint=255)
        if k == "string":
            return _text(f.char_encoding, f.length, min_size=1 if f.optional else 0)
        if k == "bytes":
            return st.binary(min_size=f.length, max_size=f.length)
        if k == "array":
            if f.prim in ("float", "double"):
                el = st.floats(width=32 if f.prim == "float" else 64, allow_nan=False)
            else:
                el = st.integers(f.lo, f.hi)
            return st.tuples(*[el] * f.length)
        if k == "enum":
            e = f.enum
            choices = [st.integers(f.lo, f.hi)]
            if e.cls is not None:
                choices.append(st.sampled_from([e.value(int(m)) for m in e.cls]))
            if f.lo <= 254 <= f.hi:
                choices.append(st.just(254))
            return st.one_of(choices).filter(lambda v: not (f.optional and int(v) == f.null))
        if k == "set":
            return st.integers(f.lo, f.hi)
        if k == "composite":
            ms = [m for m in f.members if not m.is_const]
            return st.fixed_dictionaries({
                m.name: (st.none() | self.field_strategy(m)) if m.optional
                else self.field_strategy(m) for m in ms})
        raise AssertionError(k)

    # -- var data --------------------------------------------------------------------------

    def var_data(self, data, d, ver: int, null_p: float, depth: int):
        if d.optional and self._null(data, null_p):
            return None
        lo = 1 if d.optional else 0
        if self._minimal and d.kind != "message":
            return "" if d.kind == "text" and not d.optional else (
                b"" if not d.optional else None)
        if d.kind == "text":
            return data.draw(_text(d.char_encoding, min(d.max_length, 60), min_size=lo),
                             label=d.name)
        if d.kind == "bytes":
            return data.draw(st.binary(min_size=lo, max_size=min(d.max_length, 40)), label=d.name)
        pool = self.messages if depth + 1 < self.max_depth else self.leaf_messages
        pool = [m for m in pool if m.since <= ver and self.min_size(m) <= d.max_length]
        if self._minimal:
            pool = [min(pool, key=self.min_size)]
        inner = data.draw(st.sampled_from(pool), label=d.name).name
        msg = self.message(data, inner, ver=ver, null_p=null_p, depth=depth + 1)
        if len(self.codec.encode(msg, version=ver, pad=self.pad)) > d.max_length:  # shrink it
            was, self._minimal = self._minimal, True
            try:
                inner = min((m for m in self.messages if m.since <= ver), key=self.min_size).name
                msg = self.message(data, inner, ver=ver, null_p=1.0, depth=depth + 1)
            finally:
                self._minimal = was
        return msg


def _text(encoding: str, max_bytes: int, *, min_size: int = 0):
    enc = (encoding or "latin-1").lower().replace("_", "-")
    if enc in ("ascii", "us-ascii"):
        alpha = st.characters(min_codepoint=1, max_codepoint=127)
    elif enc in ("latin-1", "iso-8859-1", "latin1"):
        alpha = st.characters(min_codepoint=1, max_codepoint=255)
    else:
        alpha = st.characters(min_codepoint=1, blacklist_categories=("Cs",))
    return st.text(alpha, min_size=min_size, max_size=max_bytes).map(
        lambda s: _cut(s, enc, max_bytes)).filter(lambda s: len(s) >= min_size)


def _cut(s: str, enc: str, max_bytes: int) -> str:
    while len(s.encode(enc)) > max_bytes:
        s = s[:-1]
    return s


def assert_same(a, b, path: str = "$", skip_values=frozenset()) -> None:
    """a and b are the same decoded value: same types (enum classes, bool vs int), same dict
    key order, same numpy dtypes (names and field types) and values (NaN == NaN)."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        assert isinstance(a, np.ndarray) and isinstance(b, np.ndarray), (path, type(a), type(b))
        _assert_same_array(a, b, path, skip_values)
        return
    assert type(a) is type(b), f"{path}: {type(a).__name__} {a!r} != {type(b).__name__} {b!r}"
    if isinstance(a, dict):
        assert list(a) == list(b), f"{path}: keys {list(a)} != {list(b)}"
        for k in a:
            assert_same(a[k], b[k], f"{path}.{k}", skip_values)
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), f"{path}: len {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{path}[{i}]", skip_values)
    elif isinstance(a, float):
        assert a == b or (math.isnan(a) and math.isnan(b)), f"{path}: {a!r} != {b!r}"
    elif isinstance(a, Decimal):
        assert a == b and str(a) == str(b), f"{path}: {a!r} != {b!r}"
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def _assert_same_array(a: np.ndarray, b: np.ndarray, path: str, skip=frozenset()) -> None:
    assert a.shape == b.shape, f"{path}: shape {a.shape} != {b.shape}"
    assert a.dtype.names == b.dtype.names, f"{path}: names {a.dtype.names} != {b.dtype.names}"
    if a.dtype.names is None:
        assert a.dtype == b.dtype, f"{path}: dtype {a.dtype} != {b.dtype}"
        if a.dtype == object:
            for i, (x, y) in enumerate(zip(a.tolist(), b.tolist())):
                assert_same(x, y, f"{path}[{i}]", skip)
        elif path.rsplit(".", 1)[-1] in skip:
            pass  # only the dtype is compared
        else:
            assert np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"), f"{path}: {a} != {b}"
        return
    for name in a.dtype.names:
        _assert_same_array(a[name], b[name], f"{path}.{name}", skip)


def assert_subset(sent, got, path: str = "$") -> None:
    """Everything ``sent`` to the encoder comes back equal from the decoder (raw/list)."""
    if isinstance(sent, dict):
        assert isinstance(got, dict), (path, got)
        for k, v in sent.items():
            assert k in got, f"{path}: missing {k}"
            assert_subset(v, got[k], f"{path}.{k}")
    elif isinstance(sent, list):
        assert isinstance(got, list) and len(got) == len(sent), (path, got)
        for i, (x, y) in enumerate(zip(sent, got)):
            assert_subset(x, y, f"{path}[{i}]")
    elif isinstance(sent, float):
        assert type(got) is float and (got == sent or (math.isnan(got) and math.isnan(sent))), \
            f"{path}: sent {sent!r}, got {got!r}"
    else:
        assert got == sent, f"{path}: sent {sent!r}, got {got!r}"


def newer_group_fields(blk, ver: int) -> frozenset:
    """Names of group fields (any depth) newer than ``ver``: their numpy fill value is a known
    bug (see test_kitchen_sink.test_numpy_missing_required_column_fill); compare by dtype."""
    out: set = set()
    for g in blk.groups:
        out |= {f.name for f in g.fields if f.since > ver} | newer_group_fields(g, ver)
    return frozenset(out)


def assert_record_form(mod, buf, decimals="raw", groups="list", path="$",
                       skip_values=frozenset()) -> None:
    """``output="record"``: ``to_dict()`` is exactly the dict output, every top-level value
    is also the record's attribute, and the record survives pickling."""
    import pickle

    from codegen.emit_api import rec_attr
    from sbe._rt import Record

    rec = mod.decode(buf, decimals=decimals, groups=groups, output="record")
    want = mod.decode(buf, decimals=decimals, groups=groups)
    where = f"{path}[record,{decimals},{groups}]"
    assert isinstance(rec, Record), (where, type(rec))
    assert type(rec).__name__.startswith(want["$message"]), (where, type(rec), want["$message"])
    assert_same(rec.to_dict(), want, where, skip_values)
    for key, value in want.items():
        if key != "$message" and not isinstance(value, (list, np.ndarray)):
            attr = getattr(rec, rec_attr(key))
            if isinstance(attr, Record):  # a nested message (messageData) is a record too
                attr = attr.to_dict()
            assert_same(attr, value, f"{where}.{key}", skip_values)
    again = pickle.loads(pickle.dumps(rec))
    assert type(again) is type(rec)
    assert_same(again.to_dict(), want, where + "(unpickled)", skip_values)
