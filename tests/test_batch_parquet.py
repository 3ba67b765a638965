"""Capture -> Parquet (sbe.batch.parquet): a session recorded by ``python -m sbe record``
over the local stream server (real sockets) converts to a partitioned dataset that pyarrow,
polars and duckdb read back equal to the frames decoded one by one with ``sbe.stream``; also
after the recorder was killed mid-block; reruns skip finished inputs and redo cut ones."""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import signal
import subprocess
import sys
import time
from typing import NamedTuple

import pytest

pa = pytest.importorskip("pyarrow")
pytest.importorskip("websockets")
pytest.importorskip("picows")

import pyarrow.dataset as pads  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from sbe import stream  # noqa: E402
from sbe.batch import parquet as sp  # noqa: E402
from sbe.capture import FRAME, CaptureReader  # noqa: E402
from sbe.testing.ws_stream import LocalStreamServer, SimBook  # noqa: E402
from conftest import SBE_HOME  # noqa: E402

KEYS = {"ED": "ed25519"}
STREAMS = ["btcusdt@trade", "btcusdt@bestBidAsk", "btcusdt@depth", "btcusdt@depth20",
           "ethusdt@bestBidAsk"]
ROOTS = ["TradesStreamEvent", "BestBidAskStreamEvent", "DepthSnapshotStreamEvent",
         "DepthDiffStreamEvent"]
CHILDREN = ["TradesStreamEvent.trades", "DepthSnapshotStreamEvent.bids",
            "DepthSnapshotStreamEvent.asks", "DepthDiffStreamEvent.bids",
            "DepthDiffStreamEvent.asks"]


# ------------------------------------------------------------------------- recording
def market_frames(steps):
    """Every template for two symbols (trades and depth levels as group rows)."""
    books = [SimBook("BTCUSDT", seed=7, levels=12), SimBook("ETHUSDT", seed=3, levels=12)]
    out = []
    for i in range(steps):
        for b in books:
            out += [stream.encode(m) for m in b.step(1_700_000_000_000_000 + i).values()]
    return out


async def until(cond, timeout=20.0, step=0.01):
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


def record(out, sent, *, kill=False):
    """``python -m sbe record`` over the local stream server; ``kill``: SIGKILL once a few
    blocks are on disk and the last frame sits in the open block."""
    async def main():
        async with LocalStreamServer(["BTCUSDT", "ETHUSDT"], api_keys=KEYS,
                                     interval=None) as srv:
            env = dict(os.environ, BINANCE_API_KEY="ED")
            extra = (["--block-size", "4K", "--flush-interval", "60"] if kill else
                     ["--count", str(len(sent)), "--block-size", "16K"])
            p = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "sbe", "record", *STREAMS, "--base-url", srv.url,
                "--out", str(out), "--fsync", "never", *extra, env=env, cwd=SBE_HOME,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
            await until(lambda: any(set(STREAMS) <= set(c.streams) for c in srv.clients))
            await srv.pump(sent[:-1] if kill else sent)
            if kill:
                await until(lambda: os.listdir(out) and
                            os.path.getsize(out / os.listdir(out)[0]) > 40_000)
                # the last frame goes into an open block (or is not read yet): always lost
                await srv.pump(sent[-1:])
                await asyncio.sleep(0.2)
                p.send_signal(signal.SIGKILL)
                await asyncio.wait_for(p.wait(), 10)
                assert p.returncode == -signal.SIGKILL
            else:
                _, err = await asyncio.wait_for(p.communicate(), 30)
                assert p.returncode == 0, err

    asyncio.run(asyncio.wait_for(main(), 60))
    return sorted(str(out / f) for f in os.listdir(out))


class Recorded(NamedTuple):
    full: list              # capture files of a complete session
    sent: list              # the frames the server sent in it
    killed: list            # capture files of a session whose recorder got SIGKILL
    killed_sent: list


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    sent, killed_sent = market_frames(150), market_frames(400)
    return Recorded(record(tmp_path_factory.mktemp("full"), sent), sent,
                    record(tmp_path_factory.mktemp("killed"), killed_sent, kill=True),
                    killed_sent)


# ------------------------------------------------------------------------- expectations
def _v(x):
    return int(x) if isinstance(x, bool) else x


def _day(ns):
    return (datetime.datetime(1970, 1, 1) + datetime.timedelta(microseconds=ns // 1000)
            ).date().isoformat()


def decoded(paths, decimals):
    """{table: [row]} of every FRAME of ``paths`` decoded one at a time by sbe.stream, in
    the converted layout (src/row keys, date/symbol partition values)."""
    raw_dec = stream.Decoder(decimals="raw", groups="list")
    val_dec = stream.Decoder(decimals=decimals, groups="list")
    out = {}
    for p in paths:
        rd = CaptureReader(p)
        sid = sp.source_id(p, rd.header)
        rows = {}
        for r in rd:
            if r.kind != FRAME:
                continue
            raw, val = raw_dec.decode(r.data), val_dec.decode(r.data)
            name = raw["$message"]
            row = rows[name] = rows.get(name, -1) + 1
            keys = {"src": sid, "date": _day(r.recv_ns), "symbol": raw["symbol"]}
            rec = dict(keys, recv_ns=r.recv_ns, conn=r.conn, row=row)
            for k, v in raw.items():            # exponents: absent from float dicts
                if not k.startswith("$") and k != "symbol" and not isinstance(v, list):
                    rec[k] = _v(val.get(k, v))
            out.setdefault(name, []).append(rec)
            for k, entries in raw.items():
                if isinstance(entries, list):
                    for e in val[k]:
                        out.setdefault(f"{name}.{k}", []).append(
                            dict(keys, parent=row, **{f: _v(x) for f, x in e.items()}))
    return out


def _ordered(rows, table):
    key = "row" if "." not in table else "parent"
    return sorted(rows, key=lambda r: (r["src"], r[key]))        # stable: entry order kept


def _norm(rows):
    for r in rows:
        r.pop("template", None)
        if isinstance(r.get("date"), datetime.date):
            r["date"] = r["date"].isoformat()
        for k, v in r.items():
            if isinstance(v, bool):
                r[k] = int(v)
    return rows


def read_pyarrow(out, table):
    part = pads.partitioning(pa.schema([("date", pa.date32()), ("symbol", pa.string())]),
                             flavor="hive")
    t = pads.dataset(os.path.join(out, f"template={table}"), format="parquet",
                     partitioning=part).to_table()
    return _norm(t.to_pylist())


def read_polars(out, table):
    pl = pytest.importorskip("polars", reason="polars not installed (test extra)")
    df = pl.scan_parquet(os.path.join(out, f"template={table}", ""),
                         hive_partitioning=True).collect()
    return _norm(df.to_dicts())


def read_duckdb(out, table):
    duckdb = pytest.importorskip("duckdb", reason="duckdb not installed (optional reader)")
    con = duckdb.connect()
    try:
        cur = con.execute("select * from read_parquet(?, hive_partitioning = true)",
                          [os.path.join(out, f"template={table}", "**", "*.parquet")])
        names = [d[0] for d in cur.description]
        return _norm([dict(zip(names, row)) for row in cur.fetchall()])
    finally:
        con.close()


READERS = {"pyarrow": read_pyarrow, "polars": read_polars, "duckdb": read_duckdb}


def assert_dataset_equals(out, paths, decimals, tables=ROOTS + CHILDREN, readers=READERS):
    want = decoded(paths, decimals)
    assert set(want) == set(tables)
    for table in tables:
        for rname, reader in readers.items():
            got = _ordered(reader(out, table), table)
            assert len(got) == len(want[table]), (rname, table)
            assert got == want[table], (rname, table)


def outputs(out):
    found = {}
    for root, _dirs, files in os.walk(out):
        for f in files:
            p = os.path.join(root, f)
            found[os.path.relpath(p, out)] = os.stat(p).st_mtime_ns
    return found


# ------------------------------------------------------------------------- tests
@pytest.mark.parametrize("decimals", ["float", "raw"])
def test_recorded_session_reads_back_equal_in_pyarrow_polars_duckdb(recorded, tmp_path,
                                                                   decimals):
    full, sent = recorded.full, recorded.sent
    assert [r.data for p in full for r in CaptureReader(p) if r.kind == FRAME] == sent
    out = str(tmp_path / "pq")
    s = sp.to_parquet(full, out, decimals=decimals)
    assert s["converted"] == full and not s["failed"] and not s["skipped"]
    assert sum(s["rows"][t] for t in ROOTS) == len(sent)
    assert_dataset_equals(out, full, decimals)
    # partitions: template / UTC day of recv_ns / symbol, both symbols present
    bba = {os.path.dirname(k) for k in outputs(out) if "BestBidAsk" in k}
    assert {d.rsplit("symbol=", 1)[1] for d in bba} == {"BTCUSDT", "ETHUSDT"}
    assert {d.split("/")[1] for d in bba} == {f"date={_day(r.recv_ns)}" for p in full
                                               for r in CaptureReader(p)}


def test_child_rows_join_their_message(recorded, tmp_path):
    pl = pytest.importorskip("polars", reason="polars not installed (test extra)")
    full = recorded.full
    out = str(tmp_path / "pq")
    sp.to_parquet(full, out)
    trades = pl.read_parquet(os.path.join(out, "template=TradesStreamEvent.trades", ""))
    msgs = pl.read_parquet(os.path.join(out, "template=TradesStreamEvent", ""))
    j = trades.join(msgs, left_on=["src", "parent"], right_on=["src", "row"], how="left",
                    suffix="_msg")
    assert j.height == trades.height and j["eventTime"].null_count() == 0
    assert (j["symbol"] == j["symbol_msg"]).all()
    dec = stream.Decoder(decimals="float", groups="list")
    ids = sorted((ev["eventTime"], t["id"]) for p in full for r in CaptureReader(p)
                 if r.kind == FRAME for ev in [dec.decode(r.data)]
                 if ev["$message"] == "TradesStreamEvent" for t in ev["trades"])
    assert sorted(zip(j["eventTime"].to_list(), j["id"].to_list())) == ids


def test_metadata_units_schema_and_row_groups(recorded, tmp_path):
    full = recorded.full
    out = str(tmp_path / "pq")
    sp.to_parquet(full, out, decimals="raw", row_group_size=100)
    header = CaptureReader(full[0]).header
    files = [os.path.join(out, k) for k in outputs(out) if k.endswith(".parquet")]
    snap = [f for f in files if "template=DepthSnapshotStreamEvent.bids" in f][0]
    md = {k.decode(): v.decode() for k, v in pq.read_metadata(snap).metadata.items()}
    assert json.loads(md["sbe.capture_schemas"]) == header["schemas"]
    assert any(s["id"] == stream.SCHEMA_ID and s["sha256"] == stream.SCHEMA_SHA256
               for s in header["schemas"])
    assert md["sbe.decoder_schema"] == (f"spot_stream {stream.SCHEMA_ID}:"
                                        f"{stream.SCHEMA_VERSION} sha256 {stream.SCHEMA_SHA256}")
    assert md["sbe.decimals"] == "raw" and md["sbe.source"] == os.path.basename(full[0])
    assert json.loads(md["sbe.partition"])["template"] == "DepthSnapshotStreamEvent.bids"
    assert "10**exponent" in md["sbe.exponents"]
    assert pq.read_metadata(snap).num_row_groups > 1       # 100-row groups
    schema = pq.read_schema(snap)
    assert schema.field("price").metadata[b"sbe.exponent"] == b"priceExponent"
    assert schema.field("price").type == pa.int64()        # raw mantissas
    root = pq.read_schema([f for f in files if "template=TradesStreamEvent/" in f][0])
    assert root.field("eventTime").metadata[b"unit"].startswith(b"us since the Unix epoch")
    assert root.field("recv_ns").metadata[b"unit"].startswith(b"ns since the Unix epoch")
    assert root.field("priceExponent").type == pa.int8()
    assert "symbol" not in root.names                      # a partition key


def test_killed_recorder_converts_its_complete_blocks_and_restart(recorded, tmp_path):
    killed, killed_sent = recorded.killed, recorded.killed_sent
    (path,) = killed
    rd = CaptureReader(path)
    got = [r.data for r in rd if r.kind == FRAME]
    n_frames = len(got)
    assert 0 < n_frames < len(killed_sent) and rd.stopped is None    # the open block lost
    assert got == killed_sent[:n_frames]
    out = str(tmp_path / "pq")
    s = sp.to_parquet(killed, out)
    assert s["converted"] == killed and sum(s["rows"][t] for t in ROOTS) == n_frames
    assert_dataset_equals(out, killed, "float", readers={"pyarrow": read_pyarrow,
                                                         "polars": read_polars})
    # the kill landing inside a block write: the file ends mid-block
    cut_dir = tmp_path / "cut"
    cut_dir.mkdir()
    cut = str(cut_dir / os.path.basename(path))
    data = open(path, "rb").read()
    open(cut, "wb").write(data[:-100])
    out2 = str(tmp_path / "pq2")
    s = sp.to_parquet([cut], out2)
    marker = json.load(open(os.path.join(out2, sp.DONE_DIR,
                                         sp.source_id(cut, rd.header) + ".json")))
    assert "truncated" in marker["stopped"] and marker["bytes"] == len(data) - 100
    assert_dataset_equals(out2, [cut], "float", readers={"pyarrow": read_pyarrow})
    before = outputs(out2)
    assert sp.to_parquet([cut], out2)["skipped"] == [cut] and outputs(out2) == before
    # the file grows (still being recorded): converted again, now all of it
    open(cut, "wb").write(data)
    s = sp.to_parquet([cut], out2)
    assert s["converted"] == [cut] and sum(s["rows"][t] for t in ROOTS) == n_frames
    assert_dataset_equals(out2, [cut], "float", readers={"pyarrow": read_pyarrow})


def test_conversion_killed_midway_leaves_no_file_a_rerun_would_skip(recorded, tmp_path,
                                                                    monkeypatch):
    full = recorded.full
    out = str(tmp_path / "pq")
    real = pq.write_table
    calls = []

    def dies_on_third(table, where, *a, **kw):
        calls.append(where)
        if len(calls) == 3:
            open(where, "wb").write(b"PAR1 half a file")    # a half-written temporary
            raise KeyboardInterrupt("killed")
        return real(table, where, *a, **kw)

    monkeypatch.setattr(pq, "write_table", dies_on_third)
    with pytest.raises(KeyboardInterrupt):
        sp.to_parquet(full, out)
    monkeypatch.setattr(pq, "write_table", real)
    left = outputs(out)
    assert all(os.path.basename(calls[2]) != os.path.basename(k) for k in left)
    assert not any(k.endswith(".tmp") for k in left)           # temporary removed
    assert len([k for k in left if k.endswith(".parquet")]) == 2
    assert not os.path.exists(os.path.join(out, sp.DONE_DIR))  # no marker: not finished
    assert all(os.path.basename(c).startswith(".") for c in calls)   # hidden temporaries
    s = sp.to_parquet(full, out)
    assert s["converted"] == full
    assert_dataset_equals(out, full, "float", readers={"pyarrow": read_pyarrow})


def test_rerun_skips_and_other_options_refused(recorded, tmp_path):
    full = recorded.full
    out = str(tmp_path / "pq")
    sp.to_parquet(full, out)
    before = outputs(out)
    s = sp.to_parquet(full, out)
    assert s["skipped"] == full and s["converted"] == [] and outputs(out) == before
    with pytest.raises(sp.ConvertError, match="decimals"):
        sp.convert_file(full[0], out, decimals="raw")
    r = sp.convert_file(full[0], out, force=True)
    assert r["status"] == "converted" and set(outputs(out)) == set(before)
    s = sp.to_parquet(full, out, decimals="raw")              # reported, not raised
    assert list(s["failed"]) == full and "ConvertError" in s["failed"][full[0]]


def test_templates_filter_and_object_store_filesystem(recorded, tmp_path):
    fsspec = pytest.importorskip("fsspec")
    from pyarrow.fs import FSSpecHandler, PyFileSystem
    full = recorded.full
    mem = fsspec.filesystem("memory")
    fs = PyFileSystem(FSSpecHandler(mem))          # not local: written in place, no rename
    r = sp.convert_file(full[0], "/bucket/ds", templates=["BestBidAskStreamEvent"],
                        filesystem=fs)
    assert set(r["rows"]) == {"BestBidAskStreamEvent"}
    t = pads.dataset("/bucket/ds/template=BestBidAskStreamEvent", filesystem=fs,
                     format="parquet", partitioning="hive").to_table()
    want = decoded(full, "float")["BestBidAskStreamEvent"]
    assert t.num_rows == len(want)
    assert sorted(t.column("bookUpdateId").to_pylist()) == sorted(
        w["bookUpdateId"] for w in want)
    assert sp.convert_file(full[0], "/bucket/ds", templates=["BestBidAskStreamEvent"],
                           filesystem=fs)["status"] == "skipped"
    mem.rm("/bucket", recursive=True)


def test_corrupt_file_reported_and_others_convert(recorded, tmp_path):
    full = recorded.full
    bad = str(tmp_path / "sbe-bad-0001.sbecap")
    data = bytearray(open(full[0], "rb").read())
    data[-50] ^= 0xFF                                   # last block's checksum fails
    open(bad, "wb").write(bytes(data))
    out = str(tmp_path / "pq")
    s = sp.to_parquet([bad] + full, out)
    assert s["converted"] == full and list(s["failed"]) == [bad]
    assert "CaptureCorruptError" in s["failed"][bad] and "checksum" in s["failed"][bad]
    assert not any(os.path.basename(bad)[:-7] in k for k in outputs(out))


def test_import_sbe_imports_no_pyarrow_or_dask():
    code = ("import sys, sbe, sbe.stream, sbe.batch, sbe.batch.parquet, sbe.capture.cli\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pyarrow', 'dask', 'distributed', 'polars', 'duckdb'))\n"
            "assert not bad, bad\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60, cwd=SBE_HOME)
    assert r.returncode == 0, r.stderr
