"""kg read: an amount per measured unit whose total the sentence states with a verb of
stating — "The quarry sold 48,000 tonnes of gravel. Its revenue came to £1.2 million, an
average of £25 per tonne" — is that total over the earlier sentence's tonnes: "came to" alone
makes no average of the revenue (only where the words name one, "the average fare was …",
is the figure itself an average and no total)."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels


def test_a_revenue_that_came_to_a_sum_is_the_total_per_unit(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Valley quarries report, 2025",
                           "The quarry sold 48,000 tonnes of gravel. Its revenue came to "
                           "£1.2 million, an average of £25 per tonne.", "AverageRelation") == \
        ["£1.2 million ÷ 48,000 tonnes = £25 per tonne"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.severity for f in report.findings if f.check == "average"] == ["pass"]
