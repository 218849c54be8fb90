"""What a budget still holds once spending is out ("has spent $3.12 million of its $5.0
million budget and still has $1.88 million to commit"), and a surplus or deficit whose
sentence states one flow, named costs or income, the other a sentence before names the
other way ("Income … came to £2.40 million. … Running costs … were £2.05 million, which
leaves a surplus of £350,000")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

KIND = "DifferenceRelation"
TITLE = "Lakeside sauna club: the year in figures"


def _gaps(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, KIND)


def test_what_a_budget_still_has_to_commit(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "Six weeks in, the appeal has spent $3.12 million of its $5.0 "
                           "million budget and still has $1.88 million to commit before "
                           "March.") == ["$5.0 million - $3.12 million = $1.88 million"]
    assert violations(tmp_path) == []


def test_a_surplus_over_the_income_a_sentence_before_names(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "Income for the year came to £2.40 million. Memberships, 820 of "
                           "them sold at £900 each, accounted for £0.74 million; the other "
                           "£1.66 million came from day passes. Running costs, staff and the "
                           "lease of the site, were £2.05 million, which leaves a surplus of "
                           "£350,000 for a new cabin.") == [
        "£2.40 million - £2.05 million = £350,000"]


def test_a_deficit_is_the_spending_over_the_income(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "Income for the year came to £2.40 million. Running costs were "
                           "£2.55 million, a deficit of £170,000.") == [
        "£2.55 million - £2.40 million = £170,000"]
    assert violations(tmp_path) == ["difference"]  # 2.55 - 2.40 is 0.15: the slip is found


def test_no_other_flow_where_the_words_name_none(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "The club holds £2.40 million in reserves. Membership stands at "
                           "£2.05 million, a surplus of £350,000 on the plan.") == []
