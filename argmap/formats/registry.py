"""The one table of every file argmap reads or writes: maps, frameworks and diagrams.

Adding a format is one module (with ``loads``/``dumps``, see
[`argmap.formats.contract`][argmap.formats.contract]) and one row in [`REGISTRY`][]; the command
line, ``argmap.load``
and ``argmap.save`` and the round-trip tests take it from there (``docs/contributing.md``).

>>> FORMATS["yaml"].suffixes
('.yaml', '.yml')
>>> format_for_path("debate.yml").name
'yaml'
>>> detect("corpus.json", '{"nodes": [], "edges": []}').name
'aif'
>>> [f.name for f in formats(Kind.FRAMEWORK)]
['iccma', 'aspartix', 'tgf']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from argmap.exceptions import DocumentError
from argmap.formats import _sniff
from argmap.formats.contract import Content, Format, Holds, Kind

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = [
    "FORMATS",
    "REGISTRY",
    "Format",
    "Holds",
    "Kind",
    "MapFormat",
    "detect",
    "detect_content",
    "dumps",
    "format_for_path",
    "format_table",
    "formats",
    "get_format",
    "loads",
    "match_name",
]

_D = "argmap.formats._diagram_text"

REGISTRY: tuple[Format, ...] = (
    # Maps. Order matters for content sniffing: the first format whose sniff says yes wins.
    Format(
        name="json",
        kind=Kind.MAP,
        suffixes=(".json",),
        description="argmap's own document, as JSON",
        reader="argmap.formats.json_format:loads",
        writer="argmap.formats.json_format:dumps",
        sniff=_sniff.argmap_json,
    ),
    Format(
        name="yaml",
        kind=Kind.MAP,
        suffixes=(".yaml", ".yml"),
        description="argmap's own document, as YAML (for writing by hand)",
        reader="argmap.formats.yaml_format:loads",
        writer="argmap.formats.yaml_format:dumps",
        sniff=_sniff.argmap_yaml,
    ),
    Format(
        name="argdown",
        kind=Kind.MAP,
        suffixes=(".argdown", ".ad"),
        description="Argdown text (classic 1.x syntax)",
        reader="argmap.formats.argdown:loads",
        writer="argmap.formats.argdown:dumps",
        holds=Holds.ELEMENTS,
    ),
    Format(
        name="sadface",
        kind=Kind.MAP,
        suffixes=(".sadface.json", ".sadface"),
        description="SADFace JSON (atoms, schemes, conflicts, text spans)",
        reader="argmap.formats.sadface:loads",
        writer="argmap.formats.sadface:dumps",
        sniff=_sniff.sadface,
    ),
    Format(
        name="aif",
        kind=Kind.MAP,
        suffixes=(".aif.json", ".aif"),
        description="AIF JSON as AIFdb and OVA write it (OVA3 and OVA2 read too)",
        reader="argmap.formats.aif:loads",
        writer="argmap.formats.aif:dumps",
        sniff=_sniff.aif,
        holds=Holds.STRUCTURE,
        json_reader="argmap.formats.aif.read_aif:loads_json",
    ),
    Format(
        name="argdown-json",
        kind=Kind.MAP,
        suffixes=(".argdown.json",),
        description="Argdown's JSON export (argdown json, VS Code, web app), read only",
        reader="argmap.formats.argdown_json:loads",
        sniff=_sniff.argdown_json,
    ),
    Format(
        name="kialo",
        kind=Kind.MAP,
        suffixes=(".kialo.txt", ".kialo"),
        description="Kialo discussion text export (numbered pro/con tree), read only",
        reader="argmap.formats.kialo:loads",
        sniff=_sniff.kialo,
    ),
    Format(
        name="microtexts",
        kind=Kind.MAP,
        suffixes=(".xml",),
        description="argumentative microtexts XML (arggraph), read only",
        reader="argmap.formats.microtexts:loads",
        sniff=_sniff.microtexts,
    ),
    # Abstract frameworks (argmap evaluate).
    Format(
        name="iccma",
        kind=Kind.FRAMEWORK,
        suffixes=(".af", ".i23"),
        description="ICCMA 2023 framework ('p af N', then one attack per line)",
        reader="argmap.semantics.iccma:loads",
        writer="argmap.semantics.iccma:dumps",
    ),
    Format(
        name="aspartix",
        kind=Kind.FRAMEWORK,
        suffixes=(".apx", ".lp"),
        description="ASPARTIX framework facts (arg(a). att(a,b).)",
        reader="argmap.semantics.aspartix:loads",
        writer="argmap.semantics.aspartix:dumps",
    ),
    Format(
        name="tgf",
        kind=Kind.FRAMEWORK,
        suffixes=(".tgf",),
        description="Trivial Graph Format framework (arguments, '#', attacks)",
        reader="argmap.semantics.tgf:loads",
        writer="argmap.semantics.tgf:dumps",
    ),
    # Diagrams (written only; the writers take diagram options).
    Format(
        name="svg",
        kind=Kind.DIAGRAM,
        suffixes=(".svg",),
        description="SVG drawing, laid out by Graphviz's dot",
        writer=f"{_D}:svg",
    ),
    Format(
        name="png",
        kind=Kind.DIAGRAM,
        suffixes=(".png",),
        description="PNG picture, laid out by Graphviz's dot",
        writer=f"{_D}:png",
        binary=True,
    ),
    Format(
        name="pdf",
        kind=Kind.DIAGRAM,
        suffixes=(".pdf",),
        description="PDF, laid out by Graphviz's dot",
        writer=f"{_D}:pdf",
        binary=True,
    ),
    Format(
        name="dot",
        kind=Kind.DIAGRAM,
        suffixes=(".dot", ".gv"),
        description="Graphviz DOT source (no Graphviz needed)",
        writer=f"{_D}:dot",
    ),
    Format(
        name="mermaid",
        kind=Kind.DIAGRAM,
        suffixes=(".mmd", ".mermaid"),
        description="Mermaid flowchart text (renders in GitHub and GitLab Markdown)",
        writer=f"{_D}:mermaid",
    ),
    Format(
        name="html",
        kind=Kind.DIAGRAM,
        suffixes=(".html", ".htm"),
        description="the interactive map: one self-contained HTML page, laid out by dot",
        writer=f"{_D}:html",
    ),
)
"""Every format, in the order content sniffing tries them."""

FORMATS: dict[str, Format] = {f.name: f for f in REGISTRY}
"""Every format, by name."""

MapFormat = Format
"""The old name of [`Format`][]."""

_ALL = frozenset(Kind)


def formats(*kinds: Kind) -> list[Format]:
    """Return the formats of these kinds (all formats when none is given), in table order."""
    wanted = frozenset(kinds) or _ALL
    return [f for f in REGISTRY if f.kind in wanted]


def format_table() -> str:
    """Return the Markdown table of every format, one row each, as ``docs/cli.md`` shows it.

    The docs page holds this very text (a test compares them), so it lists every row of
    [`REGISTRY`][].

    >>> print(format_table().splitlines()[2])
    | `json` | map | map | `.json` | argmap's own document, as JSON |
    """
    rows = [
        "| name | reads | writes | file names | what it is |",
        "|---|---|---|---|---|",
    ]
    for f in REGISTRY:
        kind = f.kind.value
        names = ", ".join(f"`{suffix}`" for suffix in f.suffixes)
        reads, writes = (kind if f.reads else ""), (kind if f.writes else "")
        rows.append(f"| `{f.name}` | {reads} | {writes} | {names} | {f.description} |")
    return "\n".join(rows)


def get_format(name: str, *kinds: Kind) -> Format:
    """Return the format of this name, of one of ``kinds`` (any kind when none is given).

    Raises:
        DocumentError: no such format (the message lists the ones that fit).
    """
    chosen = FORMATS.get(name.lower())
    candidates = formats(*kinds)
    if chosen is None or chosen not in candidates:
        raise DocumentError(
            f"unknown format {name!r}; use one of {', '.join(f.name for f in candidates)}"
        )
    return chosen


def _by_suffix(path: str | os.PathLike[str], kinds: Iterable[Kind]) -> tuple[Format, str] | None:
    name = os.fspath(path).lower()
    matches = [
        (suffix, f) for f in formats(*kinds) for suffix in f.suffixes if name.endswith(suffix)
    ]
    if not matches:
        return None
    suffix, chosen = max(matches, key=lambda match: len(match[0]))
    return chosen, suffix


def match_name(path: str | os.PathLike[str], *kinds: Kind) -> tuple[Format, str] | None:
    """Return the format of ``kinds`` whose file ending ``path`` has (the longest wins) and that
    ending, or ``None`` when no format's ending fits.

    >>> chosen, ending = match_name("corpus.aif.json")
    >>> chosen.name, ending
    ('aif', '.aif.json')
    >>> match_name("notes.txt") is None
    True
    """
    return _by_suffix(path, kinds)


def _generic(suffix: str) -> bool:
    """Whether other formats' names end in this one (``.json`` -> ``.aif.json``), so that a file
    with only this ending may be in one of those formats too."""
    return any(s != suffix and s.endswith(suffix) for f in REGISTRY for s in f.suffixes)


def format_for_path(path: str | os.PathLike[str], *kinds: Kind) -> Format:
    """Tell a file's format from its name (the longest matching ending wins).

    Raises:
        DocumentError: when no format of ``kinds`` claims the file name.
    """
    found = _by_suffix(path, kinds)
    if found is None:
        known = ", ".join(suffix for f in formats(*kinds) for suffix in f.suffixes)
        raise DocumentError(
            f"cannot tell the format from the file name; use one of {known} or name the format",
            file=os.fspath(path),
        )
    return found[0]


def detect(path: str | os.PathLike[str] | None, text: str, *kinds: Kind) -> Format:
    """Tell a file's format from its name and, where the name does not settle it, its content.

    The name decides, unless its ending is one that other formats' names extend (a plain
    ``.json`` may be AIF, whose files are named ``.aif.json``) or no format claims it (a
    ``.txt`` Kialo export, standard input): then the content decides, through each format's
    content test in table order, and the name's format is the fallback. Only formats that read
    are considered; a file whose name settles its format is not looked into.

    Raises:
        DocumentError: neither the name nor the content tells the format.
    """
    return detect_content(path, text, *kinds)[0]


def detect_content(
    path: str | os.PathLike[str] | None, text: str, *kinds: Kind
) -> tuple[Format, Content | None]:
    """Tell a file's format as [`detect`][] does, and give the text as its content tests saw
    it (None when the name settled the format), for
    [`Format.loads`][argmap.formats.contract.Format.loads] to read without parsing it again.

    >>> chosen, content = detect_content("corpus.json", '{"nodes": [], "edges": []}')
    >>> chosen.name, content.json
    ('aif', {'nodes': [], 'edges': []})

    Raises:
        DocumentError: neither the name nor the content tells the format.
    """
    readable = [f for f in formats(*kinds) if f.reads]
    found = _by_suffix(path, kinds) if path is not None else None
    named = found[0] if found is not None else None
    if found is not None and found[0].reads and not _generic(found[1]):
        return found[0], None
    content = Content(text, name=None if path is None else os.fspath(path))
    if named is not None and named.reads and named.sniff is not None and named.sniff(content):
        return named, content
    for candidate in readable:
        if candidate is not named and candidate.sniff is not None and candidate.sniff(content):
            return candidate, content
    if named is not None:
        return named, content
    raise DocumentError(
        "cannot tell the format from the file name or the content; name it (--from FORMAT, "
        f"or format=...): one of {', '.join(f.name for f in readable)}",
        file=None if path is None else os.fspath(path),
    )


def loads(text: str, format: str, *, filename: str | None = None) -> ArgumentMap:
    """Read a map from text in the named map format.

    Raises:
        DocumentError: unknown format, or the text is not a valid map in it.
    """
    result: ArgumentMap = get_format(format, Kind.MAP).loads(text, filename=filename)
    return result


def dumps(argument_map: ArgumentMap, format: str, **options: object) -> str:
    """Write a map as text in the named format (a map format, or a diagram's text).

    Raises:
        DocumentError: unknown format, or one that writes bytes (PNG, PDF: use ``save``).
    """
    chosen = get_format(format, Kind.MAP, Kind.DIAGRAM)
    result = chosen.dumps(argument_map, **options)
    if isinstance(result, bytes):
        raise DocumentError(f"{chosen.name} is binary; write it to a file with argmap.save")
    return result
