"""A local order book kept in sync with the SBE ``@depth`` stream, the way Binance documents.

    async with LiveOrderBook(["BTCUSDT", "ETHUSDT"], api_key=ED25519_KEY) as lob:
        await lob.wait_synced()
        book = lob["BTCUSDT"]
        book.best_bid(), book.best_ask()          # (price, qty) floats
        bids, asks = book.top(10)                  # structured arrays (price, qty), best first
        bids, asks = book.arrays(decimals="raw")   # whole book, int64 mantissas

Procedure (Binance "How to manage a local order book correctly"): open the ``<symbol>@depth``
stream and buffer the diffs; fetch a REST snapshot (``GET /api/v3/depth``, SBE); if the
snapshot's ``lastUpdateId`` is older than the first buffered diff, fetch again; drop diffs
with ``lastBookUpdateId <= lastUpdateId``; the first diff applied must satisfy
``firstBookUpdateId <= lastUpdateId + 1 <= lastBookUpdateId``; afterwards each diff's
``firstBookUpdateId`` must be the previous ``lastBookUpdateId + 1`` (a gap, or a reconnect of
the stream, triggers a resynchronisation: buffer again and fetch a new snapshot).  Quantities
are absolute; 0 removes the level.

Prices and quantities are kept as int64 mantissas with the symbol's exponents
(``price_exponent``, ``qty_exponent``), so the book is exact; ``decimals="float"`` or
``"decimal"`` converts on output.  :class:`OrderBook` is the synchronous core (no I/O).
"""

from __future__ import annotations

import asyncio
import decimal
import logging
from typing import Any, Awaitable, Callable, Iterable, Optional

import numpy as np

__all__ = ["OrderBook", "LiveOrderBook", "GapError", "LEVEL_DTYPE"]

log = logging.getLogger("sbe.orderbook")

LEVEL_DTYPE = np.dtype([("price", "<i8"), ("qty", "<i8")])
_FLOAT_DTYPE = np.dtype([("price", "<f8"), ("qty", "<f8")])
_EMPTY = np.empty(0, np.int64)


class GapError(Exception):
    """A depth diff does not continue the book (``firstBookUpdateId > last + 1``)."""


def _cols(levels):
    """(prices, qtys) int64 arrays from a numpy structured array or a list of dicts."""
    if isinstance(levels, np.ndarray):
        if len(levels) == 0:
            return _EMPTY, _EMPTY
        return (np.asarray(levels["price"], dtype=np.int64),
                np.asarray(levels["qty"], dtype=np.int64))
    if not levels:
        return _EMPTY, _EMPTY
    return (np.fromiter((lv["price"] for lv in levels), np.int64, len(levels)),
            np.fromiter((lv["qty"] for lv in levels), np.int64, len(levels)))


def _scale(e_from: int, e_to: int) -> int:
    return 10 ** (e_from - e_to)


class _Side:
    """One side: prices ascending (int64 mantissas) and their quantities."""
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = _EMPTY
        self.q = _EMPTY

    def load(self, p, q):
        order = np.argsort(p, kind="stable")
        p, q = p[order], q[order]
        keep = q != 0
        self.p, self.q = p[keep].copy(), q[keep].copy()

    def apply(self, up_p, up_q):
        if not len(up_p):
            return
        p, q = self.p, self.q
        idx = np.searchsorted(p, up_p)
        inb = idx < len(p)
        exists = np.zeros(len(up_p), bool)
        exists[inb] = p[idx[inb]] == up_p[inb]
        if exists.any():
            q = q.copy()
            q[idx[exists]] = up_q[exists]
        new = ~exists & (up_q != 0)
        if new.any():
            p = np.insert(p, idx[new], up_p[new])
            q = np.insert(q, idx[new], up_q[new])
        if (up_q == 0).any():
            keep = q != 0
            p, q = p[keep], q[keep]
        self.p, self.q = p, q


class OrderBook:
    """An exact local book for one symbol (int64 mantissas, numpy-backed)."""

    def __init__(self, symbol: str):
        self.symbol = symbol.upper()
        self.last_update_id: Optional[int] = None
        self.price_exponent: int = 0
        self.qty_exponent: int = 0
        self._bids = _Side()
        self._asks = _Side()
        self.updates = 0
        self.event_time: Optional[int] = None

    # ----------------------------------------------------------- building
    @property
    def ready(self) -> bool:
        return self.last_update_id is not None

    def load_snapshot(self, snap: dict) -> None:
        """Load a ``DepthResponse`` decoded with ``decimals="raw"`` (list or numpy groups)."""
        self.price_exponent = int(snap["priceExponent"])
        self.qty_exponent = int(snap["qtyExponent"])
        self._bids.load(*_cols(snap["bids"]))
        self._asks.load(*_cols(snap["asks"]))
        self.last_update_id = int(snap["lastUpdateId"])

    def _rescaled(self, levels, pe: int, qe: int):
        p, q = _cols(levels)
        if pe != self.price_exponent:
            if pe < self.price_exponent:   # finer prices: rescale the whole book
                k = _scale(self.price_exponent, pe)
                for s in (self._bids, self._asks):
                    s.p = s.p * k
                self.price_exponent = pe
            else:
                p = p * _scale(pe, self.price_exponent)
        if qe != self.qty_exponent:
            if qe < self.qty_exponent:
                k = _scale(self.qty_exponent, qe)
                for s in (self._bids, self._asks):
                    s.q = s.q * k
                self.qty_exponent = qe
            else:
                q = q * _scale(qe, self.qty_exponent)
        return p, q

    def apply_diff(self, ev: dict) -> bool:
        """Apply a ``DepthDiffStreamEvent`` (raw decimals).  Returns False for a stale diff
        (already in the book); raises :class:`GapError` if it does not continue the book."""
        first, last = ev["firstBookUpdateId"], ev["lastBookUpdateId"]
        lid = self.last_update_id
        if lid is None:
            raise GapError(f"{self.symbol}: no snapshot loaded")
        if last <= lid:
            return False
        if first > lid + 1:
            raise GapError(f"{self.symbol}: diff {first}..{last} does not continue {lid}")
        pe, qe = ev["priceExponent"], ev["qtyExponent"]
        if pe == self.price_exponent and qe == self.qty_exponent:
            self._bids.apply(*_cols(ev["bids"]))
            self._asks.apply(*_cols(ev["asks"]))
        else:
            self._bids.apply(*self._rescaled(ev["bids"], pe, qe))
            self._asks.apply(*self._rescaled(ev["asks"], pe, qe))
        self.last_update_id = last
        self.event_time = ev.get("eventTime")
        self.updates += 1
        return True

    def clear(self) -> None:
        self.last_update_id = None
        self._bids = _Side()
        self._asks = _Side()

    # ----------------------------------------------------------- reading
    def __len__(self):
        return len(self._bids.p) + len(self._asks.p)

    def _out(self, p, q, decimals: str):
        if decimals == "raw":
            out = np.empty(len(p), LEVEL_DTYPE)
            out["price"], out["qty"] = p, q
            return out
        if decimals == "float":
            out = np.empty(len(p), _FLOAT_DTYPE)
            out["price"] = _to_float(p, self.price_exponent)
            out["qty"] = _to_float(q, self.qty_exponent)
            return out
        if decimals == "decimal":
            out = np.empty(len(p), [("price", object), ("qty", object)])
            out["price"] = [self.decimal(int(x), self.price_exponent) for x in p]
            out["qty"] = [self.decimal(int(x), self.qty_exponent) for x in q]
            return out
        raise ValueError(f"decimals must be 'raw', 'float' or 'decimal', not {decimals!r}")

    def top(self, n: int = 10, decimals: str = "float"):
        """(bids, asks): the best ``n`` levels of each side, best first, as structured arrays
        with ``price``/``qty`` columns (int64 mantissas for ``decimals="raw"``)."""
        b, a = self._bids, self._asks
        bp, bq = b.p[::-1][:n], b.q[::-1][:n]
        return self._out(bp, bq, decimals), self._out(a.p[:n], a.q[:n], decimals)

    def arrays(self, decimals: str = "float"):
        """The whole book, (bids, asks), best first."""
        return self.top(max(len(self._bids.p), len(self._asks.p)), decimals)

    @property
    def bids(self):
        return self.top(len(self._bids.p), "float")[0]

    @property
    def asks(self):
        return self.top(len(self._asks.p), "float")[1]

    def _best(self, side: _Side, i: int, decimals: str):
        if not len(side.p):
            return None
        p, q = int(side.p[i]), int(side.q[i])
        if decimals == "raw":
            return p, q
        if decimals == "decimal":
            return self.decimal(p, self.price_exponent), self.decimal(q, self.qty_exponent)
        return _to_float(p, self.price_exponent), _to_float(q, self.qty_exponent)

    def best_bid(self, decimals: str = "float"):
        """(price, qty) of the best bid, or None."""
        return self._best(self._bids, -1, decimals)

    def best_ask(self, decimals: str = "float"):
        return self._best(self._asks, 0, decimals)

    def spread(self, decimals: str = "float"):
        b, a = self.best_bid("raw"), self.best_ask("raw")
        if b is None or a is None:
            return None
        s = a[0] - b[0]
        if decimals == "raw":
            return s
        if decimals == "decimal":
            return self.decimal(s, self.price_exponent)
        return _to_float(s, self.price_exponent)

    def mid(self) -> Optional[float]:
        b, a = self.best_bid("raw"), self.best_ask("raw")
        if b is None or a is None:
            return None
        return _to_float(b[0] + a[0], self.price_exponent) / 2

    @staticmethod
    def decimal(mantissa: int, exponent: int) -> decimal.Decimal:
        return decimal.Decimal(mantissa).scaleb(exponent)

    def __repr__(self):
        return (f"<OrderBook {self.symbol} id={self.last_update_id} bids={len(self._bids.p)} "
                f"asks={len(self._asks.p)} best={self.best_bid()}/{self.best_ask()}>")


def _to_float(m, e: int):
    if e < 0:
        return m / 10.0 ** -e if not isinstance(m, np.ndarray) else m.astype(np.float64) / 10.0 ** -e
    return m * 10.0 ** e if not isinstance(m, np.ndarray) else m.astype(np.float64) * 10.0 ** e


# =============================================================================================
# live book
# =============================================================================================

async def fetch_depth_snapshot(rest_url: str, symbol: str, limit: int = 5000, *,
                               api_key: Optional[str] = None, timeout: float = 10.0) -> dict:
    """GET ``/api/v3/depth`` in SBE and decode it (raw decimals, numpy levels)."""
    import httpx

    from sbe import spot
    headers = {"Accept": "application/sbe", "X-MBX-SBE": f"{spot.SCHEMA_ID}:{spot.SCHEMA_VERSION}"
               if hasattr(spot, "SCHEMA_ID") else "3:5"}
    if api_key:
        headers["X-MBX-APIKEY"] = api_key
    async with httpx.AsyncClient(base_url=rest_url, timeout=timeout) as http:
        r = await http.get("/api/v3/depth", params={"symbol": symbol.upper(), "limit": limit},
                           headers=headers)
    if r.status_code != 200 or "sbe" not in r.headers.get("content-type", ""):
        raise RuntimeError(f"depth snapshot for {symbol}: HTTP {r.status_code} {r.text[:200]}")
    return spot.decode(r.content, groups="numpy")


class _Sync:
    __slots__ = ("book", "buffer", "state", "task", "synced", "resyncs")

    def __init__(self, symbol):
        self.book = OrderBook(symbol)
        self.buffer: list = []
        self.state = "buffering"
        self.task: Optional[asyncio.Task] = None
        self.synced = asyncio.Event()
        self.resyncs = 0


class LiveOrderBook:
    """Local books for one or many symbols, kept in sync with ``<symbol>@depth``.

    ``snapshot``: ``async (symbol, limit) -> DepthResponse dict`` (raw decimals); the default
    fetches ``{rest_url}/api/v3/depth`` in SBE.  Other keyword arguments go to
    :class:`sbe.ws.StreamClient` (``base_url``, ``max_connection_age`` ...).
    ``on_update(book)`` is called after each applied diff.
    """

    def __init__(self, symbols: Iterable[str], *, api_key: Any = None,
                 base_url: Optional[str] = None, rest_url: str = "https://api.binance.com",
                 limit: int = 5000,
                 snapshot: Optional[Callable[[str, int], Awaitable[dict]]] = None,
                 on_update: Optional[Callable[[OrderBook], Any]] = None,
                 snapshot_retry: float = 0.2, **client_kwargs):
        from sbe.ws.streams import PROD, StreamClient
        self.symbols = [s.upper() for s in symbols]
        self.limit = limit
        self.rest_url = rest_url
        self._snapshot = snapshot or self._default_snapshot
        self.on_update = on_update
        self.snapshot_retry = snapshot_retry
        self._sync = {s: _Sync(s) for s in self.symbols}
        self._api_key = api_key
        self.client = StreamClient([f"{s.lower()}@depth" for s in self.symbols],
                                   api_key=api_key, base_url=base_url or PROD, raw=False,
                                   decimals="raw", groups="numpy",
                                   on_reconnect=self._on_reconnect, **client_kwargs)
        self._pump: Optional[asyncio.Task] = None
        self._error: Optional[BaseException] = None
        self.snapshots = 0
        self._changed = asyncio.Event()

    # ------------------------------------------------------------ public
    def __getitem__(self, symbol: str) -> OrderBook:
        return self._sync[symbol.upper()].book

    @property
    def books(self) -> dict:
        return {s: st.book for s, st in self._sync.items()}

    def resyncs(self, symbol: Optional[str] = None) -> int:
        if symbol:
            return self._sync[symbol.upper()].resyncs
        return sum(st.resyncs for st in self._sync.values())

    def is_synced(self, symbol: str) -> bool:
        return self._sync[symbol.upper()].state == "live"

    async def start(self) -> "LiveOrderBook":
        await self.client.start()
        self._pump = asyncio.create_task(self._run())
        for s in self._sync.values():
            self._begin_sync(s)
        return self

    async def close(self) -> None:
        if self._pump:
            self._pump.cancel()
        for s in self._sync.values():
            if s.task:
                s.task.cancel()
        await self.client.close()
        if self._pump:
            try:
                await self._pump
            except (asyncio.CancelledError, Exception):
                pass

    async def __aenter__(self):
        return await self.start()

    async def __aexit__(self, *exc):
        await self.close()

    async def wait_synced(self, symbol: Optional[str] = None, timeout: float = 30.0) -> None:
        syncs = [self._sync[symbol.upper()]] if symbol else list(self._sync.values())
        await asyncio.wait_for(asyncio.gather(*(s.synced.wait() for s in syncs)), timeout)
        if self._error:
            raise self._error

    async def updates(self):
        """Async iterator of books as they change (one item per applied diff or resync)."""
        q: asyncio.Queue = asyncio.Queue()
        prev = self.on_update
        self.on_update = lambda b: (q.put_nowait(b), prev and prev(b))
        try:
            while True:
                yield await q.get()
        finally:
            self.on_update = prev

    # ------------------------------------------------------------ internals
    async def _default_snapshot(self, symbol: str, limit: int) -> dict:
        from sbe.ws._util import api_key_of
        return await fetch_depth_snapshot(self.rest_url, symbol, limit,
                                          api_key=api_key_of(self._api_key))

    def _on_reconnect(self, streams):
        for name in streams:
            sym = name.partition("@")[0].upper()
            st = self._sync.get(sym)
            if st is not None:
                self._resync(st, "stream reconnected")

    def _resync(self, st: _Sync, why: str, keep=None):
        log.info("resync %s: %s", st.book.symbol, why)
        st.resyncs += 1
        st.buffer = [keep] if keep is not None else []
        self._begin_sync(st)

    def _begin_sync(self, st: _Sync):
        st.state = "buffering"
        st.synced.clear()
        if st.task and not st.task.done():
            st.task.cancel()
        st.task = asyncio.create_task(self._fetch(st))

    async def _fetch(self, st: _Sync):
        sym = st.book.symbol
        try:
            while True:
                snap = await self._snapshot(sym, self.limit)
                self.snapshots += 1
                lid = int(snap["lastUpdateId"])
                buf = st.buffer
                if buf and lid < buf[0]["firstBookUpdateId"] - 1:
                    # snapshot older than the buffered diffs: wait for the REST side to catch up
                    await asyncio.sleep(self.snapshot_retry)
                    continue
                rest = [ev for ev in buf if ev["lastBookUpdateId"] > lid]
                if rest and not (rest[0]["firstBookUpdateId"] <= lid + 1 <= rest[0]["lastBookUpdateId"]):
                    await asyncio.sleep(self.snapshot_retry)
                    continue
                book = st.book
                book.load_snapshot(snap)
                try:
                    for ev in rest:
                        book.apply_diff(ev)
                except GapError:
                    await asyncio.sleep(self.snapshot_retry)
                    continue
                st.buffer = []
                st.state = "live"
                st.synced.set()
                if self.on_update:
                    self.on_update(book)
                return
        except asyncio.CancelledError:
            raise
        except Exception as e:       # snapshot failed: retry later, keep buffering
            log.warning("depth snapshot for %s failed: %s", sym, e)
            await asyncio.sleep(max(self.snapshot_retry, 1.0))
            if st.state == "buffering":
                st.task = asyncio.create_task(self._fetch(st))

    async def _run(self):
        try:
            async for ev in self.client:
                st = self._sync.get(ev["symbol"])
                if st is None:
                    continue
                if st.state != "live":
                    st.buffer.append(ev)
                    if len(st.buffer) > 100_000:
                        st.buffer = st.buffer[-50_000:]
                    continue
                try:
                    if st.book.apply_diff(ev) and self.on_update:
                        self.on_update(st.book)
                except GapError as e:
                    self._resync(st, str(e), keep=ev)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            self._error = e
            for st in self._sync.values():
                st.synced.set()
