"""Test options: ``--skip-exe`` skips the tests that run Graphviz's ``dot``, ``--only-exe`` runs
only those (as graphviz's own suite does), so the suite is checked both with and without it."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("argmap")
    group.addoption("--skip-exe", action="store_true", help="skip tests that need dot")
    group.addoption("--only-exe", action="store_true", help="run only tests that need dot")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_exe, only_exe = config.getoption("--skip-exe"), config.getoption("--only-exe")
    for item in items:
        needs_dot = item.get_closest_marker("exe") is not None
        if skip_exe and needs_dot:
            item.add_marker(pytest.mark.skip(reason="--skip-exe"))
        elif only_exe and not needs_dot:
            item.add_marker(pytest.mark.skip(reason="--only-exe"))
