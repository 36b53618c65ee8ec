"""Finding the map a user means: a document, a foreign format, or Python code that builds it.

A ``FILE`` argument is one of:

- a document whose format the file name tells (``map.yaml``, ``map.json``, ``debate.argdown``);
- a Python file (``examples/labour_immigration.py``): argmap runs it as a module and takes its
  ``build()`` function (called with no arguments) or, failing that, a module-level
  ``ArgumentMap`` named ``MAP`` or ``argument_map``;
- ``module:attribute`` (``mypackage.debates:tram``): the attribute is a map or a function with
  no arguments that returns one.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats.registry import format_for_path, format_for_text, get_format
from argmap.model import ArgumentMap

__all__ = ["BUILD_FUNCTION", "load_map"]

BUILD_FUNCTION = "build"
"""The function a Python file defines to build its map."""

_MAP_NAMES = ("MAP", "argument_map")


def load_map(spec: str, *, format: str | None = None) -> ArgumentMap:
    """Load the map named by ``spec`` (a path or ``module:attribute``).

    Args:
        spec: what the user typed.
        format: the format's name, when the file name does not tell it.

    Raises:
        DocumentError: the file is missing, unreadable, or not a valid map; or the code
            does not provide a map.
    """
    path = Path(spec)
    if path.suffix == ".py" and format is None:
        return _from_python_file(path)
    if not path.exists() and ":" in spec and format is None:
        module_name, _, attribute = spec.partition(":")
        return _from_module(module_name, attribute, spec)
    if format is None and path.suffix.lower() != ".txt":
        format_for_path(path)  # refuse an unknown file name before reading the file
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DocumentError("no such file", file=spec) from None
    except IsADirectoryError:
        raise DocumentError("is a folder, not a file", file=spec) from None
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"not UTF-8 text (byte {error.start} cannot be read)", file=spec
        ) from None
    except OSError as error:
        raise DocumentError(f"cannot read: {error.strerror}", file=spec) from None
    chosen = get_format(format) if format else format_for_text(path, text)
    return chosen.loads(text, filename=spec)


def _from_python_file(path: Path) -> ArgumentMap:
    if not path.is_file():
        raise DocumentError("no such file", file=str(path))
    name = f"_argmap_user_{path.stem}"
    module_spec = importlib.util.spec_from_file_location(name, path)
    if module_spec is None or module_spec.loader is None:
        raise DocumentError("cannot be imported as Python", file=str(path))
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    try:
        module_spec.loader.exec_module(module)
    except ArgmapError as error:
        raise DocumentError(f"building the map failed: {error}", file=str(path)) from None
    except Exception as error:
        raise DocumentError(
            f"running the file failed: {type(error).__name__}: {error}", file=str(path)
        ) from None
    finally:
        sys.modules.pop(name, None)
    for attribute in (BUILD_FUNCTION, *_MAP_NAMES):
        if hasattr(module, attribute):
            return _resolve(getattr(module, attribute), f"{path}:{attribute}")
    raise DocumentError(
        f"defines no {BUILD_FUNCTION}() function and no map named {' or '.join(_MAP_NAMES)}",
        file=str(path),
    )


def _from_module(module_name: str, attribute: str, spec: str) -> ArgumentMap:
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise DocumentError(f"cannot import module {module_name!r}: {error}", file=spec) from None
    try:
        value = getattr(module, attribute)
    except AttributeError:
        raise DocumentError(f"module {module_name!r} has no {attribute!r}", file=spec) from None
    return _resolve(value, spec)


def _resolve(value: Any, spec: str) -> ArgumentMap:
    if callable(value) and not isinstance(value, ArgumentMap):
        try:
            value = value()
        except ArgmapError as error:
            raise DocumentError(f"building the map failed: {error}", file=spec) from None
        except Exception as error:
            raise DocumentError(
                f"building the map failed: {type(error).__name__}: {error}", file=spec
            ) from None
    if not isinstance(value, ArgumentMap):
        raise DocumentError(f"expected an ArgumentMap, got {type(value).__name__}", file=spec)
    return value
