"""One step from an SBE schema to an importable decoder module.

    from codegen.build import compile_schema          # installed: sbe._codegen.build
    mod = compile_schema("venue.xml", "out/")         # generate, build, import
    mod.decode(buf, decimals="float")

or ``python -m codegen venue.xml --out out/ --build``.  The module is built top-level (no
``__init__.py`` in ``out/``: a package there would make Cython look for the ``.pxd`` under
a qualified name and build a Decoder without its attributes); import it with ``out/`` on
``sys.path`` (``compile_schema`` does that).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Optional

from .generate import generate

# what setup.py uses for the committed decoders
CFLAGS = [] if sys.platform == "win32" else ["-O2", "-Wno-unused-function",
                                               "-Wno-unreachable-code", "-g0"]


def _runtime_dirs() -> tuple[str, str]:
    """(folder holding the sbe package, the sbe package folder): cimport path and the C
    header folder (sbe/_rt.pxd, sbe/sbe_rt.h)."""
    import sbe
    pkg = Path(sbe.__file__).resolve().parent
    return str(pkg.parent), str(pkg)


def build(out_dir: str, modules: Iterable[str], *, cflags: Optional[list] = None,
          quiet: bool = True) -> list[Path]:
    """Compile generated ``<module>.pyx`` files of ``out_dir`` into extension modules there."""
    from Cython.Build import cythonize
    from setuptools import Extension
    from setuptools.dist import Distribution

    out = Path(out_dir).resolve()
    root, pkg = _runtime_dirs()
    flags = CFLAGS if cflags is None else cflags
    exts = [Extension(name, [str(out / f"{name}.pyx")], include_dirs=[pkg],
                      extra_compile_args=flags) for name in modules]
    with tempfile.TemporaryDirectory(prefix="sbe-build-") as tmp:
        dist = Distribution({"ext_modules": cythonize(
            exts, include_path=[root], language_level=3, quiet=quiet,
            compiler_directives={"embedsignature": True}, build_dir=tmp)})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(out)
        cmd.build_temp = tmp
        cmd.inplace = False
        dist.verbose = 0 if quiet else 1
        dist.run_command("build_ext")
        return [Path(p) for p in cmd.get_outputs()]


def load(out_dir: str, module: str):
    """Import a module built into ``out_dir`` (put first on ``sys.path``)."""
    folder = str(Path(out_dir).resolve())
    if folder not in sys.path:
        sys.path.insert(0, folder)
    importlib.invalidate_caches()
    return importlib.import_module(module)


def compile_schema(schema_path: "str | os.PathLike[str]", out_dir: "str | os.PathLike[str]",
                   *, strict: bool = False, cflags: Optional[list] = None):
    """Generate, build and import the decoder module of one schema; returns the module."""
    files = generate([str(schema_path)], str(out_dir), package_prefix="", index=False,
                     strict=strict)
    module = next(p.stem for p in files if p.suffix == ".pyx")
    build(str(out_dir), [module], cflags=cflags)
    return load(str(out_dir), module)
