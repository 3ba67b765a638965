"""The artifacts: ``python -m build`` (sdist, then the wheel built FROM that sdist, offline, no
schema files), and the wheel installed into a clean venv with no compiler imports and decodes.

The build is the real one with ``$SBE_BUILD_OPT=-O0`` (compile time, not code, is what the
optimisation level changes); the venv fixture is shared with test_update_installed.py."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DIST_NAME = "sbe_binance"


def _run(cmd, **kw):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return proc


# built once per session even though test_update_installed.py imports the fixtures (an imported
# fixture is a second definition: pytest would build twice)
_ONCE: dict = {}


@pytest.fixture(scope="session")
def dist(tmp_path_factory) -> dict:
    """``python -m build --no-isolation``: the sdist and the wheel built from it."""
    if "dist" not in _ONCE:
        _ONCE["dist"] = _build(tmp_path_factory)
    return _ONCE["dist"]


def _build(tmp_path_factory) -> dict:
    pytest.importorskip("build", reason="the packaging tests need `build` (the test extra)")
    out = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, SBE_BUILD_OPT="-O0")
    proc = _run([sys.executable, "-m", "build", "--no-isolation", "-o", str(out), str(REPO_ROOT)],
                env=env, cwd=str(out))
    sdists = list(out.glob(f"{DIST_NAME}-*.tar.gz"))
    wheels = list(out.glob(f"{DIST_NAME}-*.whl"))
    assert len(sdists) == 1 and len(wheels) == 1, list(out.iterdir())
    return {"sdist": sdists[0], "wheel": wheels[0], "log": proc.stdout + proc.stderr}


@pytest.fixture(scope="session")
def installed(dist, tmp_path_factory) -> Path:
    """A clean venv with the wheel installed, no compiler reachable: its python."""
    if "venv" not in _ONCE:
        _ONCE["venv"] = _install(dist, tmp_path_factory)
    return _ONCE["venv"]


def _install(dist, tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("venv-wheel")
    venv.EnvBuilder(with_pip=True).create(where)
    py = where / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    env = dict(os.environ, CC="/bin/false", CXX="/bin/false")
    env.pop("PYTHONPATH", None)
    proc = _run([str(py), "-m", "pip", "install", "--only-binary", ":all:", str(dist["wheel"])],
                env=env, cwd=str(where))
    assert "Building wheel" not in proc.stdout, proc.stdout  # nothing compiled at install
    return py


def test_sdist_carries_every_cython_source_and_no_generated_c(dist):
    with tarfile.open(dist["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    wanted = {str(p.relative_to(REPO_ROOT)).replace(os.sep, "/")
              for ext in ("*.pyx", "*.pxd", "*.h", "*.pyi")
              for p in (REPO_ROOT / "sbe").rglob(ext)}
    assert "sbe/_rt.pyx" in wanted and "sbe/_generated/spot_stream_1_0.pyx" in wanted
    assert wanted <= names, sorted(wanted - names)
    assert {"LICENSE", "setup.py", "pyproject.toml", "MANIFEST.in", "README.md"} <= names
    assert not [n for n in names if n.endswith(".c")]
    assert not [n for n in names if n.endswith(".xml")]  # no schema files needed


def test_metadata_name_licence_and_no_licence_warning(dist):
    with zipfile.ZipFile(dist["wheel"]) as whl:
        meta = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
        text = whl.read(meta).decode()
        files = whl.namelist()
    assert "\nName: sbe-binance\n" in text
    assert "\nLicense-Expression: MIT\n" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in files)
    assert any(n.startswith("sbe/_rt.") and n.endswith((".so", ".pyd")) for n in files)
    assert "sbe/_codegen/update.py" in files and not any(n.startswith("codegen/") for n in files)
    for warning in ("`project.license` as a TOML table is deprecated",
                    "License classifiers are deprecated"):
        assert warning not in dist["log"], dist["log"][-3000:]


def test_wheel_imports_and_decodes_without_a_compiler(installed, tmp_path):
    env = dict(os.environ, CC="/bin/false", CXX="/bin/false")
    env.pop("PYTHONPATH", None)
    proc = _run([str(installed), "-m", "sbe._selfcheck"], env=env, cwd=str(tmp_path))
    assert "self-check ok" in proc.stdout
    assert str(tmp_path) not in proc.stdout and "site-packages" in proc.stdout
    # the decoder imports without the client extra
    proc = _run([str(installed), "-c", "import sys, sbe.spot, sbe.stream; "
                 "print(sorted(m for m in ('httpx', 'websockets', 'cryptography', 'Cython', "
                 "'setuptools') if m in sys.modules))"], env=env, cwd=str(tmp_path))
    assert proc.stdout.strip() == "[]"


def test_ci_runs_the_readme_commands_verbatim():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2 and all("pip install" in c and " -e " not in c for c in commands)
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in commands:
        assert command in ci, command
