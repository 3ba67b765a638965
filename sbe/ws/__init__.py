"""WebSocket clients for Binance SBE: market-data streams, the WebSocket API and the user
data stream (extra ``sbe-binance[client]``: needs ``websockets``).

``import sbe`` does not import this package."""

from ._util import (CONNECTION_ATTEMPTS, AttemptLimiter, Backoff, HandshakeError, KeyTypeError,
                    RateLimiter, StreamError, SubscriptionError)
from .api import UserDataStream, WebSocketAPI
from .streams import Frame, StreamClient, normalize_stream, stream_key

__all__ = ["StreamClient", "Frame", "WebSocketAPI", "UserDataStream", "StreamError",
           "KeyTypeError", "HandshakeError", "SubscriptionError", "RateLimiter",
           "AttemptLimiter", "Backoff", "CONNECTION_ATTEMPTS", "normalize_stream", "stream_key"]
