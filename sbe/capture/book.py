"""Order books rebuilt from a capture: a top-N table per applied event (numpy columns).

    t = book_table("captures/", "BTCUSDT", depth=10)
    t["recv_ns"], t["update_id"]            # int64 [rows]
    t["bid_price"], t["bid_qty"]            # float64 [rows, depth], best first (NaN: no level)
    t["ask_price"], t["ask_qty"]

The book is the live order book's core (:class:`sbe.orderbook.OrderBook`, Cython) fed the
way :class:`~sbe.orderbook.LiveOrderBook` feeds it: diffs are buffered until a ``SNAPSHOT``
record of the symbol (``Recorder(snapshots=True)`` records one at start and after each
reconnect), diffs already in the snapshot are dropped, the first diff must straddle it,
each next one must follow (a gap unsyncs the book until the next snapshot; ``stats["gaps"]``),
repeated diffs (replays after a reconnect) are skipped.  One row per snapshot load and per
applied diff, only while synced (the first row of a sync: the snapshot plus the diffs
buffered before it, stamped with the snapshot's receive time).
"""

from __future__ import annotations

import collections
from typing import Optional

import numpy as np

from ._format import FRAME, SNAPSHOT, capture_files, CaptureReader, parse_snapshot

__all__ = ["book_table"]

#: diffs kept while waiting for a snapshot (as LiveOrderBook's max_buffer)
MAX_BUFFER = 10_000


def book_table(paths, symbol: str, depth: int = 10, *, decimals: str = "float",
               max_levels: Optional[int] = None, strict: bool = False) -> dict:
    """Columns of the top ``depth`` levels after each applied event (see module doc).
    ``decimals="raw"``: int64 mantissas (0 where no level) plus ``price_exponent`` and
    ``qty_exponent`` columns.  ``stats`` (a dict) counts snapshots, diffs, rows, gaps,
    duplicates, refused (crossed or invalid diffs) and buffered_dropped."""
    from sbe import spot
    from sbe.orderbook import DEFAULT_MAX_LEVELS, BookError, GapError, OrderBook
    from sbe.stream import peek_template_id
    from sbe.ws.streams import DEPTH_DIFF, peek
    if decimals not in ("float", "raw"):
        raise ValueError("decimals must be 'float' or 'raw'")
    if depth < 1:
        raise ValueError("depth must be >= 1")
    symbol = symbol.upper()
    book = OrderBook(symbol, max_levels or DEFAULT_MAX_LEVELS)
    synced = False
    buf: collections.deque = collections.deque()
    stats = collections.Counter()
    rows_t, rows_id, rows_b, rows_a, rows_e = [], [], [], [], []

    def row(ns):
        b, a = book.top(depth, decimals)
        rows_t.append(ns)
        rows_id.append(book.last_update_id)
        rows_b.append(b)
        rows_a.append(a)
        rows_e.append((book.price_exponent, book.qty_exponent))

    for path in capture_files(paths):
        for rec in CaptureReader(path, strict=strict):
            if rec.kind == FRAME:
                data = rec.data
                try:
                    tid, sym, first, last = peek(data)
                except ValueError:
                    if len(data) >= 8 and peek_template_id(data) == DEPTH_DIFF:
                        stats["undecodable"] += 1
                    continue
                if tid != DEPTH_DIFF:
                    continue
                if sym != symbol:
                    continue
                stats["diffs"] += 1
                if not synced:
                    if len(buf) >= MAX_BUFFER:
                        buf.popleft()
                        stats["buffered_dropped"] += 1
                    buf.append((first, last, data, rec.recv_ns))
                    continue
                try:
                    applied = book.apply_frame(data)
                except GapError:
                    stats["gaps"] += 1
                    synced = False
                    book.clear()
                    buf.clear()
                    buf.append((first, last, data, rec.recv_ns))
                    continue
                except (BookError, ValueError):    # crossed, invalid level, undecodable
                    stats["refused"] += 1
                    synced = False
                    book.clear()
                    buf.clear()
                    continue
                if applied:
                    row(rec.recv_ns)
                else:
                    stats["duplicates"] += 1
            elif rec.kind == SNAPSHOT:
                sym, body = parse_snapshot(rec.data)
                if sym != symbol:
                    continue
                stats["snapshots"] += 1
                if synced:                      # a live book would not refetch
                    stats["snapshots_unused"] += 1
                    continue
                try:
                    book.load_snapshot(spot.decode(body, groups="numpy"))
                except (BookError, ValueError):
                    stats["bad_snapshots"] += 1
                    continue
                lid = book.last_update_id
                while buf and buf[0][1] <= lid:
                    buf.popleft()
                if buf and buf[0][0] > lid + 1:     # diffs lost between snapshot and buffer
                    stats["stale_snapshots"] += 1
                    book.clear()
                    continue
                try:
                    while buf:
                        book.apply_frame(buf.popleft()[2])
                except (BookError, ValueError):
                    stats["gaps"] += 1
                    book.clear()
                    buf.clear()
                    continue
                synced = True
                row(rec.recv_ns)        # the book as the live one has it once synced
    return _columns(rows_t, rows_id, rows_b, rows_a, rows_e, depth, decimals, stats)


def _columns(ts, ids, bs, as_, es, depth, decimals, stats) -> dict:
    n = len(ts)
    raw = decimals == "raw"
    dt, fill = (np.int64, 0) if raw else (np.float64, np.nan)
    out = {"recv_ns": np.asarray(ts, np.int64), "update_id": np.asarray(ids, np.int64)}
    for side, rows in (("bid", bs), ("ask", as_)):
        price = np.full((n, depth), fill, dt)
        qty = np.full((n, depth), fill, dt)
        for i, lv in enumerate(rows):
            k = len(lv)
            if k:
                price[i, :k] = lv["price"]
                qty[i, :k] = lv["qty"]
        out[side + "_price"], out[side + "_qty"] = price, qty
    if raw:
        e = np.asarray(es, np.int8).reshape(n, 2)
        out["price_exponent"], out["qty_exponent"] = e[:, 0].copy(), e[:, 1].copy()
    stats["rows"] = n
    out["stats"] = dict(stats)
    return out
