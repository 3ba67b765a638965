"""Stream client on loopback against a sender in another PROCESS (plain script, not a test).

    python bench/bench_stream_transport.py [--rounds 5] [--burst 20000] [--paced 4000]
                                           [--baseline <git rev>]

Contenders, interleaved round by round in the same run (same sender, same machine):

* ``sbe run(cb)``        StreamClient.run(callback): decode in the frame callback, no queue
* ``sbe async-for``      StreamClient async iterator
* ``sbe recv()``         StreamClient.recv(timeout=5) per event
* ``baseline async-for`` StreamClient of ``--baseline`` (default: the commit before the picows
  transport; websockets + asyncio.Queue-like path), loaded from git
* ``websockets+orjson``  websockets client, Binance JSON bookTicker, orjson + 4 float()
* ``websockets+sbe``     websockets client, sbe.stream.Decoder
* ``picows+sbe``         bare picows listener decoding in on_ws_frame (the floor)
* ``picows+orjson``      bare picows listener, JSON + orjson + 4 float()

Per contender: CPU per event (``time.thread_time_ns`` of the client thread over a burst of
``--burst`` events sent as fast as possible, so it includes the WebSocket parsing and the event
loop), events/s over that burst, and send->user latency (sender stamps ``time.time_ns()`` into
each event; the user code takes ``time.time_ns()`` on receipt) at 2000 events/s.  Reports min
and median over rounds and the median of per-round ratios against ``sbe run(cb)``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
import types

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

import orjson  # noqa: E402
import websockets  # noqa: E402
from picows import WSListener, WSMsgType, ws_connect  # noqa: E402

from sbe import stream  # noqa: E402
from sbe.ws import AttemptLimiter, StreamClient  # noqa: E402

STREAM = "btcusdt@bestBidAsk"
tns = time.time_ns
cpu = time.thread_time_ns
wall = time.perf_counter_ns


def load_baseline(rev: str):
    src = subprocess.check_output(["git", "show", f"{rev}:sbe/ws/streams.py"], cwd=REPO)
    mod = types.ModuleType("sbe.ws._bench_baseline_streams")
    mod.__package__ = "sbe.ws"
    sys.modules[mod.__name__] = mod
    exec(compile(src, f"{rev}:sbe/ws/streams.py", "exec"), mod.__dict__)
    return mod.StreamClient


class Control:
    def __init__(self, url):
        self.url = url

    async def open(self):
        self.done = None

        outer = self

        class L(WSListener):
            def on_ws_frame(self, t, f):
                if f.msg_type == WSMsgType.TEXT and outer.done is not None \
                        and not outer.done.done():
                    outer.done.set_result(None)
        self.t, _ = await ws_connect(L, self.url + "/control")

    async def send(self, cmd):
        self.done = asyncio.get_running_loop().create_future()
        self.t.send(WSMsgType.TEXT, cmd.encode())


# ------------------------------------------------------------------ contenders
class Counter:
    """Counts events; records latency when ``lat`` is a list; resolves ``fut`` at ``n``."""

    def __init__(self, n, lat):
        self.n, self.lat, self.cnt = n, lat, 0
        self.fut = asyncio.get_running_loop().create_future()

    def hit_event(self, ev):
        """The user callback of ``run()``: the same work as ``hit`` plus the key lookup."""
        self.hit(ev["bookUpdateId"])

    def hit(self, seq):
        if self.lat is not None:
            self.lat.append(tns() - seq)
        self.cnt += 1
        if self.cnt == self.n:
            self.fut.set_result(None)


async def _timed(ctl, cmd, fut):
    c0, w0 = cpu(), wall()
    await ctl.send(cmd)
    await fut
    return cpu() - c0, wall() - w0


def _sc(cls, url):
    return cls([STREAM], api_key="bench", base_url=url, attempts=AttemptLimiter(),
               combined=False)


async def sbe_run(url, ctl, cmd, n, lat, cls=StreamClient):
    sc = _sc(cls, url)
    sc.max_queue = n + 10
    await sc.start()
    k = Counter(n, lat)
    task = asyncio.create_task(sc.run(k.hit_event))
    res = await _timed(ctl, cmd, k.fut)
    await sc.close()
    await task
    return res


async def _iterate(url, ctl, cmd, n, lat, cls, use_recv=False):
    sc = _sc(cls, url)
    sc.max_queue = n + 10
    await sc.start()
    k = Counter(n, lat)

    async def consume():
        hit = k.hit
        if use_recv:
            for _ in range(n):
                hit((await sc.recv(5))["bookUpdateId"])
        else:
            async for ev in sc:
                hit(ev["bookUpdateId"])
                if k.cnt == n:
                    break
    task = asyncio.create_task(consume())
    res = await _timed(ctl, cmd, k.fut)
    await task
    await sc.close()
    return res


async def sbe_iter(url, ctl, cmd, n, lat):
    return await _iterate(url, ctl, cmd, n, lat, StreamClient)


async def sbe_recv(url, ctl, cmd, n, lat):
    return await _iterate(url, ctl, cmd, n, lat, StreamClient, use_recv=True)


def _json_event(m):
    d = orjson.loads(m)
    d["b"], d["B"], d["a"], d["A"] = float(d["b"]), float(d["B"]), float(d["a"]), float(d["A"])
    return d


async def _websockets(url, ctl, cmd, n, lat, fmt):
    dec = stream.Decoder().decode
    async with websockets.connect(url + "/ws/" + STREAM, compression=None, max_size=None,
                                  ping_interval=None) as ws:
        k = Counter(n, lat)

        async def consume():
            hit = k.hit
            for _ in range(n):
                m = await ws.recv()
                if fmt == "json":
                    hit(_json_event(m)["u"])
                else:
                    hit(dec(m)["bookUpdateId"])
        task = asyncio.create_task(consume())
        res = await _timed(ctl, cmd, k.fut)
        await task
    return res


async def ws_json(url, ctl, cmd, n, lat):
    return await _websockets(url, ctl, cmd, n, lat, "json")


async def ws_sbe(url, ctl, cmd, n, lat):
    return await _websockets(url, ctl, cmd, n, lat, "sbe")


async def _picows(url, ctl, cmd, n, lat, fmt):
    dec = stream.Decoder().decode
    k = Counter(n, lat)
    hit = k.hit

    class L(WSListener):
        def on_ws_frame(self, t, f):
            if fmt == "sbe":
                if f.msg_type == WSMsgType.BINARY:
                    hit(dec(f.get_payload_as_bytes())["bookUpdateId"])
            elif f.msg_type == WSMsgType.TEXT:
                hit(_json_event(f.get_payload_as_bytes())["u"])
    t, _ = await ws_connect(L, url + "/ws/" + STREAM)
    res = await _timed(ctl, cmd, k.fut)
    t.disconnect()
    return res


async def picows_sbe(url, ctl, cmd, n, lat):
    return await _picows(url, ctl, cmd, n, lat, "sbe")


async def picows_json(url, ctl, cmd, n, lat):
    return await _picows(url, ctl, cmd, n, lat, "json")


# ------------------------------------------------------------------ driver
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


async def main(args):
    proc = subprocess.Popen([sys.executable, os.path.join(HERE, "_stream_sender.py")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().split()
        url = f"ws://127.0.0.1:{line[1]}"
        ctl = Control(url)
        await ctl.open()
        contenders = [("sbe run(cb)", sbe_run, "sbe"), ("sbe async-for", sbe_iter, "sbe"),
                      ("sbe recv()", sbe_recv, "sbe")]
        if args.baseline:
            Old = load_baseline(args.baseline)

            async def old_iter(url, ctl, cmd, n, lat):
                return await _iterate(url, ctl, cmd, n, lat, Old)
            contenders.append((f"baseline {args.baseline[:7]} async-for", old_iter, "sbe"))
        contenders += [("websockets+orjson JSON", ws_json, "json"),
                       ("websockets+sbe", ws_sbe, "sbe"), ("picows+sbe (bare)", picows_sbe, "sbe"),
                       ("picows+orjson JSON (bare)", picows_json, "json")]
        names = [c[0] for c in contenders]
        per_ev = {nm: [] for nm in names}
        evps = {nm: [] for nm in names}
        lats = {nm: [] for nm in names}
        lat_med = {nm: [] for nm in names}
        for _ in range(args.rounds):                      # throughput rounds, interleaved
            for nm, fn, fmt in contenders:
                c, w = await fn(url, ctl, f"burst {args.burst} {fmt}", args.burst, None)
                per_ev[nm].append(c / args.burst / 1000)
                evps[nm].append(args.burst / (w / 1e9))
        for _ in range(args.lat_rounds):                  # latency rounds at 2000 ev/s
            for nm, fn, fmt in contenders:
                lat: list = []
                await fn(url, ctl, f"paced {args.paced} 2000 {fmt}", args.paced, lat)
                lat = [x / 1000 for x in lat[len(lat) // 10:]]    # skip the first 10%
                lats[nm] += lat
                lat_med[nm].append(statistics.median(lat))
        ref = names[0]
        print(f"\nbestBidAsk on loopback, sender in another process; {args.rounds} rounds of "
              f"{args.burst} events (burst) and {args.lat_rounds} rounds of {args.paced} events "
              "at 2000/s; thread CPU time of the client")
        print(f"{'contender':34} {'CPU µs/ev min':>13} {'median':>7} {'ratio':>6} "
              f"{'kev/s med':>9} {'lat med µs':>10} {'lat p99':>8}")
        for nm in names:
            ratio = statistics.median(a / b for a, b in zip(per_ev[nm], per_ev[ref]))
            print(f"{nm:34} {min(per_ev[nm]):13.2f} {statistics.median(per_ev[nm]):7.2f} "
                  f"{ratio:6.2f} {statistics.median(evps[nm]) / 1000:9.1f} "
                  f"{statistics.median(lats[nm]):10.1f} {pct(lats[nm], 99):8.1f}")
    finally:
        proc.stdin.close()
        proc.wait(10)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--lat-rounds", type=int, default=2)
    ap.add_argument("--burst", type=int, default=20000)
    ap.add_argument("--paced", type=int, default=3000)
    ap.add_argument("--baseline", default="9133137")
    asyncio.run(main(ap.parse_args()))
