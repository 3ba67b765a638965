"""Signing: Binance's published HMAC vectors, payload encoding, Ed25519/RSA keys, secrets
kept out of reprs; import isolation of sbe / sbe.spot."""

import base64
import os
import subprocess
import sys

import pytest

pytest.importorskip("cryptography")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa  # noqa: E402

from sbe.client.signing import (Ed25519Signer, HmacSigner, RSASigner, encode_params,  # noqa: E402
                                format_value, load_private_key, signer_from_env)

SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
PARAMS = [("symbol", "LTCBTC"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"),
          ("quantity", 1), ("price", 0.1), ("recvWindow", 5000), ("timestamp", 1499827319559)]


def test_binance_hmac_vector():
    payload = encode_params(PARAMS)
    assert payload == ("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
                       "&recvWindow=5000&timestamp=1499827319559")
    assert HmacSigner(SECRET).sign(payload.encode()) == (
        "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71")


def test_binance_hmac_vector_non_ascii():
    payload = encode_params([("symbol", "１２３４５６")] + PARAMS[1:])
    assert payload.startswith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&")
    assert HmacSigner(SECRET).sign(payload.encode()) == (
        "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3")


def test_format_values():
    from decimal import Decimal
    assert format_value(True) == "true"
    assert format_value(["BTCUSDT", "ETHUSDT"]) == '["BTCUSDT","ETHUSDT"]'
    assert format_value(Decimal("1E-8")) == "0.00000001"
    assert format_value(0.1) == "0.1"
    assert encode_params({"a": None, "b": "x y"}) == "b=x%20y"


def _pem(key, password=None):
    enc = (serialization.BestAvailableEncryption(password) if password
           else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)


def test_ed25519_signature_verifies():
    key = ed25519.Ed25519PrivateKey.generate()
    s = load_private_key(_pem(key))
    assert isinstance(s, Ed25519Signer)
    sig = base64.b64decode(s.sign(b"payload"))
    key.public_key().verify(sig, b"payload")


def test_rsa_signature_verifies_and_encrypted_pem():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    s = load_private_key(_pem(key, b"pw"), "pw")
    assert isinstance(s, RSASigner)
    sig = base64.b64decode(s.sign(b"payload"))
    key.public_key().verify(sig, b"payload", padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(ValueError) as ei:
        load_private_key(_pem(key, b"pw"), "wrong")
    assert "pw" not in str(ei.value)


def test_pem_from_file(tmp_path):
    key = ed25519.Ed25519PrivateKey.generate()
    f = tmp_path / "k.pem"
    f.write_bytes(_pem(key))
    assert isinstance(load_private_key(str(f)), Ed25519Signer)


def test_secrets_hidden_in_repr():
    s = HmacSigner(SECRET)
    assert SECRET not in repr(s) and SECRET not in str(s)
    key = ed25519.Ed25519PrivateKey.generate()
    pem = _pem(key).decode()
    e = load_private_key(pem)
    body = pem.splitlines()[1]
    assert body not in repr(e)
    with pytest.raises(TypeError):
        import pickle
        pickle.dumps(s)


def test_signer_from_env():
    key, s = signer_from_env({"BINANCE_API_KEY": "k", "BINANCE_API_SECRET": SECRET})
    assert key == "k" and isinstance(s, HmacSigner)
    key, s = signer_from_env({})
    assert key is None and s is None


def test_client_repr_hides_secret():
    from sbe.client import Client
    c = Client("my-api-key", SECRET, base_url="testnet")
    try:
        assert SECRET not in repr(c) and "my-api-key" not in repr(c)
        assert "testnet.binance.vision" in repr(c)
    finally:
        c.close()


def test_base_urls():
    from sbe.client import BASE_URLS, resolve_base_url
    assert resolve_base_url("prod") == "https://api.binance.com"
    assert resolve_base_url("api3") == "https://api3.binance.com"
    assert resolve_base_url("gcp") == "https://api-gcp.binance.com"
    assert resolve_base_url("data") == "https://data-api.binance.vision"
    assert resolve_base_url("testnet") == "https://testnet.binance.vision"
    assert resolve_base_url("demo") == "https://demo-api.binance.com"
    assert resolve_base_url("http://127.0.0.1:1/") == "http://127.0.0.1:1"
    assert "api4" in BASE_URLS
    with pytest.raises(ValueError):
        resolve_base_url("nowhere")


def test_import_sbe_needs_no_client_deps():
    code = ("import sys, sbe; from sbe import spot, stream; import sbe.errors\n"
            "bad = [m for m in ('httpx', 'cryptography', 'websockets', 'httpcore') "
            "if m in sys.modules]\n"
            "assert not bad, bad\nprint('ok')")
    # run beside the tested sbe (the clone's sbe/ is uncompiled under a non-editable install)
    import sbe
    where = os.path.dirname(os.path.dirname(sbe.__file__))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=where)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
