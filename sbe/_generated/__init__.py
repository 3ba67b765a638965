"""Generated decoder modules. Never edit by hand: regenerate with ``python -m codegen``."""
