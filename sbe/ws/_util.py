"""Shared pieces of the WebSocket clients: rate limiters, backoff, API-key handling, errors."""

from __future__ import annotations

import asyncio
import collections
import random
import time
from typing import Any, Optional

__all__ = ["StreamError", "KeyTypeError", "HandshakeError", "SubscriptionError",
           "RateLimiter", "AttemptLimiter", "Backoff", "api_key_of", "key_kind",
           "CONNECTION_ATTEMPTS"]


class StreamError(Exception):
    """Base class of the WebSocket client errors raised by ``sbe.ws``."""


class KeyTypeError(StreamError, TypeError):
    """The API key is missing, or of a type the endpoint does not accept."""


class HandshakeError(StreamError):
    """The server refused the WebSocket handshake (HTTP status and, when JSON, code/msg).

    Binance answers handshake errors with HTTP 400 and a JSON body
    ``{"code": -1153, "msg": "..."}`` (``application/json;charset=UTF-8``)."""

    #: seconds from a ``Retry-After`` header (429/418/503), else None
    retry_after: Optional[float] = None

    def __init__(self, status: int, body: bytes = b"", url: str = ""):
        self.status = status
        self.body = body
        self.url = url
        self.code: Optional[int] = None
        self.msg: Optional[str] = None
        text = body.decode("utf-8", "replace").strip()
        try:
            import json
            js = json.loads(text)
            self.code, self.msg = js.get("code"), js.get("msg")
        except Exception:
            pass
        detail = f"code={self.code} msg={self.msg!r}" if self.code is not None else (text[:200] or "no body")
        super().__init__(f"WebSocket handshake refused: HTTP {status} ({detail}) for {url}")


class SubscriptionError(StreamError):
    """A SUBSCRIBE/UNSUBSCRIBE request failed or exceeded a limit."""


def key_kind(key: Any) -> Optional[str]:
    """'ed25519', 'hmac', 'rsa' or None (a plain API-key string: unknown kind)."""
    if key is None or isinstance(key, (str, bytes)):
        return None
    for attr in ("kind", "key_type", "type", "algorithm"):
        v = getattr(key, attr, None)
        if isinstance(v, str):
            v = v.lower()
            for k in ("ed25519", "hmac", "rsa"):
                if k in v:
                    return k
    name = type(key).__name__.lower()
    for k in ("ed25519", "hmac", "rsa"):
        if k in name:
            return k
    try:  # a bare cryptography private key
        from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return "ed25519"
        if isinstance(key, rsa.RSAPrivateKey):
            return "rsa"
    except Exception:  # pragma: no cover
        pass
    return None


def api_key_of(key: Any) -> Optional[str]:
    """The API key string of ``key``: a str, or an object with ``api_key``."""
    if key is None:
        return None
    if isinstance(key, bytes):
        return key.decode()
    if isinstance(key, str):
        return key
    v = getattr(key, "api_key", None)
    if isinstance(v, bytes):
        v = v.decode()
    return v


def require_ed25519(key: Any, what: str = "SBE market-data streams") -> str:
    """Return the API key string, or raise :class:`KeyTypeError` with a clear message."""
    ak = api_key_of(key)
    if not ak:
        raise KeyTypeError(
            f"{what} need an API key: pass api_key=<your Ed25519 API key> (or an Ed25519 key "
            "object); Binance requires it in the X-MBX-APIKEY header")
    kind = key_kind(key)
    if kind is not None and kind != "ed25519":
        raise KeyTypeError(f"{what} accept only Ed25519 API keys, got a {kind.upper()} key")
    return ak


class RateLimiter:
    """At most ``rate`` messages per ``per`` seconds (sliding window); ``await acquire()``."""

    def __init__(self, rate: int = 5, per: float = 1.0):
        self.rate, self.per = rate, per
        self._times: collections.deque = collections.deque()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = time.monotonic()
                while self._times and now - self._times[0] >= self.per:
                    self._times.popleft()
                if len(self._times) < self.rate:
                    self._times.append(now)
                    return
                await asyncio.sleep(self.per - (now - self._times[0]) + 1e-4)


class AttemptLimiter(RateLimiter):
    """Connection attempts: Binance allows 300 per 5 minutes per IP."""

    def __init__(self, rate: int = 300, per: float = 300.0):
        super().__init__(rate, per)


#: Process-wide limiter shared by every client (the Binance limit is per IP).
CONNECTION_ATTEMPTS = AttemptLimiter()


class Backoff:
    """Exponential backoff with full jitter: ``base * 2**n`` capped at ``cap``."""

    def __init__(self, base: float = 0.1, cap: float = 30.0):
        self.base, self.cap, self.n = base, cap, 0

    def reset(self) -> None:
        self.n = 0

    def next(self) -> float:
        d = min(self.cap, self.base * (2 ** self.n))
        self.n += 1
        return d * (0.5 + random.random() / 2)


def now_us() -> int:
    return time.time_ns() // 1000
