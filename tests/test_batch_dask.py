"""sbe.batch.to_parquet_dask on a real dask.distributed LocalCluster (2 worker processes):
a folder of capture files converts, one task per file; a rerun converts nothing; a corrupt
file is reported while the others convert."""

from __future__ import annotations

import os

import pytest

pa = pytest.importorskip("pyarrow")
distributed = pytest.importorskip("distributed")

import pyarrow.dataset as pads  # noqa: E402

from sbe import stream  # noqa: E402
from sbe.batch import parquet as sp  # noqa: E402
from sbe.batch import to_parquet_dask  # noqa: E402
from sbe.capture import FRAME, CaptureReader, CaptureWriter  # noqa: E402
from sbe.testing.ws_stream import SimBook  # noqa: E402

T0 = 1_700_000_000_000_000_000


def write_captures(folder, n_files=4, steps=60):
    """``n_files`` capture files (rotation by size), every template, two symbols."""
    books = [SimBook("BTCUSDT", seed=1, levels=10), SimBook("ETHUSDT", seed=2, levels=10)]
    w = CaptureWriter(str(folder), ["x"], fsync="never", block_size=2048)
    i = 0
    for f in range(n_files):
        for _ in range(steps):
            for b in books:
                for m in b.step(1_700_000_000_000_000 + i).values():
                    w.write_frame(stream.encode(m), T0 + i * 1_000_000, 1)
            i += 1
        w.flush()
        if f < n_files - 1:
            w._rotate()
    w.close()
    return w.files


def mtimes(out):
    found = {}
    for root, _dirs, files in os.walk(out):
        for f in files:
            found[os.path.join(root, f)] = os.stat(os.path.join(root, f)).st_mtime_ns
    return found


@pytest.fixture(scope="module")
def client():
    # processes: the conversion holds the GIL in parts (the oracle decoder), and the
    # production setting is one process per core
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        c.wait_for_workers(2, timeout=60)
        yield c


def test_folder_converts_on_two_workers_and_rerun_does_nothing(client, tmp_path):
    files = write_captures(tmp_path / "caps")
    assert len(files) == 4
    out = str(tmp_path / "pq")
    s = to_parquet_dask(str(tmp_path / "caps"), out, client=client)
    assert s["workers"] == 2 and not s["failed"]
    assert sorted(s["converted"]) == files and s["skipped"] == []
    # each file ran as its own task, spread over both workers
    assert len(s["files_by_worker"]) == 2 and sum(s["files_by_worker"].values()) == 4
    n_frames = sum(1 for p in files for r in CaptureReader(p) if r.kind == FRAME)
    roots = [t for t in s["rows"] if "." not in t]
    assert sum(s["rows"][t] for t in roots) == n_frames
    t = pads.dataset(os.path.join(out, "template=BestBidAskStreamEvent"), format="parquet",
                     partitioning="hive").to_table()
    want = sorted((r.recv_ns, stream.decode(r.data, decimals="float")["bidPrice"])
                  for p in files for r in CaptureReader(p) if r.kind == FRAME
                  and stream.decode(r.data)["$message"] == "BestBidAskStreamEvent")
    assert sorted(zip(t.column("recv_ns").to_pylist(), t.column("bidPrice").to_pylist())) \
        == want
    assert len(set(t.column("src").to_pylist())) == 4
    same = sp.to_parquet(files, str(tmp_path / "one"))     # the same files in one process
    assert same["rows"] == s["rows"]

    before = mtimes(out)
    again = to_parquet_dask(files, out, client=client)
    assert again["converted"] == [] and sorted(again["skipped"]) == files
    assert not again["failed"] and again["rows"] == {}
    assert mtimes(out) == before                            # nothing written


def test_corrupt_file_is_reported_and_the_others_convert(client, tmp_path):
    files = write_captures(tmp_path / "caps", n_files=3, steps=20)
    bad = files[1]
    data = bytearray(open(bad, "rb").read())
    data[-30] ^= 0x55                                  # the last block's checksum fails
    open(bad, "wb").write(bytes(data))
    out = str(tmp_path / "pq")
    s = to_parquet_dask(files, out, client=client)
    assert list(s["failed"]) == [bad]
    assert "CaptureCorruptError" in s["failed"][bad] and bad in s["failed"][bad]
    assert sorted(s["converted"]) == [files[0], files[2]]
    # the bad file is retried on the next run (no done marker), the others are skipped
    again = to_parquet_dask(files, out, client=client)
    assert list(again["failed"]) == [bad] and sorted(again["skipped"]) == [files[0], files[2]]


def test_default_client_is_used_when_none_given(client, tmp_path):
    assert distributed.get_client() is client           # a Client is the default once made
    files = write_captures(tmp_path / "caps", n_files=3, steps=10)
    s = to_parquet_dask(files, str(tmp_path / "pq"))
    assert s["workers"] == 2 and sorted(s["converted"]) == files
    assert client.status == "running"                  # a client it did not make stays


def test_a_crashing_task_is_reported_and_the_others_convert(client, tmp_path):
    files = write_captures(tmp_path / "caps", n_files=3, steps=5)
    bad = files[1]

    def patch():                        # on each worker: convert_file raises for one file
        import sbe.batch._dask as m
        real = m.convert_file

        def crash(path, out, **kw):
            if path == bad:
                raise RuntimeError("a bug, not a bad input")
            return real(path, out, **kw)
        crash.real = real
        m.convert_file = crash

    def unpatch():
        import sbe.batch._dask as m
        m.convert_file = getattr(m.convert_file, "real", m.convert_file)

    client.run(patch)
    try:
        s = to_parquet_dask(files, str(tmp_path / "pq"), client=client)
    finally:
        client.run(unpatch)
    assert s["failed"] == {bad: "RuntimeError: a bug, not a bad input"}
    assert sorted(s["converted"]) == [files[0], files[2]]


def test_cli_runs_on_a_scheduler_address(client, tmp_path):
    import subprocess
    import sys

    from conftest import SBE_HOME
    files = write_captures(tmp_path / "caps", n_files=3, steps=5)
    addr = client.scheduler.address
    assert addr.startswith("tcp://")
    out = str(tmp_path / "pq")
    cmd = [sys.executable, "-m", "sbe", "convert", str(tmp_path / "caps"), "--to", "parquet",
           out, "--dask", addr]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=SBE_HOME)
    assert r.returncode == 0, r.stderr
    assert "converted 3 files (0 already done, 0 failed)" in r.stderr
    assert sorted(os.listdir(os.path.join(out, sp.DONE_DIR))) == sorted(
        sp.source_id(p, CaptureReader(p).header) + ".json" for p in files)
    assert client.status == "running"          # the CLI closed only its own client
