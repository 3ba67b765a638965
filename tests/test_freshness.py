"""The committed sbe/_generated files are exactly what the pinned schemas generate
(``python -m codegen --pinned``, run here into a temporary folder).

It runs the repository's own compiler (``python -m codegen`` from the clone root) and
compares with the repository's files, so it also runs when the suite tests a non-editable
install (whose ``sbe._codegen`` knows no ``schemas/pins.json``)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO_ROOT

GENERATED_DIR = REPO_ROOT / "sbe" / "_generated"
REGENERATE_COMMAND = "python -m codegen --pinned"


def test_generated_files_are_fresh(tmp_path, real_schemas):
    env = dict(os.environ, SBE_SCHEMAS_DIR=str(real_schemas))
    run = subprocess.run([sys.executable, "-m", "codegen", "--pinned", "--out", str(tmp_path)],
                         cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    files = sorted(p for p in tmp_path.iterdir() if p.is_file())
    assert any(p.suffix == ".pyx" for p in files)
    stale = [f.name for f in files
             if not (GENERATED_DIR / f.name).is_file()
             or (GENERATED_DIR / f.name).read_bytes() != f.read_bytes()]
    assert not stale, f"stale generated files {stale}: run `{REGENERATE_COMMAND}`"
    committed = {p.name for p in GENERATED_DIR.iterdir()
                 if p.suffix in (".pyx", ".pxd", ".pyi") or p.name.endswith("_ir.py")}
    assert committed <= {f.name for f in files}, committed - {f.name for f in files}
