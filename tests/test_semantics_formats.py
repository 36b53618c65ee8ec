"""ICCMA, ASPARTIX and TGF framework files: round trips and located errors."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics import ArgumentationFramework, FrameworkFormatError, aspartix, iccma, tgf
from argmap.semantics.strategies import argument_names, frameworks

tgf_names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=8,
).filter(lambda s: not s.startswith("#") and not any(c.isspace() for c in s))


@settings(max_examples=80, deadline=None)
@given(frameworks(max_arguments=8, names=argument_names()))
def test_iccma_round_trip_keeps_any_names(af: ArgumentationFramework) -> None:
    assert iccma.loads(iccma.dumps(af)) == af


@settings(max_examples=80, deadline=None)
@given(frameworks(max_arguments=8, names=argument_names()))
def test_aspartix_round_trip_keeps_any_names(af: ArgumentationFramework) -> None:
    assert aspartix.loads(aspartix.dumps(af)) == af


@settings(max_examples=80, deadline=None)
@given(frameworks(max_arguments=8, names=tgf_names))
def test_tgf_round_trip(af: ArgumentationFramework) -> None:
    assert tgf.loads(tgf.dumps(af)) == af


@pytest.mark.parametrize("module", [iccma, aspartix, tgf], ids=lambda m: m.__name__)
def test_dump_then_load_a_file(module: ModuleType, tmp_path: Path) -> None:
    af = ArgumentationFramework(arguments=["1", "2", "3"], attacks=[("1", "2"), ("3", "3")])
    path = tmp_path / "af.txt"
    path.write_text("old content", encoding="utf-8")
    module.dump(af, path)
    assert module.load(path) == af
    assert [p.name for p in tmp_path.iterdir()] == ["af.txt"]  # no temporary left behind


# --- ICCMA ---------------------------------------------------------------------------------


def test_iccma_comments_never_become_attacks() -> None:
    af = iccma.loads("# made by hand\np af 2\n# 1 2\n\n2 1\n")
    assert af.arguments == ("1", "2")
    assert af.attacks == (("2", "1"),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1 2\n", "f.af:1:1: expected the header 'p af N' first, got '1 2'"),
        ("", "f.af:1:1: no 'p af N' header"),
        ("p af 2\n1 3\n", "f.af:2:3: argument '3' is not a number in 1..2"),
        ("p af 2\n1  x\n", "f.af:2:4: argument 'x' is not a number in 1..2"),
        ("p af 2\n1 2 3\n", "f.af:2:1: expected an attack 'i j' (two numbers)"),
        ("p af 2\np af 2\n", "f.af:2:1: a second 'p af' header"),
        ("p af 1\n# name 1 nope\n", "f.af:2: name comment: expected a JSON string after 1"),
        ('p af 2\n# name 1 "a"\n', "f.af:1: name comments name 1 of 2 arguments; 2 has none"),
        ('p af 1\n# name 1 "a"\n# name 1 "b"\n', "f.af:3: argument 1 is named twice"),
    ],
)
def test_iccma_errors_are_located(text: str, message: str) -> None:
    with pytest.raises(FrameworkFormatError) as info:
        iccma.loads(text, filename="f.af")
    assert str(info.value).startswith(message)


def test_iccma_names_are_numbers_without_name_comments() -> None:
    af = iccma.loads("p af 3\n3 1\n")
    assert af.arguments == ("1", "2", "3") and af.attacks == (("3", "1"),)
    assert "# name" not in iccma.dumps(af)


# --- ASPARTIX ------------------------------------------------------------------------------


def test_aspartix_tolerates_spaces_comments_and_quotes() -> None:
    text = '% header\n\narg( a ).  arg("b c").\natt(a ,\n "b c" ). % end\narg(x_1).\n'
    af = aspartix.loads(text)
    assert af.arguments == ("a", "b c", "x_1")
    assert af.attacks == (("a", "b c"),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("arg(a)\n", "f.apx:2:1: expected '.', got the end of the file"),
        ("arg(a).\nsupport(a,a).", "f.apx:2:1: unknown predicate 'support'"),
        ("arg(a).\natt(a;a).", "f.apx:2:6: unexpected ';'"),
        ("arg(a).\natt(a a).", "f.apx:2:7: expected ',', got 'a'"),
        ("arg(a).\narg(a).", "f.apx:2:5: argument 'a' is declared twice"),
        ('arg("a).', "f.apx:1:5: unexpected an unclosed quoted name"),
        ("arg(a).\n  att(b,a).", "f.apx:2:7: 'b' is not declared by arg(...)"),
    ],
)
def test_aspartix_errors_are_located(text: str, message: str) -> None:
    with pytest.raises(FrameworkFormatError) as info:
        aspartix.loads(text, filename="f.apx")
    assert str(info.value).startswith(message)


# --- TGF -----------------------------------------------------------------------------------


def test_tgf_ignores_node_labels_and_blank_lines() -> None:
    af = tgf.loads("1 First argument\n\n2 Second\n#\n2 1 rebuts\n")
    assert af.arguments == ("1", "2") and af.attacks == (("2", "1"),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\na\n", "f.tgf:2:1: node 'a' is listed twice"),
        ("a\n#\n a\n", "f.tgf:3:2: expected an edge 'source target'"),
        ("a\n#\na  b\n", "f.tgf:3:4: edge names 'b', which is not a node"),
    ],
)
def test_tgf_errors_are_located(text: str, message: str) -> None:
    with pytest.raises(FrameworkFormatError) as info:
        tgf.loads(text, filename="f.tgf")
    assert str(info.value).startswith(message)


def test_tgf_refuses_names_it_cannot_write() -> None:
    with pytest.raises(FrameworkFormatError, match="use the ICCMA or ASPARTIX format"):
        tgf.dumps(ArgumentationFramework(arguments=["two words"]))


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.af").write_bytes(b"p af 1\n\xff\n")
    with pytest.raises(FrameworkFormatError, match=r"bad\.af: not UTF-8"):
        iccma.load(tmp_path / "bad.af")
    with pytest.raises(FrameworkFormatError, match="cannot read"):
        tgf.load(tmp_path / "missing.tgf")
