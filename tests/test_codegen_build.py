"""One step from any SBE schema to an importable module (python -m codegen --build,
codegen.build.compile_schema), and the compiler installed as sbe._codegen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import REPO_ROOT, TEST_SCHEMAS
from golden_vectors import by_name


def _run(args, **kw):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=600,
                          **kw)


def test_cli_out_build_gives_an_importable_module(tmp_path):
    out = tmp_path / "out"
    proc = _run(["-m", "codegen", str(TEST_SCHEMAS / "vendor_le.xml"), "--out", str(out),
                 "--build"], cwd=REPO_ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "warning: vendor_le.xml:31: unknown element <sbe:metaAttribute>" in proc.stderr
    assert not (out / "__init__.py").exists()  # a package here made Cython miss the .pxd
    assert any(out.glob("vendor_le_77_0.*.so")) or any(out.glob("vendor_le_77_0.*.pyd"))
    # a fresh interpreter, only the output folder on the path: the obvious way to use it
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(out)!r})
        import vendor_le_77_0 as m
        buf = bytes.fromhex({by_name('vendor_le-bookticker')['hex']!r})
        d = m.Decoder(decimals="decimal", groups="numpy")
        assert (d.decimals, d.groups) == ("decimal", "numpy")
        msg = m.decode(buf, decimals="decimal")
        print(msg["bidPrice"], msg["bidRpiSize"], msg["levels"][0]["price"])
        assert m.encode(m.decode(buf)) == buf
        assert type(m.codec()).__module__ == "sbe._pycodec"
    """)
    run = _run(["-c", script], cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split() == ["65123.45", "-0.007", "1.01E+3"]


def test_compile_schema_function(tmp_path):
    from codegen.build import compile_schema
    mod = compile_schema(TEST_SCHEMAS / "evolution_v1.xml", tmp_path / "evo", cflags=["-O0"])
    assert mod.__name__ == "evolution_7_1" and Path(mod.__file__).parent == tmp_path / "evo"
    msg = {"$message": "QuoteCancel", "quoteId": 555}
    assert mod.decode(mod.encode(msg)) == msg
    sys.modules.pop("evolution_7_1", None)
    sys.modules.pop("evolution_7_1_ir", None)


def test_installed_compiler_is_sbe_codegen(tmp_path):
    """setuptools installs codegen/ as sbe._codegen: no top-level `codegen` package."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(REPO_ROOT / "pyproject.toml", src)
    shutil.copy(REPO_ROOT / "README.md", src)
    shutil.copytree(REPO_ROOT / "codegen", src / "codegen",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO_ROOT / "sbe", src / "sbe",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "*.c"))
    (src / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    lib = tmp_path / "lib"
    proc = _run(["setup.py", "-q", "build_py", "--build-lib", str(lib)], cwd=src)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (lib / "sbe" / "_codegen" / "parse.py").is_file()
    assert not (lib / "codegen").exists()
    script = textwrap.dedent(f"""
        import sys
        from sbe._codegen import parse_schema
        from sbe._codegen.__main__ import main
        s = parse_schema({str(TEST_SCHEMAS / 'evolution_v2.xml')!r})
        assert s.package == "evolution" and "codegen" not in sys.modules
        assert main([{str(TEST_SCHEMAS / 'evolution_v0.xml')!r}, "--out", {str(tmp_path / 'g')!r}]) == 0
    """)
    env = {**os.environ, "PYTHONPATH": str(lib)}
    run = _run(["-c", script], cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (tmp_path / "g" / "evolution_7_0.pyx").is_file()
