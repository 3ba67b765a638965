"""Replay capture files through the stream client's callback path (backtests run the code
that runs live).

    await Replay("captures/").run(on_event)               # as fast as possible
    await Replay(files, speed=1.0).run(on_event)          # at recorded pace (2.0: twice as fast)

Each recorded frame goes through the frame callback of a :class:`~sbe.ws.StreamClient`
connection (one per recorded connection number), exactly as it came off the socket: the same
decoding, routing, duplicate removal after reconnects, ``"$stream"`` and ``"$recvTime"`` (the
recorded receive time), so ``on_event`` gets the event dicts it gets live (``raw=True``:
the same :class:`~sbe.ws.Frame` tuples).  Nothing is opened: no socket, no key needed.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Callable, Optional

from ._format import EVENT, FRAME, SNAPSHOT, CaptureReader, capture_files

__all__ = ["Replay", "replay"]

_REPLAY_KEY = "replay"     # the client requires a key string; nothing is sent anywhere


class Replay:
    """Replay ``paths`` (files or directories) at ``speed`` (None: as fast as possible;
    1.0: the recorded pace).  ``raw``/``decimals``/``groups``/``on_error`` as for
    ``StreamClient``; ``streams`` defaults to those in the first file's header.
    ``on_record(record)`` sees ``SNAPSHOT`` and ``EVENT`` records (gaps) in order.
    ``strict``: raise on a truncated file instead of stopping at its last complete block
    (``stops`` lists where each file stopped)."""

    def __init__(self, paths, *, speed: Optional[float] = None, raw: bool = False,
                 decimals: str = "raw", groups: str = "numpy", streams=None,
                 on_error: Optional[Callable[[BaseException], Any]] = None,
                 on_record: Optional[Callable[[Any], Any]] = None, strict: bool = False):
        if speed is not None and speed <= 0:
            raise ValueError("speed must be > 0 (or None for as fast as possible)")
        self.files = capture_files(paths)
        if not self.files:
            raise ValueError(f"no capture files in {paths!r}")
        self.speed = speed
        self.strict = strict
        self.on_record = on_record
        if streams is None:
            streams = CaptureReader(self.files[0]).streams
        from sbe.ws.streams import StreamClient
        self.client = StreamClient(streams, api_key=_REPLAY_KEY, raw=raw, decimals=decimals,
                                   groups=groups, on_error=on_error)
        self.stops: list = []
        # captures with the client's routing events replay rotations exactly; without them
        # a second connection delivering a key is taken for a rotation's replacement
        self._routing = False
        self.stats = {"frames": 0, "events": 0, "snapshots": 0, "files": 0}

    def _conn(self, conns: dict, n: int):
        c = conns.get(n)
        if c is None:
            from sbe.ws.streams import _Conn
            c = conns[n] = _Conn(self.client, self.client.streams)
        return c

    async def run(self, callback: Callable[[Any], Any]) -> dict:
        """Call ``callback(event)`` for each event, in recorded order; returns the stats
        (with the stream client's counters under ``"client"``)."""
        c = self.client
        c._cb = callback
        c._run_done = asyncio.get_running_loop().create_future()
        conns: dict = {}
        owner_of = c._keys
        speed = self.speed
        t0 = r0 = None
        st = self.stats
        try:
            for path in self.files:
                rd = CaptureReader(path, strict=self.strict)
                st["files"] += 1
                for rec in rd:
                    if speed is not None:
                        if t0 is None:
                            t0, r0 = time.monotonic(), rec.recv_ns
                        wait = (rec.recv_ns - r0) / 1e9 / speed - (time.monotonic() - t0)
                        if wait > 0.0005:
                            await asyncio.sleep(wait)
                    if rec.kind == FRAME:
                        st["frames"] += 1
                        conn = self._conn(conns, rec.conn)
                        if not self._routing and len(owner_of) and len(conns) > 1:
                            self._switch_owner(conn, rec)
                        conn.on_binary(rec.data, rec.recv_ns)
                        if c._run_done.done():      # the callback raised
                            c._run_done.result()
                    else:
                        st["events" if rec.kind == EVENT else "snapshots"] += 1
                        if rec.kind == EVENT:
                            self._event(conns, rec)
                        if self.on_record is not None:
                            self.on_record(rec)
                    if speed is None and st["frames"] % 4096 == 0:
                        await asyncio.sleep(0)      # let the loop breathe
                if rd.stopped is not None:
                    self.stops.append((path, rd.stopped))
            self._flush(conns)
        finally:
            c._cb = None
        if c._run_done.done() and not c._run_done.cancelled() and c._run_done.exception():
            raise c._run_done.exception()
        return dict(st, client=dict(c.stats))

    def _event(self, conns, rec) -> None:
        """Routing changes recorded from the client's ``on_connection`` hook, redone the way
        the live client did them; ``stop`` ends every pending switch."""
        try:
            ev = json.loads(rec.data)
            kind, other = ev.get("event"), ev.get("other")
        except (ValueError, AttributeError):
            return
        c = self.client
        if kind == "rotate" and other is not None:
            self._routing = True
            old, new = self._conn(conns, rec.conn), self._conn(conns, other & 0xFFFF)
            for st in list(c._keys.values()):
                if st.owner is old:
                    st.pending = new
        elif kind == "switch" and other is not None:
            self._routing = True
            c._flush_pending(self._conn(conns, other & 0xFFFF))
        elif kind == "ended":
            self._routing = True
            c._conn_ended(self._conn(conns, rec.conn))
        elif kind == "stop":
            self._flush(conns)

    def _switch_owner(self, conn, rec) -> None:
        """(Captures without routing events) a second recorded connection delivering a key
        another one owns is a rotation's replacement: mark it pending, as the live client does
        when it opens it (the switch then happens where both connections overlap)."""
        from sbe.ws.streams import _TID_NAME, peek
        try:
            tid, sym, _, _ = peek(rec.data)
        except ValueError:
            return
        ks = self.client._keys.get((_TID_NAME.get(tid), sym))
        if ks is not None and ks.owner is not conn and ks.pending is None:
            ks.pending = conn

    def _flush(self, conns) -> None:
        """End of a recording: every pending switch completes (live: the old connection
        closed)."""
        for c in conns.values():
            self.client._flush_pending(c)


async def replay(paths, callback, **options) -> dict:
    """One-call form of :class:`Replay`."""
    return await Replay(paths, **options).run(callback)
