"""Code generator: SBE XML schema -> IR (codegen.model) -> Cython decoders.

``parse_schema`` needs lxml; it is imported on first use so that ``codegen.model`` (the IR)
stays importable without it."""

__all__ = ["parse_schema", "SchemaError", "generate"]


def __getattr__(name):
    if name in ("parse_schema", "SchemaError"):
        from . import parse
        return getattr(parse, name)
    if name == "generate":
        from .generate import generate
        return generate
    raise AttributeError(name)
