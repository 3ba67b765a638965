"""Code generator: SBE XML schema -> model (sbe._schema, re-exported as codegen.model) ->
Cython decoders.  In a clone this is the folder ``codegen/`` (``python -m codegen``); installed
it is ``sbe._codegen``.  ``codegen.build.compile_schema`` goes from XML to an imported module.

``parse_schema`` needs lxml; it is imported on first use so that ``codegen.model`` stays
importable without it."""

__all__ = ["parse_schema", "SchemaError", "generate"]


def __getattr__(name):
    if name in ("parse_schema", "SchemaError"):
        from . import parse
        return getattr(parse, name)
    if name == "generate":
        from .generate import generate
        return generate
    raise AttributeError(name)
