"""kg read: a share's whole written "of the 248", naming no things of its own, is the count an
earlier sentence brought in ("We enrolled 248 nurses. … 201 of the 248 (81.1%) were women");
a bare count opening the clause after a semicolon ("A total of 540 farmers were surveyed;
302 (55.9%) were women") is a share of the one count the clause before states; and an
average set off after a clause that counts its things before the total they came to
("played 23 home games in front of a combined 389,620 spectators, an average gate of
16,940") spreads that total over those things."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import relation_blocks, relation_labels, violations


def _read(tmp_path: Path, text: str) -> Path:
    from kg.read import read

    (tmp_path / "note.txt").write_text(f"Annual review 2025\n\n{text}\n", encoding="utf-8")
    return read(tmp_path / "note.txt", tmp_path / "c").folder


def test_a_whole_of_the_same_number_said_before_is_the_earlier_count(tmp_path: Path) -> None:
    folder = _read(tmp_path, "The study enrolled 316 carers across three regions. Their "
                             "median age was 52 years and 190 of the 316 (60.1%) were "
                             "daughters.")
    shares = relation_blocks(folder, "ShareRelation")
    assert len(shares) == 1
    whole = re.search(r"cg:whole :(f-\d+)", shares[0]).group(1)
    # f-1 is the 316 of the first sentence, not the "316" of "of the 316"
    assert whole == "f-1"


def test_a_slip_in_a_share_of_an_earlier_count_is_a_violation(tmp_path: Path) -> None:
    # 190 of 316 is 60.1%, not 66.1%
    folder = _read(tmp_path, "The study enrolled 316 carers across three regions. Their "
                             "median age was 52 years and 190 of the 316 (66.1%) were "
                             "daughters.")
    shares = relation_blocks(folder, "ShareRelation")
    assert [re.search(r"cg:whole :(f-\d+)", s).group(1) for s in shares] == ["f-1"]
    assert violations(tmp_path) == ["share"]


def test_a_bare_count_after_a_semicolon_is_a_share_of_the_clause_before(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Survey 2025", "In all, 730 growers answered the "
                           "questionnaire; 412 (56.4%) farmed under ten hectares.",
                           "ShareRelation") == ["412 is 56.4% of 730"]
    assert violations(tmp_path) == []


def test_two_counts_before_the_semicolon_leave_the_whole_open(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Survey 2025", "We wrote to 730 growers and 215 "
                           "merchants; 412 (56.4%) replied.", "ShareRelation") == []


def test_an_average_after_its_things_and_then_their_total(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Season review", "The orchestra gave 18 concerts to "
                           "a combined 15,300 listeners, an average audience of 850.",
                           "AverageRelation") == ["15,300 ÷ 18 = 850 each"]
    assert violations(tmp_path) == []


def test_a_slip_in_an_average_after_its_things_is_a_violation(tmp_path: Path) -> None:
    # 15,300 over 18 concerts is 850, not 580
    assert relation_labels(tmp_path, "Season review", "The orchestra gave 18 concerts to "
                           "a combined 15,300 listeners, an average audience of 580.",
                           "AverageRelation") == ["15,300 ÷ 18 = 580 each"]
    assert violations(tmp_path) == ["average"]


def test_an_amount_per_the_total_s_own_things_is_no_average_over_the_first_count(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Season review", "The orchestra gave 18 concerts to "
                           "15,300 listeners, an average of 1,100 a day.",
                           "AverageRelation") == []


def test_a_whole_restated_with_its_own_noun_stays_the_sentence_s_figure(
        tmp_path: Path) -> None:
    folder = _read(tmp_path, "The study enrolled 316 carers across three regions. In the "
                             "end 190 of the 316 carers (60.1%) were daughters.")
    shares = relation_blocks(folder, "ShareRelation")
    assert [re.search(r"cg:whole :(f-\d+)", s).group(1) for s in shares] == ["f-4"]


def test_a_count_of_its_group_without_an_article_is_the_group_counted_before(
        tmp_path: Path) -> None:
    folder = _read(tmp_path, "We followed 140 tenants in the pilot scheme and 133 in the "
                             "comparison scheme. A year on, 52 of 140 pilot tenants (37.1%) "
                             "were in arrears.")
    shares = relation_blocks(folder, "ShareRelation")
    assert [re.search(r"cg:whole :(f-\d+)", s).group(1) for s in shares] == ["f-1"]
