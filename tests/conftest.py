"""Test options: ``--skip-exe`` skips the tests that run Graphviz's ``dot``, ``--only-exe`` runs
only those (as graphviz's own suite does), so the suite is checked both with and without it.

Hypothesis profiles: ``ci`` (chosen when ``CI=true``) is derandomised, keeps no example
database and has no deadline, so a run is repeatable and a loaded machine does not fail it;
``long`` (``HYPOTHESIS_PROFILE=long``) tries ten times more examples for a local soak run;
``dev``, the default, is Hypothesis' own without the timing checks (deadline, slow input
generation), which only measure how busy a shared machine is. A test's own
``@settings(max_examples=...)`` wins over a profile, so the tests that start processes stay
bounded in every profile.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("ci" if os.environ.get("CI", "").lower() == "true" else "dev")
)


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
