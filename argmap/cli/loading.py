"""Finding the map a user means: a document in any format, standard input, or Python code.

A ``FILE`` argument is one of:

- ``-``: standard input, the format told by its content or by ``--from``;
- a document in any format argmap reads
([`argmap.formats.registry.REGISTRY`][argmap.formats.registry.REGISTRY]), told by the
  file name or its content, or by ``--from``; reading a document never runs code;
- a Python file (``examples/labour_immigration.py``): **this runs the file's code**, as
  ``python FILE`` would; argmap then takes its ``build()`` function (called with no arguments)
  or, failing that, a module-level ``ArgumentMap`` named ``MAP`` or ``argument_map``;
- ``module:attribute`` (``mypackage.debates:build``): **this imports the module**, running its
  code; the attribute must be an ``ArgumentMap`` or a function named ``build``, defined in that
  module, taking no arguments. Anything else is refused without being called, and modules of
  Python's standard library are refused before they are imported.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from argmap._process_end import keep_until_exit
from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats.contract import Kind

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["BUILD_FUNCTION", "STDIN", "load_any", "load_map", "read_inputs"]

BUILD_FUNCTION = "build"
"""The function a Python file (or ``module:build``) defines to build its map."""
STDIN = "-"
"""The ``FILE`` that means standard input."""

_MAP_NAMES = ("MAP", "argument_map")
_INPUTS = "argmap.inputs"


def read_inputs() -> list[os.stat_result]:
    """The files the running command has read (so that it never overwrites one of them)."""
    context = click.get_current_context(silent=True)
    if context is None:
        return []
    inputs: list[os.stat_result] = context.find_root().meta.setdefault(_INPUTS, [])
    return inputs


def _remember(path: Path) -> None:
    with contextlib.suppress(OSError):
        read_inputs().append(os.stat(path))


def load_map(spec: str, *, format: str | None = None) -> ArgumentMap:
    """Load the map named by ``spec`` (``-``, a path, a Python file or ``module:build``).

    Args:
        spec: what the user typed.
        format: the format's name (``--from``), when neither the name nor the content tells.

    Raises:
        DocumentError: the file is missing, unreadable, or not a valid map; or the code
            does not provide a map.
    """
    value: ArgumentMap = load_any(spec, Kind.MAP, format=format)
    return value


def load_any(spec: str, *kinds: Kind, format: str | None = None) -> Any:
    """Like [`load_map`][], for files of any of ``kinds`` (a map or a framework)."""
    from argmap.files import read

    if spec == STDIN:
        value = read(sys.stdin.buffer, *kinds, format=format)[1]
    else:
        path = Path(spec)
        if format is None and path.suffix == ".py":
            return _from_python_file(path)
        if format is None and ":" in spec and not path.exists():
            return _from_module(spec)
        _remember(path)
        value = read(path, *kinds, format=format)[1]
    keep_until_exit(value)  # never freed: the command's process ends without (see there)
    return value


@contextlib.contextmanager
def _user_code(doing: str, spec: str) -> Iterator[None]:
    """Turn any failure of the user's code into one DocumentError naming ``spec``."""
    try:
        yield
    except ArgmapError as error:
        raise DocumentError(f"{doing} failed: {error}", file=spec) from None
    except Exception as error:
        raise DocumentError(f"{doing} failed: {type(error).__name__}: {error}", file=spec) from None


def _from_python_file(path: Path) -> ArgumentMap:
    if not path.is_file():
        raise DocumentError("no such file", file=str(path))
    _remember(path)
    name = f"_argmap_user_{path.stem}"
    module_spec = importlib.util.spec_from_file_location(name, path)
    if module_spec is None or module_spec.loader is None:
        raise DocumentError("cannot be imported as Python", file=str(path))
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    try:
        with _user_code("running the file", str(path)):
            module_spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    for attribute in (BUILD_FUNCTION, *_MAP_NAMES):
        if hasattr(module, attribute):
            return _resolve(getattr(module, attribute), name, f"{path}:{attribute}")
    raise DocumentError(
        f"defines no {BUILD_FUNCTION}() function and no map named {' or '.join(_MAP_NAMES)}",
        file=str(path),
    )


def _from_module(spec: str) -> ArgumentMap:
    module_name, _, attribute = spec.partition(":")
    parts = module_name.split(".")
    if not all(part.isidentifier() for part in parts) or not attribute.isidentifier():
        raise DocumentError("no such file (and not a module:attribute name)", file=spec)
    if parts[0] in sys.stdlib_module_names:
        raise DocumentError(
            f"refusing {module_name!r}: a module of Python's standard library builds no map",
            file=spec,
        )
    try:
        found = importlib.util.find_spec(module_name)
    except (ImportError, ValueError) as error:
        raise DocumentError(f"cannot import module {module_name!r}: {error}", file=spec) from None
    if found is None:
        raise DocumentError(f"no such file, and no module named {module_name!r}", file=spec)
    with _user_code(f"importing {module_name!r}", spec):
        module = importlib.import_module(module_name)
    try:
        value = getattr(module, attribute)
    except AttributeError:
        raise DocumentError(f"module {module_name!r} has no {attribute!r}", file=spec) from None
    return _resolve(value, module.__name__, spec)


def _resolve(value: Any, module_name: str, spec: str) -> ArgumentMap:
    """Return the map ``value`` is, or that it builds if it is a ``build`` function.

    A function is called only when it is a plain Python function named ``build``, defined in
    the module it was found in, taking no arguments: never an arbitrary callable.
    """
    from argmap.model import ArgumentMap

    if isinstance(value, ArgumentMap):
        return value
    if not _is_build_function(value, module_name):
        raise DocumentError(
            f"expected an ArgumentMap or a {BUILD_FUNCTION}() function defined in "
            f"{module_name!r}, got {_describe(value)} (not called)",
            file=spec,
        )
    with _user_code("building the map", spec):
        built = value()
    if not isinstance(built, ArgumentMap):
        raise DocumentError(f"expected an ArgumentMap, got {type(built).__name__}", file=spec)
    return built


def _is_build_function(value: Any, module_name: str) -> bool:
    if not inspect.isfunction(value) or value.__name__ != BUILD_FUNCTION:
        return False
    if value.__module__ != module_name:
        return False
    parameters = inspect.signature(value).parameters.values()
    optional = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    return all(p.default is not p.empty or p.kind in optional for p in parameters)


def _describe(value: Any) -> str:
    name = getattr(value, "__qualname__", None)
    return f"{type(value).__name__} {name}" if name else type(value).__name__
