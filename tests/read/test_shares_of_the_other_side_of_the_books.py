"""kg read: "That is 72.1% of total expenditure", after a sentence that states what was spent
on one thing, is a share of the spending; the income an earlier sentence states is never
its whole (the money taken in and the money paid out are two wholes). Where the earlier
figure is of the same side ("of total spending" after "spending reached"), it stays the
whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_share_of_spending_is_not_of_the_income_stated_before(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Museum review", "In 2024 the museum's income rose to "
                           "£5.6 million. It spent £3.1 million on exhibitions and learning. "
                           "That is 72.1% of total expenditure; the rest went on fundraising.",
                           "ShareRelation") == []
    # (of the same side, the earlier figure stays the whole)
    assert relation_labels(tmp_path / "same", "Museum review", "In 2024 the museum's "
                           "spending rose to £5.6 million. It spent £3.1 million on exhibitions "
                           "and learning. That is 55.4% of total expenditure.",
                           "ShareRelation") == ["£3.1 million is 55.4% of £5.6 million"]


def test_a_share_of_income_is_not_of_the_spending_stated_before(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Museum review", "In 2024 the museum's expenditure "
                           "rose to £5.6 million. Ticket sales brought in £1.4 million. That "
                           "is 31.0% of total income.", "ShareRelation") == []
