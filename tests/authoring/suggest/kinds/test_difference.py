"""Differences whose ends the words give: "from a mean of 78 minutes to 119 minutes, an
increase of 41 minutes"; "This is £25 more than …" (the sentence before gives "this")."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_change_from_an_average_names_its_start(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Response times fell from a median of 14 days to 9 days, a "
                                "reduction of 5 days.")
    assert found == [("DifferenceRelation", {"minuend": ("14 days",), "subtrahend": ("9 days",),
                                             "difference": ("5 days",)}, {})]


def test_this_is_more_than_reads_across_sentences_firmly(tmp_path: Path) -> None:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text("Each pensioner will receive €480 this winter. That is €60 more than "
                      "the €420 paid last winter.", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    found = [s for s in suggest(tmp_path / "claims", "t") if s.kind == "DifferenceRelation"]
    assert len(found) == 1 and found[0].across


def test_a_comparative_with_its_subject_in_the_sentence_is_not_across(tmp_path: Path) -> None:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text("The new bridge cost €480 million, €60 million more than the €420 "
                      "million budgeted.", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    found = [s for s in suggest(tmp_path / "claims", "t") if s.kind == "DifferenceRelation"]
    assert len(found) == 1 and not found[0].across
