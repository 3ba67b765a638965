"""Capture files beside JSON lines (orjson): record and read throughput.  Not a test.

    python bench/bench_capture.py [--frames 100000] [--rounds 5]

The same market (bestBidAsk + depth diffs of the local server's SimBook, 1-4 levels per
diff) as SBE frames and as the Binance JSON events a JSON recorder would receive:

* write: ``CaptureWriter.write_frame`` per frame (no compression / zstd level 3, fsync
  "never") beside a JSON recorder writing ``{"recv_ns":..,"conn":..,"data":<event text>}``
  lines (the cheapest JSON recorder: no re-serialisation of the event);
* read records: ``CaptureReader`` records (bytes + stamp) beside ``orjson.loads`` per line;
* read + decode to dicts: capture records + ``sbe.stream.Decoder(decimals="float")`` beside
  ``orjson.loads`` + ``float()`` of the price/qty strings (what JSON needs to get numbers).

CPU time of this thread (``time.thread_time_ns``), contenders interleaved in rounds;
min / median per contender and the paired ratio (JSON / SBE) per round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

import orjson

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from sbe import stream  # noqa: E402
from sbe.capture import CaptureReader, CaptureWriter  # noqa: E402
from sbe.testing.ws_stream import SimBook  # noqa: E402

try:
    import zstandard  # noqa: F401
    HAVE_ZSTD = True
except ImportError:
    HAVE_ZSTD = False


def _s(m: int, e: int) -> str:
    return f"{m / 10 ** -e:.{-e}f}"


def market(n: int):
    b = SimBook("BTCUSDT", seed=3)
    sbe_frames, json_texts = [], []
    t = 1_763_000_000_000_000
    while len(sbe_frames) < n:
        t += 1000
        m = b.step(t)
        d, bba = m["depth"], m["bestBidAsk"]
        pe, qe = d["priceExponent"], d["qtyExponent"]
        sbe_frames.append(stream.encode(bba))
        json_texts.append(orjson.dumps({
            "e": "bestBidAsk", "E": t // 1000, "u": bba["bookUpdateId"], "s": "BTCUSDT",
            "b": _s(bba["bidPrice"], pe), "B": _s(bba["bidQty"], qe),
            "a": _s(bba["askPrice"], pe), "A": _s(bba["askQty"], qe)}))
        sbe_frames.append(stream.encode(d))
        json_texts.append(orjson.dumps({
            "e": "depthUpdate", "E": t // 1000, "s": "BTCUSDT",
            "U": d["firstBookUpdateId"], "u": d["lastBookUpdateId"],
            "b": [[_s(x["price"], pe), _s(x["qty"], qe)] for x in d["bids"]],
            "a": [[_s(x["price"], pe), _s(x["qty"], qe)] for x in d["asks"]]}))
    return sbe_frames[:n], json_texts[:n]


def cpu(fn):
    t = time.thread_time_ns()
    fn()
    return (time.thread_time_ns() - t) / 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--loopback", type=int, default=20_000,
                    help="frames for the loopback recording run (0: skip)")
    args = ap.parse_args()
    n = args.frames
    frames, texts = market(n)
    stamps = [1_763_000_000_000_000_000 + i * 1000 for i in range(n)]
    tmp = tempfile.mkdtemp(prefix="bench-capture-")
    print(f"{n} frames: SBE {sum(map(len, frames)) / n:.1f} B/frame, "
          f"JSON {sum(map(len, texts)) / n:.1f} B/event; tmp dir {tmp}")

    files = {}

    def w_capture(zstd):
        def go():
            d = os.path.join(tmp, f"cap-{zstd}")
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                os.unlink(os.path.join(d, f))
            w = CaptureWriter(d, ["btcusdt@bestBidAsk", "btcusdt@depth"], zstd=zstd,
                              fsync="never")
            wf = w.write_frame
            for data, ns in zip(frames, stamps):
                wf(data, ns, 1)
            w.close()
            files[f"capture{'+zstd' if zstd else ''}"] = w.files[0]
        return go

    def w_json():
        p = os.path.join(tmp, "events.jsonl")
        with open(p, "wb") as fh:
            wr = fh.write
            for text, ns in zip(texts, stamps):
                wr(b'{"recv_ns":%d,"conn":1,"data":%b}\n' % (ns, text))
        files["jsonl"] = p

    def r_capture(name, decode):
        dec = stream.Decoder(decimals="float").decode

        def go():
            k = 0
            if decode:
                for r in CaptureReader(files[name]):
                    dec(r.data)
                    k += 1
            else:
                for r in CaptureReader(files[name]):
                    k += 1
            assert k == n
        return go

    def r_json(decode):
        def go():
            k = 0
            loads = orjson.loads
            with open(files["jsonl"], "rb") as fh:
                if decode:
                    for line in fh:
                        ev = loads(line)["data"]
                        if ev["e"] == "bestBidAsk":
                            float(ev["b"]), float(ev["B"]), float(ev["a"]), float(ev["A"])
                        else:
                            [(float(p), float(q)) for p, q in ev["b"]]
                            [(float(p), float(q)) for p, q in ev["a"]]
                        k += 1
                else:
                    for line in fh:
                        loads(line)
                        k += 1
            assert k == n
        return go

    groups = {
        "write": [("capture", w_capture(False))] + ([("capture+zstd", w_capture(True))]
                                                     if HAVE_ZSTD else [])
        + [("jsonl (orjson)", w_json)],
    }
    results = {}
    for g, contenders in groups.items():
        for _ in range(args.rounds):
            for name, fn in contenders:
                results.setdefault((g, name), []).append(cpu(fn))
    sizes = {k: os.path.getsize(v) for k, v in files.items()}
    groups = {
        "read records": [("capture", r_capture("capture", False))]
        + ([("capture+zstd", r_capture("capture+zstd", False))] if HAVE_ZSTD else [])
        + [("jsonl (orjson.loads)", r_json(False))],
        "read + decode": [("capture", r_capture("capture", True))]
        + ([("capture+zstd", r_capture("capture+zstd", True))] if HAVE_ZSTD else [])
        + [("jsonl (orjson + float)", r_json(True))],
    }
    for g, contenders in groups.items():
        for _ in range(args.rounds):
            for name, fn in contenders:
                results.setdefault((g, name), []).append(cpu(fn))

    print("\nfile sizes: " + ", ".join(f"{k} {v / 1e6:.2f} MB ({v / n:.1f} B/frame)"
                                       for k, v in sizes.items()))
    print(f"\n{'group':<15}{'contender':<26}{'min s':>8}{'median s':>10}{'Mframes/s':>11}"
          f"{'MB/s (input)':>14}")
    sbe_bytes = sum(map(len, frames))
    for (g, name), ts in results.items():
        lo, med = min(ts), statistics.median(ts)
        mb = (sum(map(len, texts)) if "json" in name else sbe_bytes) / lo / 1e6
        print(f"{g:<15}{name:<26}{lo:8.4f}{med:10.4f}{n / lo / 1e6:11.2f}{mb:14.1f}")
    print("\npaired ratios per round (JSON time / capture time), min / median:")
    for g in ("write", "read records", "read + decode"):
        keys = [k for k in results if k[0] == g]
        js = [k for k in keys if "json" in k[1]][0]
        for k in keys:
            if k is js:
                continue
            r = [a / b for a, b in zip(results[js], results[k])]
            print(f"  {g:<15}{k[1]:<14} {min(r):5.2f}x / {statistics.median(r):5.2f}x")

    if args.loopback:
        loopback(frames[:args.loopback], args.rounds)


def loopback(frames, rounds):
    """The recording cost on the live path: a raw StreamClient draining a loopback server
    that pumps the frames, with and without ``on_frame=writer.write_frame`` (CPU of this
    thread per frame: transport + routing [+ capture write])."""
    import asyncio
    from sbe.testing.ws_stream import LocalStreamServer
    from sbe.ws import AttemptLimiter, StreamClient

    async def once(tap):
        n = len(frames)
        got = [0]
        done = asyncio.get_running_loop().create_future()

        def cb(_f):
            got[0] += 1
            if got[0] == n and not done.done():
                done.set_result(None)
        tmp = tempfile.mkdtemp(prefix="bench-capture-lb-")
        w = CaptureWriter(tmp, fsync="never") if tap else None
        async with LocalStreamServer(["BTCUSDT"], interval=None, require_key=False) as srv:
            sc = StreamClient(["btcusdt@bestBidAsk", "btcusdt@depth"], api_key="x",
                              base_url=srv.url, raw=True, attempts=AttemptLimiter(),
                              max_queue=n + 10, on_frame=w.write_frame if tap else None)
            await sc.start()
            runner = asyncio.ensure_future(sc.run(cb))
            t = time.thread_time_ns()
            await srv.pump(frames)
            await asyncio.wait_for(done, 60)
            dt = (time.thread_time_ns() - t) / 1e9
            await sc.close()
            await runner
        if w is not None:
            w.close()
        return dt

    res = {"without capture": [], "with capture": []}
    for _ in range(rounds):
        res["without capture"].append(asyncio.run(once(False)))
        res["with capture"].append(asyncio.run(once(True)))
    n = len(frames)
    print(f"\nloopback, {n} frames pumped by the local server in this process (server CPU "
          "included, same in both):")
    for k, ts in res.items():
        print(f"  {k:<17} min {min(ts) / n * 1e6:6.2f} us/frame, median "
              f"{statistics.median(ts) / n * 1e6:6.2f} us/frame")
    r = [b / a for a, b in zip(res["without capture"], res["with capture"])]
    print(f"  paired ratio with/without: min {min(r):.2f}x, median {statistics.median(r):.2f}x")


if __name__ == "__main__":
    main()
