"""Optional dependencies: a missing one is an ImportError that says which extra to install
(``pip install "sbe-binance[client]"``), not a bare ModuleNotFoundError from deep inside."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(ImportError):
    """An optional dependency of the feature being imported/used is not installed."""


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``feature`` and the
    ``extra`` that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{feature} needs {module.split('.')[0]}, which is not installed: "
            f"pip install \"sbe-binance[{extra}]\"", name=module) from exc
