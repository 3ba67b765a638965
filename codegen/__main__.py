"""Command line of the schema compiler.

    python -m codegen SCHEMA.xml [SCHEMA.xml ...] --out DIR   generate decoders for schemas
                      [--build]                               ... and compile them in DIR
    python -m codegen --pinned [--schemas-dir DIR]            regenerate sbe/_generated from
                                                              the pins in schemas/pins.json
    python -m codegen update [--from DIR|FILE] ...            follow Binance's newest schema
                                                              (codegen/update.py, docs/updating.md)
"""

from __future__ import annotations

import argparse
import sys
import warnings

from .pins import GENERATED_DIR, REGENERATE_COMMAND, lifecycle_map, load_pins, pinned_paths


def main(argv=None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "update":
        from .update import main as update_main  # the schema regeneration script
        return update_main(argv[1:])
    ap = argparse.ArgumentParser(prog="python -m codegen",
                                 description="Compile SBE XML schemas into Cython decoders.")
    ap.add_argument("schemas", nargs="*", help="SBE XML schema files")
    ap.add_argument("--out", help="output folder (default: sbe/_generated with --pinned)")
    ap.add_argument("--pinned", action="store_true",
                    help="regenerate the committed decoders from schemas/pins.json")
    ap.add_argument("--schemas-dir", help="folder holding the pinned XML files "
                                          "(default: $SBE_SCHEMAS_DIR or ../shared/sbe-schemas)")
    ap.add_argument("--package-prefix", default=None,
                    help="import prefix of the output folder (for the encoder's IR import; "
                         "default: sbe._generated. with --pinned, else none: top-level "
                         "modules)")
    ap.add_argument("--build", action="store_true",
                    help="also compile the generated modules in --out (import them with "
                         "that folder on sys.path)")
    ap.add_argument("--strict", action="store_true",
                    help="unknown elements and attributes are errors (default: warnings)")
    args = ap.parse_args(argv)

    from .generate import generate
    from .parse import SchemaError, SchemaWarning

    lifecycle = None
    try:
        if args.pinned:
            paths = [str(p) for p in pinned_paths(args.schemas_dir)]
            out = args.out or str(GENERATED_DIR)
            command = REGENERATE_COMMAND
            lifecycle = lifecycle_map(load_pins())
        else:
            if not args.schemas or not args.out:
                ap.error("give schema files and --out, or --pinned")
            paths, out = args.schemas, args.out
            command = "python -m codegen " + " ".join(
                p.replace("\\", "/").rsplit("/", 1)[-1] for p in paths) + " --out <dir>"
        prefix = args.package_prefix
        if prefix is None:
            prefix = "sbe._generated." if args.pinned else ""
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always", SchemaWarning)
            # --out DIR holds top-level modules: no package __init__.py (see codegen.build)
            files = generate(paths, out, command=command, package_prefix=prefix,
                             lifecycle=lifecycle, strict=args.strict, index=args.pinned)
        for w in seen:
            if issubclass(w.category, SchemaWarning):
                print(f"warning: {w.message}", file=sys.stderr)
            else:
                warnings.showwarning(w.message, w.category, w.filename, w.lineno)
    except SchemaError as exc:
        print(f"schema validation failed:\n{exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for f in files:
        print(f)
    if args.build:
        from .build import build
        try:
            for so in build(out, sorted({f.stem for f in files if f.suffix == ".pyx"})):
                print(so)
        except Exception as exc:  # compiler errors: setuptools/Cython report them above
            print(f"error: build failed: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
