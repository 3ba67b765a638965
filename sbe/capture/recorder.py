"""Record market-data streams into capture files (:class:`Recorder`, ``python -m sbe record``).

Every binary frame is written as it arrives (the stream client's ``on_frame`` tap: before
decoding and routing, so duplicates after a reconnect and frames of a newer schema are kept
too), with its local receive time (ns) and the client's connection number.  Disconnects and
reconnects are ``EVENT`` records; with ``snapshots=True`` a REST depth snapshot of every
``@depth`` symbol is recorded at start and after each reconnect (``SNAPSHOT`` records), so an
order book can be rebuilt from the capture alone.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Awaitable, Callable, Iterable, Optional

from ._format import CaptureWriter

__all__ = ["Recorder", "record"]

log = logging.getLogger("sbe.capture")


def _depth_symbols(streams) -> list:
    from sbe.ws.streams import DEPTH_DIFF, stream_key
    return list(dict.fromkeys(sym for tid, sym in map(stream_key, streams)
                              if tid == DEPTH_DIFF))


class Recorder:
    """``await Recorder(streams, out_dir, api_key=KEY).run(seconds=60)``.

    ``base_url``: stream URL or shortcut; other ``StreamClient`` options go in
    ``client_options``.  Writer options (``zstd``, ``rotate_size``, ``rotate_time``,
    ``fsync``, ``block_size``, ``flush_interval``) are those of
    :class:`~sbe.capture.CaptureWriter`.  ``snapshots=True`` records REST depth snapshots
    (``rest_url``, ``snapshot_limit``); ``snapshot(symbol, limit)`` may replace the fetch
    (an awaitable returning the SBE ``DepthResponse`` bytes).
    """

    def __init__(self, streams: Iterable[str], out_dir: str, *, api_key: Any = None,
                 base_url: str = "prod", snapshots: bool = False, rest_url: Optional[str] = None,
                 snapshot_limit: int = 1000,
                 snapshot: Optional[Callable[[str, int], Awaitable[bytes]]] = None,
                 client_options: Optional[dict] = None, **writer_options):
        from sbe.ws.streams import StreamClient, normalize_stream
        self.streams = [normalize_stream(s) for s in streams]
        if not self.streams:
            raise ValueError("nothing to record: give at least one stream")
        self.client = StreamClient(self.streams, api_key=api_key, base_url=base_url, raw=True,
                                   on_frame=self._on_frame, on_disconnect=self._on_disconnect,
                                   on_reconnect=self._on_reconnect,
                                   on_connection=self._on_connection, **(client_options or {}))
        self.writer = CaptureWriter(out_dir, self.streams,
                                    meta={"base_url": self.client.base_url}, **writer_options)
        self.snapshots = snapshots
        self.snapshot_limit = snapshot_limit
        self._rest_url = rest_url or (base_url if "://" not in base_url else None)
        if snapshots and snapshot is None and self._rest_url is None:
            raise ValueError("snapshots=True with a stream URL needs rest_url")
        self._api_key = api_key
        self._fetch = snapshot or self._rest_snapshot
        self._rest = None
        self.frames = 0
        self.max_frames: Optional[int] = None
        self.error: Optional[BaseException] = None
        self._done: Optional[asyncio.Event] = None
        self._tasks: set = set()

    # ------------------------------------------------------------ hooks (frame callback)
    def _on_frame(self, data: bytes, recv_ns: int, conn: int) -> None:
        try:
            self.writer.write_frame(data, recv_ns, conn)
        except BaseException as e:          # disk full, ...: stop recording, run() raises
            self._failed(e)
            return
        self.frames += 1
        if self.max_frames is not None and self.frames >= self.max_frames:
            self._done.set()

    def _failed(self, e: BaseException) -> None:
        if self.error is None:
            self.error = e
        if self._done is not None:
            self._done.set()

    def _event(self, event: str, **fields) -> None:
        try:
            self.writer.write_event(event, **fields)
        except BaseException as e:
            self._failed(e)

    def _on_connection(self, kind: str, conn: int, other) -> None:
        try:
            self.writer.write_connection(kind, conn, other)
        except BaseException as e:
            self._failed(e)

    def _on_disconnect(self, streams) -> None:
        self._event("disconnect", streams=list(streams))

    def _on_reconnect(self, streams) -> None:
        self._event("reconnect", streams=list(streams))
        if self.snapshots:
            self._spawn(self._snapshots(_depth_symbols(streams)))

    # ------------------------------------------------------------ snapshots
    async def _rest_snapshot(self, symbol: str, limit: int) -> bytes:
        if self._rest is None:
            from sbe.client import AsyncClient
            from sbe.ws._util import api_key_of
            self._rest = AsyncClient(api_key_of(self._api_key), base_url=self._rest_url)
        from sbe import spot
        msg = await self._rest.depth(symbol, limit, decimals="raw", groups="list")
        # the client gives the decoded message: re-encoded, the values are exact
        return spot.encode(msg)

    async def _snapshots(self, symbols) -> None:
        for sym in symbols:
            try:
                body = await self._fetch(sym, self.snapshot_limit)
            except asyncio.CancelledError:
                raise
            except Exception as e:       # a missing snapshot is an event, not a failure
                log.warning("snapshot of %s failed: %s", sym, e)
                self._event("snapshot_failed", symbol=sym, error=f"{type(e).__name__}: {e}")
                continue
            try:
                self.writer.write_snapshot(sym, body)
            except BaseException as e:
                self._failed(e)

    def _spawn(self, coro) -> None:
        t = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------ run
    def stop(self) -> None:
        """End :meth:`run` (from the event loop's thread, e.g. a signal handler)."""
        if self._done is not None:
            self._done.set()

    async def run(self, seconds: Optional[float] = None, frames: Optional[int] = None) -> dict:
        """Record until ``seconds`` passed, ``frames`` frames were written, :meth:`stop` or a
        failure (raised after the files are closed).  Returns the writer's stats."""
        self._done = asyncio.Event()
        self.max_frames = frames
        w = self.writer
        runner = ticker = None
        try:
            w.write_event("start", streams=self.streams)
            await self.client.start()
            if self.snapshots:
                self._spawn(self._snapshots(_depth_symbols(self.streams)))
            runner = asyncio.ensure_future(self.client.run(_ignore))
            runner.add_done_callback(self._runner_done)

            async def tick():
                while True:
                    await asyncio.sleep(min(0.25, w.flush_interval / 2))
                    w.tick()
            ticker = asyncio.ensure_future(tick())
            deadline = None if seconds is None else time.monotonic() + seconds
            try:
                await asyncio.wait_for(self._done.wait(),
                                       None if deadline is None else max(0.0, seconds))
            except asyncio.TimeoutError:
                pass
        finally:
            for t in [ticker, *self._tasks]:
                if t is not None:
                    t.cancel()
            await self.client.close()
            if runner is not None:
                try:
                    await runner
                except Exception as e:           # the stream failed: recorded as the error
                    if self.error is None:
                        self.error = e
            if self._rest is not None:
                await self._rest.aclose()
            try:
                w.write_event("stop", frames=self.frames)
            except Exception:
                pass
            w.close()
        if self.error is not None:
            raise self.error
        return dict(w.stats, files=list(w.files))

    def _runner_done(self, fut) -> None:
        if not fut.cancelled() and fut.exception() is not None:
            self._failed(fut.exception())
        elif self._done is not None:
            self._done.set()


def _ignore(_frame) -> None:
    pass


async def record(streams, out_dir, *, seconds=None, frames=None, **options) -> dict:
    """One-call form of :class:`Recorder`: record and return the stats (and ``files``)."""
    return await Recorder(streams, out_dir, **options).run(seconds=seconds, frames=frames)
