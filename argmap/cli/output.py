"""Writing output files whole or not at all.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(folder / "map.json", "{}")
>>> (folder / "map.json").read_text()
'{}'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from argmap.exceptions import OutputError

__all__ = ["OutputError", "write_atomic"]


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    A reader never sees half a file, and an existing file is kept when writing fails.

    Raises:
        OutputError: the folder does not exist or cannot be written.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise OutputError(f"{target}: cannot write here: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise OutputError(f"{target}: cannot write: {error.strerror}") from None
