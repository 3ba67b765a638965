"""``python -m sbe convert FILES... --to parquet OUT`` (subprocesses): converts, a rerun
skips, --workers runs a local Dask cluster, errors are one line, the progress line shows
only on a terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("pyarrow")

import pyarrow.parquet as pq  # noqa: E402

from sbe import stream  # noqa: E402
from sbe.batch import parquet as sp  # noqa: E402
from sbe.capture import FRAME, CaptureReader, CaptureWriter  # noqa: E402
from sbe.testing.ws_stream import SimBook  # noqa: E402
from conftest import SBE_HOME  # noqa: E402


def captures(folder, n_files=2, steps=30):
    b = SimBook("BTCUSDT", seed=5, levels=8)
    w = CaptureWriter(str(folder), ["btcusdt@depth"], fsync="never", block_size=1024)
    for f in range(n_files):
        for i in range(steps):
            for m in b.step(1_700_000_000_000_000 + f * 1000 + i).values():
                w.write_frame(stream.encode(m), 1_700_000_000_000_000_000 + i, 3)
        if f < n_files - 1:
            w.flush()
            w._rotate()
    w.close()
    return w.files


def sbe(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "sbe", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=SBE_HOME)


def frames(files):
    return sum(1 for p in files for r in CaptureReader(p) if r.kind == FRAME)


def test_convert_then_rerun_skips(tmp_path):
    files = captures(tmp_path / "caps")
    out = str(tmp_path / "pq")
    r = sbe("convert", str(tmp_path / "caps"), "--to", "parquet", out, "--decimals", "raw")
    assert r.returncode == 0, r.stderr
    n = frames(files)
    assert f"converted 2 files (0 already done, 0 failed): {n} events" in r.stderr
    assert "\r" not in r.stderr                       # not a terminal: no progress line
    assert sorted(os.listdir(os.path.join(out, sp.DONE_DIR))) == sorted(
        sp.source_id(p, CaptureReader(p).header) + ".json" for p in files)
    f = next(os.path.join(d, x) for d, _s, xs in os.walk(out) for x in xs
             if x.endswith(".parquet"))
    assert pq.read_metadata(f).metadata[b"sbe.decimals"] == b"raw"
    r = sbe("convert", *files, "--to", "parquet", out, "--decimals", "raw", "-q")
    assert r.returncode == 0 and "converted 0 files (2 already done, 0 failed)" in r.stderr


def test_convert_on_a_local_dask_cluster_with_template_filter(tmp_path):
    pytest.importorskip("distributed")
    files = captures(tmp_path / "caps", n_files=3, steps=10)
    out = tmp_path / "pq"
    r = sbe("convert", str(tmp_path / "caps"), "--to", "parquet", str(out), "--workers", "1",
            "--templates", "DepthDiffStreamEvent,BestBidAskStreamEvent")
    assert r.returncode == 0, r.stderr
    assert "converted 3 files" in r.stderr
    assert sorted(os.listdir(out)) == ["_sbe_done", "template=BestBidAskStreamEvent",
                                       "template=DepthDiffStreamEvent",
                                       "template=DepthDiffStreamEvent.asks",
                                       "template=DepthDiffStreamEvent.bids"]
    done = [json.load(open(out / "_sbe_done" / x)) for x in os.listdir(out / "_sbe_done")]
    assert sorted(d["path"] for d in done) == files


def test_errors_are_one_line(tmp_path):
    files = captures(tmp_path / "caps", n_files=2, steps=10)
    r = sbe("convert", files[0], "--to", "csv", str(tmp_path / "o"))
    assert r.returncode == 1
    assert r.stderr == "error: ValueError: --to 'csv': the only format is 'parquet'\n"
    r = sbe("convert", str(tmp_path / "nothing-here"), "--to", "parquet", str(tmp_path / "o"))
    assert r.returncode == 1 and r.stderr.startswith("error: ") and r.stderr.count("\n") == 1
    (tmp_path / "empty").mkdir()
    r = sbe("convert", str(tmp_path / "empty"), "--to", "parquet", str(tmp_path / "o"))
    assert r.returncode == 1 and "no capture files" in r.stderr and r.stderr.count("\n") == 1
    r = sbe("convert", files[0], "--to", "parquet", str(tmp_path / "o"), "--templates", "Nope")
    assert r.returncode == 1 and "unknown templates ['Nope']" in r.stderr
    assert r.stderr.count("\n") == 1
    open(files[1], "r+b").write(b"NOTACAPTURE")
    r = sbe("convert", *files, "--to", "parquet", str(tmp_path / "o"))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"error: {files[1]}: CaptureFormatError: ")
    assert lines[1].startswith("converted 1 files (0 already done, 1 failed)")
    assert len(lines) == 2


def test_progress_line_on_a_terminal():
    buf = io.StringIO()
    bar = sp.Progress(2, 2_000_000, enabled=True, stream=buf)
    bar.update({"rows": {"A": 10, "A.b": 5}}, 1_000_000)
    bar.update(None, 1_000_000)
    bar.close()
    text = buf.getvalue()
    assert text.startswith("\rconvert 1/2 files  50.0% 1.0 MB 15 rows")
    assert "\rconvert 2/2 files 100.0% 2.0 MB 15 rows" in text and "1 failed" in text
    assert text.endswith("\n")
    assert sp.Progress(1, 1, stream=io.StringIO()).enabled is False    # not a tty


@pytest.mark.parametrize("blocked,feature", [("pyarrow", "Parquet conversion"),
                                             ("distributed", "to_parquet_dask")])
def test_missing_pyarrow_or_dask_names_the_extra(tmp_path, blocked, feature):
    files = captures(tmp_path / "caps", n_files=1, steps=2)
    code = (f"import sys; sys.modules[{blocked!r}] = None\n"
            "from sbe.__main__ import main\n"
            f"sys.exit(main(['convert', {files[0]!r}, '--to', 'parquet', "
            f"{str(tmp_path / 'o')!r}, '--workers', '1']))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60, cwd=SBE_HOME)
    assert r.returncode == 1
    assert r.stderr.startswith(f"error: MissingExtraError: {feature}")
    assert 'pip install "sbe-binance[research]"' in r.stderr and r.stderr.count("\n") == 1
