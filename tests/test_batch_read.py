"""sbe.batch.read: capture files -> numpy tables by the generated C loops, checked against the
oracle (read_reference: every frame decoded by sbe.stream, copied into columns) byte for byte
for every stream template in both decimals modes; newer and older schema versions; hostile,
truncated and foreign frames (typed errors naming the capture location, or counted with
errors="skip"); files cut mid-block; zstd blocks; the templates filter; to_arrow."""

from __future__ import annotations

import math
import os
import random
import struct
import subprocess
import sys
import zlib

import numpy as np
import pytest

import sbe.batch as batch
from sbe import stream
from sbe.batch import _fast
from sbe.batch._oracle import read_reference
from sbe.capture import CaptureCorruptError, CaptureReader, CaptureWriter, Stop
from sbe.capture import _format as fmt
from sbe.errors import DecodeError, MalformedError, TruncatedError

from conftest import SBE_HOME, TEST_SCHEMAS

ROOTS = ["TradesStreamEvent", "BestBidAskStreamEvent", "DepthSnapshotStreamEvent",
         "DepthDiffStreamEvent"]
SYMBOLS = ["BTCUSDT", "E", "ÄÖ€", "X" * 30, "", "🚀COIN"]


@pytest.fixture(scope="module")
def compiled():
    mod = batch._compiled()
    assert mod is not None, "sbe/_generated/*_batch.pyx is not built (setup.py build_ext)"
    return mod


def _levels(rnd, n):
    return [{"price": rnd.randrange(-2**63, 2**63), "qty": rnd.randrange(0, 10**15)}
            for _ in range(n)]


def _exp(rnd):
    return rnd.choice([rnd.randrange(-128, 128), rnd.randrange(-20, 3), -8, -2, 0])


def random_event(rnd, kind=None):
    kind = rnd.randrange(4) if kind is None else kind
    pe, qe, sym = _exp(rnd), _exp(rnd), rnd.choice(SYMBOLS)
    if kind == 0:
        return {"$message": "TradesStreamEvent", "eventTime": rnd.randrange(2**63),
                "transactTime": rnd.randrange(-2**63, 2**63), "priceExponent": pe,
                "qtyExponent": qe, "symbol": sym,
                "trades": [{"id": rnd.randrange(2**63), "price": rnd.randrange(-2**63, 2**63),
                            "qty": rnd.randrange(10**12), "isBuyerMaker": rnd.random() < .5,
                            "isBestMatch": True} for _ in range(rnd.randrange(5))]}
    if kind == 1:
        return {"$message": "BestBidAskStreamEvent", "eventTime": rnd.randrange(2**63),
                "bookUpdateId": rnd.randrange(2**63), "priceExponent": pe, "qtyExponent": qe,
                "bidPrice": rnd.randrange(-2**63, 2**63), "bidQty": rnd.randrange(2**63),
                "askPrice": rnd.randrange(2**40), "askQty": rnd.randrange(10**9), "symbol": sym}
    if kind == 2:
        return {"$message": "DepthSnapshotStreamEvent", "eventTime": rnd.randrange(2**63),
                "bookUpdateId": rnd.randrange(2**63), "priceExponent": pe, "qtyExponent": qe,
                "bids": _levels(rnd, rnd.randrange(21)), "asks": _levels(rnd, rnd.randrange(21)),
                "symbol": sym}
    return {"$message": "DepthDiffStreamEvent", "eventTime": rnd.randrange(2**63),
            "firstBookUpdateId": rnd.randrange(2**63), "lastBookUpdateId": rnd.randrange(2**63),
            "priceExponent": pe, "qtyExponent": qe, "bids": _levels(rnd, rnd.randrange(6)),
            "asks": _levels(rnd, rnd.randrange(6)), "symbol": sym}


def write_capture(folder, frames, *, block_size=2048, zstd=False, extras=True, seed=0):
    """frames -> one capture file (small blocks: many of them); events and snapshots mixed in."""
    rnd = random.Random(seed)
    w = CaptureWriter(str(folder), ["x@y"], fsync="never", block_size=block_size, zstd=zstd)
    for i, fr in enumerate(frames):
        w.write_frame(fr, 1_700_000_000_000_000_000 + i * 1000 + rnd.randrange(1000),
                      rnd.randrange(70000))
        if extras and i % 97 == 5:
            w.write_event("reconnect", conn=3, streams=["x@y"])
        if extras and i % 211 == 7:
            w.write_snapshot("BTCUSDT", b"\x00" * 20)
    w.close()
    return w.files


def assert_same(a, b):
    """Exactly equal results: table names and order, dtypes, every byte, stats."""
    assert list(a) == list(b)
    for name in a:
        assert a[name].dtype == b[name].dtype, (name, a[name].dtype, b[name].dtype)
        assert a[name].shape == b[name].shape, name
        assert a[name].tobytes() == b[name].tobytes(), name
    assert a.stats == b.stats


# -- equal to the oracle ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    rnd = random.Random(7)
    events = [random_event(rnd) for _ in range(1500)]
    folder = tmp_path_factory.mktemp("mixed")
    files = write_capture(folder, [stream.encode(e) for e in events])
    return folder, files, events


@pytest.mark.parametrize("decimals", ["float", "raw"])
def test_every_template_equals_the_oracle(compiled, mixed, decimals):
    folder, files, events = mixed
    got = batch.read(folder, decimals=decimals)
    assert_same(got, read_reference(folder, decimals=decimals))
    assert list(got) == [t for t in compiled.MESSAGES for t in
                         [t, *[x[0] for x in compiled.TABLES if x[0].startswith(t + ".")]]]
    st = got.stats
    assert st["files"] == 1 and st["blocks"] > 20 and st["stopped"] == {}
    assert sum(st["frames"].values()) == len(events)
    assert st["skipped"]["event"] > 0 and st["skipped"]["snapshot"] > 0
    assert st["records"] == len(events) + st["skipped"]["event"] + st["skipped"]["snapshot"]


def test_rows_are_the_decoded_events(mixed):
    """Independent of the oracle: rows against sbe.stream.decode of each frame; floats
    bit-identical (NaN where the decoder says None), parents point at their message row."""
    folder, _files, events = mixed
    t = batch.read(folder, decimals="float")
    raw = batch.read(folder, decimals="raw")
    seen = {n: 0 for n in ROOTS}
    for ev in events:
        name = ev["$message"]
        i = seen[name]
        seen[name] += 1
        row, rrow = t[name][i], raw[name][i]
        fl = stream.decode(stream.encode(ev), decimals="float")
        assert row["symbol"].decode() == ev["symbol"].rstrip("\x00")
        assert rrow["priceExponent"] == ev["priceExponent"]
        for k, v in fl.items():
            if isinstance(v, float):
                assert struct.pack("<d", row[k]) == struct.pack("<d", v), (name, k)
                assert rrow[k] == ev[k]
        for g in ("trades", "bids", "asks"):
            if g not in ev:
                continue
            child = t[f"{name}.{g}"]
            mine = child[child["parent"] == i]
            assert len(mine) == len(ev[g])
            for r, e, fe in zip(mine, ev[g], fl[g]):
                assert struct.pack("<d", r["price"]) == struct.pack("<d", fe["price"])
                assert r["qty"] == fe["qty"] or (math.isnan(r["qty"]) and fe["qty"] is None)


def test_templates_filter_and_bad_arguments(compiled, mixed):
    folder, _files, events = mixed
    got = batch.read(folder, templates=["DepthDiffStreamEvent"])
    assert_same(got, read_reference(folder, templates=["DepthDiffStreamEvent"]))
    assert list(got) == ["DepthDiffStreamEvent", "DepthDiffStreamEvent.bids",
                         "DepthDiffStreamEvent.asks"]
    n = sum(e["$message"] == "DepthDiffStreamEvent" for e in events)
    assert len(got["DepthDiffStreamEvent"]) == n
    assert got.stats["skipped"]["filtered"] == len(events) - n
    assert list(batch.read(folder, templates="TradesStreamEvent"))[0] == "TradesStreamEvent"
    with pytest.raises(ValueError, match="unknown templates"):
        batch.read(folder, templates=["Nope"])
    with pytest.raises(ValueError, match="decimals"):
        batch.read(folder, decimals="decimal")
    with pytest.raises(ValueError, match="errors"):
        batch.read(folder, errors="ignore")


def test_many_files_a_list_and_global_parent_rows(tmp_path):
    rnd = random.Random(3)
    evs = [[random_event(rnd, 3) for _ in range(40)] for _ in range(3)]
    files = []
    for k, group in enumerate(evs):
        files += write_capture(tmp_path / f"d{k}", [stream.encode(e) for e in group], seed=k)
    got = batch.read(files)
    assert_same(got, read_reference(files))
    assert got.stats["files"] == 3
    bids = got["DepthDiffStreamEvent.bids"]
    flat = [e for g in evs for e in g]
    expect = [i for i, e in enumerate(flat) for _ in e["bids"]]
    assert bids["parent"].tolist() == expect


def test_empty_and_no_frames(tmp_path):
    files = write_capture(tmp_path, [], extras=False)
    got = batch.read(files[0])
    assert dict(got) == {} and got.stats["records"] == 0 and got.stats["files"] == 1


# -- schema versions -------------------------------------------------------------------------

def test_newer_version_decoded_by_wire_block_length(tmp_path):
    rnd = random.Random(11)
    events = [random_event(rnd, k % 4) for k in range(200)]
    plain = write_capture(tmp_path / "plain", [stream.encode(e) for e in events])
    newer = write_capture(tmp_path / "newer", [
        stream.encode(e, version=stream.SCHEMA_VERSION + 1, pad=7) for e in events])
    a, b = batch.read(plain), batch.read(newer)
    assert_same(b, read_reference(newer))
    assert b.stats["newer_version"] == len(events) and a.stats["newer_version"] == 0
    for name in a:
        assert a[name].tobytes() == b[name].tobytes(), name   # padding skipped


def test_other_schema_and_unknown_template_are_counted(tmp_path):
    good = stream.encode(random_event(random.Random(1), 1))
    other = bytearray(good)
    other[4:6] = (stream.SCHEMA_ID + 1).to_bytes(2, "little")
    unknown = bytearray(good)
    unknown[2:4] = (9999).to_bytes(2, "little")
    files = write_capture(tmp_path, [good, bytes(other), bytes(unknown), good], extras=False)
    got = batch.read(files)
    assert_same(got, read_reference(files))
    assert got.stats["skipped"]["other_schema"] == 1
    assert got.stats["skipped"]["unknown_template"] == 1
    assert len(got["BestBidAskStreamEvent"]) == 2


NESTED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<sbe:messageSchema xmlns:sbe="http://fixprotocol.io/2016/sbe"
                   xmlns:mbx="https://developers.binance.com/docs/binance-spot-api-docs"
                   package="batchnest" id="9" version="0" byteOrder="littleEndian">
    <types>
        <composite name="messageHeader">
            <type name="blockLength" primitiveType="uint16"/>
            <type name="templateId" primitiveType="uint16"/>
            <type name="schemaId" primitiveType="uint16"/>
            <type name="version" primitiveType="uint16"/>
        </composite>
        <composite name="groupSizeEncoding">
            <type name="blockLength" primitiveType="uint16"/>
            <type name="numInGroup" primitiveType="uint32" maxValue="2147483647"/>
        </composite>
        <composite name="groupSize16Encoding">
            <type name="blockLength" primitiveType="uint16"/>
            <type name="numInGroup" primitiveType="uint16"/>
        </composite>
        <composite name="varString8">
            <type name="length" primitiveType="uint8"/>
            <type name="varData" length="0" primitiveType="uint8" characterEncoding="UTF-8"/>
        </composite>
        <enum name="side" encodingType="uint8">
            <validValue name="Buy">0</validValue>
            <validValue name="Sell">1</validValue>
        </enum>
    </types>
    <sbe:message name="Book" id="1">
        <field name="seq" id="1" type="uint64"/>
        <field name="priceExponent" id="2" type="int8"/>
        <field name="ratio" id="3" type="float" presence="optional"/>
        <group name="levels" id="100" dimensionType="groupSizeEncoding">
            <field name="price" id="1" type="int64" mbx:exponent="priceExponent"/>
            <field name="qtyExponent" id="2" type="int8"/>
            <field name="qty" id="3" type="int32" mbx:exponent="qtyExponent" presence="optional"/>
            <group name="orders" id="110" dimensionType="groupSize16Encoding">
                <field name="orderId" id="1" type="uint32"/>
                <field name="side" id="2" type="side"/>
                <field name="px" id="3" type="int64" mbx:exponent="priceExponent"/>
            </group>
            <data name="tag" id="120" type="varString8"/>
        </group>
        <data name="venue" id="200" type="varString8"/>
    </sbe:message>
</sbe:messageSchema>
"""


def _with_batch(xml):
    """The decoder of schema ``xml`` and its batch module (emitted by codegen.emit_batch),
    compiled together (cached like every test module)."""
    import hashlib

    import compile_helper
    from codegen.emit_batch import emit_batch
    from codegen.parse import parse_schema
    dec = compile_helper.prepare(xml)
    files = emit_batch(parse_schema(str(xml)), dec.module_name, "test")
    name = next(iter(files))[:-4]
    h = hashlib.sha256(compile_helper._runtime_fingerprint())
    for k, v in sorted(files.items()):
        h.update(k.encode() + b"\0" + v.encode())
    bat = compile_helper.CompiledSchema(xml, name, compile_helper.CACHE_DIR / h.hexdigest()[:24],
                                        files)
    compile_helper.build([dec, bat])
    return compile_helper.load(dec), compile_helper.load(bat)


@pytest.fixture(scope="module")
def evolution():
    """The evolution test schema v2 (fields, a group and var data added over versions 1, 2)."""
    return _with_batch(TEST_SCHEMAS / "evolution_v2.xml")


@pytest.fixture(scope="module")
def nested(tmp_path_factory):
    """Nested groups, var data in group entries, exponents from enclosing blocks."""
    xml = tmp_path_factory.mktemp("nest") / "batch_nested.xml"
    xml.write_text(NESTED_XML)
    return _with_batch(xml)


@pytest.mark.parametrize("decimals", ["float", "raw"])
def test_nested_groups(nested, tmp_path, decimals):
    dec, bmod = nested
    rnd = random.Random(8)
    msgs = []
    for _ in range(120):
        msgs.append({"$message": "Book", "seq": rnd.randrange(2**64), "priceExponent": _exp(rnd),
                     "ratio": rnd.choice([None, 0.5, -1e30, float("inf")]),
                     "levels": [{"price": rnd.randrange(-2**63, 2**63), "qtyExponent": _exp(rnd),
                                 "qty": rnd.choice([None, rnd.randrange(-2**31 + 1, 2**31)]),
                                 "orders": [{"orderId": rnd.randrange(2**32),
                                             "side": rnd.choice(["Buy", "Sell"]),
                                             "px": rnd.randrange(2**40)}
                                            for _ in range(rnd.randrange(3))],
                                 "tag": rnd.choice(["", "t", "tagé"])}
                                for _ in range(rnd.randrange(4))],
                     "venue": rnd.choice(["", "BINANCE"])})
    frames = [dec.encode(m) for m in msgs]
    frames += [f[:-3] for f in frames[:10]]                     # truncated: skipped
    files = write_capture(tmp_path, frames)
    got = _fast.read_compiled(bmod, files, decimals=decimals, decoder=dec, errors="skip")
    assert_same(got, read_reference(files, decimals=decimals, decoder=dec, errors="skip"))
    assert list(got) == ["Book", "Book.levels", "Book.levels.orders"]
    assert got.stats["skipped"]["bad_frame"] == 10
    levels, orders = got["Book.levels"], got["Book.levels.orders"]
    assert len(levels) == sum(len(m["levels"]) for m in msgs)
    flat = [lv for m in msgs for lv in m["levels"]]
    assert orders["parent"].tolist() == [i for i, lv in enumerate(flat) for _ in lv["orders"]]
    assert orders["orderId"].tolist() == [o["orderId"] for lv in flat for o in lv["orders"]]
    assert levels["tag"].tolist() == [lv["tag"].encode() for lv in flat]


def _quote(rnd, ver):
    m = {"$message": "Quote", "quoteId": rnd.randrange(2**64), "priceExponent": _exp(rnd),
         "bid": rnd.randrange(-2**62, 2**62), "ask": rnd.randrange(2**62),
         "type": rnd.choice(["Firm", "Indicative"]), "bidSize": rnd.randrange(2**62),
         "askSize": rnd.choice([None, rnd.randrange(2**62)]), "quoteTime": rnd.randrange(2**62),
         "flags": rnd.randrange(4),
         "levels": [{"px": rnd.randrange(2**40), "size": 5, "orders": rnd.randrange(9),
                     "levelFlags": rnd.randrange(4)} for _ in range(rnd.randrange(4))],
         "trades": [{"tradeId": rnd.randrange(2**62), "px": 3, "qty": 4}
                    for _ in range(rnd.randrange(3))],
         "venue": rnd.choice(["X", "VENUE", ""]), "comment": rnd.choice(["", "c", "ç"])}
    return m


@pytest.mark.parametrize("decimals", ["float", "raw"])
def test_older_versions_give_nulls(evolution, tmp_path, decimals):
    dec, bmod = evolution
    rnd = random.Random(5)
    frames = [dec.encode(_quote(rnd, v), version=v) for v in (0, 1, 2) for _ in range(30)]
    frames += [dec.encode(_quote(rnd, 2), version=3, pad=3) for _ in range(10)]  # newer
    files = write_capture(tmp_path, frames)
    got = _fast.read_compiled(bmod, files, decimals=decimals, decoder=dec)
    assert_same(got, read_reference(files, decimals=decimals, decoder=dec))
    q = got["Quote"]
    assert (q["bidSize"][:30] == np.iinfo(np.int64).min).all()       # since 1: null at v0
    assert (q["quoteTime"][:60] == np.iinfo(np.int64).min).all()     # since 2
    assert (q["bidSize"][30:] != np.iinfo(np.int64).min).all()
    assert set(got["Quote.trades"]["parent"].tolist()) <= set(range(60, 100))
    assert got.stats["newer_version"] == 10


# -- hostile input ---------------------------------------------------------------------------

def _hostile_frames():
    rnd = random.Random(21)
    good = [stream.encode(random_event(rnd, k % 4)) for k in range(8)]
    bad = []
    for fr in good:
        bad += [fr[:n] for n in range(0, len(fr), 3)]          # every truncation
    bba = bytearray(stream.encode(random_event(rnd, 1)))
    short = bytearray(bba)
    short[0:2] = (10).to_bytes(2, "little")                    # blockLength too short
    bad.append(bytes(short))
    utf = bytearray(bba)
    utf[-1] = 0xFF                                              # invalid UTF-8 symbol
    bad.append(bytes(utf))
    sur = stream.encode(dict(random_event(rnd, 1), symbol="ab"))
    bad.append(sur[:-2] + b"\xed\xa0")                          # a surrogate: not UTF-8
    dd = bytearray(stream.encode(random_event(rnd, 3)))
    dd[8 + 26 + 2:8 + 26 + 4] = (60000).to_bytes(2, "little")  # 60000 bids in a short frame
    bad.append(bytes(dd))
    return good, bad


def test_hostile_frames_raise_the_decoders_typed_error(tmp_path):
    good, bad = _hostile_frames()
    for k, fr in enumerate(bad[::7] + bad[-4:]):
        try:
            stream.decode(fr, decimals="raw")
        except DecodeError as e:
            want = type(e)
            reason = e.reason
        else:
            raise AssertionError("hostile frame decodes")
        files = write_capture(tmp_path / str(k), [good[0], good[1], fr, good[2]], extras=False)
        with pytest.raises(want) as info:
            batch.read(files)
        err = info.value
        assert isinstance(err, (TruncatedError, MalformedError))
        assert err.capture_path == files[0] and err.record_index == 2
        assert err.block_offset == next(CaptureReader(files[0]).blocks()).offset
        text = str(err)
        assert files[0] in text and "record 2" in text and reason in text and "- at $" in text
        with pytest.raises(want):
            read_reference(files)


def test_errors_skip_counts_bad_frames_exactly_as_the_decoder(tmp_path):
    good, bad = _hostile_frames()
    rnd = random.Random(4)
    frames = []
    for fr in bad:          # plus random byte flips of good frames (some decode, some not)
        frames += [fr, rnd.choice(good)]
        g = bytearray(rnd.choice(good))
        for _ in range(rnd.randrange(1, 4)):
            g[rnd.randrange(len(g))] = rnd.randrange(256)
        frames.append(bytes(g))
    files = write_capture(tmp_path, frames)
    got = batch.read(files, errors="skip")
    assert_same(got, read_reference(files, errors="skip"))
    assert got.stats["skipped"]["bad_frame"] >= len(bad)


def test_corrupt_record_structure_raises_capture_error(tmp_path):
    files = write_capture(tmp_path, [stream.encode(random_event(random.Random(2), 1))],
                          extras=False)
    path = files[0]
    data = bytearray(open(path, "rb").read())
    blk = next(CaptureReader(path).blocks())
    payload = bytearray(blk.payload)
    payload[8:12] = (len(payload)).to_bytes(4, "little")       # record longer than the block
    head = fmt._BLOCK.pack(fmt.BLOCK_MAGIC, 0, 0, 0, 1, len(payload), len(payload),
                           zlib.crc32(bytes(payload)), blk.first_ns, blk.last_ns)
    data[blk.offset:] = head + payload
    open(path, "wb").write(bytes(data))
    with pytest.raises(CaptureCorruptError, match="past the block end"):
        batch.read(path)
    with pytest.raises(CaptureCorruptError, match="past the block end"):
        read_reference(path)


def test_file_cut_mid_block_gives_every_complete_block(tmp_path):
    rnd = random.Random(9)
    events = [random_event(rnd) for _ in range(400)]
    files = write_capture(tmp_path, [stream.encode(e) for e in events])
    path = files[0]
    offsets = [b.offset for b in CaptureReader(path).blocks()]
    cut = offsets[-3] + 50                                      # inside the third-last block
    with open(path, "r+b") as fh:
        fh.truncate(cut)
    got = batch.read(path)
    assert_same(got, read_reference(path))
    stop = got.stats["stopped"][path]
    assert isinstance(stop, Stop) and stop.offset == offsets[-3]
    complete = sum(1 for r in CaptureReader(path) if r.kind == fmt.FRAME)
    assert sum(got.stats["frames"].values()) == complete > 0


def test_zstd_blocks(tmp_path, mixed):
    pytest.importorskip("zstandard", reason="zstd capture blocks need the research extra")
    _folder, _files, events = mixed
    frames = [stream.encode(e) for e in events[:500]]
    plain = write_capture(tmp_path / "plain", frames)
    packed = write_capture(tmp_path / "zstd", frames, zstd=True)
    a, b = batch.read(plain), batch.read(packed)
    assert_same(b, read_reference(packed))
    for name in a:
        assert a[name].tobytes() == b[name].tobytes()


# -- arrow, imports --------------------------------------------------------------------------

def test_to_arrow(mixed):
    pa = pytest.importorskip("pyarrow")
    folder, _files, events = mixed
    t = batch.read(folder)
    arrow = batch.to_arrow(t)
    assert list(arrow) == list(t)
    bba = arrow["BestBidAskStreamEvent"]
    assert bba.schema.field("symbol").type == pa.string()
    assert bba.schema.field("recv_ns").type == pa.int64()
    assert bba.schema.field("bidPrice").type == pa.float64()
    assert bba.column("symbol").to_pylist() == [
        e["symbol"] for e in events if e["$message"] == "BestBidAskStreamEvent"]
    assert bba.column("bidPrice").to_numpy().tobytes() == \
        np.ascontiguousarray(t["BestBidAskStreamEvent"]["bidPrice"]).tobytes()
    assert arrow["DepthDiffStreamEvent.bids"].schema.field("parent").type == pa.int64()


def test_import_sbe_and_sbe_batch_do_not_import_pyarrow():
    code = ("import sys, sbe, sbe.batch, sbe.stream; "
            "assert 'pyarrow' not in sys.modules, 'pyarrow imported'; print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], cwd=str(SBE_HOME), capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, PYTHONPATH=""))
    assert proc.stdout.strip() == "ok", proc.stderr
