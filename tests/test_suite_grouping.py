"""The suite's own scheduling: a module's shared setup is built once under pytest -n."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def shared() -> list[str]:
    return []


def _groups(node: pytest.Item) -> list[str]:
    return [m.args[0] for m in node.iter_markers("xdist_group")]


def test_a_test_using_a_module_fixture_is_grouped_with_its_module(request, shared) -> None:
    assert _groups(request.node) == [request.node.nodeid.split("::")[0].split("@")[0]]


def test_a_test_using_no_module_fixture_is_left_free(request) -> None:
    assert _groups(request.node) == []


def test_the_groups_are_what_the_workers_are_given() -> None:
    """xdist reads the mark only with --dist loadgroup (the plain load splits a module)."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "--dist loadgroup" in options["tool"]["pytest"]["ini_options"]["addopts"]
