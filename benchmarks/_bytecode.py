"""Compile argmap's modules to bytecode before timing fresh processes, as an install does.

pip compiles a package's modules when it installs a wheel, so a user's ``argmap`` starts from
bytecode, and so do the peers (arguebuf in its virtual environment). A checkout run in place (an
editable install) compiles each module the first time it is imported and keeps the bytecode in
``__pycache__`` for the next run, unless ``PYTHONDONTWRITEBYTECODE`` is set, as it is on the
project's build machine: there every fresh process compiled every argmap module it imported
again, 0.15-0.2 s CPU of each render (measured 2026-12-01: the flagship's AIF to DOT took
0.37-0.42 s from source and 0.19-0.26 s from bytecode). The scripts that time fresh processes
call [`compile_package`][] first, so that argmap is timed as installed.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_package(root: Path | str | None = None) -> None:
    """Write the bytecode of every module of the argmap package under ``root`` (the checkout)."""
    package = Path(root or ROOT) / "argmap"
    if not compileall.compile_dir(package, quiet=1):
        raise SystemExit(f"could not compile {package} to bytecode")
