"""Shares whose wording the reader missed:

- a count with its noun and bracketed share, its whole the count of the same things an
  earlier sentence states ("We logged 2,480 calls. … 612 calls (24.7%) came at night");
- a share with the pair it is the quotient of in brackets after it ("rose from 41.2%
  (87 of 211) to …");
- "N of the M <words> (P%)" with hyphened words or more than four words between the whole
  and its bracket;
- an amount gathered toward a goal, then its share of that goal ("raised $52,300 towards
  our $80,000 goal, or 65.4%");
- a budget table's "Utilisation (%)" column beside "Budget" and "Actual" columns.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import figure_quotes, relation_blocks, relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Findings", text, "ShareRelation")


# -- a count's bracketed share of the same things counted earlier --------------------------

def test_count_of_the_things_an_earlier_sentence_counts(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Results: The helpline logged 2,480 calls over the winter. Calls peaked in the week "
        "before the holiday. Volunteers answered 2,206 calls (89.0%) within a minute.")) == [
        "2,206 is 89.0% of 2,480"]


def test_a_list_of_bracketed_counts_each_of_the_earlier_whole(tmp_path: Path) -> None:
    labels = _shares(tmp_path, (
        "The survey reached 1,640 households in the district. Of the questions asked, the "
        "one on heating drew most comment. Oil was used by 412 households (25.1%), and "
        "1,020 households (62.2%) burned wood."))
    assert labels == ["412 is 25.1% of 1,640", "1,020 is 62.2% of 1,640"]


def test_no_share_where_the_noun_counts_nothing_earlier(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The helpline logged 2,480 calls over the winter. Volunteers sent 310 letters "
        "(12.5%) by post.")) == []


def test_no_share_of_an_earlier_count_of_another_part(tmp_path: Path) -> None:
    # "31 unrestored sites" is a part set beside "17 sites", not the whole the sites are of
    assert _shares(tmp_path, (
        "We compared 17 sites restored under the scheme with 31 sites left as they were. "
        "Losses were recorded at 31 sites (64.6%).")) == []


# -- the pair in brackets after its share -------------------------------------------------

def test_share_then_portion_of_whole_in_brackets(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The proportion of ponds holding newts rose from 41.2% (87 of 211) in 2020 to "
        "45.5% (96 of 211) in 2024.")) == ["87 is 41.2% of 211", "96 is 45.5% of 211"]


# -- "N of the M <words> (P%)" -----------------------------------------------------------

def test_hyphened_words_between_the_whole_and_its_bracket(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Refunds were claimed by 9 of 120 home-delivery customers (7.5%).")) == [
        "9 is 7.5% of 120"]


def test_a_longer_phrase_between_the_whole_and_its_bracket(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "In the autumn, 7,150 of the 8,200 crates sent out came back to the depot (87.2%).")) \
        == ["7,150 is 87.2% of 8,200"]


# -- toward a goal ------------------------------------------------------------------------

def test_raised_toward_a_goal_or_a_share(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "So far the club has raised $52,300 towards its $80,000 goal, or 65.4%, with a "
        "month to go.")) == ["$52,300 is 65.4% of $80,000"]


def test_raised_toward_a_target_which_is_a_share_of_the_way(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Supporters have pledged £9,100 toward the £12,000 target, which is 75.8% of the "
        "way there.")) == ["£9,100 is 75.8% of £12,000"]


def test_a_change_after_the_goal_is_no_share(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Donations added £9,100 toward the £12,000 target, up 12% on the spring.")) == []


# -- a budget's utilisation column ----------------------------------------------------------

BUDGET = """# Programme spending, 2025

| Budget line | Budget (€ thousand) | Actual (€ thousand) | Utilisation (%) |
|---|---:|---:|---:|
| Training | 120.0 | 111.6 | 93.0 |
| Outreach | 80.0 | 84.0 | 105.0 |
| **Total** | **200.0** | **195.6** | **97.8** |

Spending kept close to plan.
"""


def test_utilisation_is_actual_over_budget(tmp_path: Path) -> None:
    (tmp_path / "budget.md").write_text(BUDGET, encoding="utf-8")
    read(tmp_path / "budget.md", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    quotes = figure_quotes(folder)
    out = []
    for block in relation_blocks(folder, "ShareRelation"):
        roles = dict(re.findall(r"cg:(portion|whole|share) :(f-[\w-]+)", block))
        out.append(tuple(quotes[roles[k]] for k in ("portion", "whole", "share")))
    assert sorted(out) == [("111.6", "120.0", "93.0"), ("195.6", "200.0", "97.8"),
                           ("84.0", "80.0", "105.0")]


# -- a part "including" brings in, then its share ------------------------------------------

def test_a_part_brought_in_by_including_is_a_share_of_the_figure_before(
        tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The reserve now covers 640 hectares, including 96 hectares bought last year, about "
        "15% of the whole site.")) == ["96 hectares is about 15% of 640 hectares"]


def test_no_share_of_the_including_figure_when_a_change_follows(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The reserve now covers 640 hectares, including 96 hectares bought last year, up 15% "
        "on the year before.")) == []


# -- a trial's participants split after "took part" ----------------------------------------

def test_a_count_is_a_share_of_all_who_took_part(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Results: A total of 530 pupils took part: 262 in intervention classes and 268 in "
        "control classes. Outcome data were missing for 41 pupils (7.7%), spread evenly "
        "across arms.")) == ["41 is 7.7% of 530"]


# -- the rest of a list's whole ------------------------------------------------------------

def test_the_remaining_count_after_a_share_is_of_the_same_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The clinic saw 960 patients last year. Adults made up 702 patients (73.1%) and "
        "children brought in by a parent the remaining 258 (26.9%).")) == [
        "702 is 73.1% of 960", "258 is 26.9% of 960"]


# -- a share column beside an amount per head and the group's amount, naming neither -----

TRIP = """# Field trip budget

| Item | Per pupil | Class of 30 | Share of cost (%) |
|---|---:|---:|---:|
| Coach | 24 | 720 | 40.0 |
| Entry tickets | 36 | 1,080 | 60.0 |
| **Total** | **60** | **1,800** | |

Parents pay in two instalments.
"""


def _table_shares(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    (tmp_path / "trip.md").write_text(text, encoding="utf-8")
    read(tmp_path / "trip.md", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    quotes = figure_quotes(folder)
    out = []
    for block in relation_blocks(folder, "ShareRelation"):
        roles = dict(re.findall(r"cg:(portion|whole|share) :(f-[\w-]+)", block))
        out.append(tuple(quotes[roles[k]] for k in ("portion", "whole", "share")))
    return sorted(out)


def test_a_share_column_between_two_unnamed_amount_columns_ties_neither(
        tmp_path: Path) -> None:
    assert _table_shares(tmp_path, TRIP) == []


def test_a_share_column_after_a_total_column_is_of_the_total(tmp_path: Path) -> None:
    text = TRIP.replace("Class of 30", "Total").replace("**Total** |", "**All** |")
    assert ("720", "1,800", "40.0") in _table_shares(tmp_path, text)
