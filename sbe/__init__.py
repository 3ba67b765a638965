"""sbe: native-speed decoders for Binance Spot Simple Binary Encoding (SBE).

    from sbe import spot, stream
    msg = spot.decode(body, decimals="float", groups="numpy")

``sbe.spot`` decodes REST and WebSocket API responses (schema spot_sbe, newest version),
``sbe.stream`` the SBE market-data streams (spot_stream). Older spot schemas stay importable
as ``sbe._generated.spot_sbe_<id>_<version>``. The REST/WebSocket clients live in
``sbe.client`` (extra ``sbe-binance[client]``).
"""

from .errors import (DecodeError, EncodeError, JsonShapeError, MalformedError, SBEError,
                     SchemaMismatchError, TruncatedError, UnknownTemplateError)

__version__ = "0.1.0"

__all__ = ["spot", "stream", "SBEError", "DecodeError", "TruncatedError", "MalformedError",
           "UnknownTemplateError", "SchemaMismatchError", "JsonShapeError", "EncodeError",
           "to_pandas", "to_polars"]


def __getattr__(name):
    # spot/stream load on first use: importing sbe stays cheap for tools that need neither
    if name in ("spot", "stream"):
        import importlib
        return importlib.import_module(f"sbe.{name}")
    if name in ("to_pandas", "to_polars"):  # pandas/polars load only when called
        from . import frames
        return getattr(frames, name)
    raise AttributeError(name)
