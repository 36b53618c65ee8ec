"""Every argmap error lives in :mod:`argmap.exceptions`, is exported from :mod:`argmap`, and
subclasses a builtin; old names still work, with a deprecation warning."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys

import pytest

import argmap
import argmap.exceptions as exceptions
from argmap.exceptions import ArgmapError


def _all_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(argmap.__path__, prefix="argmap.")
        if ".__main__" not in info.name
    ]


def _error_classes() -> list[type[ArgmapError]]:
    return [
        value
        for value in vars(exceptions).values()
        if inspect.isclass(value) and issubclass(value, ArgmapError)
    ]


def test_no_module_defines_an_argmap_error_outside_the_exceptions_module() -> None:
    defined_elsewhere = []
    for name in _all_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, ArgmapError)
                and value.__module__ != "argmap.exceptions"
            ):
                defined_elsewhere.append(f"{value.__module__}.{value.__qualname__}")
    assert defined_elsewhere == []


@pytest.mark.parametrize("error", _error_classes(), ids=lambda error: error.__name__)
def test_every_error_is_exported_from_argmap(error: type[ArgmapError]) -> None:
    assert error.__name__ in argmap.__all__
    assert error.__name__ in exceptions.__all__
    assert getattr(argmap, error.__name__) is error


@pytest.mark.parametrize("error", _error_classes(), ids=lambda error: error.__name__)
def test_every_error_but_the_base_subclasses_a_builtin_exception(
    error: type[ArgmapError],
) -> None:
    builtins = [
        base for base in error.__mro__ if base.__module__ == "builtins" and base is not object
    ]
    assert error is ArgmapError or set(builtins) - {Exception, BaseException}


def test_a_timeout_that_is_an_error_is_named_for_it() -> None:
    timeouts = [e.__name__ for e in _error_classes() if issubclass(e, TimeoutError)]
    assert timeouts == ["SemanticsTimeoutError"]


@pytest.mark.parametrize(
    "module", ["argmap", "argmap.exceptions", "argmap.semantics", "argmap.semantics.errors"]
)
def test_the_old_timeout_name_still_works_with_a_deprecation_warning(module: str) -> None:
    imported = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match="use argmap.SemanticsTimeoutError"):
        old = imported.SemanticsTimeout
    assert old is exceptions.SemanticsTimeoutError


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchError'"):
        _ = argmap.NoSuchError  # type: ignore[attr-defined]


def test_to_networkx_without_networkx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from argmap.formats.nx_graph import to_networkx

    monkeypatch.setitem(sys.modules, "networkx", None)  # what an uninstalled package looks like
    with pytest.raises(exceptions.MissingDependencyError, match=r"argmap\[networkx\]"):
        to_networkx(argmap.ArgumentMap())


@pytest.mark.parametrize("module", ["argmap.strategies", "argmap.semantics.strategies"])
def test_strategies_without_hypothesis_name_the_extra(
    module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("argmap.strategies", "argmap.semantics.strategies"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    with pytest.raises(ImportError, match=r"pip install 'argmap\[hypothesis\]'") as caught:
        importlib.import_module(module)
    assert isinstance(caught.value, exceptions.MissingDependencyError)
    assert caught.value.name == "hypothesis"
