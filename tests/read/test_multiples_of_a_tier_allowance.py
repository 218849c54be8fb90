"""kg read: "N times the <tier> allowance" sets a plan's amount against what another tier of
the same list or page gives of the same thing: the base is the one earlier level, in the
multiple's unit, of the thing the multiple measures (in the item the tier's name labels)."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

LIST = ("Studio memberships\n\n"
        "- Basic studio: weekday access and 3 hours of kiln time a month.\n"
        "- Pro studio: a private shelf, round-the-clock access and 9 hours of kiln time a "
        "month, three times the Basic allowance.\n")

PAGE = ("<html><body><h1>Plans</h1>"
        "<div class='card'><h2>Solo</h2><p>For one person. Invoices and 2 GB of storage.</p></div>"
        "<div class='card'><h2>Studio</h2><p>Shared folders and 20 GB of storage, ten times the "
        "Solo allowance.</p></div></body></html>")

TWO_TIERS = ("<html><body><h1>Plans</h1>"
             "<div class='card'><h2>Solo</h2><p>Invoices and 2 GB of storage.</p></div>"
             "<div class='card'><h2>Team</h2><p>Shared folders and 4 GB of storage.</p></div>"
             "<div class='card'><h2>Studio</h2><p>Audit logs and 20 GB of storage, five times "
             "the Team allowance.</p></div></body></html>")


def test_a_list_item_s_allowance_is_the_base(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "note.txt", LIST, "MultipleRelation") == [
        "3 hours × 3 = 9 hours (three times)"]


def test_a_card_s_allowance_under_its_heading_is_the_base(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "page.html", PAGE, "MultipleRelation") == [
        "2 GB × 10 = 20 GB (ten times)"]


def test_two_tiers_of_the_thing_and_no_name_leave_it_open(tmp_path: Path) -> None:
    # which card is the Team's, no sentence says: neither level is read as the base
    assert read_labels(tmp_path, "page.html", TWO_TIERS, "MultipleRelation") == []
