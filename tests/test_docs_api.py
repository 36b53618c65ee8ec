"""The API reference covers every public module and renders its cross-references."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPHINX_ROLE = re.compile(r":(class|func|meth|attr|data|mod|exc|obj):`")


def _public_modules() -> list[str]:
    """Every module of argmap whose dotted name has no ``_`` part; the CLI has its own page."""
    names = []
    for path in sorted((ROOT / "argmap").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if any(part.startswith("_") for part in parts) or parts[:2] == ["argmap", "cli"]:
            continue
        names.append(".".join(parts))
    return names


def test_the_api_page_documents_every_public_module() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: (\S+)", page, flags=re.MULTILINE))
    covered = {
        name
        for name in _public_modules()
        if any(
            name == doc or doc.startswith(name + ".") or name.startswith(doc + ".")
            for doc in documented
        )
    }
    assert sorted(set(_public_modules()) - covered) == []


def test_docstrings_use_mkdocstrings_cross_references_not_sphinx_roles() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "argmap").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SPHINX_ROLE.search(line)
    ]
    assert found == [], "write [`Name`][] or [`Name`][argmap.module.Name] instead"


def test_no_placeholder_addresses_in_the_published_metadata() -> None:
    for name in ("mkdocs.yml", "pyproject.toml", "argmap/schema/argmap-1.schema.json"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "example.org/argmap" not in text and "argmap.example" not in text, name


def test_dependencies_are_what_every_user_needs_and_extras_the_rest() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = {re.split(r"[<>=!~ \[]", dep)[0].lower() for dep in project["dependencies"]}
    # hypothesis is core: the public strategies are part of the design card
    assert {"attrs", "graphviz", "hypothesis"} <= required
    assert not required & {"lark", "networkx"}
    extras = project["optional-dependencies"]
    assert extras["networkx"] == ["networkx>=3.2"]
    assert any(dep.startswith("pytest-cov") for dep in extras["dev"])
