"""``argmap.load`` and ``argmap.save``: paths and open files, the format by name or content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import argmap
from argmap.diagram._sample import sample_map
from argmap.exceptions import DocumentError

YAML_MAP = "argmap: 1\nclaims:\n  - {id: tram, text: The city should build a tram}\n"


def test_load_tells_the_format_by_name_then_by_content(tmp_path: Path) -> None:
    m = sample_map()
    argmap.save(m, tmp_path / "map.aif.json")
    plain = tmp_path / "from-aifdb.json"
    plain.write_bytes((tmp_path / "map.aif.json").read_bytes())
    assert [c.text for c in argmap.load(plain).claims] == [c.text for c in m.claims]
    assert argmap.load(plain, format="aif").claims == argmap.load(plain).claims


def test_load_reads_text_and_binary_files_and_drops_a_byte_order_mark(tmp_path: Path) -> None:
    expected = argmap.loads(YAML_MAP, "yaml")
    assert argmap.load(io.StringIO(YAML_MAP)) == expected
    assert argmap.load(io.BytesIO(("\ufeff" + YAML_MAP).encode("utf-8"))) == expected
    path = tmp_path / "map.yaml"
    path.write_bytes(("\ufeff" + YAML_MAP).encode("utf-8"))
    assert argmap.load(path) == expected
    with path.open(encoding="utf-8") as stream:
        assert argmap.load(stream) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "map.yaml: cannot read: no such file"),
        (b"argmap: 1\ntitle: caf\xe9\n", "map.yaml: not UTF-8 text (byte 20"),
    ],
)
def test_load_errors_name_the_file(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "map.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DocumentError, match=message.replace(".", r"\.").replace("(", r"\(")):
        argmap.load(path)


def test_save_writes_to_text_and_binary_streams() -> None:
    m = sample_map()
    text, data = io.StringIO(), io.BytesIO()
    argmap.save(m, text, format="yaml")
    argmap.save(m, data, format="json")
    assert argmap.loads(text.getvalue(), "yaml") == m
    assert argmap.loads(data.getvalue().decode("utf-8"), "json") == m


def test_save_refuses_what_it_cannot_tell_or_hold(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="pass format="):
        argmap.save(sample_map(), io.StringIO())
    with pytest.raises(DocumentError, match="yaml takes no options"):
        argmap.save(sample_map(), tmp_path / "map.yaml", detail="claims")
    with pytest.raises(DocumentError, match="cannot tell the format"):
        argmap.save(sample_map(), tmp_path / "map.af")
    assert list(tmp_path.iterdir()) == []


def test_save_passes_diagram_options(tmp_path: Path) -> None:
    argmap.save(sample_map(), tmp_path / "a.mmd", direction="LR")
    assert (tmp_path / "a.mmd").read_text(encoding="utf-8").startswith("flowchart LR")
