"""The generated peek functions (issue 9 §1, "the generator owns every offset"): golden bytes,
every truncation, hostile bytes, evolution (longer blocks from the wire, other schema ids),
template constants, and a guard that no hand-written SBE byte offset comes back in sbe/."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from sbe import spot, stream
from sbe.errors import (DecodeError, MalformedError, SchemaMismatchError, TruncatedError,
                        UnknownTemplateError)
from conftest import REPO_ROOT

BBA = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
       "bookUpdateId": 71_234_567_890, "priceExponent": -2, "qtyExponent": -8,
       "bidPrice": 9_712_345, "bidQty": 123_456_789, "askPrice": 9_712_346,
       "askQty": 98_765_432, "symbol": "BTCUSDT"}
# the same event written out by hand: header (blockLength 50, templateId 10001, schema 1:0),
# eventTime, bookUpdateId, the exponents, the four mantissas, symbol (u8 length + UTF-8)
BBA_GOLDEN = bytes.fromhex(
    "3200112701000000" "4012bf6c70430600" "d23ee99510000000" "fef8" "d932940000000000"
    "15cd5b0700000000" "da32940000000000" "780ae30500000000" "07" + b"BTCUSDT".hex())

ERR = {"$message": "ErrorResponse", "code": -1121, "serverTime": 1_764_570_000_000_000,
       "retryAfter": None, "msg": "Invalid symbol.", "data": None}
# header (blockLength 18, templateId 100, schema 3:5), code i16, serverTime i64,
# retryAfter i64 null, msg (u16 length + UTF-8), data (u32 length 0)
ERR_GOLDEN = bytes.fromhex(
    "1200640003000500" "9ffb" "000408f8dd440600" "0000000000000080" "0f00" +
    b"Invalid symbol.".hex() + "00000000")

def _trade(n):
    return {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
            "priceExponent": -2, "qtyExponent": -3, "symbol": "BNBBTC",
            "trades": [{"id": 100 + i, "price": 5 + i, "qty": 7, "isBuyerMaker": bool(i % 2),
                        "isBestMatch": True} for i in range(n)]}


def _depth(name, **ids):
    lv = [{"price": 1, "qty": 2}, {"price": 3, "qty": 4}]
    return {"$message": name, "eventTime": 1, **ids, "priceExponent": -1, "qtyExponent": -1,
            "bids": lv, "asks": lv[:1], "symbol": "ETHBTC"}


def _envelope(rid="req-7", status=200, limits=2, result=None):
    inner = result if result is not None else spot.encode(
        {"$message": "ServerTimeResponse", "serverTime": 1_764_570_000_000_000})
    rl = {"rateLimitType": spot.rateLimitType.RequestWeight,
          "interval": spot.rateLimitInterval.Minute, "intervalNum": 1, "rateLimit": 6000,
          "current": 5}
    return spot.encode({"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False,
                        "status": status, "rateLimits": [rl] * limits, "id": rid,
                        "result": inner})


STREAM_CASES = [
    (BBA, (10001, "BTCUSDT", 71_234_567_890, 71_234_567_890)),
    (_trade(3), (10000, "BNBBTC", 100, 102)),
    (_trade(0), (10000, "BNBBTC", None, None)),
    (_depth("DepthDiffStreamEvent", firstBookUpdateId=40, lastBookUpdateId=45),
     (10003, "ETHBTC", 40, 45)),
    (_depth("DepthSnapshotStreamEvent", bookUpdateId=77), (10002, "ETHBTC", 77, 77)),
]


def _every_prefix_raises(fn, buf):
    """Each strict prefix of ``buf`` raises a typed error naming offset and sizes."""
    for cut in range(len(buf)):
        with pytest.raises(DecodeError) as exc:
            fn(buf[:cut])
        e = exc.value
        assert isinstance(e, (TruncatedError, MalformedError)), (cut, e)
        assert e.offset is not None and 0 <= e.offset <= len(buf), (cut, e)
        if isinstance(e, TruncatedError):
            assert e.needed > e.available >= 0 and e.available == max(0, cut - e.offset), (cut, e)
            assert f"offset {e.offset}" in str(e) and f"{e.needed} bytes" in str(e)


# -- golden bytes ------------------------------------------------------------------------

def test_golden_frames_peek():
    assert stream.encode(BBA) == BBA_GOLDEN
    assert stream.peek_header(BBA_GOLDEN) == (50, 10001, 1, 0)
    assert stream.peek_template_id(BBA_GOLDEN) == 10001
    assert stream.peek(BBA_GOLDEN) == (10001, "BTCUSDT", 71_234_567_890, 71_234_567_890)
    assert spot.encode(ERR) == ERR_GOLDEN
    assert spot.peek_header(ERR_GOLDEN) == (18, 100, 3, 5)
    assert spot.peek_error(ERR_GOLDEN) == (-1121, 1_764_570_000_000_000, None,
                                          "Invalid symbol.")


@pytest.mark.parametrize("msg,want", STREAM_CASES, ids=lambda x: str(x)[:30])
def test_stream_peek_matches_decode_on_any_buffer(msg, want):
    buf = stream.encode(msg)
    assert stream.peek(buf) == want
    for other in (bytearray(buf), memoryview(buf), memoryview(b"\0" * 5 + buf)[5:]):
        assert stream.peek(other) == want
    assert stream.peek(b"xyz" + buf + b"tail", 3) == want
    dec = stream.decode(buf)
    assert want[1] == dec["symbol"]
    bl, tid, sid, ver = stream.peek_header(buf)
    assert (tid, sid, ver) == (want[0], stream.SCHEMA_ID, stream.SCHEMA_VERSION)
    from sbe._generated.spot_stream_1_0_ir import MODEL
    assert bl == MODEL.message(dec["$message"]).block_length


def test_envelope_peek():
    buf = _envelope("req-7", 200)
    assert spot.peek_envelope(buf) == ("req-7", 200)
    assert spot.peek_envelope(_envelope("", 429, limits=0)) == ("", 429)
    assert spot.peek_envelope(b"ab" + buf, 2) == ("req-7", 200)
    # the id is read even when the result would not decode (what the WS API client needs)
    broken = _envelope("r1", 400, result=b"\x01\x02\x03")
    with pytest.raises(DecodeError):
        spot.decode(broken)
    assert spot.peek_envelope(broken) == ("r1", 400)


# -- bounds ------------------------------------------------------------------------------

def test_every_truncation_raises_with_offsets():
    for msg, _ in STREAM_CASES:
        buf = stream.encode(msg)
        _every_prefix_raises(stream.peek, buf)
        _every_prefix_raises(stream.peek_header, buf[:8])
        _every_prefix_raises(stream.peek_template_id, buf[:8])
    _every_prefix_raises(spot.peek_error, spot.encode(ERR)[:-4])   # up to the end of msg
    _every_prefix_raises(spot.peek_envelope, _envelope("abc")[:-20])  # ends in the result


def test_offsets_outside_the_buffer():
    buf = stream.encode(BBA)
    for off in (-1, -len(buf), len(buf), len(buf) - 7, 1 << 40):
        for fn in (stream.peek, stream.peek_header, stream.peek_template_id):
            with pytest.raises(TruncatedError):
                fn(buf, off)


def test_hostile_bytes_raise_only_typed_errors():
    rng = random.Random(9)
    seeds = [stream.encode(m) for m, _ in STREAM_CASES]
    for fn, bufs in ((stream.peek, seeds), (spot.peek_error, [spot.encode(ERR)]),
                     (spot.peek_envelope, [_envelope()])):
        for buf in bufs:
            for _ in range(400):
                b = bytearray(buf)
                for _ in range(rng.randint(1, 4)):
                    b[rng.randrange(len(b))] = rng.randrange(256)
                try:
                    fn(bytes(b))
                except DecodeError:
                    pass
        for _ in range(300):
            try:
                fn(bytes(rng.randrange(256) for _ in range(rng.randrange(40))))
            except DecodeError:
                pass


def test_short_blocks_and_bad_text_are_malformed():
    bba = stream.encode(BBA)
    with pytest.raises(MalformedError, match="shorter than 16"):
        stream.peek((8).to_bytes(2, "little") + bba[2:])
    tr = bytearray(stream.encode(_trade(2)))
    bl = stream.peek_header(tr)[0]
    tr[8 + bl:8 + bl + 2] = (4).to_bytes(2, "little")        # trade entries of 4 bytes
    with pytest.raises(DecodeError):
        stream.peek(bytes(tr))
    bad = bba[:-7] + b"\x07BTC\xffSDT"
    with pytest.raises(MalformedError):
        stream.peek(bad)
    err = bytearray(spot.encode(ERR))
    err[0:2] = (1).to_bytes(2, "little")                      # a block shorter than code
    with pytest.raises(MalformedError, match="code"):
        spot.peek_error(bytes(err))


def test_wrong_template_and_schema():
    bba = bytearray(stream.encode(BBA))
    bba[2:4] = (10999).to_bytes(2, "little")
    with pytest.raises(UnknownTemplateError) as exc:
        stream.peek(bytes(bba))
    assert exc.value.template_id == 10999 and exc.value.offset == 0
    bba = bytearray(stream.encode(BBA))
    bba[4:6] = (3).to_bytes(2, "little")
    with pytest.raises(SchemaMismatchError):
        stream.peek(bytes(bba))
    with pytest.raises(UnknownTemplateError, match="not ErrorResponse"):
        spot.peek_error(_envelope())
    with pytest.raises(UnknownTemplateError, match="not WebSocketResponse"):
        spot.peek_envelope(spot.encode(ERR))
    with pytest.raises(SchemaMismatchError):
        spot.peek_envelope(spot.encode({"$message": "WebSocketResponse",
                                        "sbeSchemaIdVersionDeprecated": False, "status": 200,
                                        "rateLimits": [], "id": "x", "result": b""},
                                       schema_id=2))


# -- evolution ---------------------------------------------------------------------------

@pytest.mark.parametrize("msg,want", STREAM_CASES, ids=lambda x: str(x)[:30])
def test_longer_blocks_from_the_wire(msg, want):
    buf = stream.encode(msg, pad=13)        # a newer version: every block 13 bytes longer
    assert stream.peek_header(buf)[0] == stream.peek_header(stream.encode(msg))[0] + 13
    assert stream.peek(buf) == want


def test_error_response_of_other_schemas_and_versions():
    # a newer version with 16 more block bytes and another schema id: same code/msg
    newer = spot.encode(ERR, pad=16, schema_id=4)
    assert spot.peek_header(newer)[0] == 18 + 16 and spot.peek_header(newer)[2] == 4
    assert spot.peek_error(newer) == (-1121, 1_764_570_000_000_000, None, "Invalid symbol.")
    assert spot.peek_error(spot.encode(ERR, schema_id=2)) == spot.peek_error(newer)
    # an older/shorter block: the optional fields beyond it are None, msg still found
    short = (2).to_bytes(2, "little") + ERR_GOLDEN[2:10] + b"\x03\x00abc"
    assert spot.peek_error(short) == (-1121, None, None, "abc")
    # retryAfter set, serverTime null (the i64 null is INT64_MIN)
    both = spot.encode(dict(ERR, serverTime=None, retryAfter=1_764_570_001_000_000))
    assert spot.peek_error(both) == (-1121, None, 1_764_570_001_000_000, "Invalid symbol.")


def test_error_layout_is_the_same_in_every_spot_schema(schemas_dir):
    """peek_error reads any schema id with this build's offsets: that holds only while every
    published spot schema lays ErrorResponse (and the envelope) out the same way."""
    from codegen.parse import parse_schema

    def layout(path, name):
        msg = next(x for x in parse_schema(path).messages if x.name == name)
        return ([(f.name, f.offset, f.size, f.presence) for f in msg.fields],
                [(g.name, [(f.name, f.offset, f.size) for f in g.fields]) for g in msg.groups],
                [(d.name, d.length_size, d.kind) for d in msg.data])

    paths = sorted(schemas_dir.glob("spot_[0-9]*_[0-9]*.xml"))
    assert len(paths) >= 2
    from sbe._generated import spot_sbe_3_5_ir  # noqa: F401  (the pinned build's model)
    for name in ("ErrorResponse", "WebSocketResponse"):
        want = layout(paths[-1], name)
        for p in paths:
            assert layout(p, name) == want, (p.name, name)


@pytest.fixture
def schemas_dir():
    import os
    d = Path(os.environ.get("SBE_SCHEMAS_DIR", REPO_ROOT.parent / "shared" / "sbe-schemas"))
    if not d.is_dir():
        pytest.skip(f"Binance schema XML not found in {d} (set SBE_SCHEMAS_DIR)")
    return d


# -- constants ---------------------------------------------------------------------------

def test_template_constants_match_the_schema():
    from sbe._generated.spot_sbe_3_5_ir import MODEL as SPOT
    from sbe._generated.spot_stream_1_0_ir import MODEL as STREAM
    for mod, model in ((spot, SPOT), (stream, STREAM)):
        assert len(model.messages) == len(mod.MESSAGES)
        for msg in model.messages:
            const = "TEMPLATE_" + re.sub(r"\W", "_", msg.name)
            assert getattr(mod, const) == msg.id == mod.MESSAGES[msg.name]
            assert mod.TEMPLATES[msg.id] == msg.name


def test_stream_client_template_ids_are_the_generated_ones():
    pytest.importorskip("picows")
    from sbe.ws import streams
    assert streams.STREAM_SCHEMA_ID == stream.SCHEMA_ID
    assert (streams.TRADE, streams.BEST_BID_ASK, streams.DEPTH_SNAPSHOT,
            streams.DEPTH_DIFF) == (10000, 10001, 10002, 10003)


# -- no hand-written offsets -------------------------------------------------------------

#: struct/bytes helpers that read or write SBE bytes belong in generated code or the runtime
#: readers. Allowed elsewhere, each for a format that is not SBE:
ALLOWED = {
    "sbe/capture/_format.py": "the capture file format (its own blocks and records)",
    "sbe/__main__.py": "u32 length prefixes of `sbe decode --framed` input files",
    "sbe/_selfcheck.py": "golden bytes of the wheel self-check, independent of the encoder",
    "sbe/ws/_transport.py": "the WebSocket close code (RFC 6455)",
    "sbe/batch/_fast.py": "capture record headers, offsets from the capture format's struct",
    "sbe/batch/_common.py": "capture record headers, through the capture format's struct",
    "sbe/binance/json_shape.py": "group dimensions written through the codec's structs, whose "
                                 "offsets and types come from the schema model",
}
RUNTIME = ("sbe/_generated/", "sbe/_pycodec.py", "sbe/_rt.pyx", "sbe/_rt.pxd", "sbe/_book.pyx")
PATTERN = re.compile(r"unpack_from|pack_into|struct\.(Struct|pack|unpack)|import struct|"
                     r"from struct|int\.from_bytes")


def test_no_hand_written_offsets_outside_generated_code():
    root = REPO_ROOT / "sbe"
    hits = []
    for p in sorted(root.rglob("*")):
        if p.suffix not in (".py", ".pyx", ".pxd"):
            continue
        rel = p.relative_to(REPO_ROOT).as_posix()
        if rel.startswith(RUNTIME) or rel in ALLOWED:
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if PATTERN.search(line.split("#")[0]):
                hits.append(f"{rel}:{n}: {line.strip()}")
    assert not hits, "hand-written byte offsets (use the generated peek_* functions):\n" + \
        "\n".join(hits)
    for rel in ALLOWED:                      # the allowlist names files that still need it
        assert PATTERN.search((REPO_ROOT / rel).read_text(encoding="utf-8")), rel
