"""WebSocketAPI accepts every ws_api shortcut of sbe.binance.urls, and an invalid base URL
fails at construction with a clear ValueError (today: "testnet" hangs on a bogus URL)."""

from __future__ import annotations

import pytest

pytest.importorskip("picows")

from sbe.binance.urls import BASE_URLS, resolve_url  # noqa: E402
from sbe.ws import WebSocketAPI  # noqa: E402


@pytest.mark.parametrize("name", sorted(BASE_URLS["ws_api"]))
def test_every_shortcut(name):
    a = WebSocketAPI(name)
    base = resolve_url("ws_api", name)
    assert a.url.startswith(base + "?responseFormat=sbe&sbeSchemaId=")
    assert a.url.startswith("wss://") and "/ws-api/v3?" in a.url


def test_testnet_and_case():
    assert WebSocketAPI("TESTNET").url.startswith(
        "wss://ws-api.testnet.binance.vision/ws-api/v3?responseFormat=sbe")


def test_host_only_url_gets_the_standard_path():
    assert WebSocketAPI("ws://127.0.0.1:1234").url.startswith(
        "ws://127.0.0.1:1234/ws-api/v3?responseFormat=sbe")


@pytest.mark.parametrize("bad", ["testnett", "https://ws-api.binance.com", "ws://",
                                 "ws://host:99999", "wss://h/ws-api/v3?x=1", ""])
def test_invalid_url_fails_at_once(bad):
    with pytest.raises(ValueError, match="ws_api base URL"):
        WebSocketAPI(bad)
