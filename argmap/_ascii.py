"""One C-speed test shared by the bulk checks: is an ASCII text made only of given bytes.

``str.isprintable`` and a character-class regular expression look at every character in
Python 3.11's Unicode tables or the regex engine (about 25 instructions each); for ASCII text
``bytes.translate`` deletes the allowed bytes in a few, and what is left tells. The id checks
of the readers (`argmap.model._checks.all_ids`), the diagram's printable test and its plain
node names use it.

>>> made_of("c1-a", b"-0123456789abc"), made_of("c 1", b"c1"), made_of("é", b"e")
(True, False, False)
"""

from __future__ import annotations

__all__ = ["made_of"]


def made_of(text: str, allowed: bytes) -> bool:
    """Whether ``text`` is ASCII and holds no byte outside ``allowed`` (True for ``""``)."""
    return text.isascii() and not text.encode().translate(None, allowed)
