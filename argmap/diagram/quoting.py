r"""The one place where user text is made safe for DOT and Mermaid.

Every string a user can write (claim text, quotes, names, titles) reaches the diagram through
exactly one of these functions:

* [`escape_dot`][] for DOT *string* attributes (tooltips, cluster labels, edge labels, ids);
* [`escape_html`][] for the text inside HTML-like labels (claim boxes);
* [`clean`][] removes what no layout program can carry (control characters), and both
  escaping functions call it first.

The traps they defeat, each seen with the ``graphviz`` package and Debian's ``dot``:

>>> escape_dot("<10% of cities>")  # would be taken for an HTML-like label
'<10% of cities>'
>>> type(escape_dot("<10% of cities>")).__name__  # ... but graphviz quotes a NoHtml string
'NoHtml'
>>> print(escape_dot("C:\\new\\dir\\"))  # \n must not become a line break; no final backslash
C:\\new\\dir\\
>>> print(escape_dot("two\nlines"))
two\nlines
>>> escape_html("<a & b>")
'&lt;a &amp; b&gt;'
>>> escape_dot("bell\x07 and NUL-free")
'bell and NUL-free'
"""

from __future__ import annotations

import re

from argmap._ascii import made_of

__all__ = [
    "SEPARATOR",
    "all_printable",
    "clean",
    "clean_all",
    "dot_name",
    "escape_clean_html",
    "escape_clean_html_all",
    "escape_dot",
    "escape_dot_text",
    "escape_dot_texts",
    "escape_html",
    "printable",
    "visible_text",
]

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates and the two
# non-characters XML (and so dot's HTML parser) refuses.
_UNCARRIABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    r"""Return ``text`` without the characters a layout program cannot carry.

    Line ends become ``\n``; a tab becomes a space; other control characters, lone surrogates
    and the non-characters U+FFFE and U+FFFF are dropped.

    >>> clean("a\r\nb\tc\x00d\x1b")
    'a\nb cd'
    """
    if text.isprintable():  # the common case, in C: no control character, no line end
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNCARRIABLE.sub("", text)


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))
"""The printable ASCII characters, as bytes: what [`printable`][] deletes to see if any other
is left."""


def printable(text: str) -> bool:
    r"""``text.isprintable()``, faster for ASCII text: 3.11's ``str.isprintable`` looks every
    character up in the Unicode tables (about 25 instructions each); ASCII text is told by
    deleting its printable bytes (``bytes.translate``, a few instructions each).

    >>> printable("a b~"), printable("a\tb"), printable("\x7f"), printable("é"), printable("")
    (True, False, False, True, True)
    """
    if text.isascii():  # a flag of the string, no pass over it
        return made_of(text, _PRINTABLE_ASCII)
    return text.isprintable()


def all_printable(texts: list[str]) -> bool:
    r"""Whether every text is printable (``all(map(str.isprintable, texts))``), told of them
    all joined, in one pass: a text is printable exactly when each of its characters is.

    >>> all_printable(["a", "b c"]), all_printable(["a", "b\nc"]), all_printable([])
    (True, False, True)
    """
    return printable("".join(texts))


SEPARATOR = "\x00"
"""Joins many texts for one pass of escaping or quoting: [`clean`][] drops it, so no cleaned
text has it."""


def clean_all(texts: list[str]) -> list[str]:
    r"""``[clean(text) for text in texts]``; ``texts`` itself when there is nothing to clean.

    Nothing is cleaned from texts whose only unprintable characters are line ends (claim
    tooltips: the text, then a line per attribution), told by one test of them all.

    >>> clean_all(["a", "b\tc"])
    ['a', 'b c']
    >>> texts = ["a\nb", "c"]
    >>> clean_all(texts) is texts
    True
    """
    if all_printable(texts):  # the common case, in C
        return texts
    if "".join(texts).replace("\n", "").isprintable():  # line ends alone (tooltips): kept
        return texts
    return list(map(clean, texts))


def escape_dot(text: str, *, tooltip: bool = False) -> str:
    r"""Escape ``text`` for a DOT string attribute (an ``escString``), literally.

    Backslashes are doubled (so ``\n``, ``\l`` or ``\N`` in user text stay literal), ``&``
    becomes ``&amp;`` (dot decodes entities such as ``&amp;`` even in plain labels and ids),
    a newline becomes DOT's ``\n`` line break, and the result is marked as not-HTML so the
    ``graphviz`` package quotes it even when it looks like ``<...>``. Quotation marks are escaped
    by the ``graphviz`` package's own quoting, which is correct once backslashes are doubled.

    Args:
        text: any user text.
        tooltip: escape for a ``tooltip`` attribute, which dot unescapes twice (first ``\\``
            to ``\``, then ``\N`` to the node name), so backslashes are quadrupled.

    Returns:
        A `graphviz.quoting.NoHtml` string to pass as an attribute value.

    >>> print(escape_dot('say "no" \\ now'))
    say "no" \\ now
    >>> print(escape_dot('say "no" \\ now', tooltip=True))
    say "no" \\\\ now
    """
    import graphviz  # the NoHtml mark is graphviz's; the DOT text path quotes without it

    result: str = graphviz.nohtml(escape_dot_text(text, tooltip=tooltip))
    return result


def escape_dot_text(text: str, *, tooltip: bool = False) -> str:
    r"""[`escape_dot`][] as a plain string, for callers that quote it themselves (it must never
    be read as an HTML-like label).

    >>> escape_dot_text("a\\b & c") == escape_dot("a\\b & c")
    True
    """
    backslash = "\\\\\\\\" if tooltip else "\\\\"
    return clean(text).replace("&", "&amp;").replace("\\", backslash).replace("\n", "\\n")


def escape_dot_texts(texts: list[str], *, tooltip: bool = False) -> list[str]:
    r"""``[escape_dot_text(text, tooltip=tooltip) for text in texts]``, escaped in one pass.

    The texts are cleaned, joined by a character no cleaned text holds, escaped together and
    split again: one ``str.replace`` per rule for a whole diagram instead of one per text.

    >>> escape_dot_texts(["a & b", "c\\d", "two\nlines"])
    ['a &amp; b', 'c\\\\d', 'two\\nlines']
    """
    if not texts:
        return []
    backslash = "\\\\\\\\" if tooltip else "\\\\"
    joined = SEPARATOR.join(clean_all(texts))
    joined = joined.replace("&", "&amp;").replace("\\", backslash).replace("\n", "\\n")
    return joined.split(SEPARATOR)


def escape_html(text: str) -> str:
    r"""Escape ``text`` for the inside of an HTML-like label.

    ``&``, ``<``, ``>`` and both quotation marks become entities; a newline becomes ``<BR/>``.
    Backslashes are doubled: dot replaces ``\N``, ``\G``, ``\E``... by the node, graph or
    edge name even inside HTML-like labels (after decoding entities, so ``&#92;`` does not
    help), and reads ``\\`` as one backslash.

    Args:
        text: any user text.

    Returns:
        Markup to put between tags of an HTML-like label.

    >>> escape_html('5 > 3 & "x"\nnext')
    '5 &gt; 3 &amp; &quot;x&quot;<BR/>next'
    >>> print(escape_html("node \\N"))
    node \\N
    """
    return escape_clean_html(clean(text))


def escape_clean_html(text: str, *, line_break: str = "<BR/>") -> str:
    """[`escape_html`][] for text that has already been through [`clean`][] (no second pass).

    Args:
        text: cleaned text.
        line_break: the markup each newline becomes.

    >>> escape_clean_html("it's <b>") == escape_html("it's <b>")
    True
    >>> escape_clean_html("a\\nb", line_break="<BR/>\\n")
    'a<BR/>\\nb'
    """
    # "&" first, so that no entity is escaped twice.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("'", "&#39;")
    if "]" in text:
        text = _LONE_BRACKETS.sub(_bracket_entities, text)
    return text.replace("\\", "\\\\").replace("\n", line_break)


def escape_clean_html_all(
    texts: list[str], *, line_break: str = "<BR/>", end: str = ""
) -> list[str]:
    r"""``[escape_clean_html(text, line_break=line_break) + end for text in texts]``, in one
    pass.

    Args:
        texts: cleaned texts (see [`clean`][]).
        line_break: the markup each newline becomes.
        end: markup put after each text (added to them all at once).

    >>> escape_clean_html_all(["a < b", "]", "c\nd"]) == [
    ...     escape_clean_html(t) for t in ["a < b", "]", "c\nd"]]
    True
    """
    if not texts:
        return []
    joined = SEPARATOR.join(texts)
    brackets = "]" in joined
    joined = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    joined = joined.replace('"', "&quot;").replace("'", "&#39;")
    joined = joined.replace("\\", "\\\\").replace("\n", line_break)
    if end:
        joined = joined.replace(SEPARATOR, end + SEPARATOR) + end
    escaped = joined.split(SEPARATOR)
    if brackets:  # rare: a line of lone brackets is told line by line, text by text
        for number, text in enumerate(texts):
            if "]" in text:
                escaped[number] = escape_clean_html(text, line_break=line_break) + end
    return escaped


# dot (2.43) refuses an HTML-like label in which a piece of text between two tags is nothing
# but closing brackets ("]", " ]]"): such a line is written with entities, which dot shows as
# the same brackets. A bracket among other text is left as it is.
_LONE_BRACKETS = re.compile(r"^[ \t]*\][ \t\]]*$", re.MULTILINE)


def _bracket_entities(match: re.Match[str]) -> str:
    return match.group().replace("]", "&#93;")


def visible_text(text: str) -> str:
    """Return the words of ``text`` as a diagram shows them: cleaned, white space collapsed.

    Layout programs break lines and collapse runs of spaces; tests compare with this.

    >>> visible_text("  a\\n  b\\x00c ")
    'a bc'
    """
    return " ".join(clean(text).split())


_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9-]")


def dot_name(element_id: str) -> str:
    """Return a DOT node name for an element id: stable, unique, and safe from port syntax.

    Characters other than ASCII letters, digits and ``-`` become ``_<hex>_``, so two ids never
    share a name and a ``:`` never reads as a port.

    >>> dot_name("c1"), dot_name("a:b"), dot_name("a_b")
    ('n_c1', 'n_a_3a_b', 'n_a_5f_b')
    """
    return "n_" + _NAME_UNSAFE.sub(lambda match: f"_{ord(match.group()):x}_", element_id)
