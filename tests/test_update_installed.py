"""``update`` never breaks an install: on an installed (wheel) copy it refuses before touching
anything, with the command that works; ``--offline`` makes no network request; a generated
module that does not import falls back to the previous one."""

from __future__ import annotations

import hashlib
import importlib
import os
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from test_packaging import _run, dist, installed  # noqa: F401  (session fixtures)


def _tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_update_on_installed_copy_refuses_and_changes_nothing(installed, real_schemas, tmp_path):
    env = dict(os.environ, CC="/bin/false", CXX="/bin/false")
    env.pop("PYTHONPATH", None)
    site = Path(_run([str(installed), "-c", "import sbe, os; print(os.path.dirname("
                      "os.path.dirname(sbe.__file__)))"], env=env, cwd=str(tmp_path)
                     ).stdout.strip())
    before = _tree(site)
    for argv in (["--from", str(real_schemas)], ["--offline"], ["--dry-run"]):
        proc = subprocess.run([str(installed), "-m", "sbe._codegen", "update", *argv],
                              capture_output=True, text=True, env=env, cwd=str(tmp_path),
                              timeout=120)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        assert "installed copy" in proc.stderr and "Nothing was changed" in proc.stderr
        # the exact command that works, with the same arguments
        assert ("cd PATH/TO/CLONE && python -m codegen update " + " ".join(argv)
                + " && python -m pip install .") in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
    assert _tree(site) == before
    assert not (site / "schemas").exists() and not (site / "sbe" / "schemas").exists()
    proc = _run([str(installed), "-c", "from sbe import spot, stream; "
                 "print(spot.SCHEMA_ID, stream.SCHEMA_ID)"], env=env, cwd=str(tmp_path))
    assert proc.stdout.split() == ["3", "1"]


@pytest.fixture
def no_network(monkeypatch):
    """Every outgoing connection attempt is recorded and refused."""
    attempts = []

    def refuse(self, address, *a, **kw):
        attempts.append(address)
        raise OSError(f"network disabled by the test: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_offline_makes_no_network_request(real_schemas, tmp_path, no_network):
    from test_update_support import copy_repo, run_update, snapshot

    repo = copy_repo(tmp_path / "repo")
    before = snapshot(repo)
    # no lifecycle JSON anywhere local: it used to be downloaded anyway
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "spot_3_5.xml").write_bytes((real_schemas / "spot_3_5.xml").read_bytes())
    rc, out, err = run_update(["--root", str(repo), "--offline", "--from", str(lone),
                               "--no-build"])
    assert rc == 2 and "--offline" in err and "sbe_schema_lifecycle_prod.json" in err, err
    rc, out, err = run_update(["--root", str(repo), "--offline", "--no-build"])
    assert rc == 2 and "--offline" in err, err
    # everything local: works offline
    rc, out, err = run_update(["--root", str(repo), "--offline", "--from", str(real_schemas),
                               "--dry-run"])
    assert rc == 0, out + err
    assert no_network == []
    assert snapshot(repo) == before


def test_loader_falls_back_to_newest_module_that_imports(tmp_path, monkeypatch):
    from codegen.generate import index_text

    pkg = tmp_path / "fakegen"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(index_text(["demo_1_0", "demo_1_1", "demo_2_0"]))
    (pkg / "demo_1_0.py").write_text("V = (1, 0)\n")
    (pkg / "demo_1_1.py").write_text("V = (1, 1)\n")
    # demo_2_0: regenerated but never built (the extension module is missing)
    monkeypatch.syspath_prepend(str(tmp_path))
    mod = importlib.import_module("fakegen")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert mod.latest_module("demo").V == (1, 1)
    assert len(caught) == 1 and issubclass(caught[0].category, RuntimeWarning)
    assert "fakegen.demo_2_0 does not import" in str(caught[0].message)
    (pkg / "demo_2_0.py").write_text("V = (2, 0)\n")
    importlib.invalidate_caches()
    assert mod.latest_module("demo").V == (2, 0)
    with pytest.raises(KeyError):
        mod.latest_module("nope")
    for name in [m for m in sys.modules if m == "fakegen" or m.startswith("fakegen.")]:
        monkeypatch.delitem(sys.modules, name)
