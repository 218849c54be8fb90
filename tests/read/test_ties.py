"""A sentence tied to the table cell it restates, by its words, never by its values."""

from __future__ import annotations

from pathlib import Path

from kg.read import read

RELEASE = """Visitor arrivals, first half 2024

Released: Friday, 9 August 2024

Arrivals in March jumped 12.4% to 1,046,300. June was the busiest month, with 1,081,900
arrivals, up 3.2% on June 2023. Figures for 2024 may be revised.

Table 2. Arrivals by month
(thousands)

  Month        2023       2024     Change (%)
  March       915.9    1,046.3       14.2
  May         997.1    1,031.8        3.5
  June      1,048.2    1,081.9        3.2
"""


def relations(tmp_path: Path, text: str) -> tuple[str, str]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    proposed = made.folder / "suggestions.ttl"
    return checked, proposed.read_text(encoding="utf-8") if proposed.exists() else ""


def test_a_restatement_is_tied_by_the_row_and_period_the_words_name(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, RELEASE)
    ties = [block for block in checked.split("\n\n") if "RestatementRelation" in block]
    labels = sorted(block.split('rdfs:label "')[1].split('"')[0] for block in ties)
    # the changes: the row is named and a change column has one period pair (March's
    # swapped 12.4 for 14.2 is what this check is for)
    assert labels == ["June, Change (%): the table and the text",
                      "March, Change (%): the table and the text"]


def test_a_base_period_and_a_modal_may_are_not_the_figure_s(tmp_path: Path) -> None:
    """'up 3.2% on June 2023' names 2023 as the base, not 1,081,900's period; 'may be
    revised' is not the month May."""
    checked, proposed = relations(tmp_path, RELEASE)
    assert "June, 2023" not in checked + proposed
    assert "May," not in checked + proposed


def test_a_tie_the_words_only_imply_is_proposed_not_checked(tmp_path: Path) -> None:
    """1,046,300 and 1,081,900 name their rows but not their year: the latest column is a
    guess, so the tie is proposed, not checked."""
    checked, proposed = relations(tmp_path, RELEASE)
    for label in ("March, 2024: the table and the text", "June, 2024: the table and the text"):
        assert label not in checked and label in proposed
