"""The local servers serve a default market: depth works without ``market=``."""

import asyncio

import pytest

pytest.importorskip("httpx")
pytest.importorskip("picows")
pytest.importorskip("websockets")

from sbe.testing import LocalBinance  # noqa: E402
from sbe.testing.ws_api import LocalWsApiServer  # noqa: E402
from sbe.ws import AttemptLimiter, WebSocketAPI  # noqa: E402


def test_rest_server_default_market():
    with LocalBinance() as s, s.client() as c:
        for sym in ("BTCUSDT", "ETHUSDT"):
            d = c.depth(sym, limit=5)
            assert len(d["bids"]) == 5 and len(d["asks"]) == 5


def test_ws_api_server_default_market():
    async def main():
        async with LocalWsApiServer() as srv:
            async with WebSocketAPI(srv.url, backoff_base=0.05,
                                    attempts=AttemptLimiter()) as a:
                d = await a.depth("BTCUSDT", 5)
                assert d["$message"] == "DepthResponse" and len(d["bids"]) == 5
    asyncio.run(asyncio.wait_for(main(), 20))
