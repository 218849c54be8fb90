"""A dated story that names a season or fiscal year of its dateline's year, and no calendar
year anywhere, reports on that season: a club's round-up of "Saturday 9 May 2027" under a
"2026/27" table means the 2026/27 season by "this season", and "last season" is 2025/26.
A story that names a calendar year as well keeps its dateline's year."""

from __future__ import annotations

from kg.read.periods import document_period

_STORY = ("RIVERSIDE GAZETTE - Saturday 9 May 2027\n\nRowing club ends record season\n\n"
          "The club's crews won 23 regattas this season, up from 17 last season.\n\n"
          "Its eights were unbeaten on the river.\n\nThe women's four won 9 times.\n\n"
          "Membership rose to 412, said the secretary.\n\n"
          "Juniors made up a third of the crews.\n\nCLUB STANDINGS 2026/27\n")


def test_a_season_of_the_dateline_s_year_dates_the_story() -> None:
    assert document_period(_STORY) == "2026/27"


def test_a_calendar_year_named_keeps_the_dateline_s_year() -> None:
    text = _STORY.replace("up from 17 last season", "the most since 2019")
    assert document_period(text) == "2027"


def test_a_season_of_another_year_keeps_the_dateline_s_year() -> None:
    assert document_period(_STORY.replace("2026/27", "2021/22")) == "2027"
