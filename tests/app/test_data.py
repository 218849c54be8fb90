"""kg.app.data: what every page reads."""

from __future__ import annotations

import re

from kg.app import data


def test_progress_counts_the_documents_then_goes_away(monkeypatch) -> None:
    """Issue 17: the first page sat behind a bare spinner while it checked."""
    drawn: list[tuple[float, str]] = []

    class Bar:
        emptied = False

        def progress(self, value: float, text: str) -> None:
            drawn.append((value, text))

        def empty(self) -> None:
            Bar.emptied = True

    def progress(value: float, text: str) -> Bar:
        drawn.append((value, text))
        return Bar()

    monkeypatch.setattr(data.st, "progress", progress)
    step = data.progress_bar("Checking the documents")(200)
    for _ in range(150):
        step()
    assert drawn[0] == (0.0, "Checking the documents: 0 of 200 documents")
    assert drawn[-1] == (0.75, "Checking the documents: 150 of 200 documents")
    assert not Bar.emptied
    for _ in range(50):
        step()
    assert Bar.emptied


def test_markdown_text_makes_no_link_image_or_formatting() -> None:
    """Regression: Streamlit's Markdown linked a bare address after its escapes were undone
    (a tracking pixel's address became a link)."""
    for text in ("![x](http://e.org/p.png)", "see www.e.org", "mail a@e.org", "*b* `c` $d$"):
        out = data.md(text)
        assert out.replace(data.JOINER, "").replace("\\", "") == text
        assert not re.search(r"(?<!\\)[*`$!\[\]()]", out)
        assert not re.search(r"https?://|www\\?\.|\w@", out)


def test_a_forged_cache_runs_no_code_in_the_app(tmp_path, monkeypatch) -> None:
    """Issue 29, item 1: the app reads kg check's cache (its outcomes, plan and digest
    index), which a repository can commit.  A forgery there is data, or recomputed."""
    from kg.check import keys
    from kg.check.pipeline import OutcomeCache
    from kg.report.json_report import to_json
    from kg.synth import write_corpus
    from tests.check.test_forged_cache import forgeries, plant

    claims, cache, marker = tmp_path / "claims", tmp_path / "cache", tmp_path / "marker"
    write_corpus(claims, documents=2, seed=4)
    (claims / "ground-truth.json").unlink()
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    cold = data._check(claims, None)
    document_keys = keys.plan_run(claims, cache_dir=cache).keys.values()
    for what, forged in forgeries(marker).items():
        for key in document_keys:
            plant(OutcomeCache(cache)._path(key), forged)
        plant(cache / f"plan{keys.SUFFIX}", forged)
        plant(cache / f"files{keys.SUFFIX}", forged)
        corpus = data._check(claims, None)
        assert not marker.exists(), what
        assert len(corpus.checked) == 2, what
        assert to_json(corpus.report) == to_json(cold.report), what
        assert corpus.summaries == cold.summaries and corpus.sources == cold.sources, what


def _report(*failing: str):
    from kg.check.model import Finding, Report
    return Report([Finding(id=i, severity="violation", check="sum", message="m", document="d")
                   for i in failing] + [Finding(id="d/ok/sum", severity="pass", check="sum",
                                                message="m", document="d")], ["d"], {})


def test_new_is_against_the_previous_different_report(tmp_path, monkeypatch) -> None:
    """Issue 33's "new since the last check": the first check has nothing to compare with;
    a re-check that brought a finding marks it alone; opening again on unchanged claims
    compares with the report before, not with itself."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    claims = tmp_path / "claims"
    assert data.new_since_last(claims, _report("d/a/sum")) == (frozenset(), None)
    new, since = data.new_since_last(claims, _report("d/a/sum", "d/b/sum"))
    assert new == {"d/b/sum"} and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", since)
    assert data.new_since_last(claims, _report("d/a/sum", "d/b/sum"))[0] == {"d/b/sum"}
    assert data.new_since_last(tmp_path / "other", _report("d/a/sum"))[0] == frozenset()


def test_a_damaged_record_starts_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    data.new_since_last(tmp_path, _report("d/a/sum"))
    [record] = (tmp_path / "cache" / "app-reports").iterdir()
    record.write_text("[1, 2", encoding="utf-8")
    assert data.new_since_last(tmp_path, _report("d/a/sum", "d/b/sum")) == (frozenset(), None)


def test_the_sparql_store_is_filled_in_memory_from_the_graphs_kg_check_kept(
        tmp_path, monkeypatch) -> None:
    """Issue 32: on disk, Oxigraph reads each term's text from RocksDB to compare or sort,
    and three named queries passed their limit at 1,000 documents; the app's store is in
    memory, filled from the check's kept graphs without building a document again, and
    nothing of it is written beside the cache."""
    import kg.stream
    from kg.synth import write_corpus

    claims, cache = tmp_path / "claims", tmp_path / "cache"
    write_corpus(claims, documents=3, seed=2)
    (claims / "ground-truth.json").unlink()
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    corpus = data._check(claims, None)

    def built_again(*args, **kwargs):
        raise AssertionError("a document was built again")

    monkeypatch.setattr(kg.stream, "build_part", built_again)
    store = corpus.store()
    assert store.spec == "memory"
    assert not (cache / "app-store").exists()
    from kg.sparql.results import values
    rows = values(store.query(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER (STRENDS(STR(?g), '/findings')) }"))
    assert rows == [{"n": "3"}]
