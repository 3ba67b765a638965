"""Shared fixtures: test-time schema compilation, schema folder discovery, and a guard that
fails any test during which an exception was swallowed ("Exception ignored ...": Cython
``noexcept`` functions, ``__dealloc__``, finalizers)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
TEST_SCHEMAS = TESTS_DIR / "schemas"
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

# The compiler is the folder codegen/ in a clone (on sys.path with `python -m pytest` run from
# the root) and sbe._codegen once installed (`pytest`, non-editable install): tests say codegen.
try:
    import codegen  # noqa: E402,F401
except ImportError:
    import sbe._codegen  # noqa: E402

    sys.modules["codegen"] = sbe._codegen

import compile_helper  # noqa: E402

#: The folder holding the ``sbe`` under test: the clone (editable install) or site-packages
#: (``pip install .``). Subprocesses run there, so ``python -c``/``-m sbe`` import that ``sbe``
#: and not the clone's uncompiled sources from the working directory.
SBE_HOME = Path(__import__("sbe").__file__).resolve().parent.parent


def schemas_dir() -> Path:
    """Folder with the real Binance XML: $SBE_SCHEMAS_DIR, default ../shared/sbe-schemas."""
    return Path(os.environ.get("SBE_SCHEMAS_DIR", REPO_ROOT.parent / "shared" / "sbe-schemas"))


@pytest.fixture(scope="session")
def real_schemas() -> Path:
    """The real schema folder; skips (saying how to get it) when absent."""
    d = schemas_dir()
    if not (d / "spot_3_5.xml").is_file() or not (d / "stream_1_0.xml").is_file():
        pytest.skip(f"Binance schema XML not found in {d}: set SBE_SCHEMAS_DIR to a folder "
                    "holding spot_3_5.xml and stream_1_0.xml (URLs in schemas/pins.json)")
    return d


@pytest.fixture(scope="session")
def compile_schemas():
    """compile_schemas([xml, ...]) -> {str(xml): module} (cached under build/test-modules)."""
    return compile_helper.compile_schemas


@pytest.fixture(scope="session")
def test_modules():
    """Every schema in tests/schemas compiled in one parallel build: {file name: module}."""
    xmls = sorted(TEST_SCHEMAS.glob("*.xml"))
    mods = compile_helper.compile_schemas(xmls)
    return {Path(k).name: v for k, v in mods.items()}


# --------------------------------------------------------------------------------------------
# swallowed exceptions fail the test
# --------------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _no_swallowed_exceptions():
    seen = []
    prev = sys.unraisablehook

    def hook(info):
        seen.append(f"{info.err_msg or 'Exception ignored in'}: {info.object!r}: "
                    f"{info.exc_type.__name__}: {info.exc_value}")
        prev(info)

    sys.unraisablehook = hook
    try:
        yield
        gc.collect()
    finally:
        sys.unraisablehook = prev
    if seen:
        pytest.fail("exception(s) swallowed during the test:\n" + "\n".join(seen), pytrace=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Also catch "Exception ignored" text written straight to the stderr file descriptor."""
    outcome = yield
    rep = outcome.get_result()
    if rep.passed:
        for title, text in rep.sections:
            if "stderr" in title and "Exception ignored" in text:
                rep.outcome = "failed"
                rep.longrepr = f"'Exception ignored' on stderr ({title}):\n{text[-3000:]}"
                break
