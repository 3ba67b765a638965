"""The schema model lives in the runtime (``sbe._schema``) so that the compiler, the
pure-Python codec and the generated modules share one definition; this module keeps the
compiler's ``codegen.model`` name."""

from sbe._schema import *  # noqa: F401,F403
from sbe._schema import FieldType  # noqa: F401  (a Union alias: re-exported explicitly)
