"""Extension modules and build flags only; metadata lives in pyproject.toml.

The generated Cython under sbe/_generated/ is committed, so a fresh clone builds without
network access and without the Binance schema files."""

import os
import sys
from glob import glob
from pathlib import Path

from Cython.Build import cythonize
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).parent
# -O2: the decoders are branchy straight-line code; -O3 costs compile time for no gain here.
CFLAGS = [] if sys.platform == "win32" else ["-O2", "-Wno-unused-function",
                                               "-Wno-unreachable-code", "-g0"]


def extension(name: str, source: str) -> Extension:
    return Extension(name, [source], include_dirs=[str(HERE / "sbe")],
                     extra_compile_args=CFLAGS)


class ParallelBuildExt(build_ext):
    """Compile extensions concurrently: the generated modules are independent."""

    def finalize_options(self):
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1


extensions = [extension("sbe._rt", "sbe/_rt.pyx"), extension("sbe._book", "sbe/_book.pyx")]
# _rt allocates the arrays of the numpy fill loops with numpy's C API
extensions[0].include_dirs.append(__import__("numpy").get_include())
for pyx in sorted(glob("sbe/_generated/*.pyx")):
    extensions.append(extension("sbe._generated." + Path(pyx).stem, pyx))

setup(
    ext_modules=cythonize(
        extensions,
        language_level=3,
        nthreads=os.cpu_count() or 1,
        compiler_directives={"embedsignature": True},
    ),
    cmdclass={"build_ext": ParallelBuildExt},
)
