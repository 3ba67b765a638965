"""The local WS-API server verifies signatures with its own code (cryptography directly),
checked here against Binance's documented HMAC example and the three key types."""

from __future__ import annotations

import base64

import pytest

pytest.importorskip("cryptography")
pytest.importorskip("websockets")

from cryptography.hazmat.primitives import hashes  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa  # noqa: E402

from sbe.testing.ws_api import LocalWsApiServer, signature_payload, verify_signature  # noqa: E402

# Binance API docs, "SIGNED endpoint examples" (HMAC-SHA256)
SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
PAYLOAD = (b"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
           b"&recvWindow=5000&timestamp=1499827319559")
SIG = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"


def test_hmac_documented_vector():
    assert verify_signature(SECRET, PAYLOAD, SIG)
    assert not verify_signature(SECRET, PAYLOAD + b"0", SIG)
    assert not verify_signature("other", PAYLOAD, SIG)


def test_payload_sorted_without_signature():
    p = {"timestamp": 1, "apiKey": "K", "symbol": "BTCUSDT", "signature": "x", "flag": True,
         "none": None}
    assert signature_payload(p) == b"apiKey=K&flag=true&symbol=BTCUSDT&timestamp=1"


def test_ed25519_and_rsa():
    ed = ed25519.Ed25519PrivateKey.generate()
    sig = base64.b64encode(ed.sign(PAYLOAD)).decode()
    assert verify_signature(ed.public_key(), PAYLOAD, sig)
    assert not verify_signature(ed.public_key(), PAYLOAD + b"x", sig)
    assert not verify_signature(ed.public_key(), PAYLOAD, "not base64 !")
    rs = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    sig = base64.b64encode(rs.sign(PAYLOAD, padding.PKCS1v15(), hashes.SHA256())).decode()
    assert verify_signature(rs.public_key(), PAYLOAD, sig)
    assert verify_signature(rs, PAYLOAD, sig)                 # a private key works too
    assert not verify_signature(rs.public_key(), PAYLOAD[:-1], sig)


def test_unsupported_key_rejected_at_construction():
    with pytest.raises(TypeError, match="unsupported key type"):
        LocalWsApiServer(keys={"K": object()})
