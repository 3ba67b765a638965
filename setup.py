"""Extension modules and build flags only; metadata lives in pyproject.toml.

The generated Cython under sbe/_generated/ is committed, so a fresh clone builds without
network access and without the Binance schema files."""

import os
import sys
from glob import glob
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).parent
# -O2: the decoders are branchy straight-line code; -O3 costs compile time for no gain here.
# -O1 measured (spot module, 2026-12, shared 2-core box): gcc CPU 51 s vs 91 s at -O2, but
# decoding slower: records +11-29% (depth100 +29%), dicts +0-5%, numpy float -11..+6%
# (bench/bench_decode.py cases, interleaved rounds): over the 3% budget, so -O2 stays.
# $SBE_BUILD_OPT (e.g. -O0) trades speed for build time: the packaging tests use it.
CFLAGS = [] if sys.platform == "win32" else [os.environ.get("SBE_BUILD_OPT", "-O2"),
                                               "-Wno-unused-function", "-Wno-unreachable-code",
                                               "-g0"]


def extension(name: str, source: str) -> Extension:
    return Extension(name, [source], include_dirs=[str(HERE / "sbe")],
                     extra_compile_args=CFLAGS)


class ParallelBuildExt(build_ext):
    """Translate (Cython) and compile only when building extensions - an sdist needs neither -
    and compile them concurrently: the generated modules are independent."""

    def finalize_options(self):
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1

    def run(self):
        from Cython.Build import cythonize

        names = ", ".join(e.name for e in self.extensions)
        print(f"sbe: translating with Cython: {names}", flush=True)
        translated = cythonize(
            self.extensions,
            language_level=3,
            nthreads=os.cpu_count() or 1,
            compiler_directives={"embedsignature": True},
        )
        # keep setuptools' own Extension objects (finalized by finalize_options); take only the
        # translated sources
        by_name = {e.name: e for e in translated}
        for ext in self.extensions:
            ext.sources = by_name[ext.name].sources
        print(f"sbe: compiling {len(self.extensions)} extensions "
              f"({self.parallel} in parallel; about a minute)", flush=True)
        super().run()


extensions = [extension("sbe._rt", "sbe/_rt.pyx"), extension("sbe._book", "sbe/_book.pyx")]
# _rt allocates the arrays of the numpy fill loops with numpy's C API
extensions[0].include_dirs.append(__import__("numpy").get_include())
for pyx in sorted(glob("sbe/_generated/*.pyx")):
    extensions.append(extension("sbe._generated." + Path(pyx).stem, pyx))

setup(
    ext_modules=extensions,
    cmdclass={"build_ext": ParallelBuildExt},
)
