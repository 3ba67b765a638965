"""Large decodes pause the cyclic GC (their result is an acyclic tree) and always restore
the caller's GC state, on success and on error."""

import gc

import pytest

from sbe import spot


def _big_message():
    levels = [{"price": i, "qty": i} for i in range(6000)]
    return spot.encode({"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": -2,
                        "qtyExponent": -8, "bids": levels, "asks": levels})


def test_gc_state_restored_after_large_decode():
    buf = _big_message()
    assert len(buf) > 65536
    was = gc.isenabled()
    try:
        gc.enable()
        assert len(spot.decode(buf)["bids"]) == 6000
        assert gc.isenabled()
        gc.disable()
        spot.decode(buf)
        assert not gc.isenabled()  # a caller's disabled GC stays disabled
    finally:
        gc.enable() if was else gc.disable()


def test_gc_state_restored_after_error():
    buf = _big_message()
    gc.enable()
    with pytest.raises(spot.DecodeError if hasattr(spot, "DecodeError") else ValueError):
        spot.decode(buf[:-5])
    assert gc.isenabled()
