"""Start-up stays cheap: ``import argmap`` and ``argmap --help`` import no subpackage, and the
lazy tables (public names, commands) agree with what they stand for."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

import argmap
from argmap.cli.main import COMMANDS, cli


def _modules_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith('argmap')))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return eval(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_import_argmap_imports_no_subpackage() -> None:
    assert _modules_after("import argmap") == ["argmap"]


def test_help_and_version_import_no_command() -> None:
    for arguments in (["--help"], ["--version"]):
        loaded = _modules_after(
            "from argmap.cli.main import cli\n"
            f"try:\n    cli({arguments!r})\nexcept SystemExit:\n    pass"
        )
        expected = [
            "argmap",
            "argmap._process_end",
            "argmap._version",
            "argmap.cli",
            "argmap.cli.errors",
            "argmap.cli.main",
        ]
        assert loaded == [*expected, "argmap.exceptions"], loaded


def test_a_command_imports_only_its_own_module() -> None:
    loaded = _modules_after(
        "from argmap.cli.main import cli\n"
        "try:\n    cli(['tree', '--help'])\nexcept SystemExit:\n    pass"
    )
    commands = {m for m in loaded if m.startswith("argmap.cli.")}
    assert "argmap.cli.tree" in commands
    assert not {"argmap.cli.render", "argmap.cli.evaluate", "argmap.cli.check"} & commands


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in argmap.__all__:
        assert getattr(argmap, name) is not None, name
    assert set(argmap.__all__) <= set(dir(argmap))
    assert argmap.ArgumentMap.__module__.startswith("argmap.model")


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        argmap.no_such_name  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("expected AttributeError")


def test_the_version_is_the_package_metadata_s() -> None:
    """``argmap/_version.py`` is the one home of the version; the installed metadata, which
    pyproject takes from it, and ``argmap --version`` say the same."""
    from importlib.metadata import version

    assert argmap.__version__ == version("argmap")
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"argmap, version {version('argmap')}\n"


def test_the_command_table_help_is_each_commands_own_first_line() -> None:
    """The table repeats each command's first help line so that ``--help`` imports nothing;
    this keeps the two from drifting apart."""
    context = click.Context(cli)
    for name, (_, short) in COMMANDS.items():
        command = cli.get_command(context, name)
        assert command is not None and command.name == name
        assert command.get_short_help_str(limit=1000) == short, name


def test_shell_completion_offers_commands_formats_and_files() -> None:
    from click.shell_completion import ShellComplete

    completer = ShellComplete(cli, {}, "argmap", "_ARGMAP_COMPLETE")
    assert [c.value for c in completer.get_completions([], "ren")] == ["render"]
    formats = [c.value for c in completer.get_completions(["export", "x.yaml", "--to"], "")]
    assert {"json", "yaml", "dot", "mermaid"} <= set(formats)
    files = completer.get_completions(["check"], "")
    assert files and files[0].type == "file"


def test_a_commands_help_loads_no_format_and_no_model() -> None:
    for command in ("check", "convert", "export"):
        loaded = _modules_after(
            "from argmap.cli.main import cli\n"
            f"try:\n    cli([{command!r}, '--help'])\nexcept SystemExit:\n    pass"
        )
        assert "argmap.formats.registry" in loaded, command
        heavy = {"argmap.model", "argmap.formats.document", "argmap.diagram", "argmap.semantics"}
        assert not heavy & set(loaded), (command, heavy & set(loaded))


def test_analysis_commands_help_imports_no_analysis() -> None:
    """``summary``, ``who`` and ``tree --help`` do not import ``argmap.analysis``."""
    for command in ("summary", "who", "tree"):
        loaded = _modules_after(
            "from argmap.cli.main import cli\n"
            f"try:\n    cli([{command!r}, '--help'])\nexcept SystemExit:\n    pass"
        )
        assert not [m for m in loaded if m.startswith("argmap.analysis")], (command, loaded)


def test_render_help_does_not_import_graphviz_or_the_drawing_code() -> None:
    """``render --help`` shows option defaults from ``DiagramOptions`` without the drawing code."""
    loaded = _modules_after(
        "from argmap.cli.main import cli\n"
        "try:\n    cli(['render', '--help'])\nexcept SystemExit:\n    pass"
    )
    heavy = {"argmap.diagram.build", "argmap.diagram.render", "argmap.analysis", "argmap.quotes"}
    assert not heavy & set(loaded), loaded


def test_diagram_names_are_the_functions_whatever_was_imported_first() -> None:
    """A submodule named like a public function (``render``, ``actor_map``) does not shadow it."""
    import argmap.diagram.actor_map
    import argmap.diagram.render  # noqa: F401
    from argmap import diagram

    assert callable(diagram.render) and diagram.render.__name__ == "render"
    assert callable(diagram.actor_map) and diagram.actor_map.__name__ == "actor_map"
    for name in diagram.__all__:
        assert getattr(diagram, name) is not None, name
