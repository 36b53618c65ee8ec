"""Timeouts hold: every semantics call stops within a small bounded overrun of its timeout.

The hard instance is a real ICCMA file from ``../shared/corpora/iccma`` (skipped cleanly when
the corpus is absent). Bounds are generous on purpose (a loaded 2-core machine): they catch a
solver that ignores its interrupt for seconds, not a few milliseconds of drift.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.exceptions import SemanticsTimeoutError
from argmap.semantics import (
    ArgumentationFramework,
    credulously_accepted,
    extensions,
    iccma,
    sceptically_accepted,
)
from argmap.semantics.sat import CompleteEncoding

HARD = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "iccma" / "st_890_86_9_572.af"
SAT_SEMANTICS = ["complete", "preferred", "stable", "semi-stable"]
MARGIN = 5.0  # seconds past the timeout that still count as "stopped"


@pytest.fixture(scope="module")
def hard() -> ArgumentationFramework:
    if not HARD.exists():
        pytest.skip(f"the shared ICCMA corpus ({HARD.name}) is absent")
    return iccma.load(HARD)


def _elapsed(task: Callable[[], object]) -> tuple[float, object]:
    start = time.monotonic()
    try:
        outcome: object = task()
    except SemanticsTimeoutError as error:
        outcome = error
    return time.monotonic() - start, outcome


@pytest.mark.parametrize("semantics", SAT_SEMANTICS)
def test_extensions_stop_near_a_small_timeout(hard: ArgumentationFramework, semantics: str) -> None:
    seconds, outcome = _elapsed(lambda: extensions(hard, semantics, timeout=0.2))
    assert isinstance(outcome, SemanticsTimeoutError | list)
    assert seconds < 0.2 + MARGIN


@pytest.mark.parametrize("semantics", SAT_SEMANTICS)
@pytest.mark.parametrize("task", [credulously_accepted, sceptically_accepted])
def test_acceptance_stops_near_a_small_timeout(
    hard: ArgumentationFramework, semantics: str, task: Callable[..., bool]
) -> None:
    seconds, outcome = _elapsed(lambda: task(hard, "17", semantics, timeout=0.2))
    assert isinstance(outcome, SemanticsTimeoutError | bool)
    assert seconds < 0.2 + MARGIN


def test_the_solver_honours_its_interrupt_promptly(hard: ArgumentationFramework) -> None:
    """Successive limited calls on one live solver (as enumeration makes them) each stop soon
    after the interrupt: Glucose, the former default, only looked at it between restarts and
    ran on for up to 5 s here."""
    overruns = []
    with CompleteEncoding(hard, stable=True) as enc:
        solver = enc._solver
        for k in range(8):
            timer = threading.Timer(1.0, solver.interrupt)
            start = time.monotonic()
            timer.start()
            try:
                solver.solve_limited(assumptions=[enc.in_lit(k)], expect_interrupt=True)
            finally:
                timer.cancel()
                solver.clear_interrupt()
            overruns.append(time.monotonic() - start - 1.0)
    assert max(overruns) < 2.0, overruns


def test_cli_evaluate_timeout_is_one_line_exit_1_and_prompt(
    hard: ArgumentationFramework,
) -> None:
    command = ["evaluate", str(HARD), "--semantics", "preferred", "--timeout", "0.2"]
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "argmap", *command],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    seconds = time.monotonic() - start
    assert result.returncode == 1, result.stderr
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1 and "within 0.2 s" in lines[0], lines
    assert seconds < 0.2 + MARGIN + 5  # plus the start-up of a fresh process


def test_the_order_of_extensions_is_the_same_in_every_process() -> None:
    """``--limit N`` keeps the first N found, so the order must not change between runs."""
    script = (
        "from argmap.semantics import ArgumentationFramework, extensions\n"
        "pairs = [(a, b) for x, y in ('ab', 'cd', 'ef', 'gh') for a, b in ((x, y), (y, x))]\n"
        "af = ArgumentationFramework(arguments='abcdefgh', attacks=pairs)\n"
        "print([sorted(e) for e in extensions(af, 'preferred')])\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(3)
    }
    assert len(runs) == 1, runs
