"""Capture files: round trips, zstd on/off, rotation, truncated and corrupt files."""

from __future__ import annotations

import json
import os
import struct
import zlib

import pytest

from sbe.capture import (EVENT, FRAME, SNAPSHOT, CaptureCorruptError, CaptureFormatError,
                         CaptureReader, CaptureTruncatedError, CaptureWriter, capture_files,
                         parse_snapshot, read_records)
from sbe.capture._format import BLOCK_HEADER_SIZE
from conftest import SBE_HOME

ZSTD = [False]
try:
    import zstandard  # noqa: F401
    ZSTD.append(True)
except ImportError:
    pass


def frames(n, seed=0):
    import random
    rng = random.Random(seed)
    return [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))) for _ in range(n)]


def write(tmp_path, data, **kw):
    kw.setdefault("fsync", "never")
    with CaptureWriter(str(tmp_path), ["btcusdt@depth"], **kw) as w:
        for i, f in enumerate(data):
            w.write_frame(f, 1_000_000_000 + i, conn=i % 3 + 1)
    return w


@pytest.mark.parametrize("zstd", ZSTD)
def test_round_trip_every_byte_stamp_and_connection(tmp_path, zstd):
    data = frames(2000)
    w = write(tmp_path, data, zstd=zstd, block_size=4096)
    assert len(w.files) == 1 and w.stats["blocks"] > 5
    rd = CaptureReader(w.files[0])
    recs = list(rd)
    assert [r.data for r in recs] == data
    assert [r.recv_ns for r in recs] == [1_000_000_000 + i for i in range(len(data))]
    assert [r.conn for r in recs] == [i % 3 + 1 for i in range(len(data))]
    assert {r.kind for r in recs} == {FRAME}
    assert rd.stopped is None
    assert rd.header["codec"] == ("zstd" if zstd else "none")
    assert rd.streams == ["btcusdt@depth"]
    blocks = list(rd.blocks())
    assert sum(b.n for b in blocks) == len(data)
    assert blocks[0].first_ns == 1_000_000_000


def test_header_names_every_schema_with_its_sha256(tmp_path):
    from sbe import spot, stream
    pins = json.load(open(os.path.join(os.path.dirname(__file__), "..", "schemas",
                                       "pins.json")))["schemas"]
    w = write(tmp_path, frames(3))
    hdr = CaptureReader(w.files[0]).header
    got = {(s["id"], s["version"]): s["sha256"] for s in hdr["schemas"]}
    assert got[(stream.SCHEMA_ID, stream.SCHEMA_VERSION)] == stream.SCHEMA_SHA256
    assert got[(spot.SCHEMA_ID, spot.SCHEMA_VERSION)] == spot.SCHEMA_SHA256
    assert {(p["id"], p["version"]): p["sha256"] for p in pins} == got


@pytest.mark.parametrize("zstd", ZSTD)
def test_zstd_is_smaller_on_real_frames_and_reads_back_the_same(tmp_path, zstd):
    from sbe.testing.ws_stream import SimBook
    from sbe import stream
    b = SimBook("BTCUSDT")
    data = [stream.encode(m) for i in range(300) for m in b.step(1_700_000_000_000_000 + i)
            .values()]
    w = write(tmp_path / str(zstd), data, zstd=zstd)
    assert [r.data for r in CaptureReader(w.files[0])] == data
    size = os.path.getsize(w.files[0])
    if zstd:
        assert size < sum(map(len, data)) * 0.8
    else:
        assert size > sum(map(len, data))


def test_events_and_snapshots_in_order(tmp_path):
    with CaptureWriter(str(tmp_path), fsync="never") as w:
        w.write_event("start", 5, streams=["a@depth"])
        w.write_frame(b"\x01\x02", 6, 1)
        w.write_snapshot("btcusdt", b"SBEBODY", 7)
        w.write_event("disconnect", 8, streams=["a@depth"])
    recs = list(CaptureReader(w.files[0]))
    assert [r.kind for r in recs] == [EVENT, FRAME, SNAPSHOT, EVENT]
    assert parse_snapshot(recs[2].data) == ("BTCUSDT", b"SBEBODY")
    assert CaptureReader(w.files[0]).events() == [
        {"event": "start", "streams": ["a@depth"], "recv_ns": 5},
        {"event": "disconnect", "streams": ["a@depth"], "recv_ns": 8}]


def test_rotation_by_size_keeps_every_frame_in_order(tmp_path):
    data = frames(3000, seed=1)
    w = write(tmp_path, data, block_size=2048, rotate_size=20_000)
    assert len(w.files) > 5
    assert capture_files(str(tmp_path)) == w.files        # name order is recording order
    for f in w.files:
        assert os.path.getsize(f) < 20_000 + 2048 + 1000
    assert [r.data for r in read_records(str(tmp_path))] == data


def test_rotation_by_time(tmp_path):
    import time
    w = CaptureWriter(str(tmp_path), fsync="never", rotate_time=0.05, flush_interval=0.01)
    w.write_frame(b"a", 1)
    time.sleep(0.06)
    w.tick()                    # block closed (flush interval) -> file is old: rotate
    w.write_frame(b"b", 2)
    w.close()
    assert len(w.files) == 2
    assert [r.data for r in read_records(w.files)] == [b"a", b"b"]


@pytest.mark.parametrize("zstd", ZSTD)
def test_truncated_at_every_offset_of_the_last_block(tmp_path, zstd):
    data = frames(60, seed=2)
    w = write(tmp_path, data, zstd=zstd, block_size=1500)
    path = w.files[0]
    whole = open(path, "rb").read()
    rd = CaptureReader(path)
    blocks = list(rd.blocks())
    last = blocks[-1]
    before = sum(b.n for b in blocks[:-1])
    cut_path = str(tmp_path / "cut.sbecap")
    # every offset of the block header, then a stride through the payload, the last byte
    cuts = set(range(last.offset, last.offset + BLOCK_HEADER_SIZE + 2))
    cuts |= set(range(last.offset, len(whole), 11)) | {len(whole) - 1}
    for cut in sorted(cuts):
        with open(cut_path, "wb") as fh:
            fh.write(whole[:cut])
        rd = CaptureReader(cut_path)
        got = [r.data for r in rd]
        assert got == data[:before]                    # every complete block, nothing else
        if cut == last.offset:
            assert rd.stopped is None                  # ends on a block boundary
        else:
            assert rd.stopped.offset == last.offset
            assert "truncated" in rd.stopped.reason
            with pytest.raises(CaptureTruncatedError) as ei:
                list(CaptureReader(cut_path, strict=True))
            assert ei.value.offset == last.offset and cut_path in str(ei.value)


def test_truncated_file_header(tmp_path):
    w = write(tmp_path, frames(3))
    whole = open(w.files[0], "rb").read()
    p = str(tmp_path / "h.sbecap")
    for cut in (0, 3, 12, 40):
        open(p, "wb").write(whole[:cut])
        with pytest.raises((CaptureTruncatedError, CaptureFormatError)):
            CaptureReader(p)
    open(p, "wb").write(b"PK\x03\x04 not a capture at all")
    with pytest.raises(CaptureFormatError):
        CaptureReader(p)
    bad = bytearray(whole)
    bad[6] = 9                                          # format version 9
    open(p, "wb").write(bad)
    with pytest.raises(CaptureFormatError, match="version 9"):
        CaptureReader(p)


@pytest.mark.parametrize("zstd", ZSTD)
def test_corrupt_payload_byte_is_a_checksum_error_naming_the_block(tmp_path, zstd):
    data = frames(100, seed=3)
    w = write(tmp_path, data, zstd=zstd, block_size=2000)
    path = w.files[0]
    blocks = list(CaptureReader(path).blocks())
    target = blocks[2]
    raw = bytearray(open(path, "rb").read())
    raw[target.offset + BLOCK_HEADER_SIZE + 5] ^= 0xFF
    open(path, "wb").write(raw)
    rd = CaptureReader(path)
    got = []
    with pytest.raises(CaptureCorruptError, match="checksum") as ei:
        for r in rd:
            got.append(r.data)
    assert ei.value.offset == target.offset
    assert got == data[:blocks[0].n + blocks[1].n]     # records before it were returned


def test_hostile_block_headers(tmp_path):
    w = write(tmp_path, frames(10, seed=4))
    path = w.files[0]
    blk = next(CaptureReader(path).blocks())
    whole = bytearray(open(path, "rb").read())
    o = blk.offset

    def check(mutate, match):
        b = bytearray(whole)
        mutate(b)
        p = str(tmp_path / "x.sbecap")
        open(p, "wb").write(b)
        with pytest.raises(CaptureCorruptError, match=match) as ei:
            list(CaptureReader(p))
        assert ei.value.offset == o

    check(lambda b: b.__setitem__(slice(o, o + 4), b"XXXX"), "magic")
    check(lambda b: b.__setitem__(o + 4, 7), "codec")
    check(lambda b: struct.pack_into("<I", b, o + 12, 1 << 30), "limit")   # raw length
    check(lambda b: struct.pack_into("<I", b, o + 8, 10**6), "records cannot fit")
    # a consistent checksum over records whose lengths run past the block
    payload = bytearray(blk.payload)
    struct.pack_into("<I", payload, 8, len(payload))
    def lie(b):
        b[o + BLOCK_HEADER_SIZE:o + BLOCK_HEADER_SIZE + len(payload)] = payload
        struct.pack_into("<I", b, o + 20, zlib.crc32(bytes(payload)))
    check(lie, "past the block end")


def test_writer_refuses_bad_options_and_oversized_records(tmp_path):
    with pytest.raises(ValueError):
        CaptureWriter(str(tmp_path), fsync="sometimes")
    with pytest.raises(ValueError):
        CaptureWriter(str(tmp_path), rotate_size=0)
    with CaptureWriter(str(tmp_path), fsync="never") as w:
        with pytest.raises(ValueError, match="limit"):
            w.write_frame(b"\0" * ((16 << 20) + 1), 1)
    with pytest.raises(ValueError, match="closed"):
        w.write_frame(b"x", 1)


def test_import_sbe_does_not_import_capture_or_zstandard():
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", "import sbe, sbe.spot, sbe.stream, sys; "
                          "print([m for m in sys.modules if 'capture' in m or 'zstandard' in m])"],
                         capture_output=True, text=True, check=True, cwd=SBE_HOME).stdout
    assert out.strip() == "[]"
