"""WebSocket clients for Binance SBE: market-data streams, the WebSocket API and the user
data stream (extra ``sbe-binance[client]``: needs ``picows``), on one transport (``_transport``).

``import sbe`` does not import this package."""

from sbe._extras import require as _require

_require("picows", "client", "sbe.ws")
# ruff: noqa: E402 - the check above comes first

from ._util import (CONNECTION_ATTEMPTS, AttemptLimiter, Backoff, HandshakeError, KeyTypeError,
                    RateLimiter, StreamError, SubscriptionError)
from .api import (ConnectionLost, RequestTimeout, ResponseDecodeError, TooManyPendingRequests,
                  UserDataStream, WebSocketAPI)
from ._transport import ConnectionClosed, OpenTimeout, PingTimeout
from .streams import (Frame, FrameError, QueueOverflow, StreamClient, UnknownMessage,
                      normalize_stream, stream_key)

__all__ = ["StreamClient", "Frame", "WebSocketAPI", "UserDataStream", "StreamError",
           "KeyTypeError", "HandshakeError", "SubscriptionError", "RateLimiter",
           "AttemptLimiter", "Backoff", "CONNECTION_ATTEMPTS", "normalize_stream", "stream_key",
           "FrameError", "UnknownMessage", "QueueOverflow", "ConnectionClosed", "PingTimeout",
           "OpenTimeout", "ConnectionLost", "RequestTimeout", "TooManyPendingRequests",
           "ResponseDecodeError"]
