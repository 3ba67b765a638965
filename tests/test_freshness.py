"""The committed sbe/_generated files are exactly what the pinned schemas generate
(``python -m codegen --pinned``, run here into a temporary folder)."""

from __future__ import annotations

import contextlib
import io

import pytest

from codegen.__main__ import main as codegen_main
from codegen.pins import GENERATED_DIR, REGENERATE_COMMAND, pinned_paths


def test_generated_files_are_fresh(tmp_path):
    try:
        pinned_paths()
    except FileNotFoundError as exc:
        pytest.skip(f"{exc}; then run `{REGENERATE_COMMAND}` to regenerate")
    with contextlib.redirect_stdout(io.StringIO()):
        assert codegen_main(["--pinned", "--out", str(tmp_path)]) == 0
    files = sorted(p for p in tmp_path.iterdir() if p.is_file())
    assert any(p.suffix == ".pyx" for p in files)
    stale = [f.name for f in files
             if not (GENERATED_DIR / f.name).is_file()
             or (GENERATED_DIR / f.name).read_bytes() != f.read_bytes()]
    assert not stale, f"stale generated files {stale}: run `{REGENERATE_COMMAND}`"
    committed = {p.name for p in GENERATED_DIR.iterdir()
                 if p.suffix in (".pyx", ".pxd", ".pyi") or p.name.endswith("_ir.py")}
    assert committed <= {f.name for f in files}, committed - {f.name for f in files}
