"""A share whose two figures a sentence's opening frame names: "Of the 240 pupils in Year 6,
171 reached grade 4 or above -- 71.3% of the cohort": the whole "Of the" opens with and the
first amount after its comma, whatever figures (a year group, a grade) stand between."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def shares(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "ShareRelation"]


@pytest.mark.parametrize("text", [
    "Of the 240 pupils in this year's Year 6, 171 reached grade 4 or above in reading -- "
    "71.3% of the cohort, against 68.0% a year earlier.",
    "Of the 240 pupils in Year 6, 171 reached the expected standard, 71.3% of the cohort.",
])
def test_a_share_of_the_whole_the_sentence_opens_with(tmp_path: Path, text: str) -> None:
    assert shares(tmp_path, text) == [
        {"portion": ("171",), "whole": ("240",), "share": ("71.3%",)}]


def test_a_share_after_a_list_is_not_the_frame_s_first_amount(tmp_path: Path) -> None:
    """"Of the 900 staff, 400 are nurses and 200 doctors, 22.2% of the total": the share
    after a list is its last item's, never the first amount after the comma."""
    assert {"portion": ("400",), "whole": ("900",), "share": ("22.2%",)} not in shares(
        tmp_path, "Of the 900 staff, 400 are nurses and 200 doctors, 22.2% of the total.")


def test_a_share_of_visitors_is_of_the_people_who_visited(tmp_path: Path) -> None:
    """"41.5% of visitors: 40,006 visits" after "96,400 people visited": a venue's visitors,
    its visits and the people who visited it are one count, so the words name that whole."""
    assert shares(tmp_path, "Some 96,400 people visited the gallery in 2024. Members made up "
                            "41.5% of visitors: 40,006 visits.") == [
        {"portion": ("40,006",), "whole": ("Some 96,400",), "share": ("41.5%",)}]
