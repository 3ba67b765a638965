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

    xml = Path(xml)
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
