"""Fixtures shared by the client/server tests (imported by those test modules)."""

import pytest

from sbe.testing import LocalBinance


@pytest.fixture(scope="module")
def srv():
    with LocalBinance() as s:
        yield s


@pytest.fixture(autouse=True)
def _reset(request):
    """Each test starts with default switches."""
    if "srv" not in request.fixturenames:
        yield
        return
    s = request.getfixturevalue("srv")
    s.sbe_enabled, s.delay, s.clock_offset_ms, s.weight_limit = True, 0.0, 0, 6000
    s.clear_forced()
    s.reset_weights()
    s._ban_until = 0.0
    yield


@pytest.fixture(scope="module")
def rsa_key(srv):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    srv.add_api_key("rsa-key", public_key=key.public_key())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(b"s3cret-pass"))
    return pem


# (method name, args, kwargs, expected $message) - stateless calls
ENDPOINTS = [
    ("ping", (), {}, "PingResponse"),
    ("server_time", (), {}, "ServerTimeResponse"),
    ("exchange_info", (), {}, "ExchangeInfoResponse"),
    ("exchange_info", ("ETHBTC",), {}, "ExchangeInfoResponse"),
    ("exchange_info", (), {"symbols": ["BTCUSDT", "ETHUSDT"]}, "ExchangeInfoResponse"),
    ("depth", ("BTCUSDT",), {"limit": 5000}, "DepthResponse"),
    ("trades", ("BTCUSDT",), {"limit": 10}, "TradesResponse"),
    ("historical_trades", ("BTCUSDT",), {"limit": 10, "from_id": 100}, "TradesResponse"),
    ("agg_trades", ("BTCUSDT",), {"limit": 10}, "AggTradesResponse"),
    ("klines", ("BTCUSDT", "1m"), {"limit": 100}, "KlinesResponse"),
    ("ui_klines", ("ETHUSDT", "1d"), {"limit": 7}, "KlinesResponse"),
    ("avg_price", ("BTCUSDT",), {}, "AveragePriceResponse"),
    ("ticker_24hr", ("BTCUSDT",), {}, "Ticker24hSymbolFullResponse"),
    ("ticker_24hr", (), {"type": "MINI"}, "Ticker24hMiniResponse"),
    ("ticker_24hr", (None, ["BTCUSDT", "BNBUSDT"]), {}, "Ticker24hFullResponse"),
    ("ticker_price", ("BTCUSDT",), {}, "PriceTickerSymbolResponse"),
    ("ticker_price", (), {}, "PriceTickerResponse"),
    ("ticker_book", ("BTCUSDT",), {}, "BookTickerSymbolResponse"),
    ("ticker_book", (None, ["BTCUSDT"]), {}, "BookTickerResponse"),
    ("ticker", ("BTCUSDT",), {"window_size": "1d"}, "TickerSymbolFullResponse"),
    ("ticker", (None, ["BTCUSDT", "ETHUSDT"]), {"type": "MINI"}, "TickerMiniResponse"),
    ("trading_day", ("BTCUSDT",), {}, "TickerSymbolFullResponse"),
    ("account", (), {}, "AccountResponse"),
    ("account_commission", ("BTCUSDT",), {}, "AccountCommissionResponse"),
    ("rate_limit_order", (), {}, "AccountOrderRateLimitResponse"),
    ("my_trades", ("BTCUSDT",), {}, "AccountTradesResponse"),
    ("my_prevented_matches", ("BTCUSDT",), {}, "AccountPreventedMatchesResponse"),
    ("my_allocations", ("BTCUSDT",), {}, "AccountAllocationsResponse"),
    ("open_orders", (), {}, "OrdersResponse"),
    ("all_orders", ("BTCUSDT",), {}, "OrdersResponse"),
    ("test_order", ("BTCUSDT", "BUY", "MARKET"), {"quantity": "0.001"}, "OrderTestResponse"),
    ("test_order", ("BTCUSDT", "BUY", "MARKET"),
     {"quantity": "0.001", "compute_commission_rates": True}, "OrderTestWithCommissionsResponse"),
    ("all_order_lists", (), {}, "OrderListsResponse"),
    ("open_order_lists", (), {}, "OrderListsResponse"),
]

NUMPY_BY_DEFAULT = {"depth": ("bids", "asks"), "trades": ("trades",),
                    "historical_trades": ("trades",), "agg_trades": ("aggTrades",),
                    "klines": ("klines",), "ui_klines": ("klines",)}


# --------------------------------------------------------------------------------------------
# a raw HTTP server on loopback for hostile answers (slow drip, bombs, malformed bodies)
# --------------------------------------------------------------------------------------------

import socket  # noqa: E402
import threading  # noqa: E402


class RawServer:
    """Loopback HTTP/1.1 server whose answers are written by ``handler(sock, request)``
    byte by byte (``request``: dict with ``head`` (text) and ``body``). Every request is kept
    in ``requests``. ``stop`` ends all connections."""

    def __init__(self, handler):
        self.handler = handler
        self.requests = []
        self.stopped = threading.Event()
        self._lsock = socket.create_server(("127.0.0.1", 0))
        self._lsock.settimeout(0.05)
        self._threads = []
        self._accept = threading.Thread(target=self._loop, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._lsock.getsockname()[1]}"

    def _loop(self):
        while not self.stopped.is_set():
            try:
                conn, _ = self._lsock.accept()
            except (socket.timeout, OSError):
                continue
            t = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, conn):
        conn.settimeout(10)
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            text = head.decode("latin-1")
            n = 0
            for line in text.split("\r\n")[1:]:
                k, _, v = line.partition(":")
                if k.strip().lower() == "content-length":
                    n = int(v)
            while len(body) < n:
                body += conn.recv(65536)
            req = {"head": text, "body": body}
            self.requests.append(req)
            self.handler(conn, req)
        except OSError:
            pass
        finally:
            conn.close()

    def stop(self):
        self.stopped.set()
        self._accept.join(5)
        for t in self._threads:
            t.join(5)
        self._lsock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def http_answer(status: int = 200, body: bytes = b"", ctype: str = "application/json",
                headers=None, reason: str = "X") -> bytes:
    h = {"Content-Type": ctype, "Content-Length": str(len(body)), **(headers or {})}
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in h.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def answer_with(payload: bytes):
    """A handler that sends ``payload`` (a whole HTTP answer) and closes."""
    def handler(sock, req):
        sock.sendall(payload)
    return handler
