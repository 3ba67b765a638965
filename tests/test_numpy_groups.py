"""groups="numpy": zero-copy views for fixed groups (also into a slice of a larger buffer),
itemsize = wire blockLength (padded too), float/decimal copies, mixed groups as structured
arrays with object columns, mantissa128 as nested lo/hi."""

from __future__ import annotations

import random
from decimal import Decimal

import numpy as np

from compile_helper import assert_same
from sbe import spot


def _depth(n=5000, seed=5):
    rng = random.Random(seed)
    lv = lambda: [{"price": rng.randrange(1, 10**12), "qty": rng.randrange(0, 10**12)}  # noqa
                  for _ in range(n)]
    return {"$message": "DepthResponse", "lastUpdateId": 9, "priceExponent": -8,
            "qtyExponent": -8, "bids": lv(), "asks": lv()}


def test_zero_copy_view():
    buf = spot.encode(_depth())
    d = spot.decode(buf, groups="numpy")
    for side in ("bids", "asks"):
        arr = d[side]
        assert len(arr) == 5000 and arr.dtype.itemsize == 16
        assert np.shares_memory(arr, np.frombuffer(buf, dtype=np.uint8))
        assert arr.dtype.names == ("price", "qty")
    lst = spot.decode(buf)
    assert d["bids"]["price"].tolist() == [e["price"] for e in lst["bids"]]


def test_view_into_slice_of_larger_buffer():
    buf = spot.encode(_depth(1000))
    big = bytearray(b"\xAA" * 37) + bytearray(buf) + bytearray(b"\x55" * 11)
    mv = memoryview(big)[37:37 + len(buf)]
    d = spot.decode(mv, groups="numpy")
    assert np.shares_memory(d["asks"], np.frombuffer(big, dtype=np.uint8))
    assert_same(d, spot.decode(buf, groups="numpy"))
    big[37 + 8 + 10 + 6] ^= 0xFF  # first bid price byte: the view sees the change
    assert d["bids"]["price"][0] != spot.decode(buf, groups="numpy")["bids"]["price"][0]


def test_padded_entries_itemsize():
    msg = _depth(10)
    for pad in (1, 3, 8):
        buf = spot.encode(msg, pad=pad)
        d = spot.decode(buf, groups="numpy")
        assert d["bids"].dtype.itemsize == 16 + pad
        assert d["bids"]["qty"].tolist() == [e["qty"] for e in msg["bids"]]
        assert np.shares_memory(d["bids"], np.frombuffer(buf, dtype=np.uint8))


def test_float_and_decimal_columns():
    msg = _depth(200)
    buf = spot.encode(msg)
    f = spot.decode(buf, decimals="float", groups="numpy")
    fl = spot.decode(buf, decimals="float")
    assert f["bids"].dtype == np.dtype([("price", "f8"), ("qty", "f8")])
    assert f["bids"]["price"].tolist() == [e["price"] for e in fl["bids"]]
    assert not np.shares_memory(f["bids"], np.frombuffer(buf, dtype=np.uint8))
    dd = spot.decode(buf, decimals="decimal", groups="numpy")
    assert dd["asks"].dtype["qty"] == object
    assert all(isinstance(x, Decimal) for x in dd["asks"]["qty"])
    assert dd["asks"]["qty"].tolist() == [e["qty"] for e in spot.decode(
        buf, decimals="decimal")["asks"]]


def test_mixed_group_structured_with_objects():
    from test_hostile_input import EXCHANGE_INFO
    buf = spot.encode(EXCHANGE_INFO)
    d = spot.decode(buf, groups="numpy")
    sy = d["symbols"]
    assert isinstance(sy, np.ndarray) and sy.dtype.names is not None
    for col in ("filters", "permissionSets", "symbol", "baseAsset", "quoteAsset"):
        assert sy.dtype[col] == object
    assert sy["symbol"].tolist() == ["BTCUSDT", "ETHUSDT"]
    assert isinstance(sy["filters"][0], np.ndarray)
    assert sy["filters"][0]["filter"][1]["minPrice"] == 2
    assert_same(d, spot.codec().decode(buf, groups="numpy"))


def test_mantissa128_nested_dtype():
    from test_hostile_input import KLINES
    buf = spot.encode(KLINES)
    k = spot.decode(buf, groups="numpy")["klines"]
    assert k.dtype["volume"].names == ("lo", "hi")
    assert k.dtype["volume"]["lo"] == np.dtype("<u8") and k.dtype["volume"]["hi"] == np.dtype("<i8")
    v = [(int(h) << 64) + int(lo) for lo, h in zip(k["volume"]["lo"], k["volume"]["hi"])]
    assert v == [e["volume"] for e in KLINES["klines"]]
    kd = spot.decode(buf, decimals="decimal", groups="numpy")["klines"]
    assert kd["volume"].tolist() == [Decimal(f"{2**70 + i}E-5") for i in range(3)]
