"""The one way argmap writes a file: whole or not at all, with the modes a shell would give.

Every output (the command line, [`argmap.save`][argmap.files.save],
[`argmap.render`][argmap.diagram.render.render], framework files)
goes through [`write_atomic`][]:

- the data goes to a temporary file beside the target, renamed over it at the end, so a reader
  never sees half a file and a failed write keeps the old one;
- a new file gets the mode the umask gives (``0o666 & ~umask``), an existing file keeps its mode;
- a file without write permission is refused, as a shell's ``>`` refuses it (even for root:
  a read-only mark is a user's decision);
- a symbolic link is written through: its target gets the new content, the link stays;
- a pipe or a device (``/dev/stdout``, a named pipe) is written to directly, as a shell's
  ``>`` does, never replaced;
- the input of the same command is never overwritten (the same file however named: a symlink,
  a hard link, ``./x``), unless forced;
- on SIGINT, SIGTERM or SIGHUP the temporary file is removed before the process ends.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(folder / "map.json", "{}").read_text()
'{}'
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from argmap.exceptions import OutputError

__all__ = ["OutputError", "same_file", "write_atomic"]

_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

PathLike = str | os.PathLike[str]


def same_file(first: PathLike | os.stat_result, second: PathLike | os.stat_result) -> bool:
    """Tell whether two names (or ``os.stat`` results) are one file (same device and inode).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "a").write_text("x")
    1
    >>> same_file(folder / "a", folder / "." / "a"), same_file(folder / "a", folder / "b")
    (True, False)
    """
    try:
        a = first if isinstance(first, os.stat_result) else os.stat(first)
        b = second if isinstance(second, os.stat_result) else os.stat(second)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def write_atomic(
    path: PathLike,
    data: str | bytes,
    *,
    inputs: Iterable[PathLike | os.stat_result] = (),
    force: bool = False,
) -> Path:
    """Write ``data`` (text is written as UTF-8) to ``path``, whole or not at all.

    Args:
        path: the file to write; a symbolic link is followed to its target.
        data: the content.
        inputs: the files the same command read; overwriting one of them is refused.
        force: overwrite an input all the same.

    Returns:
        ``path``, as a `Path`.

    Raises:
        OutputError: the target is read-only, a folder, an input of the command, or its
            folder is missing or not writable; the message names the file.
    """
    shown = os.fspath(path)
    target = Path(os.path.realpath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    mode = _existing_mode(target, shown, inputs, force)
    if mode is not None and not stat.S_ISREG(os.stat(target).st_mode):
        _write_in_place(target, shown, payload)  # a pipe or a device: renaming would replace it
        return Path(path)
    temporary = target.parent / f".{target.name}.{os.urandom(4).hex()}.tmp"
    with _removed_on_signal(temporary):
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except OSError as error:
            raise OutputError(f"{shown}: cannot write here: {_reason(error)}") from None
        try:
            if mode is not None:
                os.fchmod(handle, mode)
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, target)
        except OSError as error:
            raise OutputError(f"{shown}: cannot write: {_reason(error)}") from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    return Path(path)


def _write_in_place(target: Path, shown: str, payload: bytes) -> None:
    try:
        with open(target, "wb") as stream:
            stream.write(payload)
    except OSError as error:
        raise OutputError(f"{shown}: cannot write: {_reason(error)}") from None


def _existing_mode(
    target: Path, shown: str, inputs: Iterable[PathLike | os.stat_result], force: bool
) -> int | None:
    """Return the mode an existing target keeps (None for a new file), or refuse to write."""
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise OutputError(f"{shown}: cannot write: {_reason(error)}") from None
    if stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{shown}: cannot write: is a folder")
    if not force:
        for source in inputs:
            if same_file(status, source):
                named = "" if isinstance(source, os.stat_result) else f" {os.fspath(source)}"
                raise OutputError(
                    f"{shown}: refusing to overwrite the input{named} "
                    "(write to another file, or use --force)"
                )
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputError(
            f"{shown}: cannot write: permission denied (the file is read-only; "
            "make it writable or write to another file)"
        )
    return stat.S_IMODE(status.st_mode)


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


@contextlib.contextmanager
def _removed_on_signal(temporary: Path) -> Iterator[None]:
    """Remove ``temporary`` if a terminating signal arrives, then let the signal act as before.

    Signal handlers can only be set in the main thread; elsewhere the ``finally`` of the
    caller is the only cleanup (SIGINT raises KeyboardInterrupt there too).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}

    def handler(signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        _restore(previous)
        os.kill(os.getpid(), signum)  # the previous handler (or the default) acts now

    for signum in _SIGNALS:
        old = signal.getsignal(signum)
        if old in (signal.SIG_IGN, None):
            continue
        previous[signum] = old
        signal.signal(signum, handler)
    try:
        yield
    finally:
        _restore(previous)


def _restore(previous: dict[int, Any]) -> None:
    for signum, old in previous.items():
        signal.signal(signum, old)
    previous.clear()
