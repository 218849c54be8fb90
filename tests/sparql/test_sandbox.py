"""kg.sparql.sandbox: a query's child hands back data, never something that runs code in
the server (issue 29, item 1)."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.sparql import sandbox
from kg.sparql.guard import CheckedQuery, QueryError, QuerySyntaxError, inspect_query


class RunsCode:
    """Loaded from a pickle, writes ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Callable[..., object], tuple[object, ...]]:
        return Path.write_text, (self.marker, "the answer ran code")


def test_answers_and_errors_come_back_as_they_were() -> None:
    checked = sandbox.run_isolated(lambda: inspect_query("ASK { ?s ?p ?o }"), timeout=10,
                                   memory_mb=256)
    assert checked == CheckedQuery("ASK", "ASK { ?s ?p ?o }")
    assert sandbox.run_isolated(lambda: {"rows": [1, "a", None]}, timeout=10,
                                memory_mb=256) == {"rows": [1, "a", None]}

    def refused() -> None:
        raise QuerySyntaxError("Expected AskQuery", 1, 6)
    with pytest.raises(QueryError) as err:
        sandbox.run_isolated(refused, timeout=10, memory_mb=256)
    assert (err.value.status, err.value.message) == \
        (400, "SPARQL syntax error at line 1, column 6: Expected AskQuery")


def test_an_answer_that_would_run_code_is_not_sent(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    with pytest.raises(QueryError) as err:
        sandbox.run_isolated(lambda: RunsCode(marker), timeout=10, memory_mb=256)
    assert err.value.status == 500 and "cannot carry a RunsCode" in err.value.message
    assert not marker.exists()


def test_a_child_that_sends_a_pickle_is_refused(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the query had taken over its child: whatever it writes is only data."""
    marker = tmp_path / "marker"
    monkeypatch.setattr(sandbox, "dumps", lambda *_: pickle.dumps(("ok", RunsCode(marker))))
    with pytest.raises(QueryError) as err:
        sandbox.run_isolated(lambda: "an answer", timeout=10, memory_mb=256)
    assert err.value.status == 500 and "no answer it may" in err.value.message
    assert not marker.exists()
