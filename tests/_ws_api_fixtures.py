"""Shared helpers of the WebSocket API tests: keys, the local server, a client with fast
pacing, and waiting on a condition (never a fixed sleep)."""

from __future__ import annotations

import asyncio
import time

from cryptography.hazmat.primitives.asymmetric import ed25519

from sbe.client.signing import Ed25519Signer
from sbe.testing.ws_api import LocalWsApiServer
from sbe.ws import AttemptLimiter, WebSocketAPI

ED_KEY = ed25519.Ed25519PrivateKey.generate()
ED = Ed25519Signer(ED_KEY)
KEYS = {"ED": ED_KEY.public_key()}


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def server(**kw) -> LocalWsApiServer:
    return LocalWsApiServer(keys=kw.pop("keys", KEYS), **kw)


def client(srv, key=None, signer=None, **kw) -> WebSocketAPI:
    kw.setdefault("backoff_base", 0.05)
    kw.setdefault("attempts", AttemptLimiter())
    return WebSocketAPI(srv.url, api_key=key, signer=signer, **kw)


async def until(cond, timeout: float = 10.0, what: str = "condition") -> float:
    """Wait until ``cond()`` is true (polling); returns the seconds waited."""
    t0 = time.monotonic()
    while not cond():
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.005)
    return time.monotonic() - t0
