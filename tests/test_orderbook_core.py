"""sbe.orderbook.OrderBook (Cython core): exact for any diff, hostile frames refused with typed
errors, impossible books refused, the read API's shapes."""

from __future__ import annotations

import struct
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from sbe import _book, stream
from sbe.errors import (DecodeError, MalformedError, SchemaMismatchError, TruncatedError,
                        UnknownTemplateError)
from sbe.orderbook import (FLOAT_DTYPE, LEVEL_DTYPE, BookError, CrossedBookError, GapError,
                           InvalidLevelError, OrderBook)


def snap(lid, bids, asks, pe=-2, qe=-3):
    return {"lastUpdateId": lid, "priceExponent": pe, "qtyExponent": qe,
            "bids": [{"price": p, "qty": q} for p, q in bids],
            "asks": [{"price": p, "qty": q} for p, q in asks]}


def frame(first, last, bids=(), asks=(), pe=-2, qe=-3, symbol="BTCUSDT"):
    """A DepthDiffStreamEvent (stream schema 1:0) as Binance sends it, levels in the given
    order; packed by hand (fast; checked against sbe.stream.encode below)."""
    out = [struct.pack("<HHHHqqqbb", 26, 10003, 1, 0, 7, first, last, pe, qe)]
    for levels in (bids, asks):
        out.append(struct.pack("<HH", 16, len(levels)))
        out.extend(struct.pack("<qq", p, q) for p, q in levels)
    sym = symbol.encode()
    out.append(bytes([len(sym)]) + sym)
    return b"".join(out)


def test_frame_helper_is_the_schema_encoding():
    ev = {"$message": "DepthDiffStreamEvent", "eventTime": 7, "firstBookUpdateId": 11,
          "lastBookUpdateId": 14, "priceExponent": -2, "qtyExponent": -3,
          "bids": [{"price": 99, "qty": 5}, {"price": 98, "qty": 0}],
          "asks": [{"price": 101, "qty": 1}], "symbol": "BTCUSDT"}
    assert frame(11, 14, [(99, 5), (98, 0)], [(101, 1)]) == stream.encode(ev)


def raw(book):
    b, a = book.arrays("raw")
    return b.tolist(), a.tolist()


def test_several_new_levels_in_one_gap_best_first_then_deleted():
    b = OrderBook("BTCUSDT")
    b.load_snapshot(snap(10, [(100, 1), (90, 1)], [(110, 1), (120, 1)]))
    # five new bids between 90 and 100, best first as Binance sends them
    assert b.apply_frame(frame(11, 15, [(99, 5), (98, 4), (97, 3), (96, 2), (95, 1)]))
    bids, asks = b.top(10, "raw")
    assert bids["price"].tolist() == [100, 99, 98, 97, 96, 95, 90]
    assert bids["qty"].tolist() == [1, 5, 4, 3, 2, 1, 1]
    # and in any order, on the ask side, through the dict path
    assert b.apply_diff(stream.decode(frame(16, 18, [], [(113, 3), (111, 1), (115, 5), (112, 2)]),
                                      groups="numpy"))
    assert b.top(10, "raw")[1]["price"].tolist() == [110, 111, 112, 113, 115, 120]
    # deleting them later removes exactly them
    assert b.apply_frame(frame(19, 20, [(97, 0), (99, 0), (95, 0)], [(112, 0), (115, 0)]))
    assert raw(b) == ([(100, 1), (98, 4), (96, 2), (90, 1)],
                      [(110, 1), (111, 1), (113, 3), (120, 1)])
    assert b.best_bid("raw") == (100, 1) and b.best_ask("raw") == (110, 1)
    assert b.last_update_id == 20 and b.updates == 3 and b.event_time == 7


def test_deletes_of_absent_levels_and_zero_quantities():
    b = OrderBook("BTCUSDT")
    b.load_snapshot(snap(5, [(100, 1), (0, 0)], [(110, 1), (111, 0)]))   # qty 0 = no level
    assert raw(b) == ([(100, 1)], [(110, 1)])
    assert b.apply_frame(frame(6, 6, [(50, 0), (100, 0), (101, 0)], [(200, 0)]))
    assert raw(b) == ([], [(110, 1)])
    assert b.best_bid() is None and b.spread() is None and b.mid() is None
    assert b.apply_frame(frame(7, 7, [(100, 3), (100, 0), (100, 4)]))   # last change wins
    assert raw(b) == ([(100, 4)], [(110, 1)])


def test_stale_and_gap_diffs():
    b = OrderBook("BTCUSDT")
    with pytest.raises(GapError, match="no snapshot"):
        b.apply_frame(frame(1, 2, [(1, 1)]))
    b.load_snapshot(snap(10, [(100, 5)], [(101, 2)]))
    assert b.apply_frame(frame(5, 10, [(100, 1)])) is False          # already in the snapshot
    assert b.apply_frame(frame(8, 12, [(99, 1)])) is True             # overlaps: applied
    with pytest.raises(GapError, match="missing 13..13"):
        b.apply_frame(frame(14, 15, [(98, 1)]))
    assert raw(b) == ([(100, 5), (99, 1)], [(101, 2)]) and b.last_update_id == 12
    assert issubclass(GapError, BookError) and issubclass(BookError, ValueError)


def test_negative_quantity_or_price_refused_book_unchanged():
    b = OrderBook("BTCUSDT")
    b.load_snapshot(snap(10, [(100, 5), (99, 1)], [(101, 2)]))
    before = raw(b)
    with pytest.raises(InvalidLevelError, match=r"asks\[1\]: negative qty"):
        b.apply_frame(frame(11, 11, [(98, 1), (99, 0)], [(102, 1), (103, -4)]))
    with pytest.raises(InvalidLevelError, match="negative price"):
        b.apply_diff(stream.decode(frame(11, 11, [(-5, 1)]), groups="list"))
    assert raw(b) == before and b.last_update_id == 10 and b.ready
    with pytest.raises(InvalidLevelError):
        b.load_snapshot(snap(3, [(100, -1)], []))


def test_levels_that_are_not_mantissas_are_refused():
    b = OrderBook("BTCUSDT")
    body = stream.encode({"$message": "DepthDiffStreamEvent", "eventTime": 7,
                          "firstBookUpdateId": 1, "lastBookUpdateId": 1, "priceExponent": -2,
                          "qtyExponent": -3, "bids": [{"price": 12345, "qty": 5}], "asks": [],
                          "symbol": "BTCUSDT"})
    b.load_snapshot(snap(0, [], []))
    for groups in ("numpy", "list"):
        with pytest.raises(InvalidLevelError, match="decimals=.raw"):
            b.apply_diff(stream.decode(body, decimals="float", groups=groups))
    with pytest.raises(InvalidLevelError):
        b.load_snapshot(snap(0, [(1.5, 2)], []))
    assert b.last_update_id == 0 and len(b) == 0


def test_crossed_book_is_refused_and_cleared():
    b = OrderBook("BTCUSDT")
    b.load_snapshot(snap(10, [(100, 5)], [(101, 2), (102, 1)]))
    with pytest.raises(CrossedBookError, match="best bid 101 >= best ask 101"):
        b.apply_frame(frame(11, 11, [(101, 1)]))
    assert not b.ready and b.last_update_id is None and len(b) == 0
    with pytest.raises(GapError):                          # nothing applies until a snapshot
        b.apply_frame(frame(12, 12, [(99, 1)]))
    with pytest.raises(CrossedBookError):
        b.load_snapshot(snap(20, [(103, 1)], [(102, 1)]))
    assert not b.ready
    b.load_snapshot(snap(20, [(101, 1)], [(102, 1)]))
    assert b.ready and b.spread("raw") == 1


def test_exponent_changes_are_exact_and_overflow_is_refused():
    b = OrderBook("X")
    b.load_snapshot(snap(1, [(100, 5)], [(101, 2)]))
    b.apply_frame(frame(2, 2, [(1005, 1)], [], pe=-3, qe=-3, symbol="X"))   # finer price tick
    assert b.price_exponent == -3
    assert b.arrays("decimal")[0]["price"].tolist() == [Decimal("1.005"), Decimal("1.000")]
    b.apply_frame(frame(3, 3, [], [(102, 7)], pe=-2, qe=-2, symbol="X"))     # coarser: rescaled
    assert b.arrays("raw")[1].tolist() == [(1010, 2), (1020, 70)]
    with pytest.raises(InvalidLevelError, match="overflow"):
        b.apply_frame(frame(4, 4, [(2**62, 1)], pe=0, symbol="X"))
    assert b.last_update_id == 3
    b.apply_frame(frame(4, 4, [], [(1010, 25)], pe=-3, qe=-4, symbol="X"))  # finer quantities
    assert b.qty_exponent == -4
    assert b.arrays("raw")[1].tolist() == [(1010, 25), (1020, 700)]
    assert b.arrays("raw")[0].tolist() == [(1005, 10), (1000, 50)]
    with pytest.raises(InvalidLevelError, match="out of the int64 range"):
        b.apply_frame(frame(5, 5, [(1, 1)], pe=-30, symbol="X"))
    b.apply_frame(frame(5, 5, [(1, 2**62)], qe=-4, symbol="X"))
    with pytest.raises(InvalidLevelError, match="rescaling the book"):
        b.apply_frame(frame(6, 6, [], [], qe=-6, symbol="X"))
    assert b.last_update_id == 5 and b.qty_exponent == -4


def test_max_levels_drops_the_farthest_levels():
    b = OrderBook("X", max_levels=16)
    b.load_snapshot(snap(1, [], [(10_000, 1)]))
    for i in range(40):
        b.apply_frame(frame(2 + i, 2 + i, [(1000 + i, 1)], symbol="X"))
    bids = b.arrays("raw")[0]["price"].tolist()
    assert len(bids) <= 16 and b.trimmed == 40 - len(bids)
    assert bids == list(range(1039, 1039 - len(bids), -1))     # the best ones are kept
    with pytest.raises(ValueError):
        OrderBook("X", max_levels=0)


# ------------------------------------------------------------------------------------------
# property test: any sequence of diffs (10+ changes each, any order) against a dict model

level = hs.tuples(hs.integers(1, 60), hs.sampled_from([0, 0, 1, 2, 7, 10**12]))
# 10 to 40 changes per diff, split between the sides in any proportion
diff_s = hs.lists(hs.tuples(hs.booleans(), level), min_size=10, max_size=24).map(
    lambda ch: ([lv for ask, lv in ch if not ask], [lv for ask, lv in ch if ask]))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hs.lists(level, max_size=20), hs.lists(level, max_size=20),
       hs.lists(diff_s, min_size=1, max_size=5), hs.sampled_from(["frame", "numpy", "list"]))
def test_property_matches_a_dict_model(snap_b, snap_a, diffs, path):
    # bids live on 1..60, asks on 101..160: never crossed, many collisions per side
    model_b = {p: q for p, q in dict(snap_b).items() if q}        # a repeated price: last wins
    model_a = {p + 100: q for p, q in dict(snap_a).items() if q}
    book = OrderBook("BTCUSDT")
    book.load_snapshot(snap(1000, snap_b, [(p + 100, q) for p, q in snap_a]))
    uid = 1000
    for bids, asks in diffs:
        asks = [(p + 100, q) for p, q in asks]
        f = frame(uid + 1, uid + len(bids) + len(asks), bids, asks)
        uid += len(bids) + len(asks)
        if path == "frame":
            assert book.apply_frame(f)
        else:
            assert book.apply_diff(stream.decode(f, groups=path))
        for p, q in bids:
            model_b[p] = q
            if not q:
                del model_b[p]
        for p, q in asks:
            model_a[p] = q
            if not q:
                del model_a[p]
    want_b = sorted(model_b.items(), reverse=True)
    want_a = sorted(model_a.items())
    assert raw(book) == (want_b, want_a)
    tb, ta = book.top(3, "raw")
    assert tb.tolist() == want_b[:3] and ta.tolist() == want_a[:3]
    assert book.best_bid("raw") == (want_b[0] if want_b else None)
    assert book.best_ask("raw") == (want_a[0] if want_a else None)
    assert book.last_update_id == uid and len(book) == len(want_b) + len(want_a)


def test_long_random_replay_matches_a_dict_model():
    """3000 diffs of 10-30 changes each in random order over a 5000-level window."""
    import random
    rng = random.Random(8)
    mid = 1_000_000
    model_b = {mid - i: rng.randrange(1, 10**9) for i in range(1, 2001)}
    model_a = {mid + i: rng.randrange(1, 10**9) for i in range(1, 2001)}
    book = OrderBook("BTCUSDT")
    book.load_snapshot(snap(1, list(model_b.items()), list(model_a.items())))
    uid = 1
    for _ in range(3000):
        bids, asks = [], []
        for _ in range(rng.randint(10, 30)):
            q = 0 if rng.random() < 0.35 else rng.randrange(1, 10**9)
            if rng.random() < 0.5:
                bids.append((mid - rng.randint(1, 2500), q))
            else:
                asks.append((mid + rng.randint(1, 2500), q))
        rng.shuffle(bids)
        uid += 1
        assert book.apply_frame(frame(uid, uid, bids, asks))
        for model, levels in ((model_b, bids), (model_a, asks)):
            for p, q in levels:
                if q:
                    model[p] = q
                else:
                    model.pop(p, None)
    assert raw(book) == (sorted(model_b.items(), reverse=True), sorted(model_a.items()))


# ------------------------------------------------------------------------------------------
# hostile frames: typed errors, book untouched, never a crash

def loaded():
    b = OrderBook("BTCUSDT")
    b.load_snapshot(snap(10, [(100, 5), (99, 1)], [(101, 2)]))
    return b


def test_every_truncation_is_a_typed_error():
    good = frame(11, 12, [(98, 1), (97, 2)], [(102, 3)])
    b = loaded()
    before = raw(b)
    for n in range(len(good)):
        with pytest.raises(TruncatedError) as ei:
            b.apply_frame(good[:n])
        assert ei.value.offset is not None and ei.value.available is not None
        with pytest.raises(TruncatedError):
            _book.diff_ids(good[:n])
    assert raw(b) == before and b.last_update_id == 10
    assert b.apply_frame(memoryview(bytearray(good)))      # any bytes-like object


def test_malformed_headers_and_blocks():
    good = bytearray(frame(11, 12, [(98, 1)], [(102, 3)]))
    b = loaded()

    def patched(off, fmt, value):
        x = bytearray(good)
        struct.pack_into(fmt, x, off, value)
        return bytes(x)

    with pytest.raises(SchemaMismatchError):
        b.apply_frame(patched(4, "<H", 3))                 # spot schema id
    with pytest.raises(UnknownTemplateError):
        b.apply_frame(patched(2, "<H", 10001))             # a bestBidAsk
    with pytest.raises(MalformedError, match="root block"):
        b.apply_frame(patched(0, "<H", 20))
    with pytest.raises(MalformedError, match="block length 8"):
        b.apply_frame(patched(8 + 26, "<H", 8))            # bids entries shorter than 16
    with pytest.raises(TruncatedError, match="entries of group 'bids'"):
        b.apply_frame(patched(8 + 26 + 2, "<H", 5000))
    with pytest.raises(MalformedError, match="firstBookUpdateId 99 > lastBookUpdateId 12"):
        b.apply_frame(patched(8 + 8, "<q", 99))
    with pytest.raises(BookError, match="'ETHUSDT' depth diff given to the BTCUSDT book"):
        b.apply_frame(frame(11, 12, [(98, 1)], symbol="ETHUSDT"))
    with pytest.raises(TypeError):
        b.apply_frame("not bytes")
    assert raw(b) == ([(100, 5), (99, 1)], [(101, 2)]) and b.last_update_id == 10


@settings(max_examples=300, deadline=None)
@given(hs.binary(max_size=120), hs.integers(0, 60))
def test_random_bytes_never_crash(junk, cut):
    b = loaded()
    good = frame(11, 12, [(98, 1)], [(102, 3)])
    for data in (junk, good[:cut] + junk, good[:8] + junk):
        try:
            b.apply_frame(data)
        except (DecodeError, BookError):
            pass
        bids, asks = b.arrays("raw")                    # still a consistent, sorted book
        assert bids["price"].tolist() == sorted(bids["price"].tolist(), reverse=True)
        assert asks["price"].tolist() == sorted(asks["price"].tolist())


def test_newer_schema_version_with_longer_blocks():
    """A later stream version may grow the root block and the level entries: the parser uses
    the lengths on the wire (the symbol check is skipped, its place may move)."""
    body = bytearray()
    root = struct.pack("<qqqbb", 7, 11, 12, -2, -3) + b"\xff" * 6          # 32-byte block
    body += struct.pack("<HHHH", len(root), 10003, 1, 1) + root
    for levels in ([(98, 1), (97, 2)], [(102, 3)]):
        body += struct.pack("<HH", 24, len(levels))
        for p, q in levels:
            body += struct.pack("<qq", p, q) + b"\xee" * 8
    body += b"\x07BTCUSDT" + b"\x00\x01new-field"
    b = loaded()
    assert _book.diff_ids(bytes(body)) == (11, 12)
    assert b.apply_frame(bytes(body))
    assert raw(b) == ([(100, 5), (99, 1), (98, 1), (97, 2)], [(101, 2), (102, 3)])


def test_generic_decoder_fallback_gives_the_same_book():
    """If the newest schema's DepthDiffStreamEvent layout ever leaves what the fast parser
    follows, frames go through sbe.stream's decoder instead."""
    frames = [frame(11, 12, [(98, 1), (100, 0)], [(102, 3)]), frame(13, 13, [], [(101, 0)])]
    fast = loaded()
    for f in frames:
        fast.apply_frame(f)
    _book._set_layout(None)
    try:
        assert _book.LAYOUT_PROBLEM == "disabled"
        slow = loaded()
        for f in frames:
            slow.apply_frame(f)
        assert _book.diff_ids(frames[0]) == (11, 12)
        with pytest.raises(DecodeError):
            slow.apply_frame(b"\x00" * 5)
    finally:
        _book._set_layout(_book._newest_stream_ir())
    assert _book.LAYOUT_PROBLEM is None
    assert raw(fast) == raw(slow) == ([(99, 1), (98, 1)], [(102, 3)])


# ------------------------------------------------------------------------------------------
# read API: same shapes as before

def test_read_api_shapes_and_values():
    b = OrderBook("btcusdt")
    assert b.symbol == "BTCUSDT" and b.last_update_id is None and not b.ready
    e_b, e_a = b.top(10)
    assert e_b.dtype == FLOAT_DTYPE and len(e_b) == 0 and len(e_a) == 0
    assert b.best_bid() is None and b.best_ask("raw") is None
    b.load_snapshot(snap(10, [(100, 5), (99, 7), (97, 1)], [(101, 2), (103, 4)]))
    assert b.best_bid() == (1.0, 0.005) and b.best_ask() == (1.01, 0.002)
    assert b.best_bid("raw") == (100, 5)
    assert b.best_bid("decimal") == (Decimal("1.00"), Decimal("0.005"))
    tb, ta = b.top(2)
    assert tb.dtype == FLOAT_DTYPE and ta.dtype == FLOAT_DTYPE
    assert tb["price"].tolist() == [1.0, 0.99] and ta["qty"].tolist() == [0.002, 0.004]
    rb, ra = b.top(2, "raw")
    assert rb.dtype == LEVEL_DTYPE and rb.tolist() == [(100, 5), (99, 7)]
    rb[0]["qty"] = 1                                    # outputs are writable copies
    assert b.best_bid("raw") == (100, 5)
    db, _ = b.top(1, "decimal")
    assert db.dtype == np.dtype([("price", object), ("qty", object)])
    assert db.tolist() == [(Decimal("1.00"), Decimal("0.005"))]
    ab, aa = b.arrays()
    assert len(ab) == 3 and len(aa) == 2
    assert b.bids["price"].tolist() == [1.0, 0.99, 0.97] and b.asks.dtype == FLOAT_DTYPE
    assert b.spread("raw") == 1 and b.spread() == pytest.approx(0.01)
    assert b.spread("decimal") == Decimal("0.01")
    assert b.mid() == pytest.approx(1.005)
    assert len(b) == 5 and "BTCUSDT" in repr(b)
    assert OrderBook.decimal(12345, -2) == Decimal("123.45")
    with pytest.raises(ValueError):
        b.top(2, "floats")
    with pytest.raises(ValueError):
        b.best_bid("str")
    with pytest.raises(ValueError):
        b.top(-1)
    b.clear()
    assert len(b) == 0 and b.last_update_id is None


def test_copy_pickle_and_own_attributes():
    import copy
    import pickle
    b = loaded()
    b.apply_frame(frame(11, 12, [(98, 1)], [(102, 3)]))
    b.note = "mine"                                    # a plain object's freedom
    for c in (copy.copy(b), copy.deepcopy(b), pickle.loads(pickle.dumps(b))):
        assert c is not b and raw(c) == raw(b) and c.last_update_id == 12
        assert c.updates == 1 and c.event_time == 7 and c.note == "mine"
        c.apply_frame(frame(13, 13, [(98, 0)]))
        assert raw(b)[0] == [(100, 5), (99, 1), (98, 1)]     # independent copies
    empty = pickle.loads(pickle.dumps(OrderBook("X", max_levels=7)))
    assert not empty.ready and empty.max_levels == 7
