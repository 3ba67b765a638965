"""A local order book kept in sync with the SBE ``@depth`` stream, the way Binance documents.

    async with LiveOrderBook(["BTCUSDT", "ETHUSDT"], api_key=ED25519_KEY) as lob:
        await lob.wait_synced()
        book = lob["BTCUSDT"]
        book.best_bid(), book.best_ask()          # (price, qty) floats
        bids, asks = book.top(10)                  # structured arrays (price, qty), best first
        bids, asks = book.arrays(decimals="raw")   # whole book, int64 mantissas

Procedure (Binance "How to manage a local order book correctly"): open the ``<symbol>@depth``
stream and buffer the diffs; fetch a REST snapshot (``GET /api/v3/depth``, SBE); if the
snapshot's ``lastUpdateId`` is older than the first buffered diff, fetch again (with
backoff); drop diffs with ``lastBookUpdateId <= lastUpdateId``; the first diff applied must
satisfy ``firstBookUpdateId <= lastUpdateId + 1 <= lastBookUpdateId``; afterwards each diff's
``firstBookUpdateId`` must be at most the previous ``lastBookUpdateId + 1``.  Quantities are
absolute; 0 removes the level.

:class:`OrderBook` is the I/O-free core (Cython, :mod:`sbe._book`): sorted int64 arrays of
price and quantity mantissas per side, exact for any diff; ``apply_frame`` decodes the SBE
frame and applies it in one pass.  :class:`LiveOrderBook` adds the stream, the snapshots and
every policy of docs/orderbook.md: when the book cannot be trusted (a gap, an undecodable
frame, a reconnect, a stream overflow, a crossed book, a silent stream that REST shows to be
behind) ``is_synced()`` turns False at once, the event is counted in ``stats`` and reported
to ``on_error``, and the book resynchronises; if the stream dies for good every waiter gets
the exception.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from typing import Any, Awaitable, Callable, Deque, Dict, Iterable, Optional

from sbe._book import (DEFAULT_MAX_LEVELS, FLOAT_DTYPE, LEVEL_DTYPE, BookError,
                       CrossedBookError, GapError, InvalidLevelError, OrderBook, diff_ids)
from sbe._util import RateLimitedLog
from sbe.binance.urls import REST, STREAM, resolve_url
from sbe.errors import DecodeError

__all__ = ["OrderBook", "LiveOrderBook", "LEVEL_DTYPE", "FLOAT_DTYPE", "BookError", "GapError",
           "CrossedBookError", "InvalidLevelError", "StaleBookError", "BufferOverflowError",
           "SnapshotBudget", "depth_weight", "DEFAULT_MAX_LEVELS", "DEFAULT_MAX_BUFFER",
           "DEFAULT_WEIGHT_PER_MINUTE"]

log = logging.getLogger("sbe.orderbook")

#: diffs buffered per symbol while a snapshot is on its way (~3 min of a busy symbol)
DEFAULT_MAX_BUFFER = 10_000
#: snapshot + probe request weight allowed per rolling minute (Binance: 6000 per IP)
DEFAULT_WEIGHT_PER_MINUTE = 3000
#: seconds the snapshot waits for the first buffered diff (so the stream is flowing)
FIRST_DIFF_WAIT = 1.0
#: seconds a staleness probe waits for the diffs REST shows to exist
PROBE_GRACE = 1.0
#: probes ask for the smallest depth (lowest weight)
PROBE_LIMIT = 5

LIVE, VERIFY, SYNCING, FAILED, CLOSED = "live", "verify", "syncing", "failed", "closed"


class StaleBookError(BookError):
    """No diff for ``stale_after`` seconds while REST shows the book moved on: the stream
    is frozen or losing diffs."""


class BufferOverflowError(BookError):
    """The diff buffer of a symbol waiting for its snapshot was full: the oldest diffs were
    dropped (the snapshot must then be newer than them, else it is fetched again)."""


def depth_weight(limit: int) -> int:
    """Request weight of ``GET /api/v3/depth?limit=...`` (from the one endpoint table)."""
    from sbe.binance.endpoints import ENDPOINTS, weight_of
    return weight_of(ENDPOINTS["depth"], {"limit": limit})


class SnapshotBudget:
    """Request weight spent on snapshots in a rolling 60-second window; ``acquire(w)``
    waits while ``w`` more would exceed ``per_minute`` (counts in ``used``/``waits``)."""

    def __init__(self, per_minute: int = DEFAULT_WEIGHT_PER_MINUTE, window: float = 60.0):
        if per_minute < 1:
            raise ValueError("weight budget must be >= 1")
        self.per_minute = per_minute
        self.window = window
        self._spent: Deque[tuple] = collections.deque()
        self.used = 0            # total weight spent
        self.waits = 0           # times a request waited for the budget
        self._warned = -1e18

    def in_window(self) -> int:
        now = time.monotonic()
        while self._spent and now - self._spent[0][0] >= self.window:
            self._spent.popleft()
        return sum(w for _, w in self._spent)

    async def acquire(self, weight: int) -> None:
        if weight > self.per_minute:
            raise ValueError(f"one request of weight {weight} exceeds the budget of "
                             f"{self.per_minute} per minute")
        waited = False
        while self.in_window() + weight > self.per_minute:
            if not waited:
                self.waits += 1
                waited = True
                if time.monotonic() - self._warned >= 10.0:     # one line per 10 s at most
                    self._warned = time.monotonic()
                    log.warning("depth snapshot weight budget (%d/min) spent: pausing "
                                "snapshots (%d waits so far)", self.per_minute, self.waits)
            await asyncio.sleep(max(0.01, self._spent[0][0] + self.window - time.monotonic()))
        self._spent.append((time.monotonic(), weight))
        self.used += weight


class _Listener:
    """One ``updates()`` iterator: books changed since it last read (one per symbol)."""
    __slots__ = ("pending", "wake")

    def __init__(self):
        self.pending: Dict[str, OrderBook] = {}
        self.wake: Optional[asyncio.Future] = None


class _Sym:
    """Per-symbol state: the book, its sync state, the buffer while syncing."""
    __slots__ = ("book", "stream", "state", "buffer", "got_diff", "task", "resyncs",
                 "seen", "seen_checked", "last_diff", "probing", "overflowed")

    def __init__(self, symbol: str, max_levels: int):
        self.book = OrderBook(symbol, max_levels)
        self.stream = f"{symbol.lower()}@depth"
        self.state = SYNCING
        self.buffer: Deque[tuple] = collections.deque()   # (first, last, frame bytes)
        self.got_diff = asyncio.Event()
        self.task: Optional[asyncio.Task] = None
        self.resyncs = 0
        self.seen = 0                    # frames received (the staleness watcher reads it)
        self.seen_checked = 0
        self.last_diff = time.monotonic()
        self.probing = False
        self.overflowed = False


class LiveOrderBook:
    """Local books for one or many symbols, kept in sync with ``<symbol>@depth``.

    ``base_url`` (stream) and ``rest_url`` (snapshots): shortcuts (``"prod"``, ``"testnet"``,
    ``"demo"``...) or URLs, checked at once (:func:`sbe.binance.urls.resolve_url`).
    ``snapshot``: ``async (symbol, limit) -> DepthResponse dict`` (raw decimals) replacing
    the REST call.  ``on_update(book)`` is called after each applied diff or loaded snapshot;
    ``on_error(symbol, exc)`` gets every reported event (``symbol`` None when it concerns
    all books).  Policies and their defaults (docs/orderbook.md): ``max_buffer`` diffs per
    symbol while syncing (oldest dropped past it), ``weight_per_minute`` snapshot weight
    budget, ``retry_base``/``retry_cap`` snapshot backoff (jittered; ``Retry-After`` is
    honoured), ``stale_after`` seconds without a diff before a cheap REST probe checks that
    the book is current (None: never), ``max_levels`` per side.  Other keyword arguments go
    to :class:`sbe.ws.StreamClient` (``max_connection_age``, ``attempts``...).
    """

    def __init__(self, symbols: Iterable[str], *, api_key: Any = None,
                 base_url: str = "prod", rest_url: str = "prod", limit: int = 5000,
                 snapshot: Optional[Callable[[str, int], Awaitable[dict]]] = None,
                 on_update: Optional[Callable[[OrderBook], Any]] = None,
                 on_error: Optional[Callable[[Optional[str], BaseException], Any]] = None,
                 max_buffer: int = DEFAULT_MAX_BUFFER,
                 weight_per_minute: int = DEFAULT_WEIGHT_PER_MINUTE,
                 retry_base: float = 0.25, retry_cap: float = 30.0,
                 stale_after: Optional[float] = 30.0, max_levels: int = DEFAULT_MAX_LEVELS,
                 snapshot_timeout: float = 10.0, **client_kwargs):
        self.base_url = resolve_url(STREAM, base_url or "prod")
        self.rest_url = resolve_url(REST, rest_url or "prod")
        self.symbols = list(dict.fromkeys(s.upper() for s in symbols))
        if not self.symbols:
            raise ValueError("LiveOrderBook needs at least one symbol")
        if not 1 <= limit <= 5000:
            raise ValueError(f"limit must be 1..5000, got {limit}")
        if max_buffer < 1:
            raise ValueError("max_buffer must be >= 1")
        if stale_after is not None and stale_after <= 0:
            raise ValueError("stale_after must be > 0 or None")
        self.limit = limit
        self.on_update = on_update
        self.on_error = on_error
        self.max_buffer = max_buffer
        self.retry_base, self.retry_cap = retry_base, retry_cap
        self.stale_after = stale_after
        self.snapshot_timeout = snapshot_timeout
        self.budget = SnapshotBudget(weight_per_minute)
        self._weight = depth_weight(limit)
        self._probe_weight = depth_weight(PROBE_LIMIT)
        if self._weight > weight_per_minute:
            raise ValueError(f"a depth snapshot of limit {limit} weighs {self._weight}, over "
                             f"weight_per_minute={weight_per_minute}")
        self._snapshot = snapshot or self._rest_snapshot
        self._api_key = api_key
        self._rest = None
        self._sym: Dict[str, _Sym] = {s: _Sym(s, max_levels) for s in self.symbols}
        self._by_stream = {st.stream: st for st in self._sym.values()}
        from sbe.ws.streams import StreamClient
        self.client = StreamClient(list(self._by_stream), api_key=api_key,
                                   base_url=self.base_url, raw=True,
                                   on_disconnect=self._on_disconnect,
                                   on_reconnect=self._on_reconnect,
                                   on_error=self._on_stream_error, **client_kwargs)
        self.stats: collections.Counter = collections.Counter()
        self._error: Optional[BaseException] = None
        self._changed: Optional[asyncio.Future] = None
        self._pump: Optional[asyncio.Task] = None
        self._monitor: Optional[asyncio.Task] = None
        self._tasks: set = set()
        self._listeners: list = []
        self._ratelog = RateLimitedLog(log)
        self._closed = False

    # ------------------------------------------------------------ public
    def __getitem__(self, symbol: str) -> OrderBook:
        return self._sym[symbol.upper()].book

    @property
    def books(self) -> Dict[str, OrderBook]:
        return {s: st.book for s, st in self._sym.items()}

    def resyncs(self, symbol: Optional[str] = None) -> int:
        """Snapshots loaded after the first one (gaps, crossed books, stale books...)."""
        if symbol:
            return self._sym[symbol.upper()].resyncs
        return sum(st.resyncs for st in self._sym.values())

    def is_synced(self, symbol: str) -> bool:
        """True only while every diff since the snapshot was applied and nothing (gap,
        reconnect, bad frame, overflow, stale probe, dead stream) put that in doubt."""
        return self._sym[symbol.upper()].state == LIVE and self._error is None

    def state(self, symbol: str) -> str:
        """``"live"``, ``"verify"`` (after a reconnect/bad frame: the next diff decides),
        ``"syncing"`` (waiting for a snapshot), ``"failed"`` (the stream died) or
        ``"closed"``."""
        return self._sym[symbol.upper()].state

    @property
    def error(self) -> Optional[BaseException]:
        """The error that ended the stream for good, or None."""
        return self._error

    async def start(self) -> "LiveOrderBook":
        await self.client.start()
        self._pump = asyncio.create_task(self._run())
        for st in self._sym.values():
            self._begin_sync(st)
        if self.stale_after:
            self._monitor = asyncio.create_task(self._watch())
        return self

    async def close(self) -> None:
        self._closed = True
        for t in [self._pump, self._monitor, *(st.task for st in self._sym.values()),
                  *self._tasks]:
            if t is not None:
                t.cancel()
        await self.client.close()
        for t in [self._pump, self._monitor, *(st.task for st in self._sym.values()),
                  *list(self._tasks)]:
            if t is not None:
                try:
                    await t
                except (asyncio.CancelledError, Exception):
                    pass
        if self._rest is not None:
            await self._rest.aclose()
            self._rest = None
        for st in self._sym.values():
            if st.state != FAILED:
                st.state = CLOSED
        self._notify()

    async def __aenter__(self):
        return await self.start()

    async def __aexit__(self, *exc):
        await self.close()

    async def wait_synced(self, symbol: Optional[str] = None, timeout: float = 30.0) -> None:
        """Until the book(s) are synced; raises the stream's error if it died for good,
        ``asyncio.TimeoutError`` after ``timeout`` seconds."""
        syms = [self._sym[symbol.upper()]] if symbol else list(self._sym.values())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self._error is not None:
                raise self._error
            if all(st.state == LIVE for st in syms):
                return
            if self._closed:
                raise RuntimeError("LiveOrderBook closed")
            left = deadline - loop.time()
            if left <= 0:
                raise asyncio.TimeoutError(
                    f"order book not synced within {timeout:g} s: " + ", ".join(
                        f"{st.book.symbol} {st.state}" for st in syms if st.state != LIVE))
            try:
                await asyncio.wait_for(asyncio.shield(self._change()), left)
            except asyncio.TimeoutError:
                pass

    async def updates(self):
        """Async iterator of books as they change.  Coalesced: a book is queued at most once
        until read (the item is the live book itself), so a slow reader holds at most one
        entry per symbol (``stats["updates_coalesced"]`` counts the merges).  Raises the
        stream's error if it dies; ends when the book is closed."""
        me = _Listener()
        self._listeners.append(me)
        pending = me.pending
        try:
            while True:
                if self._closed:
                    return
                if self._error is not None:
                    raise self._error
                if pending:
                    sym = next(iter(pending))
                    yield pending.pop(sym)
                    continue
                me.wake = asyncio.get_running_loop().create_future()
                try:
                    await me.wake
                finally:
                    me.wake = None
        finally:
            self._listeners.remove(me)

    # ------------------------------------------------------------ reporting
    def _report(self, symbol: Optional[str], kind: str, exc: BaseException) -> None:
        self.stats[kind] += 1
        self._ratelog.warning(kind, "order book%s: %s: %s", " " + symbol if symbol else "",
                              kind, exc)
        if self.on_error is not None:
            try:
                self.on_error(symbol, exc)
            except Exception:
                log.exception("on_error callback failed")

    def _change(self) -> asyncio.Future:
        if self._changed is None or self._changed.done():
            self._changed = asyncio.get_running_loop().create_future()
        return self._changed

    def _notify(self) -> None:
        f = self._changed
        if f is not None and not f.done():
            f.set_result(None)
        for lis in self._listeners:
            w = lis.wake
            if w is not None and not w.done():
                w.set_result(None)

    def _updated(self, st: _Sym) -> None:
        book = st.book
        if self._listeners:
            for lis in self._listeners:
                if book.symbol in lis.pending:
                    self.stats["updates_coalesced"] += 1
                else:
                    lis.pending[book.symbol] = book
                w = lis.wake
                if w is not None and not w.done():
                    w.set_result(None)
        cb = self.on_update
        if cb is not None:
            try:
                cb(book)
            except Exception as e:
                self._report(book.symbol, "on_update_errors", e)

    # ------------------------------------------------------------ state changes
    def _set_state(self, st: _Sym, state: str) -> None:
        if st.state != state:
            st.state = state
            self._notify()

    def _verify(self, st: _Sym) -> None:
        """Not synced until the next diff proves continuity (or a gap forces a resync)."""
        if st.state == LIVE:
            self._set_state(st, VERIFY)

    def _resync(self, st: _Sym, keep: Optional[tuple] = None) -> None:
        """The book is known wrong: empty it and rebuild it from a snapshot."""
        st.book.clear()
        st.buffer.clear()
        if keep is not None:
            st.buffer.append(keep)
        st.resyncs += 1
        self.stats["resyncs"] += 1
        self._begin_sync(st)

    def _begin_sync(self, st: _Sym) -> None:
        self._set_state(st, SYNCING)
        st.overflowed = False
        if st.task is not None and not st.task.done():
            st.task.cancel()
        if st.buffer:
            st.got_diff.set()
        else:
            st.got_diff.clear()
        st.task = t = asyncio.create_task(self._sync(st))
        t.add_done_callback(lambda t, st=st: self._sync_ended(st, t))

    def _sync_ended(self, st: _Sym, t: asyncio.Task) -> None:
        """A sync task that died of a bug is reported and restarted, never left hanging."""
        if t.cancelled() or t.exception() is None or self._closed:
            return
        self._report(st.book.symbol, "internal_errors", t.exception())

        def again():
            if st.task is t and not self._closed and st.state == SYNCING:
                self._begin_sync(st)
        asyncio.get_running_loop().call_later(1.0, again)

    def _fail_all(self, err: BaseException) -> None:
        if self._error is None:
            self._error = err
        for st in self._sym.values():
            st.state = FAILED
            if st.task is not None:
                st.task.cancel()
        self._notify()

    # ------------------------------------------------------------ stream side
    def _on_frame(self, frame) -> None:
        """One raw depth frame, from the stream client's frame callback: never raises."""
        st = self._by_stream.get(frame.stream)
        if st is None:
            return
        st.seen += 1
        state = st.state
        if state is LIVE or state is VERIFY:
            try:
                applied = st.book.apply_frame(frame.data)
            except Exception as e:
                self._frame_refused(st, frame, e)
                return
            if applied:
                if state is VERIFY:
                    self.stats["verified"] += 1
                    self._set_state(st, LIVE)
                if self._listeners or self.on_update is not None:
                    self._updated(st)
            else:
                self.stats["duplicates"] += 1
        elif state is SYNCING:
            self._buffer(st, frame)

    def _frame_refused(self, st: _Sym, frame, e: Exception) -> None:
        sym = st.book.symbol
        if isinstance(e, GapError):
            # keep the diff: the new snapshot may be older than it
            keep = None
            try:
                keep = (*diff_ids(frame.data), frame.data)
            except DecodeError:
                pass
            self._resync(st, keep)
            self._report(sym, "gaps", e)
        elif isinstance(e, (CrossedBookError, InvalidLevelError)):
            self._resync(st)
            self._report(sym, "crossed" if isinstance(e, CrossedBookError)
                         else "invalid_levels", e)
        elif isinstance(e, (DecodeError, BookError)):
            self._verify(st)
            self._report(sym, "undecodable", e)
        else:                           # a bug: do not let the book claim anything
            self._resync(st)
            self._report(sym, "internal_errors", e)

    def _buffer(self, st: _Sym, frame) -> None:
        """A diff while waiting for the snapshot: into the bounded buffer."""
        try:
            first, last = diff_ids(frame.data)
        except DecodeError as e:
            # the buffer now misses a diff: the sync sees the gap it leaves
            self._report(st.book.symbol, "undecodable", e)
            return
        buf = st.buffer
        if buf and last <= buf[-1][1]:
            self.stats["duplicates"] += 1
            return
        if len(buf) >= self.max_buffer:
            buf.popleft()
            self.stats["buffer_dropped"] += 1
            if not st.overflowed:
                st.overflowed = True
                self._report(st.book.symbol, "buffer_overflows", BufferOverflowError(
                    f"{st.book.symbol}: {self.max_buffer} diffs buffered while waiting "
                    "for a snapshot; dropping the oldest"))
        buf.append((first, last, frame.data))
        st.got_diff.set()

    def _on_disconnect(self, streams) -> None:
        from sbe.ws._util import StreamError
        for name in streams:
            st = self._by_stream.get(name)
            if st is not None:
                self._verify(st)
                self._report(st.book.symbol, "disconnects", StreamError(
                    f"{name} connection dropped: the book is not synced until diffs prove "
                    "that nothing was missed"))

    def _on_reconnect(self, streams) -> None:
        from sbe.ws._util import StreamError
        for name in streams:
            st = self._by_stream.get(name)
            if st is not None:
                self._verify(st)
                self._report(st.book.symbol, "reconnects", StreamError(
                    f"{name} reconnected: diffs may be missing, the next one decides"))

    def _on_stream_error(self, exc: BaseException) -> None:
        """A frame the stream client skipped: a depth diff may be among them."""
        kind = getattr(exc, "kind", "")
        if kind == "decode":
            for st in self._sym.values():
                self._verify(st)
            self._report(None, "stream_bad_frames", exc)
        else:
            self.stats["stream_other_frames"] += 1

    async def _run(self) -> None:
        from sbe.ws.streams import QueueOverflow
        while not self._closed:
            try:
                await self.client.run(self._on_frame)
                if not self._closed:                # the client was closed under us
                    from sbe.ws._util import StreamError
                    err = StreamError("the stream client was closed: the books are no "
                                      "longer maintained")
                    self._fail_all(err)
                    self._report(None, "stream_failed", err)
                return
            except asyncio.CancelledError:
                raise
            except QueueOverflow as e:             # frames dropped before run() took over
                for st in self._sym.values():
                    self._verify(st)
                self._report(None, "stream_overflows", e)
            except BaseException as e:              # the stream died for good
                self._fail_all(e)
                self._report(None, "stream_failed", e)
                return

    # ------------------------------------------------------------ snapshots
    async def _rest_snapshot(self, symbol: str, limit: int) -> dict:
        if self._rest is None:
            from sbe.client import AsyncClient
            from sbe.ws._util import api_key_of
            self._rest = AsyncClient(api_key_of(self._api_key), base_url=self.rest_url,
                                     timeout=self.snapshot_timeout)
        return await self._rest.depth(symbol, limit, decimals="raw", groups="numpy")

    async def _fetch(self, symbol: str, limit: int, weight: int) -> dict:
        await self.budget.acquire(weight)
        self.stats["snapshot_weight"] += weight
        return await asyncio.wait_for(self._snapshot(symbol, limit), self.snapshot_timeout)

    async def _sync(self, st: _Sym) -> None:
        from sbe.ws._util import Backoff     # jittered exponential backoff (client extra)
        sym = st.book.symbol
        backoff = Backoff(self.retry_base, self.retry_cap)
        if not st.buffer:
            try:
                await asyncio.wait_for(st.got_diff.wait(), FIRST_DIFF_WAIT)
            except asyncio.TimeoutError:
                pass                                # a quiet symbol: the next diff checks
        while True:
            try:
                snap = await self._fetch(sym, self.limit, self._weight)
                self.stats["snapshots"] += 1
            except asyncio.CancelledError:
                raise
            except Exception as e:
                delay = backoff.next()
                ra = getattr(e, "retry_after", None)
                if ra:
                    delay = max(delay, float(ra))
                    self.stats["retry_after_waits"] += 1
                self._report(sym, "snapshot_errors", e)
                await asyncio.sleep(delay)
                continue
            try:
                lid = int(snap["lastUpdateId"])
            except (KeyError, TypeError, ValueError) as e:
                self._report(sym, "bad_snapshots", BookError(
                    f"{sym}: snapshot without a valid lastUpdateId ({type(e).__name__}: {e})"))
                await asyncio.sleep(backoff.next())
                continue
            buf = st.buffer
            while buf and buf[0][1] <= lid:         # already in the snapshot
                buf.popleft()
            if buf and buf[0][0] > lid + 1:         # snapshot older than the buffered diffs
                self.stats["stale_snapshots"] += 1
                await asyncio.sleep(backoff.next())
                continue
            book = st.book
            try:
                book.load_snapshot(snap)
            except (BookError, KeyError, TypeError, ValueError) as e:
                self._report(sym, "crossed" if isinstance(e, CrossedBookError)
                             else "bad_snapshots", e)
                await asyncio.sleep(backoff.next())
                continue
            try:
                while buf:
                    book.apply_frame(buf[0][2])
                    buf.popleft()
            except GapError as e:        # diffs lost while buffering: refetch past the gap
                book.clear()
                self._report(sym, "gaps", e)
                await asyncio.sleep(backoff.next())
                continue
            except (BookError, DecodeError) as e:     # that diff is dropped: refetch past it
                book.clear()
                buf.popleft()
                self._report(sym, "crossed" if isinstance(e, CrossedBookError) else
                             "invalid_levels" if isinstance(e, InvalidLevelError) else
                             "undecodable", e)
                await asyncio.sleep(backoff.next())
                continue
            st.last_diff = time.monotonic()
            self._set_state(st, LIVE)
            self._updated(st)
            return

    # ------------------------------------------------------------ staleness probes
    async def _watch(self) -> None:
        every = max(0.01, self.stale_after / 4)
        while not self._closed:
            await asyncio.sleep(every)
            now = time.monotonic()
            for st in self._sym.values():
                if st.seen != st.seen_checked:          # frames since the last look
                    st.seen_checked = st.seen
                    st.last_diff = now
                if (st.state in (LIVE, VERIFY) and not st.probing
                        and now - st.last_diff >= self.stale_after):
                    st.probing = True
                    t = asyncio.create_task(self._probe(st))
                    self._tasks.add(t)
                    t.add_done_callback(self._tasks.discard)

    async def _probe(self, st: _Sym) -> None:
        """No diff for ``stale_after``: ask REST (smallest depth) whether the book moved."""
        sym = st.book.symbol
        try:
            self.stats["probes"] += 1
            try:
                snap = await self._fetch(sym, PROBE_LIMIT, self._probe_weight)
                rest_id = int(snap["lastUpdateId"])
            except asyncio.CancelledError:
                raise
            except Exception as e:
                self._report(sym, "snapshot_errors", e)
                return
            deadline = time.monotonic() + min(PROBE_GRACE, self.stale_after)
            while st.state in (LIVE, VERIFY) and time.monotonic() < deadline:
                lid = st.book.last_update_id
                if lid is not None and lid >= rest_id:
                    break
                await asyncio.sleep(0.05)
            if st.state not in (LIVE, VERIFY):
                return
            lid = st.book.last_update_id
            if lid is None or lid < rest_id:
                self._resync(st)
                self._report(sym, "stale", StaleBookError(
                    f"{sym}: no depth diff for {self.stale_after:g} s but REST is at update "
                    f"{rest_id}, the book at {lid}: resyncing"))
            else:
                if st.state == VERIFY:             # quiet, and nothing was missed
                    self.stats["verified"] += 1
                    self._set_state(st, LIVE)
                st.last_diff = time.monotonic()
        finally:
            st.probing = False
